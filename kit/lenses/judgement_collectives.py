"""Labels for groups found by their use (labelsAP, learned from round AO and rounds AO1-AO3;
word classes in ``kit/lexicons/judgement_collectives.yaml``).

A writer can sneer at a group without a single insult: "while the epaulette set found the
money", "The blazer brigade says the consultation met the rules", "The Velloquay menagerie
then preened its way down the steps". A figurative collective noun (set, brigade,
menagerie, caucus, cartel) with the writer's own modifier (a thing they wear or own, the
name of the person they follow) names people by a badge instead of saying who they are.
Counted on the 643 practice keys before the rule was written: 8 keyed labels missed, from 7
rounds, no plain phrase or trap.

Not a collective in its literal sense: a team or a crowd at a match, an army at war (a
sentence about a war or a game), a nationality ("the Durvanian army"), a size, an order, an
age group or a place in a ground ("the home crowd", "the second set", "the under-16 squad",
"the national squad"), a service
("the fire brigade"), a set of things ("a chess set"), a name ("the Boys' Brigade"), and
no bare or counted group ("a set of rules", "brigades"): the label needs the writer's
determiner (*the*, *this*, *that*).
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
    literal_context,
)
from kit.lenses.judgement_verdicts import VerdictLexicon, candidates, verdict_lexicon

#: Determiners that make the group the writer's own known one ("the epaulette set").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Entity types that make the phrase a name ("the Boys' Brigade", "The Circus Club").
NAME_TYPES = frozenset({"ORG", "FAC", "GPE", "WORK_OF_ART", "EVENT", "LOC", "PRODUCT"})
#: Roles that make a word the tagger took for a verb a noun ("the cufflink set did not
#: notice": "set" tagged as a participle, parsed as the subject).
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Modifier dependencies that build the label ("epaulette set", "pinstriped battalion").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@cache
def collective_lexicon() -> VerdictLexicon:
    """The word classes of kit/lexicons/judgement_collectives.yaml (read once)."""
    return verdict_lexicon("judgement_collectives")


def collective_labels(
    doc: Doc, lex: JudgementLexicon | None = None, hits: Hits | None = None
) -> Iterator[Judgement]:
    """A group named by a figurative collective with the writer's modifier and
    determiner: "the epaulette set", "The blazer brigade", "The Velloquay menagerie"."""
    vx = collective_lexicon()
    for noun in candidates(doc, vx["figure_collective"]):
        nominal = noun.pos_ in ("NOUN", "PROPN") or noun.dep_ in NOMINAL_DEPS
        if not nominal or noun.ent_type_ in NAME_TYPES:
            continue  # a verb ("the rules set out"), or a name ("the Boys' Brigade")
        if noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() == "set":
            continue  # "blight sets", "the sets": things, not a circle
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in DEFINITE:
            continue
        mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i]
        if not mods or not all(_telling(m, vx) for m in mods):
            continue
        if literal_context(noun.sent, lex or default_lexicon(), ("sport", "war")):
            continue  # "The Corvessa squad stands in silence before Saturday's match"
        span = Span(doc, det.i, noun.i + 1, label="labeling")
        badge = doc[mods[0].left_edge.i : noun.i].text
        yield Judgement(
            span,
            f"'{span.text}' names a group by a badge the writer picked ('{badge}') "
            f"and a collective ('{noun.text}') that makes them a clique or a troupe, "
            "instead of saying who they are.",
            "name the group or give their role (the members, the officers, her family)",
            "collective_label",
        )


def _telling(mod: Token, vx: VerdictLexicon) -> bool:
    """A modifier that describes the people by a badge, not a plain count, order, size,
    service or nationality ("the home crowd", "the second set", "the Durvanian army")."""
    if mod.like_num or mod.ent_type_ == "NORP" or mod.tag_ in ("CD", "JJR", "JJS", "RBS"):
        return False
    if any(ch.isdigit() for t in mod.subtree for ch in t.text):
        return False  # "the under-16 squad", "the 1966 squad": an age group or a year
    return mod.lower_ not in vx["plain_collective_modifier"]


#: The rules of this module, registered with the word rules in judgement.py.
RULES = (collective_labels,)

__all__ = ["RULES", "collective_labels"]
