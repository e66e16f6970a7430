"""The learner progress store: round trips, atomic writes, broken files, class export."""

from __future__ import annotations

import csv
import json
import os

import pytest

from kit.errors import KitError
from kit.progress import (
    SCHEMA,
    ProgressError,
    ProgressStore,
    export_class_csv,
    learner_filename,
)


def test_round_trip_and_reopen(tmp_path):
    store = ProgressStore.for_learner("Ana María", folder=tmp_path)
    store.set("who_said_it:seed", {"0": "Jin Canrong", "1": None})
    store.set("certainty:seed", {"3": -1})
    path = tmp_path / "Ana_María.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    assert data["learner"] == "Ana María"
    assert data["answers"]["certainty:seed"]["answer"] == {"3": -1}
    assert data["answers"]["certainty:seed"]["saved_at"]

    reopened = ProgressStore.for_learner("Ana María", folder=tmp_path)
    assert reopened.warning is None
    assert reopened.get("who_said_it:seed") == {"0": "Jin Canrong", "1": None}
    assert reopened.get("missing") is None
    assert reopened.exercises() == ["certainty:seed", "who_said_it:seed"]


def test_get_returns_a_copy(tmp_path):
    store = ProgressStore(tmp_path / "a.json")
    store.set("x", {"words": ["might"]})
    store.get("x")["words"].append("could")
    assert store.get("x") == {"words": ["might"]}


def test_default_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / "class1"))
    store = ProgressStore.for_learner("bo")
    store.set("e", {"a": 1})
    assert (tmp_path / "class1" / "bo.json").is_file()
    monkeypatch.delenv("KIT_PROGRESS_DIR")
    monkeypatch.chdir(tmp_path)
    expected = (tmp_path / "progress" / "bo.json").resolve()
    assert ProgressStore.for_learner("bo").path.resolve() == expected


def test_learner_names_become_safe_file_names():
    assert learner_filename("../../etc/passwd") == "etc_passwd.json"
    with pytest.raises(KitError, match="at least one letter"):
        learner_filename("  /  ")


def test_answers_must_be_plain_data(tmp_path):
    store = ProgressStore(tmp_path / "a.json")
    with pytest.raises(KitError, match="must be a dict"):
        store.set("x", ["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(KitError, match="plain JSON"):
        store.set("x", {"when": object()})
    assert not (tmp_path / "a.json").exists()


def _files(folder):
    """The folder's files, without the lock file a save leaves for the next one."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    store = ProgressStore(tmp_path / "a.json")
    store.set("first", {"v": 1})
    before = (tmp_path / "a.json").read_bytes()

    def crash(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(ProgressError, match="could not save"):
        store.set("second", {"v": 2})
    assert (tmp_path / "a.json").read_bytes() == before
    assert _files(tmp_path) == ["a.json"]  # no temp file left

    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(ProgressError):
        store.set("third", {"v": 3})
    assert (tmp_path / "a.json").read_bytes() == before
    assert _files(tmp_path) == ["a.json"]


def test_a_broken_file_is_kept_and_explained(tmp_path):
    path = tmp_path / "ana.json"
    path.write_text('{"schema": "kit.progress/1", "answers": {"x": ', encoding="utf-8")
    store = ProgressStore(path)
    assert "not valid JSON" in store.warning
    assert "ana.json.broken-1" in store.warning
    assert (tmp_path / "ana.json.broken-1").read_text(encoding="utf-8").endswith('"x": ')
    assert store.get("x") is None
    store.set("y", {"v": 1})  # starts fresh, the backup stays
    assert ProgressStore(path).get("y") == {"v": 1}
    assert (tmp_path / "ana.json.broken-1").exists()

    path.write_text("[1, 2, 3]", encoding="utf-8")  # valid JSON, not a progress file
    second = ProgressStore(path)
    assert "not a kit.progress/1 file" in second.warning
    assert (tmp_path / "ana.json.broken-2").read_text(encoding="utf-8") == "[1, 2, 3]"
    assert (tmp_path / "ana.json.broken-1").exists()


def test_an_unmovable_broken_file_is_never_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "ana.json"
    path.write_text("garbage", encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    store = ProgressStore(path)
    assert "will NOT be saved" in store.warning
    monkeypatch.undo()
    store.set("x", {"v": 1})
    assert path.read_text(encoding="utf-8") == "garbage"
    assert store.get("x") == {"v": 1}  # kept for this session only


def test_class_csv_export_skips_broken_files(tmp_path):
    ana = ProgressStore.for_learner("Ana", folder=tmp_path)
    ana.set("who_said_it:seed", {"0": "Jin Canrong", "1": "Yang Xiyu"})
    ana.set("predict:hedge:words:seed", {"words": "might, could"})
    bo = ProgressStore.for_learner("Bo", folder=tmp_path)
    bo.set("source_map:seed", {"Jin Canrong": {"named": "named", "attributions": 4}})
    (tmp_path / "Cy.json").write_text("{oops", encoding="utf-8")

    result = export_class_csv(tmp_path, tmp_path / "out" / "class.csv")
    assert result.rows == 4
    assert result.learners == 2
    assert [name for name, _ in result.skipped] == ["Cy.json"]
    assert "skipped Cy.json" in str(result)
    assert (tmp_path / "Cy.json").read_text(encoding="utf-8") == "{oops"  # untouched

    with open(tmp_path / "out" / "class.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["learner", "exercise", "field", "value", "saved_at"]
    by_field = {(r["learner"], r["exercise"], r["field"]): r for r in rows}
    assert by_field[("Ana", "who_said_it:seed", "1")]["value"] == "Yang Xiyu"
    assert by_field[("Ana", "predict:hedge:words:seed", "words")]["value"] == "might, could"
    nested = by_field[("Bo", "source_map:seed", "Jin Canrong")]["value"]
    assert json.loads(nested) == {"named": "named", "attributions": 4}
    assert all(r["saved_at"] for r in rows)


def test_export_of_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KitError, match="no such class folder"):
        export_class_csv(tmp_path / "nope", tmp_path / "x.csv")


def test_two_open_notebooks_do_not_drop_each_others_answers(tmp_path):
    first = ProgressStore.for_learner("ana", tmp_path)
    second = ProgressStore.for_learner("ana", tmp_path)  # another notebook, same learner
    first.set("notebook1:who_said_it", {"0": "Jin Canrong"})
    second.set("notebook3:certainty", {"2": 1})
    first.set("notebook1:source_map", {"x": {"named": "named"}})
    reopened = ProgressStore.for_learner("ana", tmp_path)
    assert reopened.exercises() == [
        "notebook1:source_map",
        "notebook1:who_said_it",
        "notebook3:certainty",
    ]


def test_a_file_broken_while_open_is_set_aside_on_save(tmp_path):
    store = ProgressStore.for_learner("ana", tmp_path)
    store.set("a", {"v": 1})
    (tmp_path / "ana.json").write_text("{half", encoding="utf-8")
    store.set("b", {"v": 2})
    assert "ana.json.broken-1" in store.warning
    assert (tmp_path / "ana.json.broken-1").read_text(encoding="utf-8") == "{half"
    assert ProgressStore.for_learner("ana", tmp_path).get("a") == {"v": 1}  # kept in memory
