"""Sense rules for speakers' outcry words and emphatic verdict idioms (issue 12, loadedQ2;
the loadedQ2 block of ``kit/lexicons/loaded.yaml``):

- ``quoted_outcry``: a word of outcry or wounded feeling ("lunacy", "butchery",
  "appalled", "insulted") that a writer lifts into quotation marks from a speaker
  ('said the plan was "pure lunacy"', 'felt "insulted"'), or that a naming verb pins on
  something ("called the cuts butchery"); not a quoted title ('"Madness and Medicine"')
  nor the word outside quotes, where it may be a plain report of a feeling or a trade;
- ``emphatic_verdict``: "hands down", "bar none", "by a country mile" closing off doubt
  about a ranking: the sentence holds a superlative or comparative or a verb of winning
  ("is, hands down, the best"); not "put your hands down".

Both read only the candidate span and its sentence (the word list's matcher found it).
"""

from __future__ import annotations

from spacy.tokens import Span

from kit.lenses.loaded_rules import NAMING_VERBS, _inside_quotes
from kit.lenses.rules import sense_rule
from kit.lenses.shared import sentence_of

#: Verbs of winning and beating: a ranking is told without a superlative.
WINNING = frozenset({"win", "beat", "outclass", "outsell", "outshine", "trounce", "lead", "top"})


@sense_rule("loaded", "quoted_outcry")
def _quoted_outcry(span: Span, loaded_tokens: set[int]) -> bool:
    """An outcry word inside quotation marks, in lower case (or opening the quote), or
    named onto something by a verb ("called the cuts butchery")."""
    tok = span[-1]
    first = span[0]
    if _inside_quotes(tok):
        opens = first.i > 0 and span.doc[first.i - 1].is_quote
        return first.text.islower() or opens
    return tok.dep_ in ("oprd", "dobj", "attr") and any(
        h.lemma_.lower() in NAMING_VERBS for h in (tok.head, tok.head.head)
    )


@sense_rule("loaded", "emphatic_verdict")
def _emphatic_verdict(span: Span, loaded_tokens: set[int]) -> bool:
    """An emphatic idiom in a sentence that ranks something: a superlative or a
    comparative, or a verb of winning ("won hands down", "the best, bar none")."""
    return any(
        t.tag_ in ("JJS", "RBS", "JJR", "RBR") or t.lemma_.lower() in WINNING
        for t in sentence_of(span[0])
    )
