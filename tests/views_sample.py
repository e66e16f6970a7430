"""Hand-built annotated articles for the view tests (offsets computed from the text)."""

from __future__ import annotations

import re

from kit.annotated import AnnotatedArticle, Annotation, Part, Source, paragraph_bounds

TEXT = (
    'City engineers said on Monday that the Harbour Bridge "may need urgent repairs" after '
    "a routine inspection found cracks in two support beams.\n\n"
    '"We are clearly not going to wait for a collapse," Maria Lopez, the city\'s chief '
    'engineer, told the Daily Courier. "Every beam will be checked."\n\n'
    "Officials who asked not to be named suggested the closure could last several months. "
    'The mayor\'s so-called "plan" to keep traffic moving has drawn furious criticism '
    "from commuters.\n\n"
    "The council's refusal to act earlier reflects its contempt for ordinary residents."
)


def span(text: str, phrase: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``phrase`` in ``text`` (the first one after ``after``)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return start, start + len(phrase)


def part(text: str, phrase: str, after: str = "", canonical: str | None = None) -> Part:
    s, e = span(text, phrase, after)
    return Part(text[s:e], s, e, canonical)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds: a full stop (maybe followed by a quote) then space or end."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\"?(?=\s|$)", text):
        chunk = text[start : m.end()]
        lead = len(chunk) - len(chunk.lstrip())
        out.append((start + lead, m.end()))
        start = m.end()
    return out


def build(
    text: str,
    marks: list[Annotation],
    sources: list[Source] | None = None,
    meta: dict | None = None,
) -> AnnotatedArticle:
    sents = sentences(text)
    starts = [s for s, _ in sents]
    fixed = []
    for a in marks:
        index = max(i for i, s in enumerate(starts) if s <= a.start)
        fixed.append(
            Annotation(**{**a.__dict__, "sentence": index if a.sentence is None else a.sentence})
        )
    fixed.sort(key=lambda a: (a.start, a.end, a.category))
    return AnnotatedArticle(
        text=text,
        meta=dict(meta or {}),
        annotations=fixed,
        sources=list(sources or []),
        sentences=sents,
        paragraphs=paragraph_bounds(text),
    )


def mark(
    text: str,
    category: str,
    label: str,
    phrase: str,
    explanation: str,
    after: str = "",
    neutral: str | None = None,
) -> Annotation:
    s, e = span(text, phrase, after)
    return Annotation(category, label, s, e, text[s:e], explanation, neutral=neutral)


def attribution(
    text: str,
    label: str,
    speaker: Part | None,
    cue: Part,
    content: Part | None,
    explanation: str = "",
) -> Annotation:
    parts = [p for p in (speaker, cue, content) if p is not None]
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return Annotation(
        "attribution",
        label,
        start,
        end,
        text[start:end],
        explanation,
        speaker=speaker,
        cue=cue,
        content=content,
    )


def sample(text: str = TEXT, meta: dict | None = None) -> AnnotatedArticle:
    """The bridge story, with every lens, nested and overlapping marks and a new category."""
    t = text
    marks = [
        attribution(
            t,
            "mixed",
            part(t, "City engineers", canonical="City engineers"),
            part(t, "said"),
            part(t, 'that the Harbour Bridge "may need urgent repairs" after a routine '),
            "A paraphrase with a quoted fragment.",
        ),
        attribution(
            t,
            "direct",
            part(t, "Maria Lopez", canonical="Maria Lopez"),
            part(t, "told the Daily Courier"),
            # one quotation over two sentences: its content holds the speaker and cue
            Part(
                t[span(t, '"We are')[0] : span(t, 'checked."')[1]],
                span(t, '"We are')[0],
                span(t, 'checked."')[1],
            ),
            "The words inside quotation marks are the speaker's own.",
        ),
        attribution(
            t,
            "indirect",
            part(t, "Officials who asked not to be named", canonical="unnamed officials"),
            part(t, "suggested"),
            part(t, "the closure could last several months"),
            "A paraphrase: the writer's words, not the officials'.",
        ),
        mark(t, "hedge", "modal", "may", "'may' marks a possibility, not a fact."),
        mark(t, "hedge", "modal", "could", "'could' marks a possibility, not a fact."),
        mark(t, "booster", "adverb", "clearly", "'clearly' presents the claim as obvious."),
        mark(t, "booster", "absolute", "Every", "'every' allows no exception."),
        mark(
            t,
            "loaded",
            "scare_quote",
            '"plan"',
            "Quotation marks in the writer's own voice cast doubt on the word.",
        ),
        mark(
            t,
            "loaded",
            "emotive",
            "furious",
            "'furious' is chosen for its emotional charge.",
            neutral="strong",
        ),
        mark(
            t,
            "loaded",
            "unattributed_claim",
            "The council's refusal to act earlier reflects its contempt for ordinary residents.",
            "The writer asserts a motive as fact, with no source.",
        ),
        mark(
            t,
            "loaded",
            "emotive",
            "contempt",
            "'contempt' is chosen for its emotional charge.",
            neutral="disregard",
        ),
        mark(t, "fact_check", "checkable_number", "two support beams", "A number you can check."),
    ]
    sources = [
        Source("Maria Lopez", "named_person", "the city's chief engineer", True, 1, 14),
        Source("City engineers", "unnamed_group", "", False, 1, 4),
        Source("unnamed officials", "anonymous", "", False, 1, 0),
    ]
    meta = (
        meta
        if meta is not None
        else {
            "headline": "Harbour Bridge may close for months",
            "outlet": "Daily Courier",
            "published": "2024-03-05",
            "byline": "A. Reporter",
        }
    )
    return build(t, marks, sources, meta)
