"""Article text, metadata, explanations and source names are shown as text, never as markup."""

from __future__ import annotations

from html.parser import HTMLParser

from views_sample import attribution, build, mark, part

from kit.annotated import Source
from kit.views import render_html, report, show
from kit.views.charts import figure_to_svg, who_gets_quoted

NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "&lt;",
    "</div>",
    '" onmouseover="alert(2)',
]

BODY = (
    "Mr <script>alert(1)</script> Smith said the <img src=x onerror=alert(1)> plan "
    'might fail.\n\nThe note reads &amp; and &lt; and </div> and " onmouseover="alert(2) '
    "clearly."
)


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.attr_values: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self.attr_values.extend(v or "" for _, v in attrs)
        if tag not in ("br", "input", "meta", "img", "link"):
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if "style" not in self.stack:
            self.text.append(data)


def nasty_article():
    t = BODY
    marks = [
        attribution(
            t,
            "indirect",
            part(t, "Mr <script>alert(1)</script> Smith", canonical="<script>alert(1)</script>"),
            part(t, "said"),
            part(t, "the <img src=x onerror=alert(1)> plan might fail"),
            "Explanation with </div><img src=x onerror=alert(1)> inside.",
        ),
        mark(t, "hedge", "modal", "might", "<script>alert(1)</script> might"),
        mark(t, "loaded", "<b>label</b>", "&amp;", "an entity &lt; </div>", neutral="&amp;"),
        mark(t, "</div><script>x</script>", "odd", "</div>", "a new category's mark"),
        mark(t, "booster", "adverb", "clearly", '" onmouseover="alert(2)'),
    ]
    sources = [
        Source("<script>alert(1)</script>", "named_person", "<img src=x onerror=alert(1)>", True, 1)
    ]
    meta = {
        "headline": "<script>alert(1)</script> &amp; </div>",
        "outlet": "<img src=x onerror=alert(1)>",
        "published": "&lt;2024&gt;",
        "byline": '</div>" onmouseover="alert(2)',
    }
    return build(t, marks, sources, meta)


def check(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert not [name for name, _ in page.attrs if name.startswith("on")]
    return page


def test_view_shows_the_article_as_text():
    page = check(render_html(nasty_article()))
    text = "".join(page.text)
    for s in NASTY:
        assert s in text, s
    # the explanations are in attribute values, as text
    assert any("</div><img src=x onerror=alert(1)> inside." in v for v in page.attr_values)


def test_report_shows_metadata_sources_and_explanations_as_text():
    page = check(report(nasty_article()).html)
    text = "".join(page.text)
    for s in NASTY:
        assert s in text, s
    assert "<script>alert(1)</script> &amp; </div>" in text  # the headline, literally
    assert "&lt;2024&gt;" in text


def test_viewer_and_charts_escape_too():
    viewer = show(nasty_article())
    check(viewer.article_html.value)
    for i in range(len(viewer.annotated.annotations)):
        viewer.explain.value = i
        check(viewer.details.value)
    svg = figure_to_svg(who_gets_quoted(nasty_article()), title="<script>alert(1)</script>")
    page = check(svg)
    assert "".join(page.text).strip() == "<script>alert(1)</script>"  # the title, as text
