"""Learner progress: each learner's exercise answers in one small JSON file.

>>> store = ProgressStore.for_learner("Ana")            # ./progress/Ana.json
>>> store.set("who_said_it:seed", {"0": "Jin Canrong"})
>>> store.get("who_said_it:seed")
{'0': 'Jin Canrong'}

Files in the progress folder (the public layout, read by the teacher's tools):

- ``<learner>.json``: one learner's answers, ``{"schema": "kit.progress/1", "learner":
  name, "answers": {exercise_id: {"answer": {...}, "saved_at": iso_time}}}``;
  :func:`progress_files` lists them, :func:`read_progress_file` reads one.
- ``<learner>.json.bak``: the file as it was before the last save (a backup).
- ``<learner>.json.broken-<n>``: a file that could not be read, set aside, never deleted.
- ``.<learner>.json.lock`` and ``.<learner>.json.<random>.tmp``: a save in progress.

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so a
crash, even ``kill -9``, never leaves half a file. Each save holds a lock on the
learner's file and first takes in what another open notebook saved meanwhile, so two
kernels saving at once lose nothing. A file that cannot be read is never overwritten:
it is renamed to ``<name>.json.broken-<n>``, the answers come back from the backup
when it is readable, and :attr:`ProgressStore.warning` says so in words a learner
can act on. Files are private to their owner (0600, a new folder 0700).
Timestamps live only in the JSON file, never in a widget's output.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kit.errors import KitError

try:
    import fcntl
except ImportError:  # pragma: no cover  (Windows: no advisory locks; saves still atomic)
    fcntl = None  # type: ignore[assignment]

SCHEMA = "kit.progress/1"
#: Environment variable naming the folder that holds the learners' files.
ENV_DIR = "KIT_PROGRESS_DIR"
CSV_COLUMNS = ("learner", "exercise", "field", "value", "saved_at")
#: File names longer than this (in UTF-8 bytes, before ``.json``) are shortened with a hash.
MAX_NAME_BYTES = 96
#: The longest exercise id accepted (ids are keys inside the file, never file names).
MAX_EXERCISE_ID = 200
FILE_MODE = 0o600
FOLDER_MODE = 0o700


class ProgressError(KitError):
    """A progress file that cannot be read or written."""


def default_folder() -> Path:
    """``$KIT_PROGRESS_DIR`` if set, else ``./progress``."""
    return Path(os.environ.get(ENV_DIR) or "progress")


def learner_filename(name: str) -> str:
    """A safe file name for a learner's name (``"Ana María"`` -> ``"Ana_María.json"``).

    Only letters, digits, ``_`` and ``-`` are kept, so the name can never point outside
    the progress folder; a very long name is cut and given a short hash to stay unique.
    """
    if not isinstance(name, str):
        raise KitError(f"a learner name must be text, not {type(name).__name__}")
    name = unicodedata.normalize("NFC", name).strip()
    slug = re.sub(r"[^\w-]+", "_", name).strip("_")
    if not slug:
        raise KitError(f"a learner name needs at least one letter or digit (got {name!r})")
    if len(slug.encode("utf-8")) > MAX_NAME_BYTES:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
        cut = slug.encode("utf-8")[: MAX_NAME_BYTES - 13].decode("utf-8", "ignore")
        slug = f"{cut}-{digest}"
    return f"{slug}.json"


def progress_files(folder: str | Path) -> list[Path]:
    """The learners' progress files in ``folder`` (``*.json``, sorted; backups and
    set-aside files are not included)."""
    return sorted(p for p in Path(folder).glob("*.json") if not p.name.startswith("."))


def check_exercise_id(exercise_id: Any) -> str:
    """``exercise_id`` if it is usable as a key in a progress file, else :class:`KitError`."""
    if not isinstance(exercise_id, str) or not exercise_id.strip():
        raise KitError(f"an exercise id must be non-empty text (got {exercise_id!r})")
    if len(exercise_id) > MAX_EXERCISE_ID:
        raise KitError(
            f"an exercise id is at most {MAX_EXERCISE_ID} characters (got {len(exercise_id)})"
        )
    return exercise_id


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
    if not isinstance(data.get("learner", ""), str | None):
        raise ProgressError(f"{path.name} has a learner name that is not text")
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
        self._unsaved: set[str] = set()  # set here but not yet in the file
        self._writable = True
        self._load()

    def __repr__(self) -> str:
        return f"ProgressStore({str(self.path)!r}, learner={self.learner!r})"

    @classmethod
    def for_learner(cls, name: str, folder: str | Path | None = None) -> ProgressStore:
        """The store of learner ``name`` in ``folder`` (default :func:`default_folder`)."""
        base = Path(folder) if folder is not None else default_folder()
        return cls(
            base / learner_filename(name), learner=unicodedata.normalize("NFC", name).strip()
        )

    @property
    def backup_path(self) -> Path:
        """The file as it was before the last save."""
        return self.path.with_name(f"{self.path.name}.bak")

    # -- reading ------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = read_progress_file(self.path)
        except ProgressError as exc:
            self._set_aside(str(exc))
            if self._writable:
                self._restore_backup()
            return
        self.learner = data.get("learner") or self.learner
        self._answers = data["answers"]

    def _restore_backup(self) -> None:
        """After a broken file was set aside: take the answers from the backup, if readable."""
        try:
            data = read_progress_file(self.backup_path) if self.backup_path.exists() else None
        except ProgressError:
            data = None
        if data and data["answers"]:
            self._answers = data["answers"]
            self._unsaved = set(self._answers)
            self.warning = (self.warning or "") + (
                f" Your answers from before the last save ({len(self._answers)}) were "
                "restored from the backup."
            )

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
        check_exercise_id(exercise_id)
        if not isinstance(answer, dict):
            raise KitError(f"an answer must be a dict, not {type(answer).__name__}")
        try:
            answer = json.loads(json.dumps(answer))
        except (TypeError, ValueError) as exc:
            raise KitError(f"an answer must be plain JSON data: {exc}") from exc
        if not self._writable:
            self._answers[exercise_id] = {"answer": answer, "saved_at": _now()}
            return
        self._make_folder()
        with self._locked():
            self._refresh()
            self._answers[exercise_id] = {"answer": answer, "saved_at": _now()}
            self._unsaved.add(exercise_id)
            if self._writable:
                self._write()
                self._unsaved.clear()

    def _make_folder(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            except OSError as exc:
                raise ProgressError(
                    f"could not create the progress folder {folder}: {exc.strerror or exc}"
                ) from exc

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold an exclusive lock on this learner's file (other processes wait)."""
        if fcntl is None:  # pragma: no cover
            yield
            return
        lock = self.path.with_name(f".{self.path.name}.lock")
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            raise ProgressError(f"could not save your answers to {self.path}: {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    def _refresh(self) -> None:
        """Take in answers saved meanwhile by another store on the same file (another
        notebook of the course open at the same time), so that a save never drops them.

        Called under the lock: the file holds every save made so far, so it wins for
        every exercise except those this store set and could not write yet.
        """
        if not self.path.exists():
            return
        try:
            data = read_progress_file(self.path)
        except ProgressError as exc:
            self._set_aside(str(exc))
            self._unsaved = set(self._answers)
            return
        for exercise, entry in data["answers"].items():
            if exercise not in self._unsaved:
                self._answers[exercise] = entry

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "learner": self.learner,
            "answers": {k: self._answers[k] for k in sorted(self._answers)},
        }

    def _write(self) -> None:
        """Write atomically (under the lock); the previous file becomes the backup."""
        folder = self.path.parent
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
        for stale in folder.glob(f".{glob.escape(self.path.name)}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer that was killed mid-save
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                os.fchmod(fh.fileno(), FILE_MODE)
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            if self.path.exists():
                self._keep_backup()
            os.replace(tmp, self.path)
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            raise ProgressError(f"could not save your answers to {self.path}: {exc}") from exc
        except BaseException:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            raise

    def _keep_backup(self) -> None:
        """Make ``<name>.json.bak`` the current (readable) file, atomically."""
        link = self.path.with_name(f".{self.path.name}.bak.tmp")
        link.unlink(missing_ok=True)
        try:
            try:
                os.link(self.path, link)
            except OSError:  # a file system without hard links: copy instead
                link.write_bytes(self.path.read_bytes())
                os.chmod(link, FILE_MODE)
            os.replace(link, self.backup_path)
        except OSError:
            link.unlink(missing_ok=True)
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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")


def csv_safe(value: Any) -> str:
    """``value`` as a CSV cell a spreadsheet will not run as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'`` (shown as text by Excel, LibreOffice and Google Sheets); a plain
    number such as ``-1`` is left as it is.
    """
    text = (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    )
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def export_class_csv(folder: str | Path, out_path: str | Path) -> ExportResult:
    """Every learner's answers in ``folder`` as one CSV (learner, exercise, field, value, saved_at).

    A file that cannot be read is skipped and reported in the result, never fatal.
    Every cell goes through :func:`csv_safe` (no spreadsheet formula injection).
    """
    base = Path(folder)
    if not base.is_dir():
        raise KitError(f"no such class folder: {base}")
    rows: list[tuple[str, ...]] = []
    skipped: list[tuple[str, str]] = []
    learners = 0
    for path in progress_files(base):
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
                row = (learner, exercise, name, entry["answer"][name], entry.get("saved_at", ""))
                rows.append(tuple(csv_safe(cell) for cell in row))
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    return ExportResult(out, len(rows), learners, skipped)
