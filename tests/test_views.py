"""The highlighted view, the notebook viewer, tables and charts."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from views_sample import TEXT, build, mark, sample

import kit
from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.views import render_html, show
from kit.views.charts import certainty_chart, figure_to_svg, lens_counts, who_gets_quoted
from kit.views.html import PALETTE, describe, lens_order
from kit.views.tables import (
    annotations_table,
    certainty_table,
    label_counts,
    sources_table,
    summary_table,
)

VOID = {"br", "input", "meta", "img", "hr", "link"}


class Tree(HTMLParser):
    """Checks that tags nest, and records each mark's text and the body's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.mark_text: dict[str, str] = {}
        self.mark_elements: dict[str, int] = {}
        self.body_text: list[str] = []
        self.paragraphs = 0
        self.classes: list[str] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.classes.append(a.get("class") or "")
        if a.get("title"):
            self.titles.append(a["title"])
        if tag in VOID:
            return
        if tag == "p" and self._inside("kit-body"):
            self.paragraphs += 1
        if a.get("data-n"):
            self.mark_elements[a["data-n"]] = self.mark_elements.get(a["data-n"], 0) + 1
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def _inside(self, cls: str) -> bool:
        return any(cls in (a.get("class") or "").split() for _, a in self.stack)

    def handle_data(self, data):
        if any(t in ("style", "script") for t, _ in self.stack) or self._inside("badge"):
            return
        if self._inside("kit-body") and any(t == "p" for t, _ in self.stack):
            self.body_text.append(data)
        for _, a in self.stack:
            if a.get("data-n"):
                self.mark_text[a["data-n"]] = self.mark_text.get(a["data-n"], "") + data


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.errors == []
    assert tree.stack == []
    return tree


def test_lenses_come_from_the_annotations_and_new_ones_get_a_fallback_colour():
    annotated = sample()
    assert lens_order(annotated) == ["attribution", "hedge", "booster", "loaded", "fact_check"]
    html = render_html(annotated)
    tree = parse(html)
    assert "Fact check" in html
    toggles = [c for c in tree.classes if "kit-toggle" in c]
    assert len(toggles) == 5
    assert "#0f766e" in html  # first fallback colour, used by the new lens
    fact = annotated.of("fact_check")[0]
    number = str(annotated.annotations.index(fact) + 1)
    assert tree.mark_text[number] == "two support beams"


def test_marks_nest_and_the_text_is_kept_paragraph_by_paragraph():
    annotated = sample()
    tree = parse(render_html(annotated))
    assert tree.paragraphs == 4 == len(annotated.paragraphs)
    body = "".join(tree.body_text)
    for start, end in annotated.paragraphs:
        assert annotated.text[start:end] in body
    for number, a in enumerate(annotated.annotations, 1):
        if a.category != "attribution":
            assert tree.mark_text[str(number)] == a.text


def test_crossing_marks_are_split_and_still_nest():
    text = "The claim might possibly be a clear and obvious lie."
    marks = [
        mark(text, "hedge", "modal", "might possibly", "x"),
        mark(text, "loaded", "emotive", "possibly be a clear", "y"),
    ]
    annotated = build(text, marks)
    tree = parse(render_html(annotated))
    assert tree.mark_text == {"1": "might possibly", "2": "possibly be a clear"}
    assert tree.mark_elements == {"1": 1, "2": 2}  # the second mark is cut where the first ends
    assert "".join(tree.body_text) == text


def test_attribution_parts_share_a_group_number_badge_and_hover_rule():
    annotated = sample()
    html = render_html(annotated, uid="v1")
    tree = parse(html)
    lopez = [c for c in tree.classes if " g2" in f" {c}" and "p-" in c]
    assert sorted(c.split("p-")[1].split()[0] for c in lopez) == ["content", "cue", "speaker"]
    assert html.count('<span class="badge" aria-hidden="true">2</span>') == 3
    assert "#v1 .kit-body:has(.g2:hover) .g2" in html
    # content of attribution 2 holds its speaker and cue: they nest inside it
    number = str(annotated.annotations.index(annotated.attributions[1]) + 1)
    assert tree.mark_text[number].startswith('"We are clearly')
    assert tree.mark_text[number].endswith('will be checked."')


def test_every_explanation_is_on_hover_and_in_the_list():
    annotated = sample()
    tree = parse(render_html(annotated))
    for a in annotated.annotations:
        assert any(a.explanation in t for t in tree.titles), a.text
    lopez = next(t for t in tree.titles if "Maria Lopez" in t)
    assert "Source: named person; the city's chief engineer; spoke to this outlet" in lopez
    assert "Neutral wording: strong" in next(t for t in tree.titles if "furious" in t)
    html = render_html(annotated)
    assert "Every mark explained (12)" in html
    assert "Every mark explained" not in render_html(annotated, notes=False)


def test_every_mark_is_named_for_screen_readers_not_by_colour_alone():
    import re

    html = render_html(sample())
    spans = re.findall(r'<span class="m [^"]*"[^>]*>', html)
    assert spans
    for tag in spans:
        assert 'tabindex="0"' in tag and 'role="note"' in tag, tag
        label = re.search(r'aria-label="([^"]*)"', tag)
        assert label and ": " in label.group(1), tag
    furious = next(s for s in spans if "furious" in s)
    assert re.search(r'aria-label="emotive: \[\d+\] ', furious)
    assert any('aria-label="direct speaker: ' in s for s in spans)
    # each lens has its own underline style too, so marks read in greyscale
    styles = {st.line for st in PALETTE.values()}
    assert len(styles) == len(PALETTE)


def test_a_subset_of_lenses_draws_only_those_marks():
    annotated = sample()
    tree = parse(render_html(annotated, lenses=["hedge"]))
    assert set(tree.mark_text.values()) == {"may", "could"}
    # marks keep their numbers from the full list, so the viewer's list still matches
    numbers = {a.text: str(annotated.annotations.index(a) + 1) for a in annotated.of("hedge")}
    assert tree.mark_text == {numbers["may"]: "may", numbers["could"]: "could"}
    assert not any("p-speaker" in c for c in tree.classes)


def test_bad_arguments_get_a_clear_error():
    with pytest.raises(KitError, match="AnnotatedArticle"):
        render_html("just text")
    with pytest.raises(KitError, match="lens"):
        render_html(sample(), lenses=[3])
    with pytest.raises(KitError, match="view id"):
        render_html(sample(), uid='x" onmouseover="alert(1)')
    with pytest.raises(KitError, match="pasted text"):
        show(42)


def test_an_article_without_marks_says_so():
    annotated = AnnotatedArticle(
        text="Nothing here.", meta={}, sentences=[(0, 13)], paragraphs=[(0, 13)]
    )
    html = render_html(annotated)
    assert "No marks found." in html
    assert "".join(parse(html).body_text) == "Nothing here."


def test_viewer_switches_lenses_and_explains_marks_without_clicks():
    viewer = show(sample())
    assert list(viewer.toggles) == ["attribution", "hedge", "booster", "loaded", "fact_check"]
    assert viewer.toggles["fact_check"].description == "Fact check (1)"
    before = parse(viewer.article_html.value)
    assert "may" in before.mark_text.values()
    viewer.toggles["hedge"].value = False
    after = parse(viewer.article_html.value)
    assert "may" not in after.mark_text.values()
    assert "furious" in after.mark_text.values()
    assert viewer.lenses == ["attribution", "booster", "loaded", "fact_check"]
    furious = next(i for i, a in enumerate(viewer.annotated.annotations) if a.text == "furious")
    viewer.explain.value = furious
    assert "chosen for its emotional charge" in viewer.details.value
    assert "Neutral wording: strong" in viewer.details.value
    viewer.explain.value = -1
    assert viewer.details.value == ""


def test_show_annotates_real_text(nlp):
    text = (
        "Officials said the plan might fail.\n\n"
        "Critics said it was a clear failure, adding that more money would not help."
    )
    viewer = kit.show(text)
    tree = parse(viewer.article_html.value)
    assert tree.paragraphs == 2
    assert "".join(tree.body_text) == text.replace("\n\n", "")
    assert set(viewer.toggles) == set(lens_order(viewer.annotated))
    static = parse(viewer._repr_html_())
    assert static.paragraphs == 2


def test_annotations_table_has_tidy_columns_and_one_row_per_mark():
    annotated = sample()
    frame = annotations_table(annotated)
    assert len(frame) == len(annotated.annotations) == 12
    assert list(frame.columns[:6]) == ["lens", "category", "label", "text", "paragraph", "sentence"]
    furious = frame[frame.text == "furious"].iloc[0]
    assert (furious.lens, furious.label, furious.neutral) == (
        "Loaded language",
        "emotive",
        "strong",
    )
    assert (furious.paragraph, furious.sentence) == (3, 5)
    lopez = frame[frame.source == "Maria Lopez"].iloc[0]
    assert lopez.cue == "told the Daily Courier"
    assert set(frame[frame.category == "fact_check"].label) == {"checkable number"}


def test_sources_table_sorts_and_marks_named_and_unnamed():
    frame = sources_table(sample())
    assert list(frame.columns) == [
        "source",
        "type",
        "named",
        "description",
        "outlet_exclusive",
        "attributions",
        "quoted_words",
    ]
    assert list(frame.source) == ["Maria Lopez", "City engineers", "unnamed officials"]
    assert list(frame.named) == ["named", "unnamed", "unnamed"]
    assert list(frame.outlet_exclusive) == [True, False, False]
    assert frame.type.tolist()[1] == "unnamed group"


def test_certainty_table_counts_hedges_and_boosters_by_sentence_and_paragraph():
    annotated = sample()
    by_sentence = certainty_table(annotated)
    assert len(by_sentence) == len(annotated.sentences)
    assert by_sentence["hedges"].sum() == 2 and by_sentence["boosters"].sum() == 2
    by_paragraph = certainty_table(annotated, by="paragraph")
    assert by_paragraph["hedges"].tolist() == [1, 0, 1, 0]
    assert by_paragraph["boosters"].tolist() == [0, 2, 0, 0]
    assert by_paragraph["paragraph"].tolist() == [1, 2, 3, 4]
    assert by_paragraph["booster_words"].tolist()[1] == "clearly, Every"
    scores = by_paragraph["certainty"].tolist()
    assert scores[1] > 0 > scores[0] and scores[3] == 0 and all(-1 < v < 1 for v in scores)
    by_speaker = certainty_table(annotated, by="speaker").set_index("speaker")
    assert by_speaker.loc["Maria Lopez", "booster_words"] == "clearly, Every"
    assert by_speaker.loc["unnamed officials", "hedge_words"] == "could"
    assert by_speaker.loc["City engineers", "hedge_words"] == "may"
    with pytest.raises(KitError, match="sentence"):
        certainty_table(annotated, by="word")
    with pytest.raises(KitError, match="paragraph"):
        certainty_chart(annotated, by="speaker")


def test_summary_and_label_counts():
    annotated = sample()
    summary = dict(zip(*summary_table(annotated).to_dict("list").values(), strict=True))
    assert summary["sources"] == 3 and summary["unnamed sources"] == 2
    assert summary["loaded"] == 4 and summary["fact check marks"] == 1
    counts = label_counts(annotated)
    loaded = counts[counts.category == "loaded"].set_index("label")["marks"].to_dict()
    assert loaded == {"emotive": 2, "scare quote": 1, "unattributed claim": 1}


def test_charts_return_figures_with_hatching_for_greyscale():
    annotated = sample()
    fig = who_gets_quoted(annotated)
    bars = [p for ax in fig.axes for p in ax.patches]
    assert len(bars) == 6  # 3 sources x (attributions, quoted words)
    hatched = [p.get_hatch() for p in bars if p.get_hatch()]
    assert len(hatched) == 4  # the two unnamed sources, in both panels
    ticks = fig.axes[0].get_yticklabels()
    top_down = [t.get_text() for t in sorted(ticks, key=lambda t: -t.get_position()[1])]
    assert top_down == ["Maria Lopez", "City engineers", "unnamed officials"]
    top = who_gets_quoted(annotated, top=2)
    assert top.axes[0].get_title() == "Attributions"
    assert top.get_suptitle() == "top 2 of 3 sources"
    assert len(top.axes[0].patches) == 2
    lens_fig = lens_counts(annotated)
    widths = sorted(p.get_width() for p in lens_fig.axes[0].patches)
    assert widths == [1, 2, 2, 3, 4]
    cert = certainty_chart(annotated, by="paragraph")
    heights = [p.get_height() for p in cert.axes[0].patches]
    assert heights == [2, -1, -1]  # paragraph 2: two boosters; 1 and 3: a hedge each
    assert [p.get_x() + p.get_width() / 2 for p in cert.axes[0].patches] == [2, 1, 3]


def test_charts_of_an_empty_article_say_so():
    annotated = AnnotatedArticle(text="Nothing.", meta={}, sentences=[(0, 8)], paragraphs=[(0, 8)])
    for fig, message in (
        (who_gets_quoted(annotated), "No sources found"),
        (lens_counts(annotated), "No marks found"),
    ):
        assert message in fig.axes[0].texts[0].get_text()
        assert figure_to_svg(fig).startswith("<svg")


def test_svg_is_inline_and_the_same_every_time():
    annotated = sample(
        meta={"headline": "x"},
    )
    annotated.sources[0] = type(annotated.sources[0])("Costs $5 and $6", "named_person")
    one = figure_to_svg(who_gets_quoted(annotated), title="Who gets quoted")
    two = figure_to_svg(who_gets_quoted(annotated), title="Who gets quoted")
    assert one == two
    assert one.startswith("<svg")
    assert "<?xml" not in one and "<!DOCTYPE" not in one and "<dc:date>" not in one
    assert "<title>Who gets quoted</title>" in one
    assert "<text" not in one  # text is drawn as paths: it looks the same on every machine
    labels = [t.get_text() for t in who_gets_quoted(annotated).axes[0].get_yticklabels()]
    assert r"Costs \$5 and \$6" in labels  # dollar signs are text, not mathematics


def test_sample_text_is_the_article_text():
    assert sample().text == TEXT


@pytest.mark.browser
def test_switches_bubbles_and_group_hover_work_in_chromium(tmp_path):
    """Drive the static view in Chromium: CSS-only switches, click bubble, group hover."""
    import shutil

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not shutil.which(chromium):
        pytest.skip("needs Chromium (/usr/bin/chromium)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    page_file = tmp_path / "view.html"
    page_file.write_text(
        "<!DOCTYPE html><meta charset='utf-8'><body>" + render_html(sample(), uid="v") + "</body>",
        encoding="utf-8",
    )
    bg = "el => getComputedStyle(el).backgroundColor"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            hedge = page.locator(".l-modal").first
            assert hedge.evaluate(bg) == "rgb(254, 243, 199)"  # the hedge tint
            page.click("label[for='v-t1']")  # switch hedges off
            assert hedge.evaluate(bg) == "rgba(0, 0, 0, 0)"
            assert page.locator(".l-emotive").first.evaluate(bg) == "rgb(254, 226, 226)"
            page.click("label[for='v-t1']")
            assert hedge.evaluate(bg) == "rgb(254, 243, 199)"
            # clicking a mark shows its explanation in a bubble
            furious = page.locator(".m", has_text="furious").last
            furious.click()
            after = furious.evaluate("el => getComputedStyle(el, '::after').content")
            assert "'furious' is chosen for its emotional charge." in after
            # hovering a speaker outlines its cue and content too
            page.locator(".p-speaker.g2").hover()
            shadow = page.locator(".p-cue.g2").evaluate("el => getComputedStyle(el).boxShadow")
            assert shadow != "none"
            assert page.locator(".p-cue.g1").evaluate("el => getComputedStyle(el).boxShadow") == (
                "none"
            )
        finally:
            browser.close()


def test_tables_and_charts_are_reachable_from_kit_views():
    import kit.views as views
    from kit.views import charts, tables

    assert views.sources_table is tables.sources_table
    assert views.who_gets_quoted is charts.who_gets_quoted
    with pytest.raises(AttributeError, match="no attribute"):
        views.no_such_view  # noqa: B018


def test_a_saved_and_reloaded_article_renders_the_same():
    annotated = sample()
    again = AnnotatedArticle.from_dict(annotated.to_dict())
    assert render_html(again) == render_html(annotated)


def test_a_cue_that_interrupts_a_quotation_is_left_out_of_the_content_a_learner_reads(nlp):
    text = (
        "The ferry committee met on Thursday.\n\n"
        '"We have waited three winters for this," Nessa Corrigan said. "The pier will not '
        'last another one."\n\n'
        '"It is a fair price," the treasurer said, "and we should take it before the spring."'
    )
    annotated = kit.annotate(text)
    frame = annotations_table(annotated)
    quotes = frame[frame.category == "attribution"].set_index("source")
    # A cue between two quoted sentences ends the content at the first, as the answer
    # keys end it (docs/annotation_rules.md); the cue is never part of what is shown.
    first = quotes.loc["Nessa Corrigan"]
    assert first.content == "We have waited three winters for this"
    assert "Corrigan" in first.text and "said" in first.text  # the mark itself is unchanged
    # A cue inside one quoted sentence is left out and the halves joined.
    split = quotes.loc["treasurer"]
    assert split.content == "It is a fair price … and we should take it before the spring."
    assert "treasurer" in split.text
    act = next(a for a in annotated.annotations if a.canonical == "treasurer")
    note = describe(act)  # the explanation a learner reads beside the mark
    assert "Content: It is a fair price … and we should take it" in note
    assert "Speaker: the treasurer" in note and "Cue: said" in note


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ('"We waited," she said, adding: "Now we act."', "We waited … Now we act."),
        ("\u201cWe waited,\u201d she said. \u201cNow we act.\u201d", "We waited … Now we act."),
        ('"We waited," she said.', "We waited,"),  # the cue after the quotation: as marked
    ],
)
def test_reported_words_leave_out_an_interrupting_speaker_and_cue(text, reported):
    from kit.annotated import Annotation, Part

    def part(word: str) -> Part:
        return Part(word, text.index(word), text.index(word) + len(word))

    end = text.rindex("act") + 4 if "act" in text else text.index(",") + 1
    content = Part(text[1:end], 1, end)
    speaker, cue = part("she"), part("said")
    a = Annotation("attribution", "direct", 0, len(text), text, "", speaker, cue, content)
    assert a.reported == reported
