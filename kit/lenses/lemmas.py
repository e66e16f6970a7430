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

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc

from kit.lenses.shared import Verdicts, drop_carried, forget_sentences, tokens_where_known

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


#: Each lower-case form's verdict (a short "-ed"/"-ing" form?), kept across documents.
_CANDIDATE: Verdicts = Verdicts()


def _candidate(low: str) -> bool:
    return len(low) <= 9 and low.endswith(_ENDINGS)


#: (form id, lemma id) -> the corrected lemma or None, kept across documents
_FIXED: dict[tuple[int, int], str | None] = {}


def restore_silent_e(doc: Doc) -> Doc:
    """Correct the lemma of every undoubled "-ed"/"-ing" form read as a doubling stem."""
    drop_carried(doc)  # (the kit's first component: nothing read in an earlier pass counts)
    found = tokens_where_known(doc, LOWER, _candidate, _CANDIDATE)
    forget_sentences(doc)  # (the arrays it read: this component changes the lemmas)
    if not found:
        return doc
    ids = doc.to_array([LOWER, LEMMA, POS])  # (read as ids: most need no Token object)
    strings = doc.vocab.strings
    for i in found:
        form, lemma, pos = ids[i].tolist()
        if pos == PROPN:  # a name ("Ealing") keeps the model's reading
            continue
        key = (form, lemma)
        if key not in _FIXED:
            _FIXED[key] = fix_lemma(strings[form], strings[lemma])
        fixed = _FIXED[key]
        if fixed is not None:
            doc[i].lemma_ = fixed
    return doc


@Language.factory("kit_lemmas")
def make_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: no settings, nothing to save."""
    return restore_silent_e
