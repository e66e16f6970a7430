"""Nothing in an article or a learner's answer runs in a real browser.

The kit annotates an article full of payloads (a ``<script>``, event handlers, a
``javascript:`` link, ``</style>`` breaking out of a style sheet, an iframe with
a script inside); each payload would set ``window.__pwned`` or change
``document.title`` if it ran. Debian's Chromium, driven by Playwright, loads every
page the kit builds from that text (the highlighted view, the report card as a
page and as the notebook's framed version, the viewer's explanations, exercise
feedback on a learner's hostile rewrite, the upload notice), hovers and clicks
every mark, and checks that no payload ran in any frame. Without
``/usr/bin/chromium`` the test is skipped with the reason printed.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest
from chromium import CHROMIUM, LAUNCH_ARGS, need

from kit.annotate import annotate
from kit.article import Article

TITLE = "kit escaping check"

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>window.__pwned = 'script'; document.title = 'pwned';</script>",
    "<img src=x onerror=\"window.__pwned = 'onerror'; document.title = 'pwned'\">",
    "<a href=\"javascript:window.__pwned = 'href'\" id=evil>read more</a>",
    "</style><script>window.__pwned = 'style-break'</script><style>",
    "</style><img src=x onerror=\"window.__pwned = 'style-img'\">",
    "<svg onload=\"window.__pwned = 'svg'\"></svg>",
    "<iframe srcdoc=\"<script>parent.__pwned = 'iframe'</script>\"></iframe>",
    '" onmouseover="window.__pwned = \'attr\'" x="',
    "' onfocus='window.__pwned = &quot;attr2&quot;' autofocus x='",
]

ARTICLE = "\n\n".join(
    [
        f"Minister Ana Ruiz said the plan {PAYLOADS[0]} might fail, according to officials.",
        f'"This is a disgrace {PAYLOADS[1]}," the regime\'s critics told reporters.',
        f"Experts warned that {PAYLOADS[2]} costs could clearly soar {PAYLOADS[3]}.",
        f"The so-called reform {PAYLOADS[4]} {PAYLOADS[5]} was slammed by the opposition.",
        f"A spokesperson, who asked not to be named, said {PAYLOADS[6]} it would perhaps "
        f"be delayed {PAYLOADS[7]} and {PAYLOADS[8]}.",
    ]
)


#: In the page: fire the events a reader's mouse and keyboard would, on every element.
POKE = """() => {
    for (const el of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin'])
            el.dispatchEvent(new Event(type, {bubbles: true}));
        if (el.matches('span.m, summary, label')) el.click();
    }
}"""


def _page(body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}</title></head>"
        f"<body>{body}</body></html>"
    )


def _pages(nlp, tmp_path) -> dict[str, str]:
    """Every HTML page the kit makes from the article and from learner input."""
    from kit.views import render_html, report, show
    from kit.widgets import ArticleInput
    from kit.widgets.exercises import RewriteExercise

    headline = f"Plan {PAYLOADS[0]} {PAYLOADS[3]}"
    annotated = annotate(
        Article.from_text(ARTICLE, headline=headline, byline=PAYLOADS[7], outlet=PAYLOADS[1]),
        nlp=nlp,
    )
    assert annotated.of("attribution") and annotated.of("loaded"), "real marks around payloads"
    card = report(annotated)
    viewer = show(annotated)
    details = []
    for i in range(len(viewer.annotated.annotations)):
        viewer.explain.value = i
        details.append(viewer.details.value)
    rewrite = RewriteExercise(annotated.sentence_text(1), annotate=lambda t: annotate(t, nlp=nlp))
    feedback = rewrite.check({"rewrite": "The critics " + " ".join(PAYLOADS) + " disagreed."})
    upload = ArticleInput()
    upload.upload.value = (
        {"name": PAYLOADS[1] + ".txt", "type": "", "size": 4, "content": memoryview(b"text"),
         "last_modified": datetime(2024, 5, 1, tzinfo=UTC)},
    )  # fmt: skip
    return {
        "view": _page(render_html(annotated)),
        "report": card.html,
        "report in a notebook frame": _page(card._repr_html_()),
        "viewer": _page(viewer.article_html.value + "".join(details)),
        "rewrite feedback": _page(rewrite.question_html() + feedback.html),
        "upload notice": _page(upload.notice.value),
    }


def test_no_payload_runs_in_any_page(nlp, tmp_path):
    need()
    from playwright.sync_api import sync_playwright

    pages = _pages(nlp, tmp_path)
    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for name, content in pages.items():
                page.set_content(content, wait_until="load")
                declared = re.search(r"<title>(.*?)</title>", content, re.S)
                title = " ".join(html.unescape(declared.group(1)).split())
                assert " ".join(page.title().split()) == title, name  # as written, unchanged
                page.evaluate(POKE)  # hover, focus and click every element (marks included)
                page.wait_for_timeout(200)
                for frame in page.frames:
                    assert frame.evaluate("() => window.__pwned") is None, (name, frame.url)
                    assert (
                        frame.evaluate(
                            "() => document.querySelectorAll('a[href^=\"javascript:\"]').length"
                        )
                        == 0
                    ), name
                    scripts = frame.evaluate(
                        "() => [...document.scripts].map(s => s.textContent).join(' ')"
                    )
                    assert "__pwned" not in scripts, name
                assert " ".join(page.title().split()) == title, name
                # the payloads are shown to the reader as text
                text = page.locator("body").inner_text()
                if name not in ("report in a notebook frame", "upload notice"):
                    assert "window.__pwned = " in text, name
            assert dialogs == []
        finally:
            browser.close()


def test_the_payloads_reach_the_pages_as_text(nlp, tmp_path):
    """Without a browser: every page holds the payloads escaped, never as markup."""
    for name, content in _pages(nlp, tmp_path).items():
        for payload in PAYLOADS[:7]:
            assert payload not in content, (name, payload)
        assert "&lt;img src=x onerror=" in content or "&amp;lt;img" in content, name
        if name in ("view", "report", "viewer"):  # the whole article is on these pages
            escaped = html.escape(PAYLOADS[0], quote=False)
            assert escaped in content or html.escape(PAYLOADS[0]) in content, name
