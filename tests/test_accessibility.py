"""Accessibility: axe-core in Debian's Chromium on the pages the kit writes.

axe-core (the npm package, installed into ``tests/a11y/node_modules`` by
``make install``) runs on the offline HTML edition of the course, the report
card and the highlighted article, through Playwright. The test fails on any
``serious`` or ``critical`` violation of WCAG 2.x A/AA rules. It skips with the
reason printed when Chromium or axe-core is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import CHROMIUM, LAUNCH_ARGS, need

import kit
from kit.views import render_html

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    need()
    need(AXE, "run `make install` (npm ci in tests/a11y)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chrome = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield chrome
        finally:
            chrome.close()


def axe_violations(browser, url: str) -> list[dict]:
    """axe-core's violations on one page, serious and critical only."""
    page = browser.new_page()
    try:
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            TAGS,
        )
    finally:
        page.close()
    return [v for v in result["violations"] if v.get("impact") in BLOCKING]


def _explain(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        nodes = "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:4])
        lines.append(f"{v['impact']}: {v['id']} ({v['help']}) at {nodes}")
    return "\n".join(lines)


def _html_edition() -> list[Path]:
    build = Path(os.environ.get("KIT_COURSE_BUILD", ROOT / "build")) / "html"
    return sorted(build.glob("*.html"))


@pytest.fixture(scope="module")
def seed():
    return kit.annotate(ROOT / "data" / "articles" / "global_times_alaska_2021.md")


def test_axe_finds_a_planted_violation(browser, tmp_path):
    """The check can fail: an unlabelled button and grey-on-grey text are reported."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>bad</title></head><body><main>'
        '<button></button><p style="color:#bbb;background:#ccc">faint</p></main></body></html>'
    )
    ids = {v["id"] for v in axe_violations(browser, page.as_uri())}
    assert {"button-name", "color-contrast"} <= ids


def test_report_card_has_no_serious_violations(browser, seed, tmp_path):
    out = tmp_path / "report.html"
    kit.report(seed).save(out)
    found = axe_violations(browser, out.as_uri())
    assert not found, _explain(found)


def test_highlighted_article_has_no_serious_violations(browser, seed, tmp_path):
    out = tmp_path / "view.html"
    out.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The article'
        f"</title></head><body><main>{render_html(seed)}</main></body></html>",
        encoding="utf-8",
    )
    found = axe_violations(browser, out.as_uri())
    assert not found, _explain(found)


def test_offline_html_edition_has_no_serious_violations(browser):
    pages = _html_edition()
    if not pages:
        # make test builds the course first and says where (KIT_COURSE_BUILD)
        assert "KIT_COURSE_BUILD" not in os.environ, "the course build wrote no HTML pages"
        pytest.skip("no build/html: run `make course` first (make test builds it)")
    problems = {}
    for path in pages:
        found = axe_violations(browser, path.as_uri())
        if found:
            problems[path.name] = _explain(found)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())
