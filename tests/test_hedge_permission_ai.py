"""Permission "may" read from the arrangement its clause names (modalsAI,
kit/lenses/hedging_arrangements.py): a class of people acting on purpose does a
deliberate act on an arrangement's terms (a limit on what they get, a deadline, an
opening time, "only", a fee, a service place) or with a rule-giver in view ("under the
scheme"). The acts here are in no list of permitted acts ("place", "sell", "bid",
"lodge", "queue up"), so what keeps them unmarked is the parse. The kept hedges are
predictions: a thing or one body as the subject, what befalls people, a change
measured by "by", a limit on what the subject does to others, an amount to reach by a
date, a report or a future word. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


PERMISSIONS = [
    "Dairy exporters may apply for bridging loans of up to 40,000 dollars.",
    "Teams may register by 14 June.",
    "Investors may place orders from 7am.",
    "Businesses may bid for up to three pitches at the fair.",
    "Under the new scheme, growers may sell their surplus to the mill.",
    "The new code says little about nets. Fishermen may land their catch in the "
    "northern harbour.",
    "Traders may lodge objections before noon.",
    "Clubs may trade players between 9am and 5pm on deadline day.",
    "Importers may store goods for up to ninety days at the bonded depot.",
    # terms passed on by the body that sets them
    "Growers may claim grants of up to 8,000 dollars, the agriculture ministry said.",
    "The market will reopen on Tuesday, and brokers may take bids from 9am, it said.",
    "Crews may sign up with the league by 2 April.",
]

PREDICTIONS = [
    "Prices may rise by up to 5% this winter.",
    "Investors may lose money on the bond.",
    "The firm may cut up to 300 jobs by March.",
    "Employers may cut up to 300 jobs.",
    "Retailers may cut prices by up to 10%.",
    "Builders may finish 300 homes by June.",
    "The investors may place orders from 7am.",
    "Analysts say investors may sell their shares by Friday.",
    "Storms may bring up to 50mm of rain by Friday.",
    "Exporters may apply for loans next year.",
    "Under the plan, thousands of families may lose their benefits.",
    "Tickets may cost up to 90 dollars at the door.",
    "Shoppers may spend more online before Christmas.",
    # a report by those who set no terms, a future word, industrial action
    "Growers may sell their herds by 2 April, dealers said.",
    "Dockers may strike from 6am on Monday, the union said.",
    "Growers may claim grants of up to 8,000 dollars next spring, the ministry said.",
    # "under" frames its own sentence only
    "Under the plan, rents will rise. Tenants may move out of the district.",
]


@pytest.mark.parametrize("text", PERMISSIONS)
def test_arranged_permission_is_not_a_hedge(nlp, text):
    assert "may" not in hedge_words(nlp, text)


@pytest.mark.parametrize("text", PREDICTIONS)
def test_predictions_keep_their_hedge(nlp, text):
    assert "may" in hedge_words(nlp, text)


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


# -- "could have" of a reproach to one person ("he", "she") --------------------------
@pytest.mark.parametrize(
    "text",
    ["He could have said a great deal more.", "She could have acted far sooner."],
)
def test_reproach_to_one_person_is_not_a_hedge(nlp, text):
    assert "could" not in hedge_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "It could have done more damage.",
        "He could have arrived 20 minutes earlier.",
        "He could have left earlier than thought.",
    ],
)
def test_guesses_about_the_past_keep_their_hedge(nlp, text):
    assert "could" in hedge_words(nlp, text)


# -- "every" of a record of taking part ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A farrier, who has worked at every county show since 1996, said he was sad.",
        "She has sung at every carol concert since 2004.",
        "He has played in every final since 2012.",
    ],
)
def test_record_of_taking_part_is_not_absolute(nlp, text):
    assert "every" not in booster_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rents have risen every year since 2015.",
        "The club has lost every match since March.",
        "The party has lost support in every poll since January.",
        "The plan has failed at every turn since 2019.",
    ],
)
def test_absolute_every_keeps_its_mark(nlp, text):
    assert "every" in booster_words(nlp, text)


# -- a booster adverb opening a partial quote after "had"; "categorically" -----------
@pytest.mark.parametrize(
    "text, word",
    [
        ('An economist said the board had "clearly misjudged" demand this spring.', "clearly"),
        ('The ministry said the report was "categorically false".', "categorically"),
        ("The club categorically denies any wrongdoing.", "categorically"),
    ],
)
def test_quoted_and_categorical_boosters_are_marked(nlp, text, word):
    assert word in booster_words(nlp, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ('The new cycle lanes are "clearly marked" now.', "clearly"),
        ('He said the maps had "clearly marked" paths for walkers.', "clearly"),
    ],
)
def test_manner_adverbs_stay_unmarked(nlp, text, word):
    assert word not in booster_words(nlp, text)


# -- "could": the past of an arrangement's permission, with its rule-giver -----------
def test_could_of_an_arrangement_is_not_a_hedge(nlp):
    text = "Under the old scheme, dairy exporters could apply for loans of up to 9,000 dollars."
    assert "could" not in hedge_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dairy exporters could apply for loans of up to 9,000 dollars.",
        "Until 2019, prices could rise by up to 5%.",
    ],
)
def test_could_without_an_arrangement_stays_a_hedge(nlp, text):
    assert "could" in hedge_words(nlp, text)
