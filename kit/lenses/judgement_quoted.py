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

:func:`quoted_charges`: a verb of ``quoted_charge_verb`` (``kit/lexicons/judgement_acts.yaml``:
"bungled", "scapegoated", "strong-armed", "blackmailing", "airbrushed") inside a partial
quote, the speaker's charge kept in their own word by the writer ('said the ministry had
"bungled" the rollout'; guide, section 4). Only where the quotation marks are a partial
quote inside a report (:func:`kit.lenses.loaded_quotes.classify_quotes`), not a scare quote
or a title, and only as a verb or a verb's participle ("a kowtowing display"), not a noun
("the spook", "the bully").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

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


#: The longest partial quote, in words, whose charged verb is read as the speaker's.
MAX_CHARGE_WORDS = 12
CHARGE_NOTE = (
    " The writer quotes only this charged phrase: it is the speaker's wording, not a fact,"
    " and the quotation marks show whose word it is."
)


def quoted_charges(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A charged verb of ``quoted_charge_verb`` inside a partial quote of a report."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    found = hits.get("quoted_charge_verb", ())
    if not found:
        return
    from kit.lenses.loaded_quotes import classify_quotes  # (a lens imports the judgements)

    partial = [(qs, qe) for qs, qe, kind in classify_quotes(doc) if kind == "partial"]
    for hit in found:
        tok = doc[hit.start]
        if doc[hit.end - 1].pos_ in ("NOUN", "PROPN"):
            continue  # "a spook", "the scapegoat": a noun names a person, not a charge
        if not tok.text[:1].islower():
            continue
        quote = next(((qs, qe) for qs, qe in partial if qs < tok.idx and tok.idx < qe), None)
        if quote is None:
            continue
        inner = doc.text[quote[0] + 1 : quote[1] - 1]
        if len(inner.split()) > MAX_CHARGE_WORDS:
            continue
        wc = lex.classes[hit.word.cls]
        span = Span(doc, hit.start, hit.end, label=wc.label or "emotive")
        explanation = (
            f"'{span.text}' lays a charge on what was done, in the speaker's word." + CHARGE_NOTE
        )
        yield Judgement(span, explanation, hit.word.neutral or wc.neutral, "quoted_charge")


#: The shortest and longest quoted predicate read as a figure of two unlike things.
PAIRING_WORDS = (3, 14)
#: Determiners that point at a known partner ("with the archive", "with every household").
KNOWN_PARTNER = frozenset(
    {"the", "this", "that", "these", "those", "every", "each", "all", "its", "their", "his",
     "her", "our", "my", "your", "both", "any"}
)  # fmt: skip


def quoted_pairings(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A speaker's quoted predicate that joins two unlike things with "with": the
    subject called something it literally is not ('said the mill was "a ruin with a
    view"', 'the operation was "a photo opportunity with watchtowers"', 'the bars were
    "sweets with a gym membership"'). The quotation is a partial quote; it opens with the
    predicate noun phrase after a copula or "into", and its head noun takes an unknown
    partner ("with a view", "with watchtowers"). Not a noun that plainly takes a partner
    ("a problem with a local face", "a contract with every household": ``pairing_plain_head``
    in kit/lexicons/judgement_acts.yaml), not a known one ("a conversation with the
    archive"), not a partner described by an adjective or a number ("a cottage with a
    large garden", "a flat with two bedrooms": a feature listed), not a verb or a
    prepositional phrase ("in line with the market")."""
    lex = lex or default_lexicon()
    if not any(t.lower_ in ("with", "without") for t in doc):
        return
    from kit.lenses.loaded_quotes import classify_quotes  # (a lens imports the judgements)

    plain_heads = lex.set_of("pairing_plain_head")
    for qs, qe, kind in classify_quotes(doc):
        if kind != "partial":
            continue
        span = doc.char_span(qs + 1, qe - 1, alignment_mode="contract")
        if span is None or not len(span):
            continue
        words = [t for t in span if t.is_alpha]
        if not PAIRING_WORDS[0] <= len(words) <= PAIRING_WORDS[1]:
            continue
        if not span[0].text[:1].islower() or span[0].pos_ not in ("DET", "NOUN", "ADJ"):
            continue
        if span[0].pos_ == "DET" and span[0].lower_ not in ("a", "an"):
            continue  # "the best team with ...": a ranking, not a figure
        head = span.root
        if head.pos_ != "NOUN" or head.lemma_.lower() in plain_heads:
            continue  # "committed to treating every colleague with dignity": no noun phrase
        # the noun phrase is what the subject is called: after a copula or "into"
        before = doc[span.start - 2] if span.start >= 2 else None
        if before is None or before.lemma_ not in ("be", "become", "remain", "into"):
            continue
        while head.dep_ == "compound" and head.head.i < span.end:
            head = head.head  # "a photo opportunity": the last noun of the compound
        if head.lemma_.lower() in plain_heads:
            continue
        prep = next(
            (c for c in head.children if c.lower_ in ("with", "without") and c.i < span.end),
            None,
        )
        partner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if partner is None or partner.pos_ != "NOUN" or partner.i >= span.end:
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in KNOWN_PARTNER for c in partner.children):
            continue
        if any(c.dep_ == "poss" for c in partner.children) or partner.lemma_.lower() in plain_heads:
            continue
        if any(c.dep_ in ("amod", "nummod") for c in partner.children):
            continue  # "a cottage with a large garden", "a flat with two bedrooms": a feature

        mark = Span(doc, span.start - 1, span.end + 1, label="emotive")
        explanation = (
            f"'{span.text}' calls the thing something it literally is not, joining two unlike "
            "things into one mocking picture." + CHARGE_NOTE
        )
        yield Judgement(mark, explanation, "say what the speaker objects to, in plain words",
                        "quoted_pairing")  # fmt: skip


RULES = (quoted_traits, quoted_charges, quoted_pairings)
