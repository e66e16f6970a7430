"""The score ratchet: per-key precision and recall on the development sets may only rise.

A change that lowers any recorded figure (or marks a trap) fails here; a change
that raises one asks for ``python -m kit evaluate --update-ratchet`` so the
ratchet keeps up. Keys outside the ratchet (a teacher's own) are scored and
reported, never gated.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from keyscores import GATED, figures
from pooling import check_every

from kit import evaluate, ratchet
from kit.errors import KitError

UPDATE = "run `python -m kit evaluate --update-ratchet` and commit data/ratchet.json"


def test_the_ratchet_gates_the_development_keys():
    assert len(GATED) >= 11
    for path in GATED:
        assert path.is_file(), f"{path} is in data/ratchet.json but does not exist"
        assert "heldout" not in path.parts, "the blind set is reported, never gated"


def test_no_figure_falls_and_the_ratchet_is_current(nlp):
    """Every gated key in one test: each failing key is named with every figure that moved
    (its recorded value and today's), or with the error that kept it from being scored."""
    recorded = ratchet.load()

    def current(path: Path) -> None:
        key = ratchet.key_id(path)
        changes = ratchet.compare(key, recorded[key], figures(path))
        worse = [str(c) for c in changes if c.worse]
        assert not worse, "scores fell against the ratchet:\n" + "\n".join(worse)
        assert not changes, "scores rose; " + UPDATE + ":\n" + "\n".join(map(str, changes))

    check_every(GATED, current)


def test_a_fall_and_more_trap_marks_are_worse_a_rise_is_not():
    recorded = {"loaded.recall": 0.8, "hedge.precision": 1.0, "traps_marked": 0.0}
    now = {"loaded.recall": 0.75, "hedge.precision": 1.0, "traps_marked": 1.0, "x.recall": 1.0}
    changes = {c.figure: c for c in ratchet.compare("k", recorded, now)}
    assert set(changes) == {"loaded.recall", "traps_marked", "x.recall"}
    assert changes["loaded.recall"].worse and changes["traps_marked"].worse
    assert not changes["x.recall"].worse
    assert str(changes["loaded.recall"]) == "k: loaded.recall fell from 0.8 to 0.75"
    assert ratchet.compare("k", recorded, dict(recorded)) == []
    # a figure that disappears (a category no longer scored) counts as a fall
    assert ratchet.compare("k", recorded, {"hedge.precision": 1.0, "traps_marked": 0.0})[0].worse


def _teacher_folder(tmp_path: Path, stem: str) -> Path:
    """A teacher's own key set: an articles/ and answers/ folder outside the ratchet."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "answers").mkdir()
    shutil.copy(evaluate.ARTICLES / f"{stem}.md", tmp_path / "articles" / f"{stem}.md")
    return tmp_path / "answers"


def test_a_teachers_hard_key_is_reported_not_gated(nlp, tmp_path):
    stem = "global_times_alaska_2021"
    answers = _teacher_folder(tmp_path, stem)
    # A teacher who reads more words as loaded than the kit does, and names a source differently.
    hard = answers / f"{stem}.yaml"
    hard.write_text(
        f"article: {stem}\n"
        "loaded:\n"
        "  - {text: talks, near: the talks, label: emotive}\n"
        "  - {text: extreme hostility, label: emotive}\n",
        encoding="utf-8",
    )
    broken = answers / "typo.yaml"
    broken.write_text(f"article: {stem}\nloaded:\n  - {{text: no such words here}}\n")
    lines = ratchet.report([hard, broken])
    assert len(lines) == 2
    assert lines[0].startswith(ratchet.key_id(hard)) and "loaded P" in lines[0]
    recall = float(lines[0].split("loaded P ")[1].split(" R ")[1].split(";")[0])
    assert 0 < recall < 1  # the kit finds one of the teacher's two loaded spans
    assert "not scored" in lines[1] and "no such words here" in lines[1]
    # gated keys are never re-reported
    assert ratchet.report(GATED[:1]) == []


def test_update_adds_keys_and_reports_changes(nlp, tmp_path):
    stem = "wire_aren_dam_filling"
    answers = _teacher_folder(tmp_path, stem)
    key = answers / f"{stem}.yaml"
    shutil.copy(evaluate.ANSWERS / f"{stem}.yaml", key)
    file = tmp_path / "ratchet.json"
    changes, added = ratchet.update([key], path=file)
    assert changes == [] and added == [ratchet.key_id(key)]
    recorded = ratchet.load(file)[ratchet.key_id(key)]
    assert recorded == ratchet.load()[ratchet.key_id(evaluate.ANSWERS / f"{stem}.yaml")]
    # A hand-lowered record shows up as a rise on the next update.
    data = ratchet.load(file)
    data[ratchet.key_id(key)]["hedge.recall"] = 0.5
    ratchet.save(data, file)
    changes, added = ratchet.update(path=file)
    assert added == [] and [str(c).split(": ", 1)[1] for c in changes] == [
        "hedge.recall rose from 0.5 to 1.0"
    ]


def test_a_broken_ratchet_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "ratchet.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(KitError, match="cannot read the score ratchet"):
        ratchet.load(bad)
    bad.write_text('{"schema": "other"}', encoding="utf-8")
    with pytest.raises(KitError, match="kit.ratchet/1"):
        ratchet.load(bad)
