"""The student edition as one zip: student notebooks and what they need, nothing else."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import nbformat
import pytest

from kit import course
from kit.errors import KitError
from kit.handout import TOP, write_student_zip

ROOT = Path(__file__).resolve().parents[1]


def _student_folder(tmp_path: Path) -> Path:
    """The student edition as the build writes it, without executing (the build's own
    stripping and teacher-only rule), plus a learner's progress file."""
    folder = tmp_path / "student"
    folder.mkdir()
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if course.teacher_only(nb):
            continue
        nbformat.write(course.to_student(nb).nb, folder / path.name)
    (folder / course.EDITION_FILE).write_text("student\n", encoding="utf-8")
    (folder / "progress").mkdir()
    (folder / "progress" / "Ana.json").write_text('{"schema": "kit.progress/1"}', "utf-8")
    return folder


def test_zip_holds_the_student_edition_and_what_it_needs(tmp_path: Path) -> None:
    out = write_student_zip(tmp_path / "course.zip", _student_folder(tmp_path))
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        nb05 = zf.read(f"{TOP}/notebooks/05_putting_it_together.ipynb").decode("utf-8")
        readme = zf.read(f"{TOP}/README.md").decode("utf-8")
    notebooks = {n.rsplit("/", 1)[1] for n in names if n.endswith(".ipynb")}
    assert "00_start_here.ipynb" in notebooks and "06_bring_your_own.ipynb" in notebooks
    assert "teacher_dashboard.ipynb" not in notebooks
    assert not [n for n in names if n.endswith(".json")]  # no progress files
    assert not [n for n in names if "/heldout/" in n or "/demo_class/" in n]
    for needed in ("kit/__init__.py", "kit/widgets/checks.py", "pyproject.toml",
                   "requirements/dev.txt", "requirements/model.txt", "notebooks/.kit-edition",
                   "data/articles/global_times_alaska_2021.md", "data/checks/prepost.yaml",
                   "data/answers/wire_aren_dam_filling.yaml"):  # fmt: skip
        assert f"{TOP}/{needed}" in names, needed
    assert "make lab" in readme
    # the teacher note of notebook 5 (tagged "answer") is not in the handout
    assert "Teacher note" not in nb05
    assert all("answer" not in c["metadata"].get("tags", []) for c in json.loads(nb05)["cells"])


def test_zip_refuses_a_teacher_edition_or_a_teacher_only_notebook(tmp_path: Path) -> None:
    folder = _student_folder(tmp_path)
    (folder / course.EDITION_FILE).write_text("teacher\n", encoding="utf-8")
    with pytest.raises(KitError, match="not a student edition"):
        write_student_zip(tmp_path / "a.zip", folder)
    (folder / course.EDITION_FILE).write_text("student\n", encoding="utf-8")
    nb = nbformat.read(ROOT / "notebooks" / "teacher_dashboard.ipynb", as_version=4)
    nbformat.write(nb, folder / "teacher_dashboard.ipynb")
    with pytest.raises(KitError, match="teachers only"):
        write_student_zip(tmp_path / "b.zip", folder)


def test_the_build_leaves_teacher_only_notebooks_out_of_the_student_edition(
    tmp_path: Path,
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name, only in (("01_a.ipynb", False), ("02_teacher.ipynb", True)):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
        if only:
            nb.metadata["kit"] = {"teacher_only": True}
        nbformat.write(nb, src / name)
    written = course.build_course(tmp_path / "build", src=src, workers=2)
    assert [p.name for p in written["student"]] == ["01_a.ipynb"]
    assert sorted(p.name for p in written["teacher"]) == ["01_a.ipynb", "02_teacher.ipynb"]
    html = [p.name for p in written["html"]]
    assert any(n.startswith("01_a") for n in html)
    assert not [n for n in html if "02_teacher" in n]
