"""The course build: student and teacher editions, the offline HTML edition, failures.

The fixture notebooks (tests/fixtures/notebooks) are built into a temporary folder.
The real course is checked in ``$KIT_COURSE_BUILD`` when ``make test`` has just built
it there, otherwise it is built into a temporary folder once per session.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup

from kit import course
from kit.errors import KitError

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "notebooks"
REAL = ROOT / "notebooks"
ANSWER_TAGS = {"solution", "answer", "solution-placeholder"}
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)


def _widget_views(nb) -> list[str]:
    return [
        out["data"][course.WIDGET_VIEW]["model_id"]
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if course.WIDGET_VIEW in out.get("data", {})
    ]


def _state(nb) -> dict:
    return nb.metadata.get("widgets", {}).get(course.WIDGET_STATE, {}).get("state", {})


def _shown(nb) -> str:
    """Outputs and saved widget state as one JSON string."""
    return json.dumps([c.get("outputs", []) for c in nb.cells] + [nb.metadata.get("widgets")])


def _assert_offline(page: Path) -> BeautifulSoup:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for script in soup.find_all("script"):
        src = script.get("src")
        assert src is None, f"{page.name}: script loads {src!r}"
        assert not re.search(r"https?://", script.get_text()), f"{page.name}: script fetches"
    for link in soup.find_all("link"):
        assert not REMOTE.match(link.get("href", "")), f"{page.name}: link {link}"
    assert not soup.find_all(["iframe", "embed", "object"])
    return soup


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("course")
    course.build_course(out, src=FIXTURES)
    return out


def test_build_writes_every_edition(fixture_build: Path) -> None:
    names = sorted(p.name for p in FIXTURES.glob("*.ipynb"))
    for edition in ("student", "teacher"):
        assert sorted(p.name for p in (fixture_build / edition).glob("*.ipynb")) == names
    pages = sorted(p.name for p in (fixture_build / "html").glob("*.html"))
    assert pages == sorted([Path(n).stem + ".html" for n in names] + ["index.html"])


def test_student_edition_has_no_answers(fixture_build: Path) -> None:
    path = fixture_build / "student" / "01_widgets.ipynb"
    nb = nbformat.read(path, as_version=4)
    text = path.read_text(encoding="utf-8")
    assert "SECRET" not in text
    assert "KEY-REVEALED" not in text
    assert "kit-answer-key" not in _shown(nb)
    assert "The key is shown in the teacher edition." in _shown(nb)
    for cell in nb.cells:
        assert not set(cell.metadata.get("tags", [])) & {"solution", "answer"}
    sources = [c.source for c in nb.cells]
    assert course.PLACEHOLDER_TEXT in sources
    assert any(course.CODE_STUB in s and "print(count)" in s for s in sources)
    assert not any("BEGIN SOLUTION" in s or "BEGIN ANSWER" in s for s in sources)
    assert any(s.startswith("Which word hedges?") and "Read on." in s for s in sources)
    assert (fixture_build / "student" / course.EDITION_FILE).read_text().strip() == "student"


def test_teacher_edition_keeps_everything(fixture_build: Path) -> None:
    src = nbformat.read(FIXTURES / "01_widgets.ipynb", as_version=4)
    nb = nbformat.read(fixture_build / "teacher" / "01_widgets.ipynb", as_version=4)
    assert [c.source for c in nb.cells] == [c.source for c in src.cells]
    shown = _shown(nb)
    assert "SECRET-TAGGED-SOLUTION-OUTPUT" in shown
    assert "KEY-REVEALED" in shown and "kit-answer-key" in shown


def test_editions_are_executed_in_order_with_widget_state(fixture_build: Path) -> None:
    for edition in ("student", "teacher"):
        nb = nbformat.read(fixture_build / edition / "01_widgets.ipynb", as_version=4)
        counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
        assert counts == list(range(1, len(counts) + 1))
        views = _widget_views(nb)
        assert len(views) == 3
        state = _state(nb)
        assert all(v in state for v in views)
        names = {s["model_name"] for s in state.values()}
        assert {"RadioButtonsModel", "ButtonModel", "HTMLModel", "VBoxModel"} <= names
        assert nb.metadata.kernelspec.name == "python3"


def test_widget_ids_are_stable(fixture_build: Path, tmp_path: Path) -> None:
    nb = nbformat.read(fixture_build / "teacher" / "01_widgets.ipynb", as_version=4)
    ids = list(_state(nb))
    assert ids == list(_state(course.stabilise_widget_ids(nb, "01_widgets.ipynb")))
    other = course.stabilise_widget_ids(nb, "other.ipynb")
    assert set(_state(other)).isdisjoint(ids)
    assert set(_widget_views(other)) <= set(_state(other))


def test_html_edition_is_offline_with_widget_snapshots(fixture_build: Path) -> None:
    for page in (fixture_build / "html").glob("*.html"):
        _assert_offline(page)
    soup = _assert_offline(fixture_build / "html" / "01_widgets.html")
    snapshots = soup.select(".kit-widget-snapshot")
    assert len(snapshots) == 3
    first = snapshots[0]
    assert [lab.get_text(strip=True) for lab in first.select("fieldset label")] == [
        "hedge",
        "booster",
    ]
    assert all(i.has_attr("disabled") for i in first.select("input"))
    button = first.find("button")
    assert button.get_text() == "Check" and button.has_attr("disabled")
    second = snapshots[1]
    assert second.select_one(".kit-w-label").get_text() == "a < b & <script>alert(1)</script>"
    assert second.find("option", selected=True).get_text() == "two"
    assert second.find("textarea").get_text() == "draft </textarea><script>x()</script>"
    assert second.select_one(".kit-w-html em").get_text() == "emphasis"
    assert second.find("input", type="checkbox").has_attr("checked")
    for script in soup.find_all("script"):
        code = script.get_text()
        assert "alert(1)" not in code and "bad()" not in code and code.strip() != "x()"
    page = (fixture_build / "html" / "01_widgets.html").read_text(encoding="utf-8")
    assert "SECRET" not in page and "KEY-REVEALED" not in page
    assert "application/vnd.jupyter.widget-state+json" not in page
    plain = BeautifulSoup((fixture_build / "html" / "02_plain.html").read_text(), "html.parser")
    assert plain.find("a", string="the first lesson")["href"] == "01_widgets.html"
    index = BeautifulSoup((fixture_build / "html" / "index.html").read_text(), "html.parser")
    assert [a["href"] for a in index.find_all("a")] == ["01_widgets.html", "02_plain.html"]


def test_html_snapshot_hides_hidden_widgets_and_renders_output_widgets() -> None:
    from kit.course_html import Snapshot

    def model(name: str, **state):
        return {"model_name": name, "state": {"_model_name": name, **state}}

    snap = Snapshot(
        {
            "box": model("VBoxModel", children=["IPY_MODEL_out", "IPY_MODEL_gone"]),
            "out": model(
                "OutputModel",
                outputs=[
                    {"output_type": "stream", "name": "stdout", "text": "1 < 2\n"},
                    {"output_type": "display_data", "data": {"text/plain": "'<b>'"}},
                ],
            ),
            "gone": model("LabelModel", value="hidden text", layout="IPY_MODEL_lay"),
            "lay": model("LayoutModel", display="none"),
        }
    )
    view = snap.view("box")
    assert "1 &lt; 2" in view and "&#x27;&lt;b&gt;&#x27;" in view
    assert "hidden text" not in view
    assert "not saved" in snap.view("missing")


# --------------------------------------------------------------------------- units


def test_to_student_keeps_indentation_and_every_region() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION\n"
            "a = 1\n### BEGIN SOLUTION\nb = 2\n### END SOLUTION"
        ),
        nbformat.v4.new_markdown_cell(
            "Q1 <!-- BEGIN ANSWER -->A1<!-- END ANSWER --> Q2 "
            "<!--BEGIN ANSWER-->A2<!--END ANSWER-->"
        ),
    ]
    stripped = course.to_student(nb)
    assert stripped.nb.cells[0].source == "def f():\n    # Your code here\na = 1\n# Your code here"
    assert stripped.nb.cells[1].source == "Q1  Q2 "
    assert len(stripped.removed) == 4
    assert nb.cells[0].source.count("BEGIN SOLUTION") == 2  # the input is not changed


def test_check_student_finds_leaks() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("show()")]
    nb.cells[0].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="the answer is forty-two, a hedge")
    ]
    with pytest.raises(KitError, match="removed answer text"):
        course.check_student("x.ipynb", nb, ["the answer is forty-two"])
    nb.cells[0].outputs = [
        nbformat.v4.new_output(
            "display_data", data={"text/html": '<p class="kit-answer-key">k</p>'}
        )
    ]
    with pytest.raises(KitError, match="x.ipynb shows an answer key"):
        course.check_student("x.ipynb", nb, [])
    nb.cells[0].outputs = [  # a view's legend entry is no answer key
        nbformat.v4.new_output("display_data", data={"text/html": '<b class="kit-key">k</b>'})
    ]
    course.check_student("x.ipynb", nb, ["the answer is forty-two"])


def test_edition_from_environment_and_marker(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("KIT_EDITION", raising=False)
    monkeypatch.chdir(tmp_path)
    assert course.edition() == "teacher" and course.reveals_allowed()
    (tmp_path / course.EDITION_FILE).write_text("student\n")
    assert course.edition() == "student" and not course.reveals_allowed()
    monkeypatch.setenv("KIT_EDITION", "teacher")
    assert course.edition() == "teacher"


# --------------------------------------------------------------------------- failures


def _notebook(path: Path, *sources: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Broken\n\nLearning goals: none. 1 minute.")]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)


def test_failing_cell_fails_the_build_naming_notebook_and_cell(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _notebook(src / "03_broken.ipynb", "x = 1", "x / 0", "print('never')")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "kit", "course", "--src", str(src), "--out", str(tmp_path / "b")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 2
    for edition in ("student", "teacher"):
        assert (
            f"{edition}/03_broken.ipynb: cell 2 failed ('x / 0'): ZeroDivisionError" in run.stderr
        )
    assert "Traceback" not in run.stderr


def test_failing_cell_is_named_when_the_kernel_clean_up_fails_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nbclient shuts the kernel down after a failing cell; once in a fresh clone that
    clean-up raised ``assert self.km is not None`` of its own, and the build exited 1
    with nbclient's traceback instead of naming the cell. Make the clean-up fail every
    time: the build still names the notebook and the cell."""
    import asyncio

    from nbclient import NotebookClient

    from kit.course_run import execute

    real_cleanup = NotebookClient._async_cleanup_kernel

    async def failing_cleanup(self) -> None:
        await real_cleanup(self)
        raise AssertionError("kernel manager already gone")

    monkeypatch.setattr(NotebookClient, "_async_cleanup_kernel", failing_cleanup)
    _notebook(tmp_path / "05_broken.ipynb", "x = 1", "x / 0", "print('never')")
    nb = nbformat.read(tmp_path / "05_broken.ipynb", as_version=4)
    with pytest.raises(KitError) as caught:
        asyncio.run(execute(nb, "05_broken.ipynb", tmp_path, dict(os.environ), timeout=120))
    assert "05_broken.ipynb: cell 2 failed ('x / 0'): ZeroDivisionError" in str(caught.value)


def test_an_error_that_is_not_a_cell_failure_is_not_dressed_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side: a clean-up failure after cells that all ran is a real error of the
    build's machinery, and reaches the caller as it is."""
    import asyncio

    from nbclient import NotebookClient

    from kit.course_run import execute

    real_cleanup = NotebookClient._async_cleanup_kernel

    async def failing_cleanup(self) -> None:
        await real_cleanup(self)
        raise AssertionError("kernel manager already gone")

    monkeypatch.setattr(NotebookClient, "_async_cleanup_kernel", failing_cleanup)
    _notebook(tmp_path / "05_fine.ipynb", "x = 1", "print(x)")
    nb = nbformat.read(tmp_path / "05_fine.ipynb", as_version=4)
    with pytest.raises(AssertionError, match="kernel manager already gone"):
        asyncio.run(execute(nb, "05_fine.ipynb", tmp_path, dict(os.environ), timeout=120))


def test_kernel_transport_errors_stay_out_of_the_build_log(caplog) -> None:
    """After a failing cell the kernel is shut down with a reply maybe still on its way,
    and the kernel's message stream logs that as a traceback of its own; a build that
    names the failing cell must not bury it under that (seen once in a fresh clone)."""
    import logging

    from kit.course_run import TRANSPORT_LOGGER, quiet_kernel_transport

    stream = logging.getLogger(TRANSPORT_LOGGER)
    with caplog.at_level(logging.ERROR), quiet_kernel_transport():
        stream.error("Exception in callback: Traceback (most recent call last): ...")
    assert caplog.records == []
    stream.error("after the build")  # restored: the logger is not silenced for good
    assert [r.getMessage() for r in caplog.records] == ["after the build"]


def test_missing_answer_key_fails_before_running(tmp_path: Path) -> None:
    _notebook(tmp_path / "04_keys.ipynb", "import kit", "key = 'data/answers/no_such_key.yaml'")
    with pytest.raises(KitError, match=r"04_keys.ipynb, cell 2: answer key .*no_such_key.yaml"):
        course.build_course(tmp_path / "b", src=tmp_path)
    assert not (tmp_path / "b").exists()


def test_practice_article_without_key_fails(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "answers").mkdir()
    (data / "articles" / "keyed.md").write_text("Officials said so.")
    (data / "answers" / "keyed.yaml").write_text("article: keyed\n")
    (data / "articles" / "unkeyed.md").write_text("Officials said so.")
    monkeypatch.setattr(course, "DATA", data)
    src = tmp_path / "src"
    src.mkdir()
    _notebook(src / "05_ok.ipynb", "exercise('keyed')")
    course.check_key_references("05_ok.ipynb", nbformat.read(src / "05_ok.ipynb", 4), src)
    _notebook(src / "05_bad.ipynb", "import kit", "%time x = 1", "exercise(stem='unkeyed')")
    with pytest.raises(KitError, match=r"05_bad.ipynb, cell 3: answer key for 'unkeyed'"):
        course.check_key_references("05_bad.ipynb", nbformat.read(src / "05_bad.ipynb", 4), src)


def test_bad_arguments_are_kit_errors(tmp_path: Path) -> None:
    with pytest.raises(KitError, match="unknown edition"):
        course.build_course(tmp_path, only="pdf", src=FIXTURES)
    with pytest.raises(KitError, match="no notebooks in"):
        course.build_course(tmp_path / "b", src=tmp_path)


# --------------------------------------------------------------------------- the real course


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Path:
    given = os.environ.get("KIT_COURSE_BUILD")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("real-course")
    course.build_course(out, src=REAL)
    return out


def _real_names(edition: str = "student") -> list[str]:
    """The course's notebooks in an edition: the teacher's also has teacher-only ones."""
    return sorted(
        p.name
        for p in REAL.glob("*.ipynb")
        if edition == "teacher" or not course.teacher_only(nbformat.read(p, as_version=4))
    )


def test_real_course_builds_every_notebook(real_build: Path) -> None:
    names = _real_names()
    assert len(names) >= 8, "the course has notebooks 00 to 07"
    assert sorted(p.name for p in (real_build / "student").glob("*.ipynb")) == names
    teacher = _real_names("teacher")
    assert "teacher_dashboard.ipynb" in teacher and "teacher_dashboard.ipynb" not in names
    assert sorted(p.name for p in (real_build / "teacher").glob("*.ipynb")) == teacher
    pages = {p.name for p in (real_build / "html").glob("*.html")}
    assert {Path(n).stem + ".html" for n in names} <= pages
    assert "teacher_dashboard.html" not in pages


def test_real_student_edition_has_no_answers(real_build: Path) -> None:
    for name in _real_names():
        nb = nbformat.read(real_build / "student" / name, as_version=4)
        for cell in nb.cells:
            assert not set(cell.metadata.get("tags", [])) & ANSWER_TAGS, name
            assert "BEGIN SOLUTION" not in cell.source and "BEGIN ANSWER" not in cell.source
        assert "kit-answer-key" not in _shown(nb), name
        source = nbformat.read(REAL / name, as_version=4)
        removed = course.to_student(source)
        plain = course._notebook_text(nb)
        for line in course.leak_lines(removed):
            assert line not in plain, f"{name}: {line}"


def test_real_teacher_edition_keeps_every_cell(real_build: Path) -> None:
    for name in _real_names("teacher"):
        nb = nbformat.read(real_build / "teacher" / name, as_version=4)
        source = nbformat.read(REAL / name, as_version=4)
        assert [c.source for c in nb.cells] == [c.source for c in source.cells], name
        counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
        assert counts == list(range(1, len(counts) + 1)), name


def test_real_teacher_edition_is_the_saved_source_byte_for_byte(real_build: Path) -> None:
    """The build executes the teacher edition afresh, and it comes out as the saved
    ``notebooks/`` files exactly (the same cells, outputs and widget state, in the same
    edition), so strict nbval on ``notebooks/`` checks the teacher edition too and
    ``make test`` does not run nbval on ``build/teacher/`` a second time."""
    for name in _real_names("teacher"):
        built = (real_build / "teacher" / name).read_bytes()
        assert built == (REAL / name).read_bytes(), (
            f"build/teacher/{name} differs from notebooks/{name}: the saved notebook is "
            "out of date (re-run `make notebooks`) or the build is not deterministic"
        )


def test_real_html_edition_is_offline_and_shows_widgets(real_build: Path) -> None:
    total = 0
    for name in _real_names():
        nb = nbformat.read(real_build / "student" / name, as_version=4)
        soup = _assert_offline(real_build / "html" / (Path(name).stem + ".html"))
        views = len(_widget_views(nb))
        assert len(soup.select(".kit-widget-snapshot")) == views, name
        total += views
    assert total > 0, "the course shows widgets"
