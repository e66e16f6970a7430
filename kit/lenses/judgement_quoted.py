"""Trait words lifted into a short partial quote (issue 12, loadedQ2).

:func:`quoted_traits`: a judgement adjective of ``kit/lexicons/judgement.yaml`` ("spiteful",
"vindictive", "patronising") that a writer quotes from a speaker in a fragment of a few
words ('said the letters had become "petty and spiteful"'). The word judges whoever wrote
or did the thing even when the parse shows no person beside it, so the person frame the
other adjective rules need is not asked for here: the quotation marks already show that
the speaker chose this word (guide, section 4: a charged word inside a partial quote is
still loaded). Not a long quotation (the speaker's whole sentence, where the person
frames of :func:`kit.lenses.judgement.judgement_adjectives` apply), not a capitalised
title ('"Cruel Summer"'), not a word before a noun in a quoted name.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    make,
    scan,
)
from kit.lenses.wordlists import sentence_of

#: The longest fragment, in words, read as a partial quote.
MAX_WORDS = 5
#: Where a quoted adjective stands as the speaker's verdict, not inside a noun phrase.
PREDICATE_DEPS = frozenset({"acomp", "conj", "ROOT", "attr", "oprd", "xcomp", "ccomp", "amod"})


def _fragment(tok: Token) -> tuple[int, int] | None:
    """The (open, close) quote-mark token indices around ``tok`` in its sentence, when
    the quotation holds at most MAX_WORDS words."""
    sent = sentence_of(tok)
    left = next((t.i for t in reversed(sent[: tok.i - sent.start]) if t.is_quote), None)
    right = next((t.i for t in sent[tok.i - sent.start + 1 :] if t.is_quote), None)
    if left is None or right is None:
        return None
    doc = tok.doc
    if doc[left].text in ("'", "’") or doc[right].text in ("'", "‘"):
        return None  # an apostrophe ("the tenants' letters") is no quotation mark
    words = [t for t in doc[left + 1 : right] if t.is_alpha]
    if not words or len(words) > MAX_WORDS:
        return None
    before = sum(t.is_quote and t.text not in ("'", "’") for t in sent[: left - sent.start])
    return (left, right) if before % 2 == 0 else None


def quoted_traits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A judgement adjective alone or closing a short quoted fragment: the speaker's
    verdict on someone's conduct, lifted by the writer."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    for hit in hits.get("judgement_adjective", ()):
        tok = doc[hit.end - 1]
        if not tok.text.islower() or tok.dep_ not in PREDICATE_DEPS:
            continue
        fragment = _fragment(tok)
        if fragment is None:
            continue
        if tok.dep_ == "amod" and tok.head.i < fragment[1]:
            continue  # "a "cruel and unusual punishment"": the quote names a thing
        yield make(doc, hit, lex, "quoted_trait", "whoever the speaker means")


RULES = (quoted_traits,)
