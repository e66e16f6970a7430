"""Hedge and booster senses of the modalsAH round, each with sentences of the same word
on the other side: a cue inside a quoted title in title case ('won with "It May Be
Monday"') against a quoted sentence; "might/may as well" before its verb (no better
course) against "as well" after it; "I/we may be ..., but ..." of a speaker's own
concession against "may be" of others or with a modal after "but"; "everyone" spoken
to ("Thank you, everyone.") against "everyone" in the clause; "every" before a named
feast day ("every Boxing Day") against "every" of a claim; "you may also/instead" with
an act a service offers against "you may also" of what may befall the reader; a future
word inside a possessive ("for next year's fair") against one that times the clause.
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


HEDGE_TRAPS = [
    # a title in title case
    ('The company toured the county with "It May Rain Tomorrow", a farce in two acts.', "may"),
    ('The band closed with "Perhaps We Could Dance", their first single.', "perhaps"),
    ('Her novel "You Might Be Right" sold well.', "might"),
    # "might/may as well": no better course
    ('The visitors "might as well have stayed on the coach", the coach wrote.', "might"),
    ("We may as well sell the old hall now.", "may"),
    ("With the shop shut, the villagers might as well drive to town.", "might"),
    # the speaker's own concession before "but"
    ('"We may be a small club, but we are not a soft touch," the chairman said.', "may"),
    ("I may be old, but I still read the minutes.", "may"),
    ('"We may be newcomers, but we pay our rates," she said.', "may"),
    # one more way a service or a rule offers the reader
    ("Forms are at the library, and you may also write to the clerk.", "may"),
    ("You may instead pay by card at the desk.", "may"),
    ("You may alternatively apply by post.", "may"),
    # a future word that names the thing acted on, not the time of the act
    ("Stallholders may book pitches for next year's fair from the website.", "may"),
]

HEDGES = [
    ('"It may rain tomorrow," she said.', "may"),
    ("Prices might rise as well.", "might"),
    ("The bridge may as yet be saved.", "may"),
    ("We may be late, but we may still win.", "may"),
    ("Prices may be high, but wages are rising.", "may"),
    ("We may be asked to pay more.", "may"),
    ("You may also be charged a fee.", "may"),
    ("You may also find the roads busy.", "may"),
    ("Members may vote on the plan next week.", "may"),
    ("The repairs may cost more than expected.", "may"),
    ("Visitors may be disappointed.", "may"),
    ("It could rain on Sunday.", "could"),
]

BOOSTER_TRAPS = [
    # the people spoken to
    ("Well done, everyone.", "everyone"),
    ("Fill your glasses, everyone!", "everyone"),
    ('"Thank you, everybody," the mayor said.', "everybody"),
    ("Everyone, please take your seats.", "everyone"),
    # a named feast day comes round every year
    ("The race has been run on the beach every Boxing Day since 1968.", "every"),
    ("The fair opens every Easter Monday.", "every"),
    # a title in title case
    ('Her song "Never Say Never Again" topped the chart.', "never"),
]

BOOSTERS = [
    ("Everyone agreed the plan was sound.", "everyone"),
    ("Everyone knows the bridge is unsafe.", "everyone"),
    ("Sales have risen every year since 2015.", "every"),
    ("Every May contract was signed late.", "every"),
    ('"Never again," she said.', "never"),
]


@pytest.mark.parametrize(("text", "word"), HEDGE_TRAPS)
def test_hedge_traps_unmarked(nlp, text: str, word: str) -> None:
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedges_still_marked(nlp, text: str, word: str) -> None:
    assert word in hedge_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), BOOSTER_TRAPS)
def test_booster_traps_unmarked(nlp, text: str, word: str) -> None:
    assert word not in booster_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), BOOSTERS)
def test_boosters_still_marked(nlp, text: str, word: str) -> None:
    assert word in booster_words(nlp, text)
