"""Shared helpers for the trap-sense probe tests: a probe sentence set between neutral
reporting paragraphs (the writer's-comment model judges only texts of five sentences
or more), and the hedge, booster and loaded marks the kit gives it."""

from __future__ import annotations

Mark = tuple[str, str, str]  # (span group, marked text, label)


def marks_in(nlp, before: str, text: str, after: str) -> list[Mark]:
    """The loaded, hedge and booster marks on ``before + text + after``."""
    doc = nlp(before + text + after)
    return [
        (key, s.text, s.label_)
        for key in ("loaded", "hedges", "boosters")
        for s in doc.spans[key]
    ]


def marked(found: list[Mark], group: str, word: str) -> bool:
    """Some mark of ``group`` covers ``word``."""
    return any(g == group and word in t for g, t, _ in found)
