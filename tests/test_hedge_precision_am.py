"""False hedge marks removed in the precisionAM round (straight reports, learned from round
AL), each with the hedging reading of the same word beside it: a bar a rule lays down
("may not compete", "may not leave until every deficiency has been put right") and the
permission beside it ("may train with her club ... but may not compete") against a guess
("the road may not reopen until Friday", "the club may not renew his contract"); an
agent's rate of work ("could run 140 trains a week") against a forecast told as a rate
("the strike could cost its members 30 million krones a day"). The traps are sentences of
the practice articles; the positives are practice sentences or written for this file
(kit/lenses/hedging_straight.py).
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


TRAPS = [
    # a bar a rule lays down on a person or a body, or until a condition is met
    ("Brevnik may train with her club during the ban but may not compete or coach.", "may"),
    (
        "A line official who worked at the tournament, and who asked not to be named because "
        "officials may not speak to the media, said umpires had been told not to overrule the "
        'system "under any circumstances".',
        "may",
    ),
    (
        "One officer at Halvergate, who asked not to be named because staff may not speak to "
        "the media, told KPB that new officers often left within months.",
        "may",
    ),
    (
        "The Kestrovan Space Agency said it would lead the investigation and that Halvorne may "
        "not launch again until the agency has approved its findings.",
        "may",
    ),
    (
        "The 4,300-container ship, which arrived from Qorvath on May 2 with a cargo of "
        "furniture and tyres, may not leave until every deficiency has been put right, the "
        "authority said.",
        "may",
    ),
    # an agent's rate of work: what they were able to do
    ("Carrbeck could run 140 trains a week at its peak in 2022.", "could"),
    (
        '"My father could dress a side of beef in ten minutes, and I\'ve kept this shop going '
        'through two recessions," he said.',
        "could",
    ),
    ('"My father could sell a whole box of mackerel in an hour here," she said.', "could"),
    (
        "\u201cHe told me, \u2018I could shear 300 ewes a day when I was young, but I cannot "
        "shear a spreadsheet.\u2019",
        "could",
    ),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_plain_senses_stay_unmarked(nlp, text, word):
    assert word not in hedge_words(nlp, text)


HEDGES = [
    # the brief's own positives
    ("The virus may spread to other farms.", "may"),
    ("It could rain on Saturday.", "could"),
    # "may not" of a state, a feeling, an outcome, a thing, a passive or a weighed chance
    ("He may not even live here.", "may"),
    ('"Restaurants may not like honest reviews, but readers certainly do," she said.', "may"),
    ("Some smaller growers may not survive another season.", "may"),
    ("The polls may not move overnight.", "may"),
    ("The road may not reopen until Friday.", "may"),
    ("The appeal, if it goes ahead, may not be heard until May.", "may"),
    ('"If the turbines go up, the birds may simply not come back," she said.', "may"),
    # a decision the subject makes for itself
    ("The club may not renew his contract.", "may"),
    ("He may win, but he may not enjoy it.", "may"),
    # a forecast told as a rate: an outcome, a threat, a thing or an event as the subject
    (
        "The Federation of Small Traders estimated that the strike could cost its members 30 "
        "million krones a day.",
        "could",
    ),
    (
        "According to a feasibility study commissioned by the trust, the restored canal could "
        "bring 90,000 visitors a year and support 60 jobs.",
        "could",
    ),
    ("The union could call 40 strikes a month.", "could"),
    ("Passengers could face delays of an hour a day.", "could"),
]


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedging_senses_stay_marked(nlp, text, word):
    assert word in hedge_words(nlp, text)


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


EVERY_TRAPS = [
    # "every" as the subject of a condition or a time limit, or in a before/after slot
    (
        "The 4,300-container ship, which arrived from Qorvath on May 2 with a cargo of "
        "furniture and tyres, may not leave until every deficiency has been put right, the "
        "authority said.",
        "every",
    ),
    (
        "The society's rules state that a match stopped by the weather counts in full if every "
        "competitor has finished their opening split and crown.",
        "every",
    ),
    (
        "The tournament said in a statement that the system had been tested before every "
        "session and would not be reviewed during the event.",
        "every",
    ),
]


@pytest.mark.parametrize(("text", "word"), EVERY_TRAPS)
def test_every_in_a_condition_stays_unmarked(nlp, text, word):
    assert word not in booster_words(nlp, text)


EVERY_BOOSTERS = [
    "Every expert agrees that the bridge is safe.",
    "When every seat was taken, the doors were shut.",
    "She has read every report.",
    "Every motorist in Gundersby knows the van.",
]


@pytest.mark.parametrize("text", EVERY_BOOSTERS)
def test_every_of_all_still_boosts(nlp, text):
    assert "every" in booster_words(nlp, text)
