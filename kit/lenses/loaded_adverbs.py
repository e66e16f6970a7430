"""Adverbs of excess made from a charged adjective: "an outlandishly high return".

A writer who turns a plain adjective up with an adverb built from a verdict
("outlandishly generous", "extravagantly expensive", "savagely harsh", "monstrously
large") judges the size instead of giving it, whichever adverb they pick. Blind
annotators keep finding such adverbs that no list holds, so the kit does not list
them: it makes the "-ly" adverb of every charged adjective it already knows (the
emotive adjectives of ``kit/lexicons/loaded.yaml`` and the judgement adjectives of
``kit/lexicons/judgement.yaml``) and marks it only as degree before an adjective
(the ``amplifies_adjective`` rule), never as the manner of a verb ("fought savagely").

Where the idea comes from: English derivational morphology (an "-ly" adverb keeps the
evaluation of its adjective) and Recasens et al. (2013), "Linguistic Models for
Analyzing and Detecting Biased Language" (subjective intensifiers). Counted on the
practice data (667 keys): 8 keyed intensifiers in 7 rounds take this form, 5 of them
(rounds AP, AP1, AP3, AO2) found by nothing else; no plain text or trap is marked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kit.lenses.judgement_lexicon import derive_family

#: an adjective the derivation may take: letters and hyphens, four letters or more
WORD = re.compile(r"[a-z][a-z-]{3,}")
EXPLANATION = (
    "'{text}' is an adverb made from a verdict, used to turn the adjective after it up: "
    "it judges the size or quality for the reader instead of giving the measure."
)
NEUTRAL = "(leave it out, or give the figure)"


def adverb_of(adjective: str) -> str | None:
    """The "-ly" adverb of an adjective by the judgement lexicon's spelling rules
    (``derive_family``: "heroic" -> "heroically", "laughable" -> "laughably", "sleazy"
    -> "sleazily"), or None for a phrase, a short word or an "-ly" adjective."""
    a = adjective.lower().strip()
    if not WORD.fullmatch(a):
        return None
    adverbs, _ = derive_family(a)
    return next(iter(adverbs), None)


def _values(entry: dict[str, Any], keys: Iterable[str]) -> list[str]:
    out = []
    for key in keys:
        value = entry.get(key)
        out += [str(v) for v in (value if isinstance(value, list) else [value]) if v]
    return out


def _emotive_adjectives(words: dict[str, Any]) -> list[str]:
    """Single-word emotive adjectives of the loaded word list (entries with ``pos: ADJ``)."""
    found = []
    for entry in words.get("entries") or []:
        pos = entry.get("pos") or ()
        if entry.get("label") == "emotive" and "ADJ" in ([pos] if isinstance(pos, str) else pos):
            found += [w for w in _values(entry, ("term", "lemma")) if " " not in w.strip()]
    return found


def _judgement_adjectives(judgement: dict[str, Any]) -> list[str]:
    """The ``judgement_adjective`` class of ``judgement.yaml`` (verdicts on behaviour)."""
    cls = (judgement.get("classes") or {}).get("judgement_adjective") or {}
    found = []
    for items in (cls.get("entries") or {}).values():
        for item in items or []:
            word = item.get("word") if isinstance(item, dict) else item
            if isinstance(word, str) and " " not in word.strip():
                found.append(word)
    return found


def charged_adverbs(words: dict[str, Any], judgement: dict[str, Any]) -> list[dict[str, Any]]:
    """Word-list entries (one, or none) for the adverbs of the charged adjectives that
    the loaded list does not already hold as words of their own."""
    entries = words.get("entries") or []
    listed = {w.lower().strip() for e in entries for w in _values(e, ("term", "lemma"))}
    adverbs = sorted(
        {
            adv
            for adj in (*_emotive_adjectives(words), *_judgement_adjectives(judgement))
            if (adv := adverb_of(adj)) and adv not in listed
        }
    )
    if not adverbs:
        return []
    return [
        {
            "term": adverbs,
            "label": "intensifier",
            "rule": "amplifies_adjective",  # before an adjective, not a verb's manner
            "neutral": NEUTRAL,
            "copula_claim": False,
            "explanation": EXPLANATION,
            "derived": "charged_adverbs",
        }
    ]
