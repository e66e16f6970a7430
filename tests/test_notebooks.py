"""The course notebooks: goals first, executed in order, and no logic of their own.

nbval (``make test``) re-runs every notebook and compares outputs; these checks look at
what is stored in ``notebooks/``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
TIME = re.compile(
    r"\b\d+\s*(?:(?:-|–|to)\s*\d+\s*)?(?:min|mins|minutes?|h|hours?)\b", re.IGNORECASE
)


def _load(path: Path):
    return nbformat.read(path, as_version=4)


def _code(source: str) -> str:
    """Cell source without IPython magics and shell escapes, for ``ast``."""
    return "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )


def test_the_course_has_its_notebooks() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(8)], names
    assert names[0] == "00_start_here.ipynb"
    assert names[-1] == "07_compare_outlets.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_opens_with_learning_goals_and_time(path: Path) -> None:
    first = _load(path).cells[0]
    assert first.cell_type == "markdown"
    assert "learning goals" in first.source.lower()
    assert TIME.search(first.source), "the first cell gives a time estimate"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_code_cells_ran_in_order(path: Path) -> None:
    nb = _load(path)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook runs code"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"cell {index} stored an error"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_cells_call_the_kit_and_define_no_logic(path: Path) -> None:
    nb = _load(path)
    uses_kit = False
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        tree = ast.parse(_code(cell.source))
        for node in ast.walk(tree):
            assert not isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            ), f"cell {index} defines {type(node).__name__} (line {node.lineno}): move it into kit/"
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                uses_kit |= any(m == "kit" or m.startswith("kit.") for m in modules)
    assert uses_kit, "the notebook imports the kit"
