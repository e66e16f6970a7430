"""Shared helper for the loaded-lens tests: does a loaded mark cover a given phrase?"""

from __future__ import annotations


def covers(nlp, text: str, span: str, label: str | None = None) -> bool:
    """Some loaded mark on ``text`` overlaps the first occurrence of ``span`` (with
    ``label``, when one is given)."""
    doc = nlp(text)
    start = text.index(span)
    end = start + len(span)
    return any(
        s.start_char < end and start < s.end_char and (label is None or s.label_ == label)
        for s in doc.spans["loaded"]
    )


def claims(nlp, text: str) -> list[str]:
    """The text of every claim in the writer's voice (``unattributed_claim``) on ``text``."""
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "unattributed_claim"]
