"""Hedge and booster look-alikes learned from round K's trap senses and false marks (as
pointers to general classes of English usage; hedgeK, kit/lenses/hedging_limits.py): a
modal of a body's power over anyone of a class, of a permission granted or reported, of a
rule called to mind, a bare modal closing an "if" clause, a belief held at one moment of a
story ("When it came up I thought ..."), and "everything" marked off by place
("everything between the rows"); and, for recall, "nobody" in a non-restrictive
relative clause (", which nobody uses"). Each class has a sentence whose hedge or booster must
still be marked and a trap that must get no mark. Every sentence here was written for
this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


MARKED = [
    # a power over one person weighs an outcome
    ("The league could suspend the striker for three matches.", "hedges", "could"),
    # agreeing about a possibility, not granting
    ("Experts agreed that the bridge could collapse in a storm.", "hedges", "could"),
    ("The panel agreed he could win the seat.", "hedges", "could"),
    # a reported guess about a class of people
    ("Officials said fans could face long delays at the station.", "hedges", "could"),
    # a disclaimer about prices, reminded
    ("The manager reminded investors that prices may fall as well as rise.", "hedges", "may"),
    # an "if" clause with its verb: the main clause's "could" is a guess
    ("Prices could rise if demand holds.", "hedges", "could"),
    ("Officials said residents could face higher bills.", "hedges", "could"),
    # a view softened in the present tense ("I thought the speech went too far.", a view in
    # the past tense, was marked here until round AK: the practice keys written since leave
    # every past "I thought / believed" plain, nine of them and none keyed, precisionAK)
    ("I think the speech went too far.", "hedges", "i think"),
    ("I think the plan will fail.", "hedges", "i think"),
    # "everything" of a claim about all, beside things marked off by place
    ("Everything has changed since the merger.", "boosters", "everything"),
    ("He lost everything in the fire.", "boosters", "everything"),
    ("Everyone in the trade knows it.", "boosters", "everyone"),
    # "nobody" in a clause after a comma and "which": a claim of its own about all
    ("The council built a new footbridge, which nobody uses.", "boosters", "nobody"),
    ("The mayor, who everyone trusts, resigned.", "boosters", "everyone"),
    # how things look, without vouching that they are so
    ("The council would, by the looks of it, rather pay consultants than fix the roof.",
     "hedges", "by the looks of it"),
    ("By all appearances the club has run out of money.", "hedges", "by all appearances"),
    # "would" after an "if" that doubts a claim: what follows from it is weighed
    ("If confirmed, the find would be the oldest of its kind in Scotland.", "hedges", "would"),
    ("If so, the club would owe the taxman nearly £2m.", "hedges", "would"),
]

TRAPS = [
    # a belief in the past tense: what the speaker took to be so then (precisionAK)
    ("I thought the speech went too far.", "hedges", "i thought"),
    # a power over anyone of a class
    ("The club said the committee would meet on Thursday and could expel any member "
     "found to have cheated.", "hedges", "could"),
    ("The council may fine anyone who parks on the verge.", "hedges", "may"),
    # a permission granted
    ("He says he stayed inside the paddock the farmer had agreed he could search.",
     "hedges", "could"),
    ("The judge ruled that she could stay in the flat until March.", "hedges", "could"),
    # a permission reported (backshifted "can")
    ("The gallery said entrants could submit two paintings each.", "hedges", "could"),
    # a rule called to mind
    ("The chairwoman reminded governors that they may not vote on their own pay.",
     "hedges", "may"),
    # a bare modal closing an "if" clause: an ability the speaker lacks
    ("Half the committee would scrap the parade if they could.", "hedges", "could"),
    ("I would lend you the van if I could.", "hedges", "could"),
    ("The head said parents could apply for the breakfast club from Monday.",
     "hedges", "could"),
    # a belief held at one moment of a story
    ("When the first bus came round the corner I thought it was on fire.",
     "hedges", "i thought"),
    ("At first we thought the noise was a fox.", "hedges", "we thought"),
    # things marked off by where they are
    ("The slugs ate everything between the bean rows and the fence.", "boosters", "everything"),
    ("It was everything around the greenhouse that the frost caught.",
     "boosters", "everything"),
    # a restrictive relative clause only picks out the thing
    ("It is the corner of the garden nobody sees.", "boosters", "nobody"),
    # a thing judged or picked out by how it looks
    ("She chose the melon by the look of it, not the smell.", "hedges", "by the look of it"),
    ("Buyers often grade the wool by the look of it.", "hedges", "by the look of it"),
    # a plain if-then stays unmarked
    ("If the bridge closes, drivers would face a 20-mile detour.", "hedges", "would"),
]


@pytest.mark.parametrize(("text", "group", "word"), MARKED)
def test_still_marked(nlp, text, group, word):
    assert word in marks(nlp, text, group)


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_unmarked(nlp, text, group, word):
    assert word not in marks(nlp, text, group)
