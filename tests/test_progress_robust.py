"""Progress files under faults: kill -9 mid-save, broken files, two kernels at once,
hostile names, private permissions, spreadsheet formula injection in the class export."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import random
import signal
import stat
import time

import pytest

from kit.errors import KitError
from kit.progress import (
    MAX_NAME_BYTES,
    ProgressStore,
    csv_safe,
    export_class_csv,
    learner_filename,
    progress_files,
    read_progress_file,
)

FORK = multiprocessing.get_context("fork")
PAD = "answer text " * 200  # ~2.4 kB per answer, so a save takes a measurable moment


def _writer(path: str, first: int, last: int, done) -> None:
    """Save exercises first..last-1 one by one, reporting each finished save."""
    store = ProgressStore(path)
    for i in range(first, last):
        store.set(f"ex{i:03d}", {"i": i, "pad": PAD})
        done.send(i)
    done.close()


def _wait_for(conn, proc, n: int) -> list[int]:
    """The saves the writer reports, once it has reported ``n`` (or has ended)."""
    out: list[int] = []
    while len(out) < n and (proc.is_alive() or conn.poll()):
        if conn.poll(0.05):
            try:
                out.append(conn.recv())
            except EOFError:
                break
    return out


def _drain(conn) -> list[int]:
    out = []
    while conn.poll():
        try:
            out.append(conn.recv())
        except EOFError:
            break
    return out


def test_kill_9_at_random_moments_during_200_saves_never_breaks_the_file(tmp_path):
    """A writer saves 200 answers; it is killed (SIGKILL) after a random number of saves
    plus a random fraction of a save, then restarted, until all 200 are in. After every
    kill the file is whole, loads without a warning and holds every reported save."""
    path = tmp_path / "ana.json"
    rng = random.Random(12)
    confirmed: set[int] = set()
    kills = rounds = 0
    while len(confirmed) < 200:
        rounds += 1
        assert rounds < 400, "the writer makes no progress"
        first = max(confirmed, default=-1) + 1
        recv, send = FORK.Pipe(duplex=False)
        proc = FORK.Process(target=_writer, args=(str(path), first, 200, send))
        proc.start()
        send.close()
        done = _wait_for(recv, proc, rng.randint(1, 12))
        time.sleep(rng.uniform(0, 0.01))  # land somewhere inside the next save
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        kills += proc.exitcode == -signal.SIGKILL
        confirmed.update(done + _drain(recv))
        recv.close()
        data = read_progress_file(path)
        saved = {int(k[2:]) for k in data["answers"]}
        assert confirmed <= saved
        assert saved == set(range(len(saved)))  # saves in order, none half-done
        store = ProgressStore(path)
        assert store.warning is None
        if path.with_name("ana.json.bak").exists():
            read_progress_file(path.with_name("ana.json.bak"))  # the backup is whole too
        confirmed |= saved  # a save can land just before the kill, unreported
    assert kills >= 5, "the writer was killed mid-run several times"
    final = ProgressStore(path)
    assert final.exercises() == [f"ex{i:03d}" for i in range(200)]
    assert all(final.get(f"ex{i:03d}") == {"i": i, "pad": PAD} for i in range(200))
    visible = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert visible == ["ana.json", "ana.json.bak"]


def _busy_writer(folder: str, who: str, n: int, start) -> None:
    store = ProgressStore.for_learner("Ana", folder)
    start.wait()
    for i in range(n):
        store.set(f"{who}:{i}", {"v": i})
        store.set("shared", {"by": who, "i": i})


def test_two_kernels_saving_at_once_lose_nothing(tmp_path):
    start = FORK.Event()
    procs = [
        FORK.Process(target=_busy_writer, args=(str(tmp_path), who, 60, start))
        for who in ("nb1", "nb2")
    ]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    store = ProgressStore.for_learner("Ana", tmp_path)
    assert store.warning is None
    expected = {f"{who}:{i}" for who in ("nb1", "nb2") for i in range(60)} | {"shared"}
    assert set(store.exercises()) == expected
    assert all(store.get(f"nb2:{i}") == {"v": i} for i in range(60))
    assert store.get("shared")["i"] == 59  # the last save of one of them, whole


@pytest.mark.parametrize(
    "content, problem",
    [
        ('{"schema": "kit.progress/1", "answers": {"a": {"answer": {"v"', "not valid JSON"),
        ("", "not valid JSON"),
        ("\x00\x01\x02", "not valid JSON"),
        (b"\xff\xfe\xfa", "cannot read"),
        ('"just a string"', "not a kit.progress/1 file"),
        ('{"schema": "kit.progress/1", "answers": ["a", "b"]}', "no readable 'answers'"),
        ('{"schema": "kit.progress/1", "answers": {"a": {"answer": 3}}}', "no readable"),
        ('{"schema": "kit.progress/1", "learner": ["x"], "answers": {}}', "not text"),
        ('{"schema": "kit.progress/9", "answers": {}}', "not a kit.progress/1 file"),
    ],
)
def test_a_corrupt_truncated_or_wrong_typed_file_is_set_aside(tmp_path, content, problem):
    path = tmp_path / "bo.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    store = ProgressStore(path)
    assert problem in store.warning
    assert "bo.json.broken-1" in store.warning and "nothing is lost" in store.warning
    assert "\n" not in store.warning
    assert (tmp_path / "bo.json.broken-1").read_bytes() == before  # renamed, not deleted
    store.set("next", {"v": 1})  # the learner carries on
    assert ProgressStore(path).get("next") == {"v": 1}
    assert progress_files(tmp_path) == [path]


def test_a_file_broken_after_saves_comes_back_from_the_backup(tmp_path):
    store = ProgressStore.for_learner("Cy", tmp_path)
    store.set("a", {"v": 1})
    store.set("b", {"v": 2})
    path = tmp_path / "Cy.json"
    path.write_text(path.read_text(encoding="utf-8")[:40], encoding="utf-8")  # truncated
    again = ProgressStore.for_learner("Cy", tmp_path)
    assert "Cy.json.broken-1" in again.warning
    assert "restored from the backup" in again.warning
    assert again.get("a") == {"v": 1}  # the backup holds the file before the last save
    again.set("c", {"v": 3})
    reopened = ProgressStore.for_learner("Cy", tmp_path)
    assert reopened.warning is None
    assert reopened.exercises() == ["a", "c"]


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "a/b\\c",
        "/abs/path",
        "~root",
        "x" * 5000,
        "Ζωή Ωμέγα" * 40,
        "名前" * 100,
        "emoji 🦊🦊",
        "nul\x00byte",
        "e\u0301cole",  # combining accent: same file as the precomposed "école"
        "rtl \u202eexe.json",
    ],
)
def test_learner_names_stay_inside_the_progress_folder(tmp_path, name):
    folder = tmp_path / "progress"
    store = ProgressStore.for_learner(name, folder)
    store.set("../../outside", {"v": name})
    store.set("a/b/../../c", {"v": 1})
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files and all(p.parent == folder for p in files)
    fname = learner_filename(name)
    assert "/" not in fname and "\\" not in fname and not fname.startswith(".")
    assert len(fname.encode("utf-8")) <= MAX_NAME_BYTES + len(".json")
    assert ProgressStore.for_learner(name, folder).get("../../outside") == {"v": name}


@pytest.mark.parametrize("name", ["..", "/", "../..", "  ", "\u200b", "🦊"])
def test_names_without_a_letter_or_digit_are_refused(tmp_path, name):
    with pytest.raises(KitError, match="at least one letter or digit"):
        ProgressStore.for_learner(name, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_long_names_that_share_a_prefix_get_different_files():
    a, b = "x" * 300 + "a", "x" * 300 + "b"
    assert learner_filename(a) != learner_filename(b)
    assert learner_filename("e\u0301cole") == learner_filename("\u00e9cole")


@pytest.mark.parametrize("bad", ["", "   ", "x" * 201, None, 3])
def test_bad_exercise_ids_are_refused(tmp_path, bad):
    store = ProgressStore(tmp_path / "a.json")
    with pytest.raises(KitError, match="exercise id"):
        store.set(bad, {"v": 1})  # type: ignore[arg-type]
    assert not (tmp_path / "a.json").exists()


def test_files_are_private(tmp_path):
    folder = tmp_path / "class" / "progress"
    store = ProgressStore.for_learner("Dee", folder)
    store.set("a", {"v": 1})
    store.set("b", {"v": 2})  # a second save also makes the backup
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for p in folder.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


@pytest.mark.parametrize(
    "value, safe",
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-1", "-1"),  # a plain number stays a number
        ("-0.5", "-0.5"),
        (-1, "-1"),
        ("a = b", "a = b"),
        ({"k": "=1"}, '{"k": "=1"}'),
    ],
)
def test_csv_cells_cannot_be_formulas(value, safe):
    assert csv_safe(value) == safe


def test_class_export_neutralises_formulas_in_every_column(tmp_path):
    evil = ProgressStore.for_learner("=cmd", tmp_path)  # file name is safe; the name is kept
    evil.set("@ex", {"=A1": "=1+1", "+f": "-2+3", "n": -1, "t": "\tx"})
    result = export_class_csv(tmp_path, tmp_path / "class.csv")
    assert result.rows == 4
    with open(tmp_path / "class.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cells = [v for row in rows for v in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for c in cells if c.startswith("-") and c != "-1"]
    by_field = {r["field"]: r for r in rows}
    assert by_field["'=A1"]["value"] == "'=1+1"
    assert by_field["'+f"]["value"] == "'-2+3"
    assert by_field["n"]["value"] == "-1"
    assert rows[0]["learner"] == "'=cmd" and rows[0]["exercise"] == "'@ex"


def test_the_file_format_is_unchanged_and_old_files_load(tmp_path):
    old = {
        "schema": "kit.progress/1",
        "learner": "Old Hand",
        "answers": {
            "who_said_it:seed": {"answer": {"0": "Jin"}, "saved_at": "2024-01-01T00:00:00+00:00"}
        },
    }
    path = tmp_path / "Old_Hand.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    store = ProgressStore.for_learner("Old Hand", tmp_path)
    assert store.warning is None and store.get("who_said_it:seed") == {"0": "Jin"}
    store.set("x", {"v": 1})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"schema", "learner", "answers"}
    assert data["answers"]["who_said_it:seed"] == old["answers"]["who_said_it:seed"]
