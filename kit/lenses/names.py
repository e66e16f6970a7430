"""Hyphenated proper names as one token, set before the model runs.

spaCy's English tokenizer splits every hyphen between letters, so a
double-barrelled surname ("Leontyne Marsh-Obi", "Agnes Morrow-Bell") reaches
the tagger and the entity recogniser as three tokens. The small model then
often tags only half of it as a person ("Leontyne Marsh"), or the whole as an
organisation, and the speaker rules lose the person: "Marsh-Obi said" is
read as a body, "she said" cannot find her, and the canonical name is cut.
A name is one word to a reader, so this component joins capitalised words
written with a hyphen and no spaces ("Marsh-Obi", "Guinea-Bissau") into one
token before any model component sees the text. Lower-case compounds
("well-known", "cost-of-living") and spaced dashes ("Monday - Friday") are
left alone.

Add it first: ``nlp.add_pipe("kit_names", first=True)``
(:func:`kit.pipeline.add_kit_components` does).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["join_hyphenated_names", "make_names"]

HYPHENS = {"-", "\u2010", "\u2011"}


def _name_word(tok: Token) -> bool:
    """A capitalised word: "Marsh", "Obi" (not "US", not "well")."""
    return tok.is_alpha and tok.is_title


def join_hyphenated_names(doc: Doc) -> Doc:
    """Merge runs of capitalised words joined by hyphens without spaces into one token."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        if _name_word(doc[i]):
            while (
                j + 2 < n
                and doc[j + 1].text in HYPHENS
                and not doc[j].whitespace_
                and not doc[j + 1].whitespace_
                and _name_word(doc[j + 2])
            ):
                j += 2
        if j > i:
            runs.append((i, j + 1))
        i = j + 1
    if runs:
        with doc.retokenize() as retokenizer:
            for start, end in runs:
                retokenizer.merge(doc[start:end])
    return doc


@Language.factory("kit_names")
def make_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: no settings, nothing to save."""
    return join_hyphenated_names
