"""Plain senses of hedge and booster words that must stay unmarked (permissionAE), each
with a sentence of the same word that keeps its mark: a modal named in quotation marks;
"may" of a class (a bare plural of runners or dogs, "those with ..."), with a bound
("but not the hall"); "anyone who could ..." as the test to pass; a fire seen from miles
away among past events; "contends ... would"; "could clearly remember"; "has shown us
what it thinks"; and a hedge inside a quoted clue or motto. Every sentence here was
written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


HEDGE_TRAPS = [
    ('The notice promises a refund. Look at the sly little "could" in its second line.',
     "could"),
    ("The organisers said swimmers may still enter the relay in costume.", "may"),
    ("Those with a season pass may apply for a second card.", "may"),
    ("Horses on halters may come into the paddock but not the stable yard.", "may"),
    ("The baker said he would give a loaf to anyone who could guess its weight.", "could"),
    ("On Tuesday the smoke could be seen from Arnwick, four miles away, and crews fought "
     "the blaze until dawn, the brigade said.", "could"),
    ("The operator contends the new mast would be barely noticeable from the lane.", "would"),
]

HEDGE_KEPT = [
    ("Cyclists may face delays on the ring road.", "may"),
    ("Those with a season pass may lose their discount next year.", "may"),
    ("Wolves may come into the valley this winter.", "may"),
    ("Anyone who could be affected by the closure should call the council.", "could"),
    ("The developer said the mast could be heard from a mile away.", "could"),
    ("The plan may fail.", "may"),
    ("The wall could fail in a storm.", "could"),
]


@pytest.mark.parametrize("text, word", HEDGE_TRAPS)
def test_plain_senses_are_not_hedges(nlp, text, word):
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize("text, word", HEDGE_KEPT)
def test_possibilities_stay_hedges(nlp, text, word):
    assert word in hedge_words(nlp, text)


def test_quoted_clue_is_named_not_claimed(nlp):
    text = 'Her favourite clue, "Perhaps a fish sings at dawn (5)", baffled the whole village.'
    assert "perhaps" not in hedge_words(nlp, text)
    kept = 'Perhaps a fish sings at dawn, the warden said.'
    assert "perhaps" in hedge_words(nlp, kept)


BOOSTER_TRAPS = [
    ("The old keeper said he could clearly remember the night the lamp failed.", "clearly"),
    ("Her grandson said she could clearly hear the trains from her bed.", "clearly"),
    ("This week the board has shown us exactly what it thinks of the tenants.", "shown"),
]

BOOSTER_KEPT = [
    ("The minister is clearly wrong about the figures.", "clearly"),
    ("The audit has shown us that the fund was badly run.", "shown"),
]


@pytest.mark.parametrize("text, word", BOOSTER_TRAPS)
def test_plain_senses_are_not_boosters(nlp, text, word):
    assert word not in booster_words(nlp, text)


@pytest.mark.parametrize("text, word", BOOSTER_KEPT)
def test_certainty_stays_a_booster(nlp, text, word):
    assert any(w.startswith(word) for w in booster_words(nlp, text))


def test_a_missed_good_use_is_no_guess(nlp):
    text = "The council wastes money that could have been spent on nurses."
    assert "could" not in hedge_words(nlp, text)
    text = "Every week the depot burns furniture that could have been repaired."
    assert "could" not in hedge_words(nlp, text)
    kept = "Investigators are checking files that could have been accessed by hackers."
    assert "could" in hedge_words(nlp, kept)
    kept = "Police are tracing a van that could have been sold abroad."
    assert "could" in hedge_words(nlp, kept)
