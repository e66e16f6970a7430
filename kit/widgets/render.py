"""Small HTML helpers for exercise feedback. Every piece of article text is escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from kit.annotated import AnnotatedArticle

#: Plural nouns for the categories, as the learner reads them.
NOUNS = {
    "hedge": ("hedge", "hedges"),
    "booster": ("booster", "boosters"),
    "loaded": ("loaded word", "loaded words"),
    "attribution": ("attribution", "attributions"),
}

#: A fallback explanation per category and label, for a mark the kit did not explain.
LABEL_EXPLANATIONS = {
    "hedge": {
        "modal": "a modal verb (may, might, could) marks a possibility, not a fact",
        "adverb": "an adverb such as 'perhaps' or 'reportedly' makes the claim less certain",
        "verb": "a verb such as 'seem' or 'suggest that' presents the claim as an impression",
        "phrase": "a phrase such as 'it is likely that' limits how sure the claim is",
        "": "a hedge marks a claim as uncertain, possible or limited",
    },
    "booster": {
        "adverb": "an adverb such as 'obviously' or 'clearly' presents the claim as beyond doubt",
        "verb": "a verb such as 'proves that' or 'it is confirmed that' presents it as settled",
        "absolute": "an absolute word (never, always, every) leaves no room for exceptions",
        "": "a booster marks a claim as certain, proven or beyond doubt",
    },
    "loaded": {
        "emotive": "a word chosen for its emotional charge where a neutral word exists",
        "intensifier": "an amplifier that makes the charge stronger",
        "labeling": "a label or name-calling applied to a person or group",
        "scare_quote": "quotation marks in the writer's own voice that doubt or mock a word",
        "unattributed_claim": (
            "the writer asserts motive, intent or an evaluation as fact, with no source"
        ),
        "": "a word or claim that pushes a view",
    },
    "attribution": {
        "direct": "the speaker's own words, inside quotation marks",
        "indirect": "a paraphrase of what the speaker said",
        "mixed": "a paraphrase with a quoted fragment of the speaker's own words",
        "": "a report of what someone said, wrote or thought",
    },
}


def esc(text: object) -> str:
    """HTML-escaped text (quotes too)."""
    return html.escape(str(text), quote=True)


def count(n: int, category: str) -> str:
    """``"1 hedge"``, ``"3 hedges"``."""
    one, many = NOUNS.get(category, (category, category + "s"))
    return f"{n} {one if n == 1 else many}"


def plural(n: int, one: str, many: str | None = None) -> str:
    if n == 0:
        return f"no {many or one + 's'}"
    return f"{n} {one if n == 1 else (many or one + 's')}"


def label_explanation(category: str, label: str) -> str:
    table = LABEL_EXPLANATIONS.get(category, {})
    return table.get(label) or table.get("", "")


def sentence_span(annotated: AnnotatedArticle, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence(s) holding ``start:end``, kept inside its paragraph
    (a sentence split can run across a paragraph break, e.g. after a closing quote)."""
    if not annotated.sentences:
        return 0, len(annotated.text)
    first = annotated.sentence_of(start)
    last = annotated.sentence_of(max(end - 1, start))
    lo, hi = annotated.sentences[first][0], annotated.sentences[last][1]
    for p_start, p_end in annotated.paragraphs:
        if p_start <= start < p_end:
            lo, hi = max(lo, p_start), min(hi, max(p_end, end))
            break
    return lo, hi


def highlight(text: str, spans: Iterable[tuple[int, int]], lo: int, hi: int) -> str:
    """``text[lo:hi]`` escaped, with each (start, end) span inside ``<mark>``."""
    out, pos = [], lo
    for start, end in sorted({(max(s, lo), min(e, hi)) for s, e in spans if s < hi and e > lo}):
        if start < pos:  # overlapping spans: merge into the previous mark
            start = pos
            if start >= end:
                continue
        out.append(esc(text[pos:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        pos = end
    out.append(esc(text[pos:hi]))
    return "".join(out).strip()


def in_context(annotated: AnnotatedArticle, start: int, end: int, limit: int = 400) -> str:
    """The sentence holding ``start:end``, escaped, with the span highlighted."""
    lo, hi = sentence_span(annotated, start, end)
    if hi - lo > limit:  # a very long sentence: a window around the span
        lo = max(lo, start - limit // 2)
        hi = min(hi, end + limit // 2)
        body = highlight(annotated.text, [(start, end)], lo, hi)
        return f"… {body} …"
    return highlight(annotated.text, [(start, end)], lo, hi)


def quote(text: str, limit: int = 240) -> str:
    """Escaped text in curly quotes, shortened to ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"‘{esc(text)}’"


def plain_text(markup: str) -> str:
    """Feedback HTML as plain text (for printing in a notebook)."""
    text = re.sub(r"<(br|/p|/li|/h\d|/tr|/div)\s*/?>", "\n", markup)
    text = re.sub(r"<li[^>]*>", "- ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
