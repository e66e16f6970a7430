"""Build the course: a student edition, a teacher edition and an offline HTML edition.

``python -m kit course [--out build] [--only student|teacher|html]`` (or ``make course``)
reads ``notebooks/*.ipynb`` and writes:

- ``build/teacher/``: every cell kept, executed, widget state saved;
- ``build/student/``: solutions and answer reveals removed (below), executed; a notebook
  with metadata ``"kit": {"teacher_only": true}`` (the class dashboard) is left out;
- ``build/html/``: the student edition as HTML pages that need no network: each
  widget is replaced by a static, disabled snapshot rendered from its saved state,
  and no ``<script src=http...>`` or ``<link href=http...>`` is left.

``python -m kit course --refresh`` (``make notebooks``) re-executes
``notebooks/*.ipynb`` in place, deterministically, for authors.

How a notebook author marks answers (the student edition follows nbgrader and Otter):

- cell tag ``solution`` or ``answer``: the cell is removed;
- cell tag ``solution-placeholder``: the cell becomes a markdown cell "*Your answer here.*";
- in a code cell, lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION``
  become ``# Your code here``;
- in a markdown cell, text between ``<!-- BEGIN ANSWER -->`` and ``<!-- END ANSWER -->``
  is removed;
- widgets that can reveal an answer key ask :func:`reveals_allowed` (or
  :func:`edition`) for their default. Each edition folder holds a ``.kit-edition``
  file (``student`` or ``teacher``) and the build sets ``KIT_EDITION`` for the
  kernel, so a kernel started in ``build/student/`` never reveals keys, also later
  in a learner's JupyterLab. The environment variable wins over the file; with
  neither (the source notebooks) the edition is ``teacher``.
- any HTML that shows answer-key content carries the class ``kit-answer-key``; the build
  fails if a student notebook shows ``kit-answer-key`` in an output or in saved widget
  state, or holds any line of a removed solution anywhere.

Every edition is executed with nbclient (kernel ``python3``, cwd = the edition
folder, ``KIT_PROGRESS_DIR`` = a fresh temporary folder so learner progress never
changes outputs). Data files are reached through the kit's own path resolution,
never relative paths, so nothing from ``data/`` is copied. The build stops with a
:class:`~kit.errors.KitError` naming the notebook and the cell when a cell fails, or
when a code cell names an answer key that does not exist: a ``.yaml`` file, or a
practice article (a stem of ``data/articles/``) without ``data/answers/<stem>.yaml``.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.course_run import WIDGET_STATE as WIDGET_STATE  # re-exported
from kit.course_run import WIDGET_VIEW as WIDGET_VIEW  # re-exported
from kit.course_run import clear_outputs, run_all, stabilise_widget_ids
from kit.errors import KitError

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
EDITIONS = ("student", "teacher", "html")
EDITION_FILE = ".kit-edition"
KEY_CLASS = "kit-answer-key"
_KEY_CLASS_RE = re.compile(r"(?<![\w-])kit-answer-key(?![\w-])")

REMOVE_TAGS = frozenset({"solution", "answer"})
PLACEHOLDER_TAG = "solution-placeholder"
PLACEHOLDER_TEXT = "*Your answer here.*"
CODE_STUB = "# Your code here"
_SOLUTION_RE = re.compile(
    r"^([ \t]*)### BEGIN SOLUTION[^\n]*\n.*?^[ \t]*### END SOLUTION[^\n]*$", re.M | re.S
)
_ANSWER_RE = re.compile(r"<!--\s*BEGIN ANSWER\s*-->.*?<!--\s*END ANSWER\s*-->", re.S)
#: a removed line must be this long to count as a leak if it shows up again
_LEAK_MIN = 16


# --------------------------------------------------------------------------- editions


def edition() -> str:
    """``student`` or ``teacher``: the edition the running notebook belongs to."""
    value = os.environ.get("KIT_EDITION", "").strip().lower()
    if not value:
        marker = Path.cwd() / EDITION_FILE
        if marker.is_file():
            value = marker.read_text(encoding="utf-8").strip().lower()
    return "student" if value == "student" else "teacher"


def reveals_allowed() -> bool:
    """May a widget show answer keys? Never in the student edition."""
    return edition() != "student"


def teacher_only(nb: Any) -> bool:
    """A notebook for the teacher alone (metadata ``"kit": {"teacher_only": true}``), such
    as the class dashboard: the student and HTML editions leave it out."""
    return bool(nb.metadata.get("kit", {}).get("teacher_only"))


# --------------------------------------------------------------------------- student


@dataclass
class Stripped:
    """A student notebook and the text taken out of it."""

    nb: Any
    removed: list[tuple[int, str]] = field(default_factory=list)  # (source cell index, text)


def to_student(nb: Any) -> Stripped:
    """A copy of ``nb`` with solutions and answers taken out (tags and markers above)."""
    import nbformat

    out = copy.deepcopy(nb)
    cells = []
    removed: list[tuple[int, str]] = []
    for index, cell in enumerate(out.cells):
        tags = set(cell.get("metadata", {}).get("tags", []))
        source = cell.source
        if tags & REMOVE_TAGS:
            removed.append((index, source))
            continue
        if PLACEHOLDER_TAG in tags:
            removed.append((index, source))
            cells.append(nbformat.v4.new_markdown_cell(PLACEHOLDER_TEXT))
            continue
        if cell.cell_type == "code":
            for match in _SOLUTION_RE.finditer(source):
                removed.append((index, match.group(0)))
            source = _SOLUTION_RE.sub(lambda m: m.group(1) + CODE_STUB, source)
        elif cell.cell_type == "markdown":
            for match in _ANSWER_RE.finditer(source):
                removed.append((index, match.group(0)))
            source = _ANSWER_RE.sub("", source)
        cell.source = source
        cells.append(cell)
    out.cells = cells
    return Stripped(out, removed)


def leak_lines(stripped: Stripped) -> list[str]:
    """Lines of removed text long enough to be recognised, and not kept elsewhere."""
    kept = "\n".join(c.source for c in stripped.nb.cells)
    lines: list[str] = []
    for _, text in stripped.removed:
        for raw in text.splitlines():
            line = raw.strip()
            if (
                len(line) >= _LEAK_MIN
                and "BEGIN SOLUTION" not in line
                and "END SOLUTION" not in line
                and "ANSWER -->" not in line
                and line not in kept
            ):
                lines.append(line)
    return lines


def check_student(name: str, nb: Any, lines: Iterable[str]) -> None:
    """Fail if a student notebook shows a key (``kit-answer-key`` in an output or widget state)
    or holds a line of a removed solution anywhere."""
    shown = _notebook_text(
        [c.get("outputs", []) for c in nb.cells] + [nb.metadata.get("widgets", {})]
    )
    if _KEY_CLASS_RE.search(shown):
        raise KitError(f"student edition of {name} shows an answer key (class {KEY_CLASS!r})")
    plain = _notebook_text(nb)
    for line in lines:
        if line in plain:
            raise KitError(f"student edition of {name} still shows removed answer text: {line!r}")


def _notebook_text(nb: Any) -> str:
    """Every string in the notebook (sources, outputs, widget state), joined."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(nb)
    return "\n".join(parts)


# --------------------------------------------------------------------------- checks


def _string_literals(source: str) -> list[str]:
    """The string constants of a code cell (IPython magics and shell lines left out)."""
    import ast

    code = "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return [m.group(1) for m in re.finditer(r"""["']([^"'\n]+)["']""", source)]
    return [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def check_key_references(name: str, nb: Any, src: Path) -> None:
    """Fail if a code cell names an answer key that does not exist: a ``.yaml`` file, or
    a practice article (a stem of ``data/articles/``) whose ``data/answers/<stem>.yaml``
    is missing."""
    articles = DATA / "articles"
    stems = {p.stem for p in articles.glob("*") if p.is_file()} if articles.is_dir() else set()
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for ref in _string_literals(cell.source):
            if ref.endswith((".yaml", ".yml")):
                candidates = [src / ref, ROOT / ref, DATA / ref, DATA / "answers" / ref]
            elif ref in stems:
                candidates = [DATA / "answers" / f"{ref}.yaml"]
            else:
                continue
            if not any(p.is_file() for p in candidates):
                raise KitError(
                    f"{name}, cell {index}: answer key for {ref!r} not found "
                    f"(looked for {', '.join(str(p) for p in candidates)})"
                )


# --------------------------------------------------------------------------- execution


def kernel_env(edition_name: str, progress_dir: Path) -> dict[str, str]:
    """The kernel's environment: this kit importable, fixed hashing, private progress."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONHASHSEED"] = "0"
    env["KIT_EDITION"] = edition_name
    env["KIT_PROGRESS_DIR"] = str(progress_dir)
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return env


# --------------------------------------------------------------------------- build


def _sources(src: Path) -> list[Path]:
    if not src.is_dir():
        raise KitError(f"no notebooks folder: {src}")
    paths = sorted(p for p in src.glob("*.ipynb") if not p.name.startswith("."))
    if not paths:
        raise KitError(f"no notebooks in {src}")
    return paths


def _read(path: Path) -> Any:
    import nbformat

    try:
        return nbformat.read(path, as_version=4)
    except Exception as err:  # nbformat raises several kinds of errors
        raise KitError(f"cannot read notebook {path.name}: {err}") from None


_NOT_ASSETS = frozenset({"sanitize.cfg", "progress", "__pycache__"})


def _copy_assets(src: Path, dest: Path) -> None:
    """Images and other files beside the notebooks (not the notebooks, the nbval
    config, or a learner's progress folder)."""
    for path in src.iterdir():
        if path.name.startswith(".") or path.suffix == ".ipynb" or path.name in _NOT_ASSETS:
            continue
        if path.is_dir():
            shutil.copytree(path, dest / path.name, dirs_exist_ok=True)
        else:
            shutil.copy2(path, dest / path.name)


def _workers() -> int:
    value = os.environ.get("KIT_BUILD_JOBS")
    if value and value.isdigit():
        return max(1, int(value))
    return max(1, min(2, os.cpu_count() or 1))


def build_course(
    out: Path,
    only: str | None = None,
    *,
    src: Path | None = None,
    timeout: int = 600,
    workers: int | None = None,
) -> dict[str, list[Path]]:
    """Build the editions into ``out`` (``only``: one of student, teacher, html).

    Returns the written files per edition. Raises :class:`KitError` on any failure.
    """
    import nbformat

    if only is not None and only not in EDITIONS:
        raise KitError(f"unknown edition {only!r}: choose from {', '.join(EDITIONS)}")
    src = Path(src) if src is not None else NOTEBOOKS
    out = Path(out)
    wanted = set(EDITIONS) if only is None else {only}
    paths = _sources(src)
    notebooks = {p.name: _read(p) for p in paths}
    for name, nb in notebooks.items():
        check_key_references(name, nb, src)

    progress = Path(tempfile.mkdtemp(prefix="kit-progress-"))
    scratch = Path(tempfile.mkdtemp(prefix="kit-course-"))
    written: dict[str, list[Path]] = {e: [] for e in EDITIONS}
    try:
        jobs = []
        folders: dict[str, Path] = {}
        student_nbs: dict[str, Any] = {}
        teacher_nbs: dict[str, Any] = {}
        leaks: dict[str, list[str]] = {}
        for ed in ("teacher", "student"):
            if ed == "teacher" and "teacher" not in wanted:
                continue
            if ed == "student" and not wanted & {"student", "html"}:
                continue
            # html alone: execute the student edition in a scratch folder
            folder = out / ed if ed in wanted else scratch / ed
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            _copy_assets(src, folder)
            (folder / EDITION_FILE).write_text(ed + "\n", encoding="utf-8")
            folders[ed] = folder
            env = kernel_env(ed, progress / ed)
            for name, source_nb in notebooks.items():
                if ed == "student" and teacher_only(source_nb):
                    continue
                nb = copy.deepcopy(source_nb)
                clear_outputs(nb)
                if ed == "student":
                    stripped = to_student(nb)
                    nb = stripped.nb
                    leaks[name] = leak_lines(stripped)
                    student_nbs[name] = nb
                else:
                    teacher_nbs[name] = nb
                jobs.append((nb, f"{ed}/{name}", folder, env))
        run_all(jobs, timeout, workers or _workers())

        for ed, nbs in (("teacher", teacher_nbs), ("student", student_nbs)):
            for name, nb in nbs.items():
                nb = stabilise_widget_ids(nb, name)
                if ed == "student":
                    check_student(f"{name}", nb, leaks[name])
                    student_nbs[name] = nb
                path = folders[ed] / name
                nbformat.write(nb, path)
                if ed in wanted:
                    written[ed].append(path)

        if "html" in wanted:
            from kit.course_html import write_html_edition

            written["html"] = write_html_edition(student_nbs, out / "html", src)
    finally:
        shutil.rmtree(progress, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    for ed in sorted(wanted):
        print(f"kit: {ed}: {len(written[ed])} files in {out / ed}", file=sys.stderr)
    return written


def refresh_notebooks(src: Path | None = None, *, timeout: int = 600) -> list[Path]:
    """Re-execute ``src/*.ipynb`` in place (fresh progress, stable widget ids)."""
    import nbformat

    src = Path(src) if src is not None else NOTEBOOKS
    paths = _sources(src)
    progress = Path(tempfile.mkdtemp(prefix="kit-progress-"))
    try:
        nbs = {p.name: _read(p) for p in paths}
        for name, nb in nbs.items():
            check_key_references(name, nb, src)
            clear_outputs(nb)
        env = kernel_env("teacher", progress)
        env.pop("KIT_EDITION")  # the source notebooks run as they do in a learner's lab
        run_all([(nb, name, src, env) for name, nb in nbs.items()], timeout, _workers())
        for path in paths:
            nbformat.write(stabilise_widget_ids(nbs[path.name], path.name), path)
    finally:
        shutil.rmtree(progress, ignore_errors=True)
    return paths
