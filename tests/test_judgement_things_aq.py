"""A judgement adjective said of a thing (labelsAQ), learned from rounds AN-AP and counted
across the 667 practice keys (keyed items missed / plain uses or traps newly marked /
rounds): a verdict on behaviour right before a common noun that is not a person or an act,
in the writer's own words ("a snooty story", "whose valiant efforts") (11 / 0 / 10); the
literal senses are kept out by each word's ``unless`` ("a cruel winter", "the noble
gases", "spoilt ballots"), and words said only of people ("a dedicated bus lane", "a weird
noise") by their category.

Sentences written for this file (none copied from data/); GUARDS are literal look-alikes
that stay unmarked.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers
from test_judgement import finds

from kit.lenses.judgement_things import judgement_adjectives_on_things as RULE

THINGS = [
    ("The mayor's sleazy little empire of car parks was sold on Tuesday.", "sleazy"),
    ("The lifeboat crew, whose valiant efforts lasted all night, reached the yacht at dawn.",
     "valiant"),
    ("The firm makes its money from a grubby trade in unpaid invoices.", "grubby"),
    ("The chancellor then read out the most timid budget in a decade.", "timid"),
    ("The gift shop now sells sanctimonious tote bags to the tourists.", "sanctimonious"),
]

GUARDS = [
    "It was a cruel winter on the farm, and the ewes suffered.",
    "The noble gases do not react easily with other elements.",
    "The returning officer said the spoilt ballots had been set aside.",
    "Loyal troops retook the radio station before dawn.",
    "The council built a dedicated bus lane along the ring road.",
    "She heard a weird noise in the loft at midnight.",
    "The slippery path down to the cove was closed after the rain.",
    "A crooked line of posts ran along the old field boundary.",
    "The manager said the defeat was \"a cruel way to lose a final\".",
    "Families played a round of Crazy Golf on the seafront.",
    "She was charged with reckless driving after the crash.",
    "The closure of the mill was a cruel blow for the village.",
    "The pioneering technique was first used in a hospital in 1998.",
    "The alarm gave a shrill whistle as the smoke reached the stairs.",
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_a_judgement_adjective_on_a_thing_is_emotive(nlp, text, word):
    assert ("judgement_adjective_thing", "emotive", word) in finds(nlp, text, RULE)
    assert covers(nlp, text, word, "emotive")


@pytest.mark.parametrize("text", GUARDS)
def test_a_literal_sense_a_quotation_or_a_name_is_not_marked(nlp, text):
    assert finds(nlp, text, RULE) == []
