"""Corpus mode: ``annotate_many`` / ``python -m kit annotate-many``, the frames built from
its output, and the source-role word list. Every run here is a real run on real text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kit import cli
from kit.annotated import MAX_CHARS
from kit.corpus import (
    annotate_many,
    article_row,
    by_event,
    compare_outlets,
    load_jsonl,
    quotes_frame,
    read_records,
    word_count,
)
from kit.errors import KitError
from kit.evaluate import load_key
from kit.roles import ROLES, role_names, source_role

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ROOT / "data" / "outlets"

ONE = """---
headline: Bridge reopens after repairs
outlet: Test Courier
event: bridge
---
The Lark Bridge reopened on Monday after six months of repairs, the city council said.

"Traffic should move faster now," Mayor Ada Finch told reporters.
Engineers said the work might need a second phase next year.
"""
TWO = """---
headline: BRIDGE SHAME as bosses bungle repairs
outlet: Test Beacon
event: bridge
---
Bungling council bosses finally reopened the crumbling Lark Bridge on Monday.

Commuter Joe Stead said the repairs were obviously a waste of money.
Insiders said the work was a disaster.
"""
THREE = "Residents said the new park was too small. The council said it might add a playground."


def _folder(tmp_path: Path, *texts: tuple[str, str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in texts:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def small(tmp_path):
    return _folder(tmp_path, ("a.md", ONE), ("b.md", TWO), ("c.txt", THREE))


def test_one_line_per_article_with_file_and_front_matter(small, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    summary = annotate_many(small, out=out, progress=False, nlp=nlp)
    assert (summary.done, summary.skipped, summary.failed) == (["a.md", "b.md", "c.txt"], [], [])
    records = _lines(out)
    assert [r["file"] for r in records] == ["a.md", "b.md", "c.txt"]
    first = records[0]
    assert first["schema"] == "kit.annotations/1"
    assert first["meta"]["outlet"] == "Test Courier" and first["meta"]["event"] == "bridge"
    assert first["text"].startswith("The Lark Bridge reopened")
    canonicals = {a["speaker"]["canonical"] for a in first["annotations"] if "speaker" in a}
    assert "Ada Finch" in canonicals
    assert any(a["category"] == "hedge" and a["text"] == "might" for a in first["annotations"])
    assert str(summary) == "annotated 3, skipped 0 (already in out.jsonl), failed 0"


def test_resume_skips_articles_already_done(tmp_path, nlp):
    folder = _folder(tmp_path, ("a.md", ONE), ("b.md", TWO))
    out = tmp_path / "out.jsonl"
    annotate_many(folder, out=out, progress=False, nlp=nlp)
    before = out.read_text(encoding="utf-8")
    (folder / "c.txt").write_text(THREE, encoding="utf-8")
    summary = annotate_many(folder, out=out, progress=False, nlp=nlp)
    assert (summary.done, summary.skipped, summary.failed) == (["c.txt"], ["a.md", "b.md"], [])
    after = out.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert [r["file"] for r in _lines(out)] == ["a.md", "b.md", "c.txt"]
    again = annotate_many(folder, out=out, progress=False, nlp=nlp)
    assert (again.done, again.skipped) == ([], ["a.md", "b.md", "c.txt"])
    assert out.read_text(encoding="utf-8") == after


def test_a_half_written_last_line_is_cut_and_redone(small, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    annotate_many(small, out=out, progress=False, nlp=nlp)
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:2]) + whole[2][: len(whole[2]) // 2], encoding="utf-8")
    messages: list[str] = []
    summary = annotate_many(small, out=out, progress=False, nlp=nlp, log=messages.append)
    assert summary.done == ["c.txt"] and summary.skipped == ["a.md", "b.md"]
    assert messages == [
        "kit: out.jsonl: removed a half-written last line; that article is annotated again"
    ]
    assert out.read_text(encoding="utf-8") == "".join(whole)


def test_reading_skips_a_half_written_last_line_and_rejects_a_damaged_middle(small, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    annotate_many(small, out=out, progress=False, nlp=nlp)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")
    assert [r["file"] for r in read_records(out)] == ["a.md", "b.md"]
    out.write_text(lines[0] + "{not json\n" + lines[1], encoding="utf-8")
    with pytest.raises(KitError, match="line 2 is not valid JSON"):
        read_records(out)
    with pytest.raises(KitError, match="line 2 is not valid JSON"):
        annotate_many(small, out=out, progress=False, nlp=nlp)
    assert out.read_text(encoding="utf-8") == lines[0] + "{not json\n" + lines[1]  # untouched


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.md", b"", "is empty"),
        ("binary.txt", bytes(range(256)) * 8, "looks like a binary file"),
        ("huge.txt", b"word " * (MAX_CHARS // 5 + 10), "characters; the kit reads at most"),
        ("cyrillic.txt", "Привет, мир. Это статья.".encode("koi8-r") * 20, "could not decode"),
    ],
)
def test_a_bad_file_is_reported_and_skipped(small, tmp_path, nlp, name, content, words):
    (small / name).write_bytes(content)
    out = tmp_path / "out.jsonl"
    messages: list[str] = []
    summary = annotate_many(small, out=out, progress=False, nlp=nlp, log=messages.append)
    assert summary.done == ["a.md", "b.md", "c.txt"]
    assert [f for f, _ in summary.failed] == [name]
    assert len(messages) == 1 and "\n" not in messages[0]
    assert messages[0].startswith(f"kit: skipped {name}: ") and words in messages[0]
    assert [r["file"] for r in _lines(out)] == ["a.md", "b.md", "c.txt"]


def test_two_processes_give_the_same_annotations_as_one(tmp_path):
    folder = _folder(tmp_path, ("a.md", ONE), ("b.md", TWO), ("c.txt", THREE))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    annotate_many(folder, out=one, jobs=1, progress=False)
    annotate_many(folder, out=two, jobs=2, progress=False)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    import kit

    single = kit.annotate(folder / "b.md").to_dict()
    assert _lines(two)[1]["annotations"] == single["annotations"]


def test_cli_runs_resumes_and_reports(small, tmp_path, capsys):
    out = tmp_path / "cli.jsonl"
    code = cli.main(["annotate-many", str(small), "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out == ""
    assert captured.err.startswith("kit: annotated 3, skipped 0 (already in cli.jsonl), failed 0")
    (small / "d.md").write_bytes(b"")
    code = cli.main(["annotate-many", str(small), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == f"kit: skipped d.md: {small / 'd.md'} is empty: there is no article text in it"
    assert err[1].startswith("kit: annotated 0, skipped 3 (already in cli.jsonl), failed 1")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["{missing}", "--out", "{out}"], "no such file or folder"),
        (["{empty}", "--out", "{out}"], "no articles"),
        (["{small}", "--out", "{small}"], "is a folder"),
        (["{small}", "--out", "{out}", "--jobs", "0"], "jobs must be a whole number"),
    ],
)
def test_cli_errors_are_one_line(small, tmp_path, capsys, argv, words):
    (tmp_path / "empty").mkdir()
    names = {
        "missing": str(tmp_path / "nope"),
        "empty": str(tmp_path / "empty"),
        "small": str(small),
        "out": str(tmp_path / "x.jsonl"),
    }
    code = cli.main(["annotate-many", *(a.format(**names) for a in argv)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("kit: error: ") and err.count("\n") == 1
    assert words in err


def test_cli_refuses_an_output_that_is_not_annotate_many(small, tmp_path, capsys):
    out = tmp_path / "other.jsonl"
    out.write_text('{"name": "something else"}\n', encoding="utf-8")
    code = cli.main(["annotate-many", str(small), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "line 1 is not an annotate-many record" in err
    assert out.read_text(encoding="utf-8") == '{"name": "something else"}\n'


# --------------------------------------------------------------------------- frames


def test_frame_figures_on_known_articles(small, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    annotate_many(small, out=out, progress=False, nlp=nlp)
    frame = load_jsonl(out)
    assert list(frame.file) == ["b.md", "a.md", "c.txt"]  # by event (none last), outlet, file
    a = frame.set_index("file").loc["a.md"]
    record = read_records(out)[0]
    hedges = [m["text"] for m in record["annotations"] if m["category"] == "hedge"]
    assert a.words == word_count(record["text"]) == 36
    assert "might" in hedges and a.hedges == len(hedges)
    assert a.hedges_per_1000 == round(1000 * len(hedges) / 36, 1)
    assert a.official >= 1  # the mayor and the city council speak
    assert a.attributions == a.direct + a.indirect + a.mixed
    assert a.attributions == sum(a[r] for r in ROLES)
    b = frame.set_index("file").loc["b.md"]
    marks = read_records(out)[1]["annotations"]
    assert b.boosters == sum(m["category"] == "booster" for m in marks) >= 1  # "obviously"
    assert b.anonymous >= 1  # "Insiders said"
    assert b.boosters_per_1000 == round(1000 * b.boosters / b.words, 1)


def test_compare_outlets_sums_articles_before_dividing(small, tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    annotate_many(small, out=out, progress=False, nlp=nlp)
    frame = load_jsonl(out).dropna(subset=["outlet"])
    roles = compare_outlets(frame, "roles")
    assert list(roles.index) == ["Test Beacon", "Test Courier"]
    for outlet, row in roles.iterrows():
        shares = [row[f"% {n}"] for n in role_names().values()]
        assert sum(shares) == pytest.approx(100, abs=0.2), outlet
    loaded = compare_outlets(frame, "loaded")
    beacon = frame[frame.outlet == "Test Beacon"]
    expected = round(1000 * beacon.loaded.sum() / beacon.words.sum(), 1)
    assert loaded.loc["Test Beacon", "loaded per 1,000 words"] == expected
    assert list(compare_outlets(frame, "certainty").columns) == [
        "articles", "words", "hedges per 1,000 words", "boosters per 1,000 words",
    ]  # fmt: skip
    assert by_event(frame, "loaded").loc["bridge", "Test Beacon"] == beacon.loaded.sum()
    with pytest.raises(KitError, match="unknown measure"):
        compare_outlets(frame, "colour")
    quotes = quotes_frame(out)
    assert set(quotes.role) <= set(ROLES)
    assert len(quotes) == load_jsonl(out).attributions.sum()
    counted = quotes[quotes.outlet == "Test Beacon"].role.value_counts()
    assert counted.get("anonymous", 0) == beacon.anonymous.sum()


def test_article_row_counts_roles_from_the_source_list():
    record = {
        "file": "x.md",
        "text": "one two three four five six seven eight nine ten",
        "meta": {"outlet": "O", "event": "e"},
        "annotations": [
            {"category": "attribution", "label": "direct", "speaker": {"canonical": "Ann Bo"}},
            {"category": "attribution", "label": "indirect", "speaker": {"canonical": "experts"}},
            {"category": "loaded", "label": "emotive"},
        ],
        "sources": [
            {"canonical": "Ann Bo", "type": "named_person", "description": "Health Minister"},
            {"canonical": "experts", "type": "anonymous", "description": ""},
        ],
    }
    row = article_row(record)
    assert (row["official"], row["anonymous"], row["expert"]) == (1, 1, 0)
    assert (row["direct"], row["indirect"], row["loaded_per_1000"]) == (1, 1, 100.0)


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("type_", "description", "canonical", "role"),
    [
        # source records as the data/ answer keys give them
        ("named_person", "Water Minister", "Lena Hartvik", "official"),
        ("named_person", "Valdoria's energy minister", "Piet Oranen", "official"),
        ("named_organization", "", "Valdorian Ministry of Energy and Water", "official"),
        ("named_organization", "regional body set up in 1998 to share data on the river",
         "Aren Basin Commission", "official"),
        ("anonymous", "senior Orsenian official",
         "senior Orsenian official who asked not to be named", "anonymous"),
        ("anonymous", "", "sources familiar with the negotiations", "anonymous"),
        ("anonymous", "", "regional analysts", "anonymous"),
        ("unnamed_group", "", "Orsenian officials", "official"),
        ("named_person", "associate dean of the School of International Studies at the "
         "Renmin University of China", "Jin Canrong", "expert"),
        ("named_person", "Chinese Foreign Ministry spokesperson", "Zhao Lijian", "official"),
        ("named_organization", "private imaging company", "Horizon Geodata", "other"),
        ("named_person", "spokeswoman for Aldane Therapeutics", "Ruth Kimani", "other"),
        # and as the outlets keys give them
        ("named_person", "sports economist at Brennock University", "Ravi Osei", "expert"),
        ("named_person", "nurse who lives near Eastgate", "Hanne Kovac", "ordinary"),
        ("named_person", "Pensioner", "Alf Durrant", "ordinary"),
        ("unnamed_group", "", "council insiders", "anonymous"),
        ("unnamed_group", "", "neighbours", "ordinary"),
        ("unnamed_group", "", "fire chiefs", "official"),
        ("named_person", "Councillor who chairs the council's finance committee",
         "Maria Dunmore", "official"),
        # as the kit's sourcing lens gives them for data/outlets/articles
        ("named_person", "Dr", "Emma Salo", "expert"),
        ("named_organization", "", "Brennock Passengers' Association", "other"),
        ("unnamed_group", "", "Campaigners from the Save Corran Meadows group", "other"),
        ("named_person", "Transport researcher Dr", "Felix Amar", "expert"),
        ("named_person", "Young dad", "Leo Banfield", "ordinary"),
        ("named_organization", "", "Insiders", "anonymous"),
    ],
)  # fmt: skip
def test_role_of_real_source_records(type_, description, canonical, role):
    assert source_role({"type": type_, "description": description, "canonical": canonical}) == role


def test_role_reads_source_objects_and_words_not_substrings():
    from kit.annotated import Source

    assert source_role(Source("Dana Price", "named_person", "Single mum")) == "ordinary"
    # "Councillor" is a word of its own; "council" inside another word is not
    assert source_role(Source("Counciltech Ltd", "named_organization", "")) == "other"
    assert source_role(Source("Ed Mayo", "named_person", "")) == "other"


def test_role_lexicon_has_a_header_and_every_role_named():
    text = (ROOT / "kit" / "lexicons" / "source_roles.yaml").read_text(encoding="utf-8")
    assert text.startswith("# ") and "Where the idea comes from" in text
    assert set(role_names()) == set(ROLES)


# --------------------------------------------------------------------------- shipped data


def test_outlets_data_two_outlets_on_the_same_events():
    from kit.article import Article

    articles = [Article.from_path(p) for p in sorted((OUTLETS / "articles").glob("*.md"))]
    assert len(articles) >= 12
    outlets = {a.meta["outlet"] for a in articles}
    assert len(outlets) == 2
    events: dict[str, set[str]] = {}
    for a in articles:
        assert a.meta["fictional"] is True and a.meta["published"] and a.meta["genre"]
        events.setdefault(a.meta["event"], set()).add(a.meta["outlet"])
    assert len(events) >= 6 and all(v == outlets for v in events.values())


@pytest.mark.parametrize("path", sorted((OUTLETS / "answers").glob("*.yaml")), ids=lambda p: p.stem)
def test_outlets_keys_load_and_are_consistent(path):
    key = load_key(path)
    assert (OUTLETS / "articles" / f"{key.article}.md").is_file()
    canonicals = {a.canonical for a in key.attributions}
    assert canonicals <= {s["canonical"] for s in key.sources}
    for row in key.sources:
        assert row["attributions"] == sum(a.canonical == row["canonical"] for a in key.attributions)


def test_at_least_four_outlets_keys():
    assert len(list((OUTLETS / "answers").glob("*.yaml"))) >= 4


@pytest.fixture(scope="module")
def outlets_jsonl(tmp_path_factory, nlp) -> Path:
    """The shipped outlets articles, annotated once for this module."""
    tmp = tmp_path_factory.mktemp("outlets")
    folder = tmp / "outlets"
    shutil.copytree(OUTLETS / "articles", folder)
    summary = annotate_many(folder, out=tmp / "o.jsonl", progress=False, nlp=nlp)
    assert not summary.failed and len(summary.done) >= 12
    return tmp / "o.jsonl"


def test_the_outlets_folder_annotates_into_two_outlets(outlets_jsonl):
    frame = load_jsonl(outlets_jsonl)
    assert frame.groupby("outlet").size().to_dict() == {
        "Brennock Courier": 6, "The Brennock Beacon": 6,
    }  # fmt: skip
    assert (frame.words > 100).all()


# --------------------------------------------------------------------------- widget


def test_predict_outlet_reveals_the_figure_only_after_a_choice(outlets_jsonl, tmp_path):
    from kit.progress import ProgressStore
    from kit.views.outlets import outlet_bars
    from kit.widgets.outlets import SAME, PredictOutlet

    table = compare_outlets(load_jsonl(outlets_jsonl), "loaded")
    column = "loaded per 1,000 words"
    values = table[column].to_dict()
    ahead = max(values, key=values.get)
    behind = min(values, key=values.get)
    store = ProgressStore.for_learner("Ana", folder=tmp_path)
    w = PredictOutlet(
        table, column, "Which one is more loaded?", chart=outlet_bars(table, "Loaded"), store=store
    )
    assert list(w.choice.options) == [*values, SAME] and w.choice.value is None
    w.reveal.click()
    assert "choose an answer first" in w.feedback.value and w.last is None
    w.choice.value = behind
    w.reveal.click()
    assert w.last is not None and not w.last.correct and w.last.answer == ahead
    assert "Not this time" in w.feedback.value and f"{values[ahead]:.1f}" in w.feedback.value
    assert "<svg" in w.feedback.value  # the chart, revealed
    w.choice.value = ahead
    w.reveal.click()
    assert w.last.correct and w.feedback.value.startswith("<p><b>Right.</b>")
    assert store.get("predict_outlet:" + column) == {"choice": ahead}
    again = PredictOutlet(table, column, "Which one is more loaded?", store=store)
    assert again.choice.value == ahead and again.last is not None and again.last.correct
    assert repr(again) == "<PredictOutlet: Which one is more loaded?>"


def test_predict_outlet_calls_a_close_race_about_the_same_and_escapes_names():
    import pandas as pd

    from kit.widgets.outlets import SAME, OutletPrediction

    table = pd.DataFrame({"% anonymous": [10.0, 10.9]}, index=["<b>A</b>", "B"])
    logic = OutletPrediction(table, "% anonymous", "Which one?")
    assert logic.answer == SAME
    reveal = logic.check("<b>A</b>")
    assert (
        not reveal.correct
        and "&lt;b&gt;A&lt;/b&gt;" in reveal.html
        and "<b>A</b>" not in reveal.html
    )
    with pytest.raises(KitError, match="not one of the answers"):
        logic.check("C")
    with pytest.raises(KitError, match="no column"):
        OutletPrediction(table, "% experts", "Which one?")
