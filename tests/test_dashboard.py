"""The teacher dashboard: the demo class fixture, tables, the help rule, empty and broken input."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from kit.article import Article
from kit.class_exercises import course_exercises, exercises_in
from kit.dashboard import DEMO_CLASS, HELP_MISSING, HELP_SCORE, load_class
from kit.demo_class import BROKEN_NAME, make_demo_class
from kit.errors import KitError
from kit.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo():
    return load_class(DEMO_CLASS)


def test_regenerating_the_demo_class_gives_identical_files(tmp_path: Path) -> None:
    written = make_demo_class(tmp_path)
    committed = sorted(DEMO_CLASS.glob("*.json"))
    assert [p.name for p in written] == [p.name for p in committed]
    # the fixture is the progress files alone: no store backups or lock files
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in written]
    assert sorted(p.name for p in DEMO_CLASS.iterdir()) == [p.name for p in committed]
    for new, old in zip(written, committed, strict=True):
        assert new.read_bytes() == old.read_bytes(), f"{old.name} differs: regenerate the fixture"


def test_exercises_come_from_the_notebooks_with_the_widgets_ids() -> None:
    found = exercises_in(
        'x = WhoSaidIt("global_times_alaska_2021", limit=8, store=store)\n'
        "PredictThenReveal(seed, category='hedge')\n%matplotlib inline",
        "01_x",
    )
    assert [(e.widget, e.args, e.kwargs) for e in found] == [
        ("WhoSaidIt", ("global_times_alaska_2021",), {"limit": 8})
    ]  # a call built from a variable is not a fixed exercise
    ids = [e.exercise_id for e in course_exercises()]
    assert "who_said_it:global_times_alaska_2021" in ids
    assert "predict:hedge:sentences:global_times_alaska_2021" in ids
    assert len(ids) == len(set(ids))


def test_demo_class_tables(demo) -> None:
    assert len(demo.learners) == 12
    assert demo.skipped == [(BROKEN_NAME, demo.skipped[0][1])]
    assert BROKEN_NAME in demo.note() and "not valid JSON" in demo.note()
    res = demo.results
    assert len(res) == 12 * len(demo.exercises)
    # the dashboard's score is the exercise's own feedback on the saved answer
    ana = next(lf for lf in demo.learners if lf.learner == "Amira Haddad")
    who = next(e for e in demo.exercises if e.widget == "WhoSaidIt")
    fb = who.logic.check(ana.answers[who.exercise_id], save=False)
    row = res[(res.learner == "Amira Haddad") & (res.exercise == who.title)].iloc[0]
    assert (row.correct, row.total) == (fb.correct, fb.total)

    table = demo.exercise_table().set_index("exercise")
    done = res.groupby("exercise")["done"].sum()
    for title, n in done.items():
        assert table.loc[title, "done"] == n
        assert table.loc[title, "done"] + table.loc[title, "not done"] == 12


def test_help_rule_is_applied_as_written(demo) -> None:
    res = demo.results
    res["score"] = res["score"].astype(float)
    prepost = demo.prepost_table(with_class=False).set_index("learner")
    expected = set()
    for learner, rows in res.groupby("learner"):
        pre, post = prepost.loc[learner, "pre %"], prepost.loc[learner, "post %"]
        if (
            rows["score"].mean() < HELP_SCORE
            or (~rows["done"]).sum() >= HELP_MISSING
            or (pd.notna(pre) and pd.notna(post) and post < pre)
        ):
            expected.add(learner)
    helped = demo.needs_help()
    assert set(helped["learner"]) == expected and expected
    assert all(helped["why"].str.len() > 0)
    # a stricter rule never helps fewer learners
    assert set(demo.needs_help(min_score=0.7, max_missing=1)["learner"]) >= expected


def test_common_wrong_answers_name_their_sentence(demo) -> None:
    seed = Article.from_path(ROOT / "data" / "articles" / "global_times_alaska_2021.md").body
    flat = " ".join(seed.split())
    top = demo.common_wrong_answers(top=8)
    assert len(top) == 8
    assert list(top["learners"]) == sorted(top["learners"], reverse=True)
    for sentence in top["sentence"]:
        assert sentence in flat


def test_prepost_class_row_is_the_mean_of_learners_with_both(demo) -> None:
    table = demo.prepost_table()
    learners, class_row = table.iloc[:-1], table.iloc[-1]
    both = learners.dropna(subset=["pre %", "post %"])
    assert class_row["learner"] == f"class (the {len(both)} who did both)"
    assert class_row["change"] == round((both["post %"] - both["pre %"]).mean())
    assert isinstance(demo.prepost_chart(), Figure)
    assert isinstance(demo.completion_chart(), Figure)


def test_empty_folder_gives_a_note_and_empty_tables(tmp_path: Path) -> None:
    cls = load_class(tmp_path)
    assert "No learner progress files" in cls.note()
    assert cls.learner_table().empty and cls.exercise_table().empty
    assert cls.common_wrong_answers().empty and cls.needs_help().empty
    for fig in (cls.completion_chart(), cls.prepost_chart()):
        assert "No " in " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
        fig.savefig(tmp_path / "chart.png")
    with pytest.raises(KitError, match="no such class folder"):
        load_class(tmp_path / "missing")


def test_broken_files_are_skipped_named_and_left_alone(tmp_path: Path) -> None:
    ProgressStore.for_learner("Ana", folder=tmp_path).set("check:pre", {"speaker": "x"})
    (tmp_path / "Bo.json").write_text('{"schema": "kit.progress/1", "answers": {', "utf-8")
    (tmp_path / "Cy.json").write_text('{"schema": "other"}', "utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    cls = load_class(tmp_path)
    assert [lf.learner for lf in cls.learners] == ["Ana"]
    assert [name for name, _ in cls.skipped] == ["Bo.json", "Cy.json"]
    assert "Skipped Bo.json" in cls.note() and "Skipped Cy.json" in cls.note()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_export_writes_csv_that_a_spreadsheet_cannot_run(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    store = ProgressStore(folder / "evil.json", learner="=HYPERLINK(\"http://x\")")
    store.set("check:pre", {"speaker": "@SUM(1)"})
    written = load_class(folder).export(tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(
        ["answers.csv", "learners.csv", "exercises.csv", "wrong_answers.csv", "prepost.csv"]
    )
    for path in written:
        for row in csv.reader(path.open(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
    learners = list(csv.DictReader((tmp_path / "out" / "learners.csv").open(encoding="utf-8")))
    assert learners[0]["learner"] == "'=HYPERLINK(\"http://x\")"
