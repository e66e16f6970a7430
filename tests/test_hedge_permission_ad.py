""""could"/"may" of an opportunity or permission open to someone (permissionAD), not a
guess: a chance reported under a saying verb, also when the parser hangs the "that"
clause on "said in a statement"; an open class ("anyone could join"); a chance newly
open ("the association could now apply"); a subjectless echo ("Could apply!") of the
sentence before; a paper's readers invited to write; a notice's "at the door"; and a
thing's size against a space ("could fit in the loft"). Each trap has a sentence of the
same word that must stay marked. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


TRAPS = [
    ("Wexmoor Borough Council said in a statement that no ruling had been made and that the "
     "association could apply for a heritage grant.", "could"),
    ("The board said that it was proud of the volunteers and that charities could bid for "
     "money from a new lottery pot.", "could"),
    ("The rowing club said the regatta would start at noon and that anyone could enter.",
     "could"),
    ("The treasurer said the new constitution meant the association could now apply for a "
     "share of the college's fund.", "could"),
    ("The council said the choir could apply for a rehearsal grant. Could apply! After "
     "twenty years of asking.", "could"),
    ("Readers may send comments on this column to the editor.", "may"),
    ("Programmes may be bought at the door, and under-fives go free.", "may"),
    ("They chose a narrower wardrobe, which could fit in the spare bedroom.", "could"),
    ("The new sofa could fit through the front door.", "could"),
]

KEPT = [
    ("Voters may send a message to the government at the next election.", "may"),
    ("Builders may bid for the contract next year.", "may"),
    ("Prices may now rise.", "may"),
    ("The fence could fail in a gale.", "could"),
    ("The council may apply for emergency funding.", "may"),
    ("Fans said anyone could win the cup this season.", "could"),
    ("The council said the club could lose its licence.", "could"),
    ("The club could now collapse.", "could"),
    ("Readers may find the ending confusing.", "may"),
    ("The merger could fit into a pattern of cuts.", "could"),
    ("She could fit in well at the new school.", "could"),
    ("Could be worse! The river could flood tomorrow.", "could"),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_permission_or_opportunity_is_not_a_hedge(nlp, text, word):
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_real_hedges_of_the_same_words_stay(nlp, text, word):
    assert word in hedge_words(nlp, text)
