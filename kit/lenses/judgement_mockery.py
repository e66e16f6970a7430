"""Mockery by form (loadedX): grand words for small acts, and mock portraits.

- :func:`mock_grandeur`: a grand verb for a small act by a person or body, to mock
  their airs: "the director deigned to answer two questions", "finally saw fit to
  apologise", "graced the meeting with her presence" (not "the judge saw fit to grant
  bail": a court's plain phrase; not "flowers graced the table": no presence);
- :func:`mock_manners`: a manner told through a mock likeness: "with the serene calm of
  a man who has never slept on a boat", "in the tone usually reserved for a wasp" (not
  "with the help of a man who lived nearby": help is no attitude; not "seats reserved
  for members": no tone);
- :func:`mock_portraits`: a person summed up as "a man who has never ...": "the site
  manager, a man who has never once worn a hi-vis vest without a photographer present"
  (not "Jo Hale, a farmer who has never sold land": a role, not a portrait).

The words of each class live in kit/lexicons/judgement_acts.yaml (``grand_verb``,
``attitude_noun``, ``portrait_noun``, ``portrait_adverb``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    literal_context,
    subject_of,
    target_of,
)
from kit.lenses.judgement_verdicts import candidates
from kit.lenses.wordlists import sentence_of

GRAND_NOTE = (
    "'{text}' dresses a small act in grand words to mock the airs of {who}: sarcasm in "
    "the writer's voice instead of saying plainly what they did."
)
MANNER_NOTE = (
    "'{text}' describes how someone behaved through a mocking likeness: the writer "
    "sneers instead of describing what they did or said."
)
PORTRAIT_NOTE = (
    "'{text}' sums a person up with a sneer in the writer's own voice, as if it were "
    "fact: say what they did, or who says so."
)


def mock_grandeur(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "deigned to answer", "saw fit to apologise", "graced ... with her presence"."""
    lex = lex or default_lexicon()
    grand = lex.set_of("grand_verb")
    for verb in candidates(doc, grand | GRACE):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        subject = subject_of(verb)
        if subject is None or not is_person(subject, lex):
            continue
        end = verb.i + 1
        if lemma in GRACE:
            # "with ... presence" on the verb or on its object ("graced the opening
            # with his presence", however the parser hangs the "with")
            heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            presence = next(
                (
                    o
                    for h in heads
                    for p in h.children
                    if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() == "presence"
                ),
                None,
            )
            if presence is None:
                continue  # "flowers graced the table"
            span = Span(doc, verb.i, verb.i + 1, label="emotive")
        elif lemma == "see":
            if doc[verb.i + 1 : verb.i + 3].text.lower() != "fit to":
                continue  # "saw the report"
            if literal_context(sentence_of(verb), lex, ("legal",)):
                continue  # "the judge saw fit to grant bail"
            span = Span(doc, verb.i, verb.i + 2, label="emotive")
        else:
            if not any(c.dep_ == "xcomp" for c in verb.children):
                continue  # "condescended" alone
            span = Span(doc, verb.i, end, label="emotive")
        note = GRAND_NOTE.replace("{text}", span.text).replace("{who}", target_of(subject))
        yield Judgement(span, note, "agreed to, chose to, attended", "mock_grandeur")


#: "graced the meeting with her presence": the verb needs "with ... presence".
GRACE = frozenset({"grace", "graced", "gracing"})


def mock_manners(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "with the serene calm of a man who ...", "in the tone usually reserved for"."""
    lex = lex or default_lexicon()
    attitudes = lex.set_of("attitude_noun")
    for noun in candidates(doc, attitudes):
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ == "with":
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            person = next((o for o in of.children if o.dep_ == "pobj"), None) if of else None
            if person is None or not is_person(person, lex):
                continue
            if not any(c.dep_ in ("relcl", "acl") for c in person.children):
                continue  # "with the calm of a nurse": a plain likeness
            span = Span(doc, prep.i, person.right_edge.i + 1, label="emotive")
        elif prep.lower_ == "in":
            reserved = _reserved_after(noun)
            if reserved is None:
                continue
            span = Span(doc, prep.i, reserved.right_edge.i + 1, label="emotive")
        else:
            continue
        yield Judgement(
            span,
            MANNER_NOTE.replace("{text}", span.text),
            "(describe what they did or said)",
            "mock_manner",
        )


def _reserved_after(noun: Token) -> Token | None:
    """ "the tone usually reserved for": "reserved" right after the noun (perhaps after
    an adverb), whatever the parser hung it on, with its "for"."""
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.i + 3, len(doc))):
        tok = doc[i]
        if tok.lower_ == "reserved" and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
        ):
            return tok
        if tok.pos_ != "ADV":
            return None
    return None


def mock_portraits(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """ "X, a man who has never once ..." (see the module)."""
    lex = lex or default_lexicon()
    adverbs = lex.set_of("portrait_adverb")
    for noun in candidates(doc, lex.set_of("portrait_noun")):
        if noun.pos_ != "NOUN" or noun.dep_ != "appos":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if clause is None:
            continue
        sneers = [c for c in clause.children if c.dep_ in ("neg", "advmod") and c.lower_ in adverbs]
        if not sneers:
            continue  # "a man who lives nearby": no sneer in the clause
        start = next((c.i for c in noun.children if c.dep_ == "det"), noun.i)
        # "a woman who has plainly spent her career ...": an adverb of evidence asserts
        # the portrait as known fact, a claim in the writer's voice; "never" alone is the
        # sneer of the words chosen
        claim = any(c.lower_ in EVIDENT for c in sneers)
        label = "unattributed_claim" if claim else "emotive"
        span = Span(doc, start, clause.right_edge.i + 1, label=label)
        yield Judgement(
            span, PORTRAIT_NOTE.replace("{text}", span.text), "(say what they did)", "mock_portrait"
        )


#: Adverbs of evidence that turn a mock portrait into a claim of fact.
EVIDENT = frozenset({"plainly", "clearly", "evidently", "obviously", "apparently"})

RULES = (mock_grandeur, mock_manners, mock_portraits)

__all__ = ["RULES", "mock_grandeur", "mock_manners", "mock_portraits"]
