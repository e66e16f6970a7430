"""Hedge and booster senses of the modalsAH round, each with sentences of the same word
on the other side: a cue inside a quoted title in title case ('won with "It May Be
Monday"') against a quoted sentence; "might/may as well" before its verb (no better
course) against "as well" after it; "I/we may be ..., but ..." of a speaker's own
concession against "may be" of others or with a modal after "but"; "everyone" spoken
to ("Thank you, everyone.") against "everyone" in the clause; "every" before a named
feast day ("every Boxing Day") against "every" of a claim; "you may also/instead" with
an act a service offers against "you may also" of what may befall the reader; a future
word inside a possessive ("for next year's fair") against one that times the clause;
"may" of visitors getting about a place ("may climb the tower") against "may walk
out"/"stay away"; "believe" of a person (trust) against "believe" of a view; "could
always" of a fallback offered to "you"/"we" against "always" of an ability or a habit;
"clearly" on two participles, one of marking out, against "clearly" of a claim; a
fragment vouched for ("Thorough, certainly.") against a plain "Yes, certainly."; a
relative clause claiming none ("a charity that hurt nobody") against a description
("the corner nobody sees"). Every sentence here was written for this file.
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
    ("You may also write to the clerk.", "may"),
    # a future word that names the thing acted on, not the time of the act
    ("Stallholders may book pitches for next year's fair from the website.", "may"),
    # a way about a place that its visitors or members are let go
    ("Visitors may climb the bell tower.", "may"),
    ("Members may still ride the old bridleway.", "may"),
    # the users of a parish, a rate or a licence
    ("Parishioners may view the minutes at the church office.", "may"),
    ("The board said existing operators may apply for a new licence.", "may"),
    # a shop front where a thing is had
    ("Raffle tickets may be bought at the corner shop.", "may"),
    # believing a person: trust, not a view
    ("We believe him.", "we believe"),
    ("I believed her completely.", "i believed"),
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
    ("Members may walk out if the deal collapses.", "may"),
    ("Pupils may walk to school in the dark.", "may"),
    ("Residents may walk to the shops instead.", "may"),
    ("Shoppers may walk away from the high street.", "may"),
    ("Visitors may stay away this summer.", "may"),
    ("Operators may raise fares next year.", "may"),
    ("The land may be bought by developers.", "may"),
    ("I believe him to be honest.", "i believe"),
    ("I believe the plan will fail.", "i believe"),
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
    # a fallback offered to "you" or "we"
    ("You could always ask at the desk.", "always"),
    ("We can always try again next year.", "always"),
    # "clearly" on participles of marking out, one of them a verb of showing
    ("The pitches are clearly staked and numbered.", "clearly"),
]

BOOSTERS = [
    ("Everyone agreed the plan was sound.", "everyone"),
    ("Everyone knows the bridge is unsafe.", "everyone"),
    ("Sales have risen every year since 2015.", "every"),
    ("Every May contract was signed late.", "every"),
    ('"Never again," she said.', "never"),
    ("She could always swim.", "always"),
    ("Prices always rise in winter.", "always"),
    ("The council clearly ignored and dismissed the petition.", "clearly"),
    # the writer vouching for a fragment's word
    ("The board calls its audit thorough. Thorough, certainly.", "certainly"),
    ("Longer queues, certainly.", "certainly"),
    # a relative clause that still claims none
    ("A charity that hurt nobody has been shut down.", "nobody"),
    ("The form asks for a code no one was ever given.", "no one"),
]

BOOSTER_TRAPS_REPLIES = [
    ('"Yes, certainly," she said.', "certainly"),
    ("Oh, certainly.", "certainly"),
    ('"Certainly," he said.', "certainly"),
    ("It is the corner nobody sees.", "nobody"),
    ("She keeps a diary that nobody reads.", "nobody"),
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


@pytest.mark.parametrize(("text", "word"), BOOSTER_TRAPS_REPLIES)
def test_replies_and_descriptions_unmarked(nlp, text: str, word: str) -> None:
    assert word not in booster_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), BOOSTERS)
def test_boosters_still_marked(nlp, text: str, word: str) -> None:
    assert word in booster_words(nlp, text)
