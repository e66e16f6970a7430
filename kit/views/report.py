"""The report card: one printable, self-contained HTML page about one article.

It holds the article's metadata, the highlighted text, the source table, the
charts as inline SVG and questions to ask, built only from what the lenses found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.labels import ATTRIBUTION_LABELS, CATEGORIES
from kit.views.html import lens_order, lens_title, render_html, source_type_title

#: Metadata keys the report looks for, in order of preference.
META_KEYS = {
    "headline": ("headline", "title"),
    "outlet": ("outlet", "publisher", "site_name", "site"),
    "published": ("published", "date", "published_at"),
    "byline": ("byline", "author", "authors"),
    "url": ("url", "source_url"),
}
#: The report card asks at most this many questions (the most telling come first).
MAX_QUESTIONS = 6
#: Words too common in credentials to say anything about a source's side.
GENERIC_WORDS = {
    "the", "of", "a", "an", "and", "at", "for", "in", "on", "to", "with", "from",
    "university", "institute", "school", "college", "department", "center", "centre",
    "academy", "studies", "research", "professor", "dean", "director", "expert",
    "fellow", "senior", "associate", "assistant", "chief", "head", "former",
    "international", "national", "foreign", "affairs", "relations", "office",
    "ministry", "spokesperson", "council", "committee", "member", "president",
}  # fmt: skip


@dataclass
class Report:
    """A finished report card: ``.html`` is the whole page, ``.save(path)`` writes it."""

    html: str
    title: str = "Article report"

    def save(self, path: str | Path) -> Path:
        """Write the page (UTF-8) and return its path."""
        p = Path(path)
        if p.is_dir():
            raise KitError(f"{p} is a folder; give a file name such as report.html")
        if not p.parent.exists():
            raise KitError(f"the folder {p.parent} does not exist")
        p.write_text(self.html, encoding="utf-8")
        return p

    def _repr_html_(self) -> str:
        """Shown in a notebook inside a frame, so its page styles stay inside."""
        return (
            f'<iframe title="{escape(self.title)}" srcdoc="{escape(self.html)}" '
            'style="width:100%;height:900px;border:1px solid #ccc"></iframe>'
        )


def meta_value(meta: dict[str, Any], field: str) -> str:
    """One metadata field as display text ('' when the article does not give it)."""
    for key in META_KEYS[field]:
        value = meta.get(key)
        if value in (None, "", [], ()):
            continue
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)
    return ""


def _pct(part: int, whole: int) -> str:
    return f"{part} of {whole}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 hedge', '2 hedges' ('many' for irregular plurals)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _quote(text: str, limit: int = 60) -> str:
    """Text in curly quotes, clipped at a word; text already in quotation marks keeps them."""
    text = " ".join(text.split())
    quoted = len(text) > 1 and text[0] in "\"“'‘" and text[-1] in "\"”'’"
    if len(text) > limit:
        cut = text[: limit - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
        quoted = False
    return text if quoted else f"“{text.strip(chr(34) + '“”')}”"


def shared_word(descriptions: list[str]) -> tuple[list[str], int]:
    """The capitalised, non-generic word most descriptions share, and how many share it.

    Words are grouped by their first four letters, so that a country and its
    adjective ("Canada" and "Canadian", "Norway" and "Norwegian") count as one.
    """
    groups: dict[str, Counter] = {}
    for desc in descriptions:
        seen: set[str] = set()
        for word in re.findall(r"\b[A-Z][\w'-]+", desc):
            word = word.removesuffix("'s").removesuffix("’s")
            if word.lower() in GENERIC_WORDS or len(word) < 3:
                continue
            stem = word[:4].lower()
            groups.setdefault(stem, Counter())
            if stem not in seen:
                groups[stem]["\x00"] += 1  # descriptions using the group
                seen.add(stem)
            groups[stem][word] += 1
    if not groups:
        return [], 0
    stem = max(groups, key=lambda k: (groups[k]["\x00"], k))
    forms = sorted((w for w in groups[stem] if w != "\x00"), key=lambda w: (-groups[stem][w], w))
    return forms, groups[stem]["\x00"]


def questions(annotated: AnnotatedArticle) -> list[str]:
    """Questions to ask about this article, each one backed by what the lenses found."""
    qs: list[str] = []
    sources = annotated.sources
    summary = annotated.summary()
    outlet = meta_value(annotated.meta, "outlet") or "the outlet"

    unnamed = [s for s in sources if not s.named]
    if sources and unnamed:
        examples = ", ".join(_quote(s.canonical, 40) for s in unnamed[:3])
        qs.append(
            f"{_pct(len(unnamed), len(sources))} sources are not named ({examples}). "
            "Why might the writer not name them, and how could a reader check what they said?"
        )

    if len(sources) >= 3 and not unnamed:
        names = ", ".join(s.canonical for s in sources[:3]) + (", …" if len(sources) > 3 else "")
        qs.append(
            f"All {len(sources)} sources are named ({names}). What does each of them stand to "
            "gain or lose from this story, and is anyone with a different interest heard?"
        )

    total = sum(s.attributions for s in sources)
    if sources and total >= 3:
        top = max(sources, key=lambda s: (s.attributions, s.quoted_words))
        if top.attributions * 2 >= total and len(sources) > 1:
            qs.append(
                f"{top.canonical} is behind {_pct(top.attributions, total)} attributions. "
                "Who else could have been asked, and would they have said the same?"
            )

    described = [s.description for s in sources if s.description]
    if len(described) >= 3:
        forms, n = shared_word(described)
        if n >= 3 and n * 3 >= len(described) * 2:
            words = " or ".join(f"“{w}”" for w in forms[:2])
            qs.append(
                f"{_pct(n, len(described))} sources whose role is given are described with "
                f"{words}. Whose view might be missing?"
            )

    exclusive = [s for s in sources if s.outlet_exclusive]
    if exclusive:
        qs.append(
            f"{_pct(len(exclusive), len(sources))} sources spoke to {outlet} itself. "
            "Who chose these voices, and would another outlet have found the same ones?"
        )

    attributions = summary["attributions"]
    if attributions >= 3 and summary["direct"] == 0 and summary["mixed"] == 0:
        qs.append(
            f"None of the {attributions} attributions quotes anyone word for word. "
            "How might the writer's paraphrase change what the sources meant?"
        )

    hedges, boosters = summary["hedges"], summary["boosters"]
    if boosters >= 2 and boosters >= 2 * hedges:
        qs.append(
            f"The text uses {plural(boosters, 'booster')} and {plural(hedges, 'hedge')}, "
            "so it sounds sure of itself. "
            "Which of its confident claims come with evidence or a source?"
        )
    elif hedges >= 2 and hedges >= 2 * boosters:
        qs.append(
            f"The text uses {plural(hedges, 'hedge')} and {plural(boosters, 'booster')}. "
            "Which claims does it treat as uncertain, and does the evidence say why?"
        )
    elif hedges + boosters >= 6:
        qs.append(
            f"The text uses {plural(boosters, 'booster')} and {plural(hedges, 'hedge')}. "
            "Which claims does it make sound certain, which uncertain, and is the evidence "
            "for them any different?"
        )

    claims = annotated.of("loaded", "unattributed_claim")
    if claims:
        qs.append(
            f"{plural(len(claims), 'sentence')} {'states' if len(claims) == 1 else 'state'} "
            "a motive or a "
            f"judgement in the writer's own voice with no source, e.g. {_quote(claims[0].text)}. "
            "Is that reporting or opinion?"
        )

    loaded = [a for a in annotated.of("loaded") if a.label != "unattributed_claim"]
    if loaded:
        words = list(dict.fromkeys(a.text for a in loaded))[:3]
        with_neutral = next((a for a in loaded if a.neutral and len(a.neutral) <= 30), None)
        swap = ""
        if with_neutral is not None:
            swap = f" (say {_quote(with_neutral.neutral, 30)} for {_quote(with_neutral.text, 30)})"
        qs.append(
            f"The article uses {plural(len(loaded), 'loaded word')} "
            f"such as {', '.join(_quote(w, 30) for w in words)}. "
            f"How would it read with neutral words{swap}?"
        )

    n_sent = summary["sentences"]
    bare = len(summary["sentences_without_attribution"])
    if n_sent >= 4 and attributions and bare * 2 > n_sent:
        qs.append(
            f"{_pct(bare, n_sent)} sentences name no source. "
            "Which of their facts would you want to check, and where?"
        )
    return qs


PAGE_CSS = """
@page { margin: 8mm 10mm 8mm 10mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 10pt; }
.page { max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; }
header.meta { border-bottom: 3px solid #1a1a1a; margin-bottom: 3mm; padding-bottom: 2mm; }
header.meta .kicker { font-size: 8pt; letter-spacing: .08em; text-transform: uppercase;
  color: #555; }
header.meta h1 { font-family: Georgia, "Times New Roman", serif; font-size: 17pt;
  line-height: 1.2; margin: 1mm 0 1.5mm 0; }
header.meta .line { font-size: 9pt; color: #333; }
header.meta .line span + span::before { content: " · "; color: #999; }
header.meta .note { font-size: 8pt; color: #444; font-style: italic; margin-top: 1mm; }
.facts { display: flex; flex-wrap: wrap; gap: 1.5mm 4mm; margin: 0 0 3mm 0; font-size: 9pt; }
.facts div { border: 1px solid #bbb; border-radius: 3px; padding: .5mm 2mm; }
.facts b { font-size: 11pt; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm 0; border-bottom: 1px solid #999;
  break-after: avoid; }
.text .kit-view { font-size: 9.5pt; line-height: 1.45; }

.text .kit-body p { margin: 0 0 .55em 0; }
table.sources { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.sources th, table.sources td { border-bottom: 1px solid #ccc; padding: .6mm 1.5mm;
  text-align: left; vertical-align: top; }
table.sources th { background: #eee; }
table.sources td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.sources td.k, table.sources td.n { white-space: nowrap; }
table.sources th.n { text-align: right; width: 11mm; }
table.sources tr { break-inside: avoid; }
.unnamed td:first-child { font-style: italic; }
.charts { display: flex; flex-wrap: wrap; gap: 2mm 5mm; align-items: flex-start; }
.charts figure { margin: 0; break-inside: avoid; }
.charts svg { max-width: 100%; height: auto; }
ol.questions { margin: 0; padding-left: 6mm; }
ol.questions li { margin-bottom: 1mm; }
.box { border: 1.5px solid #1a1a1a; border-radius: 4px; padding: 2mm 3mm; break-inside: avoid; }
h2 .caveat { font-size: 8pt; font-weight: normal; color: #555; margin-left: 2mm; }
.none { color: #555; font-style: italic; }
@media print {
  body { font-size: 9pt; }
  .page { padding: 0; max-width: none; }
  header.meta h1 { font-size: 15pt; }
  .text .kit-view { font-size: 8pt; line-height: 1.3; }
  .facts { font-size: 8pt; gap: 1mm 2mm; margin-bottom: 2mm; }
  .facts b { font-size: 9pt; }
  .text .kit-view .kit-legend { font-size: 7.5pt; padding: .2em .5em; margin-bottom: .4em; }
  .text .kit-body { column-count: 2; column-gap: 5mm; }
  .text .kit-body p { margin-bottom: .4em; }
  table.sources { font-size: 7.5pt; }
  ol.questions { font-size: 8.5pt; }
  h2 { margin-top: 3mm; }
}
"""


def _header(meta: dict[str, Any]) -> str:
    headline = meta_value(meta, "headline") or "Untitled article"
    parts = [
        (k, meta_value(meta, k)) for k in ("outlet", "published", "byline") if meta_value(meta, k)
    ]
    line = "".join(f'<span class="{k}">{escape(v)}</span>' for k, v in parts)
    url = meta_value(meta, "url")
    if url:
        line += f'<span class="url">{escape(url)}</span>'
    note = meta.get("note")
    return (
        '<header class="meta"><div class="kicker">Reading the news: report card</div>'
        f"<h1>{escape(headline)}</h1>"
        + (f'<div class="line">{line}</div>' if line else "")
        + (f'<div class="note">{escape(str(note))}</div>' if note else "")
        + "</header>"
    )


def _facts(annotated: AnnotatedArticle) -> str:
    s = annotated.summary()
    kinds = ", ".join(f"{s[k]} {k}" for k in ATTRIBUTION_LABELS if s[k])
    items = [
        (s["sources"], "source", "sources"),
        (s["named_sources"], "named", "named"),
        (s["unnamed_sources"], "unnamed", "unnamed"),
        (s["attributions"], "attribution", "attributions"),
        (s["hedges"], "hedge", "hedges"),
        (s["boosters"], "booster", "boosters"),
        (s["loaded"], "loaded", "loaded"),
    ]
    known = CATEGORIES
    items += [
        (len(annotated.of(cat)), lens_title(cat).lower(), lens_title(cat).lower())
        for cat in lens_order(annotated)
        if cat not in known
    ]
    cells = []
    for n, one, many in items:
        label = one if n == 1 else many
        if one == "attribution" and kinds:
            label += f" ({kinds})"
        cells.append(f"<div><b>{n}</b> {escape(label)}</div>")
    return '<div class="facts">' + "".join(cells) + "</div>"


def _source_table(annotated: AnnotatedArticle) -> str:
    if not annotated.sources:
        return '<p class="none">The kit found no sources in this article.</p>'
    rows = sorted(annotated.sources, key=lambda s: (-s.attributions, -s.quoted_words, s.canonical))
    body = []
    for s in rows:
        cls = "named" if s.named else "unnamed"
        body.append(
            f'<tr class="{cls}"><td>{escape(s.canonical)}</td>'
            f'<td class="k">{escape(source_type_title(s.type, short=True))}</td>'
            f"<td>{escape(s.description)}</td>"
            f'<td class="k">{"yes" if s.outlet_exclusive else ""}</td>'
            f'<td class="n">{s.attributions}</td><td class="n">{s.quoted_words}</td></tr>'
        )
    return (
        '<table class="sources"><thead><tr><th>Source</th><th>Type</th>'
        '<th>Described as</th><th>Told outlet</th><th class="n">Times cited</th>'
        '<th class="n">Words quoted</th></tr></thead><tbody>' + "".join(body) + "</tbody></table>"
    )


def _charts(annotated: AnnotatedArticle) -> str:
    from kit.views.charts import certainty_chart, figure_to_svg, who_gets_quoted

    figures = []
    if annotated.sources:
        figures.append(figure_to_svg(who_gets_quoted(annotated, top=8), "Who gets quoted"))
    if annotated.of("hedge") or annotated.of("booster"):
        by = "paragraph" if len(annotated.sentences) > 40 else "sentence"
        chart = certainty_chart(annotated, by=by, width=2.9, height=1.9)
        figures.append(figure_to_svg(chart, "How sure the text sounds"))
    if not figures:
        return '<p class="none">Nothing to chart: the kit found no sources, hedges or boosters.</p>'
    return '<div class="charts">' + "".join(f"<figure>{f}</figure>" for f in figures) + "</div>"


def report(article: Any, lenses: list[str] | None = None) -> Report:
    """The report card for an article (AnnotatedArticle, Article, path or text)."""
    from kit.views import as_annotated

    annotated = as_annotated(article)
    headline = meta_value(annotated.meta, "headline") or "Untitled article"
    qs = questions(annotated)[:MAX_QUESTIONS]
    q_html = (
        '<ol class="questions">' + "".join(f"<li>{escape(q)}</li>" for q in qs) + "</ol>"
        if qs
        else '<p class="none">The kit found too little to ask about; read it with the lenses.</p>'
    )
    page = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Report card: {escape(headline)}</title>",
        f'<style>{PAGE_CSS}</style></head><body><div class="page">',
        _header(annotated.meta),
        _facts(annotated),
        '<section class="text"><h2>The article, marked <span class="caveat">by the kit\'s '
        "rules, which can be wrong: check each mark against the text</span></h2>",
        render_html(annotated, lenses, notes=False, uid="article"),
        "</section>",
        '<section class="questions box"><h2>Questions to ask about this article</h2>',
        q_html,
        "</section>",
        "<section><h2>Who is quoted</h2>",
        _source_table(annotated),
        "</section>",
        "<section><h2>At a glance</h2>",
        _charts(annotated),
        "</section>",
        "</div></body></html>",
    ]
    return Report(html="\n".join(page) + "\n", title=f"Report card: {headline}")
