"""A judgement adjective said of a thing (labelsAQ): "a snooty story", "a grubby trade",
"whose valiant efforts", "the most timid budget in living memory".

The judgement adjectives (``judgement_adjective`` in ``kit/lexicons/judgement.yaml``) are
verdicts on how people behave. :func:`kit.lenses.judgement.judgement_adjectives` marks them
said of a person, a group or an act; before any other common noun the verdict still
lands on whoever made the thing, so this rule marks them there too, in the writer's own
words: not inside quotation marks (a speaker's "a cruel way to lose a final"), not in a
name ("Crazy Golf", "Old Stubborn"), not in a legal term ("reckless driving"), not for a
word whose literal sense the noun brings out (the word's ``unless``: "a cruel winter",
"the noble gases", "loyal troops", "spoilt ballots") and never a ``strict`` word.

Where the idea comes from: Martin & White's appraisal framework (a judgement of
behaviour "invoked" through what the people made or did); counted on the 667 practice
keys: 11 keyed items newly found in 10 rounds, no plain text or trap newly marked (one
round-AC1 sentence claim is lost to the word mark). A noun another class already judges
("a cowardly stunt") keeps that mark alone, and the mark makes no "is/are" claim of the
sentence (``NO_COPULA_RULES`` in kit/lenses/loaded.py): the keys mark the word.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    in_name,
    is_person,
    literal_context,
    make,
    scan,
    target_of,
)
from kit.lenses.shared import doc_quotes, sentence_of

#: Categories of ``judgement_adjective`` said only of people: praise of devotion ("a
#: dedicated bus lane") and of virtue ("a pioneering technique", "stalwart oak beams"),
#: words for animals ("feral cats"), oddity and panic ("a weird noise"), weakness ("a
#: feeble light"), vanity ("a vain attempt") and discontent.
PEOPLE_ONLY = frozenset(
    {"devotion", "virtue", "dehumanising", "normality", "weakness", "vanity", "discrediting"}
)


def _quoted(tok: Token) -> bool:
    """The token lies inside a quotation (a speaker's words or a title)."""
    return any(q.start < tok.idx < q.end for q in doc_quotes(tok.doc))


def judgement_adjectives_on_things(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A judgement adjective right before a common noun that is not a person or an act
    (those are :func:`kit.lenses.judgement.judgement_adjectives`' frames)."""
    lex = lex or default_lexicon()
    hits = scan(doc, lex) if hits is None else hits
    found = hits.get("judgement_adjective", ())
    if not found:
        return
    frames = lex.set_of("act_noun") | lex.set_of("manner_noun")
    # a noun some other class already judges ("a cowardly stunt"): that mark holds both
    judged = {i for found_hits in hits.values() for h in found_hits for i in range(h.start, h.end)}
    for hit in found:
        tok = doc[hit.end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound") or head.pos_ != "NOUN" or head.i <= tok.i:
            continue
        if hit.word.strict or hit.word.category in PEOPLE_ONLY:
            continue
        if head.lemma_.lower() in frames or head.i in judged or is_person(head, lex):
            continue
        unless = hit.word.unless
        if unless and (head.lemma_.lower() in unless or head.lower_ in unless):
            continue  # "a cruel winter", "the noble gases": the word's literal sense
        if in_name(doc[hit.start : hit.end]) or (tok.is_title and not tok.is_sent_start):
            continue
        if _quoted(tok) or literal_context(sentence_of(tok), lex, ("legal",)):
            continue
        yield make(
            doc, hit, lex, "judgement_adjective_thing",
            f"{target_of(head)} (and whoever is behind it)",
        )  # fmt: skip


THING_ADJECTIVE_RULES = (judgement_adjectives_on_things,)
