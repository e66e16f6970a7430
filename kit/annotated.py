"""The annotated article: a thin, serialisable view of the kit's spaCy ``Doc``.

Views, widgets, evaluation and the CLI use only :class:`AnnotatedArticle`;
they never touch spaCy objects. Every offset refers to ``AnnotatedArticle.text``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from kit.errors import KitError
from kit.labels import NAMED_TYPES, SPAN_GROUPS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from spacy.tokens import Doc

SCHEMA = "kit.annotations/1"
#: The longest body the kit reads in one go (about 30,000 words).
MAX_CHARS = 200_000


#: Marks that close a quotation, and the way one reopens after an interrupting cue.
CLOSING_QUOTES = "\"\u201d'\u2019"
_REOPENED = re.compile("[^\"\u201c\u201d\n]{0,40}?[\"\u201c]")


@dataclass(frozen=True)
class Part:
    """A speaker, cue or content span of an attribution."""

    text: str
    start: int
    end: int
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end}
        if self.canonical is not None:
            d["canonical"] = self.canonical
        return d


@dataclass(frozen=True)
class Annotation:
    """One mark: a character span of the body with a category, label and explanation.

    For attributions, ``start``/``end`` run over the whole act (speaker, cue and
    content); the parts are in ``speaker``, ``cue`` and ``content``.
    """

    category: str
    label: str
    start: int
    end: int
    text: str
    explanation: str
    speaker: Part | None = None
    cue: Part | None = None
    content: Part | None = None
    neutral: str | None = None
    sentence: int | None = None
    #: Where a follow-on quotation after the cue ends ('"A," she said. "B."': the content
    #: is A, but B is her words too), for counting whose voice a passage is in.
    follow_on: int | None = None

    @property
    def canonical(self) -> str | None:
        """The canonical source of an attribution's speaker."""
        return self.speaker.canonical if self.speaker else None

    @property
    def reported(self) -> str | None:
        """The content's own words, for a learner to read: a speaker and cue that
        interrupt a quotation ('"We waited," she said. "Now we act."') are left out with
        an ellipsis ("We waited … Now we act."); any other content is as marked."""
        c = self.content
        if c is None:
            return None
        inside = [p for p in (self.speaker, self.cue) if p and c.start < p.start < p.end < c.end]
        if not inside:
            return c.text
        lo = min(p.start for p in inside) - c.start
        hi = max(p.end for p in inside) - c.start
        before = c.text[:lo].rstrip().rstrip(CLOSING_QUOTES).rstrip(" ,")
        after = c.text[hi:]
        reopened = _REOPENED.match(after)  # '. "Now we act.', ', adding: "...': it goes on
        after = after[reopened.end() :] if reopened else after.lstrip(" .,;:")
        return " … ".join(p for p in (before, after.strip()) if p) or c.text

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "category": self.category,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "explanation": self.explanation,
        }
        for name in ("speaker", "cue", "content"):
            part = getattr(self, name)
            if part is not None:
                d[name] = part.to_dict()
        if self.neutral is not None:
            d["neutral"] = self.neutral
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.follow_on is not None:
            d["follow_on"] = self.follow_on
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Annotation:
        parts = {k: Part(**d[k]) for k in ("speaker", "cue", "content") if d.get(k)}
        return cls(
            category=d["category"],
            label=d["label"],
            start=d["start"],
            end=d["end"],
            text=d["text"],
            explanation=d.get("explanation", ""),
            neutral=d.get("neutral"),
            sentence=d.get("sentence"),
            follow_on=d.get("follow_on"),
            **parts,
        )


@dataclass(frozen=True)
class Source:
    """One row of the source list (guide section 2)."""

    canonical: str
    type: str
    description: str = ""
    outlet_exclusive: bool = False
    attributions: int = 0
    quoted_words: int = 0

    @property
    def named(self) -> bool:
        return self.type in NAMED_TYPES

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AnnotatedArticle:
    """The body text, its metadata, its marks and its source list."""

    text: str
    meta: dict[str, Any]
    annotations: list[Annotation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    # -- building -----------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc, meta: dict[str, Any] | None = None) -> AnnotatedArticle:
        """Read the kit's span groups and extensions off an annotated ``Doc``."""
        text = doc.text
        sentences = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else [(0, len(text))]
        )
        sent_starts = [s for s, _ in sentences]
        annotations: list[Annotation] = []
        for group, category in SPAN_GROUPS.items():
            if group not in doc.spans:
                continue
            for span in doc.spans[group]:
                annotations.append(_annotation_from_span(span, category, text, sent_starts))
        annotations.sort(key=lambda a: (a.start, a.end, a.category))
        found = (doc._.kit_sources or []) if doc.has_extension("kit_sources") else []
        sources = [Source(**s) for s in found]
        return cls(
            text=text,
            meta=dict(meta or {}),
            annotations=annotations,
            sources=sources,
            sentences=sentences,
            paragraphs=paragraph_bounds(text),
        )

    # -- queries --------------------------------------------------------------
    def of(self, category: str, label: str | None = None) -> list[Annotation]:
        """The annotations of one category (and label)."""
        return [
            a
            for a in self.annotations
            if a.category == category and (label is None or a.label == label)
        ]

    @property
    def attributions(self) -> list[Annotation]:
        return self.of("attribution")

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding character ``offset``."""
        return _index_of(offset, [s for s, _ in self.sentences])

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def summary(self) -> dict[str, Any]:
        """Article-level counts (guide section 2)."""
        attrs = self.attributions
        covered = {a.sentence for a in attrs}
        for a in attrs:  # an attribution may span several sentences (and a follow-on quote)
            end = max(a.end, a.follow_on or 0)
            covered.update(range(self.sentence_of(a.start), self.sentence_of(max(end - 1, 0)) + 1))
        return {
            "sources": len(self.sources),
            "named_sources": sum(s.named for s in self.sources),
            "unnamed_sources": sum(not s.named for s in self.sources),
            "attributions": len(attrs),
            "direct": sum(a.label == "direct" for a in attrs),
            "indirect": sum(a.label == "indirect" for a in attrs),
            "mixed": sum(a.label == "mixed" for a in attrs),
            "hedges": len(self.of("hedge")),
            "boosters": len(self.of("booster")),
            "loaded": len(self.of("loaded")),
            "unattributed_claims": len(self.of("loaded", "unattributed_claim")),
            "sentences": len(self.sentences),
            "sentences_without_attribution": [
                i for i in range(len(self.sentences)) if i not in covered
            ],
        }

    # -- frames ---------------------------------------------------------------
    def annotations_frame(self) -> pd.DataFrame:
        """One row per mark, with tidy column names."""
        import pandas as pd

        rows = []
        for a in self.annotations:
            rows.append(
                {
                    "category": a.category,
                    "label": a.label,
                    "text": a.text,
                    "start": a.start,
                    "end": a.end,
                    "sentence": a.sentence,
                    "speaker": a.speaker.text if a.speaker else None,
                    "source": a.canonical,
                    "cue": a.cue.text if a.cue else None,
                    "content": a.reported,
                    "neutral": a.neutral,
                    "explanation": a.explanation,
                }
            )
        columns = [
            "category",
            "label",
            "text",
            "start",
            "end",
            "sentence",
            "speaker",
            "source",
            "cue",
            "content",
            "neutral",
            "explanation",
        ]
        return pd.DataFrame(rows, columns=columns)

    def sources_frame(self) -> pd.DataFrame:
        """One row per canonical source."""
        import pandas as pd

        columns = [
            "canonical",
            "type",
            "named",
            "description",
            "outlet_exclusive",
            "attributions",
            "quoted_words",
        ]
        rows = [{**s.to_dict(), "named": s.named} for s in self.sources]
        return pd.DataFrame(rows, columns=columns)

    def certainty_frame(self, by: str = "sentence") -> pd.DataFrame:
        """Hedges, boosters and a certainty score per sentence, paragraph or speaker."""
        from kit.certainty import certainty_profile

        return certainty_profile(self, by=by)

    # -- serialisation --------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The ``kit.annotations/1`` JSON document."""
        return {
            "schema": SCHEMA,
            "text": self.text,
            "meta": self.meta,
            "annotations": [a.to_dict() for a in self.annotations],
            "sources": [s.to_dict() for s in self.sources],
            "sentences": [list(s) for s in self.sentences],
            "summary": self.summary(),
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AnnotatedArticle:
        if d.get("schema") != SCHEMA:
            raise KitError(f"not a {SCHEMA} document (schema is {d.get('schema')!r})")
        text = d["text"]
        return cls(
            text=text,
            meta=d.get("meta", {}),
            annotations=[Annotation.from_dict(a) for a in d.get("annotations", [])],
            sources=[Source(**s) for s in d.get("sources", [])],
            sentences=[tuple(s) for s in d.get("sentences", [])] or [(0, len(text))],
            paragraphs=paragraph_bounds(text),
        )


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    bounds, pos = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            start = pos + block.index(stripped)
            bounds.append((start, start + len(stripped)))
        pos += len(block) + 2
    return bounds


def _index_of(offset: int, starts: list[int]) -> int:
    from bisect import bisect_right

    return max(bisect_right(starts, offset) - 1, 0)


def _part(text: str, offsets: Any, canonical: str | None = None) -> Part | None:
    if not offsets:
        return None
    start, end = int(offsets[0]), int(offsets[1])
    return Part(text[start:end], start, end, canonical)


def _annotation_from_span(
    span: Any, category: str, text: str, sent_starts: list[int]
) -> Annotation:
    ext = span._
    explanation = ext.kit_explanation if span.has_extension("kit_explanation") else ""
    speaker = content = cue = None
    start, end = span.start_char, span.end_char
    if category == "attribution":
        cue = Part(span.text, start, end)
        speaker = _part(text, ext.kit_speaker, ext.kit_canonical)
        content = _part(text, ext.kit_content)
        for part in (speaker, content):
            if part is not None:
                start, end = min(start, part.start), max(end, part.end)
    neutral = ext.kit_neutral if span.has_extension("kit_neutral") else None
    return Annotation(
        category=category,
        label=span.label_,
        start=start,
        end=end,
        text=text[start:end],
        explanation=explanation or "",
        speaker=speaker,
        cue=cue,
        content=content,
        neutral=neutral,
        sentence=_index_of(span.start_char, sent_starts),
        follow_on=ext.kit_follow_on if category == "attribution" else None,
    )


def check_body(body: str) -> str:
    """``body`` if the kit can annotate it, else a :class:`KitError` saying why not."""
    if not body.strip():
        raise KitError("the article has no body text to annotate")
    if len(body) > MAX_CHARS:
        raise KitError(
            f"the article body is {len(body):,} characters; the kit reads at most "
            f"{MAX_CHARS:,} (about 30,000 words) at a time. Split it into parts."
        )
    return body

