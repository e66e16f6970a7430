"""Shared helpers for the speaker tests: each attribution's cue, speaker words and
canonical source, on a text published by a made-up outlet ("The Probe")."""

from __future__ import annotations

import kit
from kit.article import Article


def acts(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, speaker words, canonical source) of every attribution, in reading order."""
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [
        (a.cue.text, a.speaker.text if a.speaker else None, a.canonical)
        for a in doc.attributions
    ]


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [c for _, _, c in acts(nlp, text)]
