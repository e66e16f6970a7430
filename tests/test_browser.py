"""The course in a real browser: JupyterLab + Debian's Chromium, driven by Playwright.

Starts JupyterLab on 127.0.0.1 (free port, token, no browser) over a temporary copy of
``notebooks/``, opens notebook ``01_*.ipynb``, runs all cells from the Run menu, checks
that every widget rendered, answers one exercise (choose an option, press Check) and
waits for the feedback. Screenshots go to ``build/browser/``. Without
``/usr/bin/chromium`` the test is skipped with the reason printed.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import CHROMIUM, LAUNCH_ARGS, need

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "browser"
BAD_WIDGET_TEXT = ("Error displaying widget", "Loading widget...")

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _copy_course(src: Path, dest: Path) -> None:
    """The notebooks and their files; the kernel finds the kit and its data through
    PYTHONPATH (the kit's own path resolution), so ``data/`` is not copied."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".*", "sanitize.cfg", "progress"))
    settings = dest.parent / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    # render every cell (no virtual scrolling), so all outputs are in the page
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    news = dest.parent / "settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )


class Lab:
    """A JupyterLab server in a subprocess; always stopped by :meth:`stop`."""

    def __init__(self, root: Path, workdir: Path):
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (workdir / "lab.log").open("w")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        env["KIT_PROGRESS_DIR"] = str(workdir / "progress")
        env["JUPYTER_RUNTIME_DIR"] = str(workdir / "runtime")
        env["JUPYTERLAB_SETTINGS_DIR"] = str(workdir / "settings")
        env["JUPYTERLAB_WORKSPACES_DIR"] = str(workdir / "workspaces")
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.allow_root=True",  # CI runs as root
            "--LabApp.news_url=",
            "--LabApp.extension_manager=readonly",
        ]
        self.proc = subprocess.Popen(
            cmd,
            cwd=root,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        url = f"{self.base}/api/status?token={self.token}"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(url, timeout=5) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"JupyterLab did not answer on {self.base} within {timeout} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self.log.close()


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    need()
    root = tmp_path / "course"
    _copy_course(ROOT / "notebooks", root)
    server = Lab(root, tmp_path)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
        log = tmp_path / "lab.log"
        if log.exists():
            SHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(log, SHOTS / "lab.log")


def _first_lesson() -> str:
    found = sorted((ROOT / "notebooks").glob("01_*.ipynb"))
    assert found, "notebooks/01_*.ipynb is missing"
    return found[0].name


def _wait_kernel_ready(page, timeout_ms: int) -> None:
    """The notebook is open, its kernel connected (named in the toolbar) and idle."""
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const name = document.querySelector('.jp-NotebookPanel .jp-Toolbar-kernelName');
            const idle = document.querySelector(
                '.jp-Notebook-ExecutionIndicator[data-status="idle"]');
            return name && idle && !/^\\s*(No Kernel|Kernel)?\\s*$/.test(name.textContent);
        }""",
        timeout=timeout_ms,
    )


def _run_all_cells(page, attempts: int = 3) -> None:
    """Run > Run All Cells; again if no cell started (a kernel still settling drops it)."""
    started = """() => [...document.querySelectorAll(
        '.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')]
        .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""
    for attempt in range(attempts):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            page.wait_for_function(started, timeout=30_000)
            return
        except Exception:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")


def _wait_all_cells_ran(page, timeout_ms: int) -> None:
    """Every code cell shows ``[n]:`` and the kernel is idle."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll(
                '.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
            const busy = document.querySelector(
                '.jp-Notebook-ExecutionIndicator[data-status="busy"]');
            return prompts.length > 0 && !busy &&
                prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout_ms,
    )


def _bad_widget_text(page) -> list[str]:
    text = page.locator(".jp-Notebook").inner_text()
    return [bad for bad in BAD_WIDGET_TEXT if bad in text]


def _answer_one_exercise(page, shots: Path) -> str:
    """Choose an option in the first exercise with a Check button, check, return feedback."""
    check = page.locator(".jupyter-widgets button", has_text="Check").first
    check.scroll_into_view_if_needed()
    exercise = check.locator(
        "xpath=ancestor::div[contains(@class,'widget-vbox')][1]"
    )  # the exercise: notice, question, controls, buttons, feedback
    before = exercise.inner_text()
    select = exercise.locator(".widget-dropdown select")
    radios = exercise.locator(".widget-radio-box input[type=radio]")
    toggles = exercise.locator(".widget-toggle-buttons button")
    boxes = exercise.locator(".widget-checkbox input[type=checkbox]")
    if select.count():
        options = select.first.locator("option")
        select.first.select_option(index=1 if options.count() > 1 else 0)
    elif radios.count():
        radios.first.check()
    elif toggles.count():
        toggles.first.click()
    elif boxes.count():
        boxes.first.check()
    else:
        raise AssertionError("the first exercise has no option to choose")
    page.screenshot(path=str(shots / "02-answer-chosen.png"), full_page=True)
    check.click()
    exercise.locator(".widget-html").last.wait_for(state="visible", timeout=60_000)
    page.wait_for_function(
        """([el, before]) => el.innerText.trim() !== before.trim()""",
        arg=[exercise.element_handle(), before],
        timeout=60_000,
    )
    feedback = exercise.locator(".widget-html").last.inner_text().strip()
    exercise.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "03-feedback.png"), full_page=True)
    return feedback


def test_first_lesson_runs_in_jupyterlab(lab: Lab) -> None:
    from playwright.sync_api import sync_playwright

    name = _first_lesson()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(120_000)
            page.goto(f"{lab.base}/lab/tree/{name}?token={lab.token}")
            _wait_kernel_ready(page, timeout_ms=180_000)
            _run_all_cells(page)
            _wait_all_cells_ran(page, timeout_ms=300_000)
            page.wait_for_function(
                """() => !document.querySelector('.jp-Notebook').innerText
                       .includes('Loading widget...')""",
                timeout=120_000,
            )
            page.screenshot(path=str(SHOTS / "01-all-cells-ran.png"), full_page=True)

            assert _bad_widget_text(page) == []
            errors = page.locator(".jp-Notebook [data-mime-type='application/vnd.jupyter.stderr']")
            tracebacks = [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]
            assert tracebacks == []
            assert page.locator(".jp-Notebook .jupyter-widgets").count() > 0

            feedback = _answer_one_exercise(page, SHOTS)
            assert feedback, "pressing Check shows feedback"
            assert _bad_widget_text(page) == []
        finally:
            browser.close()


def test_html_edition_loads_offline_in_chromium(tmp_path: Path) -> None:
    """The HTML edition's pages request nothing but their own file and show snapshots."""
    need()
    from playwright.sync_api import sync_playwright

    from kit.course import build_course

    pages = build_course(tmp_path, only="html", src=ROOT / "tests" / "fixtures" / "notebooks")
    assert pages["html"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            remote: list[str] = []
            page.on(
                "request",
                lambda r: (
                    remote.append(r.url) if not r.url.startswith(("file:", "data:")) else None
                ),
            )
            for path in pages["html"]:
                page.goto(path.as_uri(), wait_until="load")
                page.wait_for_timeout(300)
            page.goto((tmp_path / "html" / "01_widgets.html").as_uri(), wait_until="load")
            snapshot = page.locator(".kit-widget-snapshot").first
            snapshot.scroll_into_view_if_needed()
            assert snapshot.is_visible()
            assert snapshot.locator("button", has_text="Check").is_disabled()
            snapshot.screenshot(path=str(SHOTS / "04-html-edition-snapshot.png"))
            assert remote == []
        finally:
            browser.close()
