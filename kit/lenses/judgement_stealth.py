"""Taking or putting out by stealth, told of a body's own act (labelsAP, learned from round
AO and rounds AO1-AO3; word classes in ``kit/lexicons/judgement_stealth.yaml``).

"The force's own evaluation, smuggled out on a Friday afternoon, found ...", "the closure
was sneaked out on Monday in a four-line press release", "Vorrelline is snuck into one in
five supermarket products", "Her report, which we finally prised out of the association".
The verb of smuggling or of forcing tells the reader that a body hid or held back what it
published, added or gave, a verdict with no source. Counted on the 643 practice keys before
the rule was written: 4 keyed emotive words missed, from 4 rounds, no plain use or trap.

Not a real smuggling story ("cocaine smuggled into the port", "phones smuggled into the
prison", "migrants smuggled across the border"), a person slipping away ("she sneaked out
of the house": no thing moved), a glance ("sneaked a look at the answers"), a war, nor a
lid or a stone prised loose (the force verbs need "out of" or "from" a person or body).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_lexicon import (
    Hits,
    Judgement,
    JudgementLexicon,
    default_lexicon,
    is_person,
    literal_context,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, verdict_lexicon

NEUTRAL_STEALTH = "published, released, added (say when and how)"
NEUTRAL_FORCE = "obtained from, received from"


@cache
def stealth_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_stealth.yaml (read once)."""
    return verdict_lexicon("judgement_stealth")


def stealth_acts(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A document, a decision or an ingredient smuggled or sneaked out or in ("smuggled out
    on a Friday afternoon", "was sneaked out in a press release", "is snuck into"), and
    a thing prised out of a person or body ("which we prised out of the association")."""
    vx = stealth_lexicon()
    lex = lex or default_lexicon()
    for verb in candidates(doc, vx["stealth_verb"]):
        thing = _thing_moved(verb)
        if thing is None or _plain_move(thing, verb, vx, lex):
            continue
        yield Judgement(
            Span(doc, verb.i, verb.i + 1, label="emotive"),
            f"'{verb.text}' tells how '{thing.text}' came out or went in as smuggling: the "
            "writer's verdict that it was hidden, with no source. Say when and how it was "
            "published or added.",
            NEUTRAL_STEALTH,
            "stealth_act",
        )
    for verb in candidates(doc, vx["prise_verb"]):
        holder = _held_by(verb, lex)
        if holder is None or literal_context(verb.sent, lex, ("war",)):
            continue
        yield Judgement(
            Span(doc, verb.i, verb.i + 1, label="emotive"),
            f"'{verb.text}' tells getting something from '{holder.text}' as forcing it out "
            "of their grip: the writer's verdict that they held it back. Say how it was "
            "obtained.",
            NEUTRAL_FORCE,
            "prised_from",
        )


def _thing_moved(verb: Token) -> Token | None:
    """What was smuggled or sneaked: the object, the subject of a passive ("was sneaked
    out", the tagger's "is snuck" included), or the noun a passive participle modifies
    ("The evaluation, smuggled out on a Friday")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def _plain_move(thing: Token, verb: Token, vx: VerdictLexicon, lex: JudgementLexicon) -> bool:
    """A literal move: a person or a pronoun moved, a glance, contraband, a war."""
    if thing.lower_ in vx["glance_noun"] or thing.lemma_.lower() in vx["glance_noun"]:
        return True  # "sneaked a look at the answers"
    if thing.pos_ == "PRON" and thing.lower_ != "it":
        return True  # "smuggled them across", "sneaked him in"
    if thing.pos_ != "PROPN" and is_person(thing, lex):
        return True  # "a boy was smuggled out", "the staff were sneaked in"
    sent = verb.sent
    contraband = vx["contraband_word"]
    if any(t.lower_ in contraband or t.lemma_.lower() in contraband for t in sent):
        return True  # "cocaine smuggled into the port"
    return literal_context(sent, lex, ("war",))


def _held_by(verb: Token, lex: JudgementLexicon) -> Token | None:
    """The person or body a thing was prised "out of" or "from"."""
    if verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("out", "from"):
            continue
        holders = [t for t in prep.subtree if t.dep_ == "pobj"]
        if holders and is_person(holders[-1], lex):
            return holders[-1]
    return None


#: The rules of this module, registered with the word rules in judgement.py.
RULES = (stealth_acts,)

__all__ = ["RULES", "stealth_acts"]
