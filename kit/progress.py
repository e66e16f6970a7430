"""Learner progress: each learner's exercise answers in one small JSON file.

>>> store = ProgressStore.for_learner("Ana")            # ./progress/Ana.json
>>> store.set("who_said_it:seed", {"0": "Jin Canrong"})
>>> store.get("who_said_it:seed")
{'0': 'Jin Canrong'}

Writes are atomic (a temporary file in the same folder, then ``os.replace``),
so a crash never leaves half a file, and each write first takes in answers
another open notebook saved meanwhile (the newest answer wins). A file that cannot be read is never
overwritten: it is renamed to ``<name>.json.broken-<n>``, :attr:`ProgressStore.warning`
says so in words a learner can act on, and answers start fresh.
Timestamps live only in the JSON file, never in a widget's output.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kit.errors import KitError

SCHEMA = "kit.progress/1"
#: Environment variable naming the folder that holds the learners' files.
ENV_DIR = "KIT_PROGRESS_DIR"
CSV_COLUMNS = ("learner", "exercise", "field", "value", "saved_at")


class ProgressError(KitError):
    """A progress file that cannot be read or written."""


def default_folder() -> Path:
    """``$KIT_PROGRESS_DIR`` if set, else ``./progress``."""
    return Path(os.environ.get(ENV_DIR) or "progress")


def learner_filename(name: str) -> str:
    """A safe file name for a learner's name (``"Ana María"`` -> ``"Ana_María.json"``)."""
    slug = re.sub(r"[^\w-]+", "_", name.strip()).strip("_")
    if not slug:
        raise KitError(f"a learner name needs at least one letter or digit (got {name!r})")
    return f"{slug}.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_progress_file(path: Path) -> dict[str, Any]:
    """The parsed content of a progress file; :class:`ProgressError` if it is not one."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProgressError(f"cannot read {path.name}: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ProgressError(
            f"{path.name} is not valid JSON ({exc.msg}, line {exc.lineno})"
        ) from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        raise ProgressError(f"{path.name} is not a {SCHEMA} file (found {found!r})")
    answers = data.get("answers")
    if not isinstance(answers, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("answer"), dict) for v in answers.values()
    ):
        raise ProgressError(f"{path.name} has no readable 'answers' table")
    return data


class ProgressStore:
    """One learner's answers, kept in one JSON file at ``path``.

    ``warning`` holds a message for the learner when the file could not be used.
    """

    def __init__(self, path: str | Path, learner: str | None = None) -> None:
        self.path = Path(path)
        self.learner = learner or self.path.stem
        self.warning: str | None = None
        self._answers: dict[str, dict[str, Any]] = {}
        self._writable = True
        self._load()

    def __repr__(self) -> str:
        return f"ProgressStore({str(self.path)!r}, learner={self.learner!r})"

    @classmethod
    def for_learner(cls, name: str, folder: str | Path | None = None) -> ProgressStore:
        """The store of learner ``name`` in ``folder`` (default :func:`default_folder`)."""
        base = Path(folder) if folder is not None else default_folder()
        return cls(base / learner_filename(name), learner=name.strip())

    # -- reading ------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = read_progress_file(self.path)
        except ProgressError as exc:
            self._set_aside(str(exc))
            return
        self.learner = data.get("learner") or self.learner
        self._answers = data["answers"]

    def _set_aside(self, problem: str) -> None:
        """Keep an unreadable file as ``<name>.broken-<n>`` and start fresh."""
        n = 1
        while (backup := self.path.with_name(f"{self.path.name}.broken-{n}")).exists():
            n += 1
        try:
            os.replace(self.path, backup)
        except OSError as exc:
            self._writable = False
            self.warning = (
                f"Your saved answers could not be read ({problem}) and the file could not be "
                f"set aside ({exc.strerror}). To protect it, answers will NOT be saved this "
                f"session. Ask your teacher to look at {self.path}."
            )
            return
        self.warning = (
            f"Your saved answers could not be read ({problem}). The file was kept as "
            f"{backup.name} so nothing is lost; your answers start fresh from here."
        )

    def get(self, exercise_id: str) -> dict[str, Any] | None:
        """The answer saved for ``exercise_id`` (a copy), or ``None``."""
        entry = self._answers.get(exercise_id)
        return json.loads(json.dumps(entry["answer"])) if entry else None

    def saved_at(self, exercise_id: str) -> str | None:
        entry = self._answers.get(exercise_id)
        return entry.get("saved_at") if entry else None

    def exercises(self) -> list[str]:
        """The ids of every exercise with a saved answer, sorted."""
        return sorted(self._answers)

    # -- writing ------------------------------------------------------------
    def set(self, exercise_id: str, answer: dict[str, Any]) -> None:
        """Save ``answer`` (plain JSON data) for ``exercise_id`` and write the file."""
        if not isinstance(answer, dict):
            raise KitError(f"an answer must be a dict, not {type(answer).__name__}")
        try:
            answer = json.loads(json.dumps(answer))
        except (TypeError, ValueError) as exc:
            raise KitError(f"an answer must be plain JSON data: {exc}") from exc
        if self._writable:
            self._refresh()
        self._answers[exercise_id] = {"answer": answer, "saved_at": _now()}
        if self._writable:
            self._write()

    def _refresh(self) -> None:
        """Take in answers saved meanwhile by another store on the same file (another
        notebook of the course open at the same time), so that a save never drops them."""
        if not self.path.exists():
            return
        try:
            data = read_progress_file(self.path)
        except ProgressError as exc:
            self._set_aside(str(exc))
            return
        for exercise, entry in data["answers"].items():
            mine = self._answers.get(exercise)
            if mine is None or str(entry.get("saved_at", "")) > str(mine.get("saved_at", "")):
                self._answers[exercise] = entry

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "learner": self.learner,
            "answers": {k: self._answers[k] for k in sorted(self._answers)},
        }

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ProgressError(f"could not save your answers to {self.path}: {exc}") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass
class ExportResult:
    """What :func:`export_class_csv` wrote and which files it had to skip."""

    path: Path
    rows: int
    learners: int
    skipped: list[tuple[str, str]]

    def __str__(self) -> str:
        lines = [f"wrote {self.rows} rows for {self.learners} learners to {self.path}"]
        lines += [f"skipped {name}: {why}" for name, why in self.skipped]
        return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def export_class_csv(folder: str | Path, out_path: str | Path) -> ExportResult:
    """Every learner's answers in ``folder`` as one CSV (learner, exercise, field, value, saved_at).

    A file that cannot be read is skipped and reported in the result, never fatal.
    """
    base = Path(folder)
    if not base.is_dir():
        raise KitError(f"no such class folder: {base}")
    rows: list[tuple[str, ...]] = []
    skipped: list[tuple[str, str]] = []
    learners = 0
    for path in sorted(base.glob("*.json")):
        try:
            data = read_progress_file(path)
        except ProgressError as exc:
            skipped.append((path.name, str(exc)))
            continue
        learners += 1
        learner = data.get("learner") or path.stem
        for exercise in sorted(data["answers"]):
            entry = data["answers"][exercise]
            for name in sorted(entry["answer"]):
                value = _cell(entry["answer"][name])
                rows.append((learner, exercise, name, value, entry.get("saved_at", "")))
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    return ExportResult(out, len(rows), learners, skipped)
