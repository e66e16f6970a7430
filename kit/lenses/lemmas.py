"""Put right one kind of lemma the model's rule lemmatizer gets wrong.

The English lemmatizer strips "-ed" and "-ing" and keeps the first known word it
finds, so "hoped" becomes "hop", "hated" "hat", "fined" "fin" and "raged" "rag".
English spelling rules these out: a one-syllable verb that ends in one vowel and one
consonant doubles the consonant before "-ed" and "-ing" ("hop", "hopped", "hopping"),
so an undoubled "hoped" can only come from "hope". Every lens that matches on
lemmas (cue verbs, loaded verbs, hedges) reads the corrected lemma.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

#: A one-syllable stem ending in one vowel and one consonant that doubles
#: ("hop", "fin", "scrap"); w, x and y never double, and s is left alone
#: because "bused" and "gased" are spelt both ways.
_DOUBLING_STEM = re.compile(r"^[^aeiou]*[aeiou][bcdfgklmnprtvz]$")
_ENDINGS = ("ed", "ing")


def fix_lemma(text: str, lemma: str) -> str | None:
    """The lemma with its silent "e" restored, or None when ``lemma`` is right.

    >>> fix_lemma("hoped", "hop")
    'hope'
    >>> fix_lemma("hopped", "hop") is None
    True
    """
    low = text.lower()
    stem = lemma.lower()
    if not _DOUBLING_STEM.match(stem):
        return None
    for ending in _ENDINGS:
        if low == stem + ending:
            return stem + "e"
    return None


def restore_silent_e(doc: Doc) -> Doc:
    """Correct the lemma of every undoubled "-ed"/"-ing" form read as a doubling stem."""
    for tok in doc:
        low = tok.lower_
        if not (low.endswith("ed") or low.endswith("ing")) or len(low) > 9:
            continue
        if tok.pos_ == "PROPN":  # a name ("Ealing") keeps the model's reading
            continue
        fixed = fix_lemma(low, tok.lemma_)
        if fixed is not None:
            tok.lemma_ = fixed
    return doc


@Language.factory("kit_lemmas")
def make_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: no settings, nothing to save."""
    return restore_silent_e
