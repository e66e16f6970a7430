"""What an exercise checks against: an answer key placed in the article, or the kit's marks.

An exercise on a practice article compares the learner with the article's
**answer key** (``data/answers/<stem>.yaml``, written by a person). On a
learner's own article there is no key, so the exercise compares with the
kit's own marks and says so. Either way the exercise sees one :class:`Truth`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle, Annotation, Source
from kit.errors import KitError
from kit.evaluate import DATA, Key, KeyAttribution, KeySpan, load_key
from kit.labels import MARK_CATEGORIES

#: A character span of the article body, and an expected attribution: the
#: answer key's own records, also used for the kit's marks.
Span = KeySpan
Said = KeyAttribution


@dataclass(frozen=True)
class Mark(KeySpan):
    """An expected hedge, booster or loaded mark (``label`` is its sub-type)."""

    category: str = ""


@dataclass
class Truth:
    """The marks an exercise compares a learner with."""

    annotated: AnnotatedArticle
    marks: list[Mark] = field(default_factory=list)
    attributions: list[Said] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    #: category -> spans that are neither required nor wrong (borderline)
    acceptable: dict[str, list[Span]] = field(default_factory=dict)
    #: "key" (a person's answer key) or "kit" (the kit's own marks)
    origin: str = "kit"
    #: (category or "any", span) that must get no mark: the key's traps
    traps: list[tuple[str, Span]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.annotated.text

    def of(self, category: str) -> list[Mark]:
        return [m for m in self.marks if m.category == category]

    def is_acceptable(self, category: str, start: int, end: int) -> bool:
        return any(s.overlaps(start, end) for s in self.acceptable.get(category, []))

    def is_trap(self, category: str, start: int, end: int) -> bool:
        """Whether ``start:end`` is one of the key's traps for ``category``."""
        return any(c in (category, "any") and s.overlaps(start, end) for c, s in self.traps)

    def kit_mark(self, category: str, start: int, end: int) -> Annotation | None:
        """The kit's own mark of ``category`` overlapping ``start:end`` (first one)."""
        for a in self.annotated.of(category):
            if a.start < end and start < a.end:
                return a
        return None

    @classmethod
    def from_annotated(cls, annotated: AnnotatedArticle) -> Truth:
        """The kit's own marks as the thing to compare with (no answer key)."""
        marks = [
            Mark(a.start, a.end, a.text, label=a.label, category=a.category)
            for a in annotated.annotations
            if a.category in MARK_CATEGORIES
        ]
        said = []
        for a in annotated.attributions:
            cue = a.cue or Span(a.start, a.end, a.text)
            said.append(
                Said(
                    cue=Span(cue.start, cue.end, cue.text),
                    canonical=a.canonical or "",
                    kind=a.label,
                    speaker=_span(a.speaker),
                    # its words as a learner reads them: no interrupting cue ("… she said …")
                    content=_span(a.content, a.reported),
                )
            )
        return cls(annotated, marks, said, list(annotated.sources), {}, "kit")

    @classmethod
    def from_key(cls, annotated: AnnotatedArticle, key: Key) -> Truth:
        """An answer key (:func:`kit.evaluate.load_key`) as the thing to compare with."""
        if key.text != annotated.text:
            raise KitError(
                f"the answer key {key.article!r} was placed in a different text than this article"
            )
        marks = [
            Mark(s.start, s.end, s.text, label=s.label or "", category=category)
            for category in MARK_CATEGORIES
            for s in key.of(category)
        ]
        said = list(key.attributions)
        sources = [
            Source(
                canonical=str(s["canonical"]),
                type=str(s.get("type", "")),
                description=str(s.get("description") or ""),
                outlet_exclusive=bool(s.get("outlet_exclusive", False)),
                attributions=int(s.get("attributions", 0)),
                quoted_words=int(s.get("quoted_words", 0) or 0),
            )
            for s in key.sources
        ]
        acceptable = {category: list(spans) for category, spans in key.acceptable.items()}
        marks.sort(key=lambda m: (m.start, m.end))
        said.sort(key=lambda s: s.cue.start)
        traps = list(key.traps)
        return cls(annotated, marks, said, sources, acceptable, "key", traps)


def _span(part: Any, text: str | None = None) -> Span | None:
    return Span(part.start, part.end, text or part.text) if part is not None else None


@lru_cache(maxsize=16)
def _practice(stem: str, data_dir: str) -> tuple[AnnotatedArticle, Key, Truth]:
    from kit.annotate import annotate

    base = Path(data_dir)
    article = base / "articles" / f"{stem}.md"
    if not article.is_file():
        known = sorted(p.stem for p in (base / "articles").glob("*.md"))
        raise KitError(f"no practice article {stem!r}; known: {', '.join(known) or 'none'}")
    annotated = annotate(article)
    annotated.meta.setdefault("stem", stem)
    key = load_key(base / "answers" / f"{stem}.yaml", text=annotated.text)
    return annotated, key, Truth.from_key(annotated, key)


def data_dir() -> Path:
    """The folder holding ``articles/`` and ``answers/`` (``$KIT_DATA_DIR`` overrides ``data/``)."""
    return Path(os.environ.get("KIT_DATA_DIR") or DATA)


def practice(stem: str) -> tuple[AnnotatedArticle, Key]:
    """The annotated practice article ``data/articles/<stem>.md`` and its answer key (cached)."""
    annotated, key, _ = _practice(stem, str(data_dir()))
    return annotated, key


def truth_for(source: str | AnnotatedArticle, key: Key | str | Path | None = None) -> Truth:
    """The :class:`Truth` of a practice stem, or of an annotated article (with a key if given)."""
    if isinstance(source, str):
        return _practice(source, str(data_dir()))[2]
    if not isinstance(source, AnnotatedArticle):
        raise KitError(
            f"an exercise needs a practice article's name or an AnnotatedArticle, "
            f"not {type(source).__name__}"
        )
    if key is None:
        return Truth.from_annotated(source)
    if not isinstance(key, Key):
        key = load_key(key, text=source.text)
    return Truth.from_key(source, key)
