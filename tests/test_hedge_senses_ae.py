"""Trap senses of the hedging words (sensesAE), each with sentences of the same words that
must stay marked: a collection point's arrangement ("people could drop off tins at the
hall", "Donors may leave coats at the library"); a request sent in by a deadline, also
when reported ("Tenders may be submitted until 30 June, the board said"); a capacity in
beds ("the barn could sleep 20 walkers"); a "could" under a verb of doubting; a proposal
put in a bare subjunctive the tagger read as a past ("suggested the club cut its fees");
a device's use in a past "when" clause in the passive; the go-ahead "may now begin work";
discerning "could tell"; the phrases "as far as I can tell" and "to our knowledge"; a
writer's one-word answer to their own question ("Clearly not."); and "a bridge nobody
asked for". Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


TRAPS = [
    ("The organiser said people could drop off tins at the scout hut between 9am and noon.",
     "could"),
    ("Donors may also leave coats at Brackley community centre.", "may"),
    ("The warden said residents could hand in old batteries at the depot on weekdays.", "could"),
    ("Tenders may be submitted until 30 June, and site visits will start next month, the "
     "board said.", "may"),
    ("In summer the old barn could sleep 20 walkers.", "could"),
    ("He said the committee was keen, though he doubted they could fix the roof by winter.",
     "could"),
    ("The pier had a folding gate, which could be closed when a gale was forecast.", "could"),
    ("Harbourline may now begin work on the new slipway.", "may"),
    ("The parish council may now proceed with the sale of the old school.", "may"),
    ("I could tell at once the engine was wrong.", "could"),
    ("She could tell the difference between the two cheeses.", "could"),
]

KEPT = [
    ("The organiser said prices could drop at the market between now and Easter.", "could"),
    ("Fans may leave the ground early if the rain continues.", "may"),
    ("More claims may be made, lawyers fear.", "may"),
    ("The drought may continue until March.", "may"),
    ("The old barn could collapse in a storm.", "could"),
    ("He doubted the figures, which could be wrong.", "could"),
    ("The pier could be closed when the storm arrives next week.", "could"),
    ("Prices may now rise.", "may"),
    ("The firm may now begin to cut jobs.", "may"),
    ("She could tell the police what she saw.", "could"),
    ("The inquiry could tell us more about the fire.", "could"),
    ("She may have known.", "may"),
    ("It could be years before the road reopens.", "could"),
    ("The wall could fail.", "could"),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_trap_sense_is_not_a_hedge(nlp, text, word):
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_real_hedge_of_the_same_word_stays(nlp, text, word):
    assert word in hedge_words(nlp, text)


def test_subjunctive_after_suggested_is_a_proposal(nlp):
    text = "The treasurer had suggested the club cut its fees for juniors."
    assert "suggested" not in hedge_words(nlp, text)


def test_suggest_of_evidence_stays_a_hedge(nlp):
    assert "suggest" in hedge_words(nlp, "The figures suggest inflation rose in spring.")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The landlord has never, as far as I can tell, fixed a single leak.",
         "as far as i can tell"),
        ("The trust has, to our knowledge, never asked the village.", "to our knowledge"),
        ("To the best of my knowledge, the ferry has never been late.",
         "to the best of my knowledge"),
    ],
)
def test_knowledge_limits_are_hedges(nlp, text, phrase):
    assert phrase in hedge_words(nlp, text)


def test_knowledge_that_reaches_someone_is_no_hedge(nlp):
    text = "It came to our knowledge that the accounts were late."
    assert "to our knowledge" not in hedge_words(nlp, text)


def test_writer_answering_own_question_boosts(nlp):
    text = "Did the board read the petition? Obviously not. The vote went ahead."
    assert "obviously" in booster_words(nlp, text)


def test_interviewee_reply_is_not_a_booster(nlp):
    text = '"Will you stand down?" "Certainly not," she said.'
    assert "certainly" not in booster_words(nlp, text)


def test_nobody_asked_for_is_absolute(nlp):
    text = "The council spent £3 million on a footbridge nobody asked for."
    assert "nobody" in booster_words(nlp, text)


def test_nobody_describing_a_place_is_not_absolute(nlp):
    text = "They painted the corner nobody sees."
    assert "nobody" not in booster_words(nlp, text)


def test_nobody_of_a_marked_off_class_is_not_absolute(nlp):
    text = 'The board is planning a "wellbeing hub" that nobody who works here asked for.'
    assert "nobody" not in booster_words(nlp, text)
