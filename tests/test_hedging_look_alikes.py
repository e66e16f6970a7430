"""Look-alikes of hedges on text nobody here wrote (issue 11, round F's hedge traps
taken as classes): "could" describing what a person in a past sentence was able to
do, "could" of an option a company says customers have, "may" in an institution's
standing notice (permission), and "appear on/before X to ..." (showing up, with a
purpose). Each trap has a hedge beside it that must still be marked. Every sentence
here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


@pytest.mark.parametrize(
    "text",
    [
        # a person described by what they could do, in a past sentence
        "She was the last ferryman on the river who could row against the spring tide.",
        "He had a brother who could mend any engine on the island.",
        # an option a company says its customers have
        'A spokesman told us that the gym "values every member" and that customers could '
        "cancel online at any time.",
        # an institution's standing notice
        "Letters may be edited for length and clarity.",
        "Calls may be recorded for training purposes.",
        "Submitted photographs may be archived by the library.",
        # showing up somewhere, to do something
        "The minister appeared on a radio phone-in on Friday to defend the cuts.",
        "The chief constable appeared before the committee to explain the overspend.",
    ],
)
def test_ability_options_notices_and_showing_up_are_no_hedges(nlp, text):
    assert hedge_words(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voters want a leader who could win back the coast.", "could"),
        (
            "The union said the grant was a lifeline for growers who could otherwise "
            "lose a whole crop.",
            "could",
        ),
        ("A spokesman told us that prices could rise again in the spring.", "could"),
        ("Homes near the river may be flooded tonight.", "may"),
        ("The figures may be wrong.", "may"),
        ("The minister appeared to defend the cuts.", "appeared"),
    ],
)
def test_possibility_beside_them_is_still_a_hedge(nlp, text, word):
    assert word in hedge_words(nlp, text)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("A second wave of closures was possible by the autumn, the analyst said.", "possible"),
        ("A settlement now looks probable.", "probable"),
        ("A breach of the dam is conceivable after a wet winter.", "conceivable"),
    ],
)
def test_a_possibility_said_of_an_event_is_a_hedge(nlp, text, hedge):
    assert hedge in hedge_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is possible to cycle to the coast in a day.",  # what can be done
        "Tickets are possible to buy at the gate.",
        "Anything is possible on cup day.",  # a saying, no event weighed
        "The figures looked plausible to the auditors.",  # believable, not possible
        "It was the best possible result.",  # inside a description
    ],
)
def test_what_can_be_done_is_no_possibility_hedge(nlp, text):
    assert not {"possible", "probable", "plausible"} & set(hedge_words(nlp, text))


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


@pytest.mark.parametrize(
    ("text", "booster"),
    [
        ('"I am certain the pump was switched off," the keeper said.', "certain"),
        ("We are quite sure that the ferry will run on time.", "quite sure"),
        ("I am convinced this road will flood again.", "convinced"),
    ],
)
def test_a_speaker_vouching_for_a_claim_is_a_booster(nlp, text, booster):
    assert booster in booster_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "I was sure of it then.",  # no claim vouched for
        "I am certain to be late for the ferry.",  # a prediction about me
        "She was sure the pump had been switched off.",  # her state of mind, reported
        "A certain keeper left the light on.",  # a determiner
    ],
)
def test_being_sure_of_a_thing_or_being_someone_else_is_no_booster(nlp, text):
    assert not {"certain", "sure", "convinced"} & set(booster_words(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper may return from injury for the derby, the coach added.",
        "She may appeal the ruling next month.",
        "Mr Hald may visit the island again in spring.",
    ],
)
def test_may_said_of_one_person_weighs_what_will_happen(nlp, text):
    assert "may" in hedge_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents may return to their flats on Friday.",  # a class of people
        "Each member may bring one guest to the final.",
        "You may return unworn shoes within 30 days.",
    ],
)
def test_may_said_of_a_class_of_people_is_permission(nlp, text):
    assert "may" not in hedge_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Neither agency has offered evidence that could be verified by outsiders.",  # capacity
        "The ministry has shown us nothing we could test.",
        "The planner proposed that a lower speed limit be introduced.",  # a proposal
    ],
)
def test_what_can_be_checked_and_a_proposal_are_no_hedges(nlp, text):
    assert not {"could", "proposed", "suggested"} & set(hedge_words(nlp, text))


def test_a_possibility_in_a_relative_clause_is_still_a_hedge(nlp):
    assert "could" in hedge_words(nlp, "Forecasters warned of gusts that could topple trees.")
    assert "suggested" in hedge_words(
        nlp, "The survey suggested that a levy would be unpopular."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The scans do not establish who fired first.",  # no proof claimed
        "The footage showed the crowd surging towards the gate.",  # a picture of it
        "Get our briefing in your inbox every weekday.",  # a timetable
    ],
)
def test_a_denied_proof_a_picture_and_a_timetable_are_no_boosters(nlp, text):
    assert booster_words(nlp, text) == []


def test_proof_and_a_claim_about_all_are_still_boosters(nlp):
    assert "prove that" in booster_words(nlp, "The tests prove that the well is clean.")
    assert "every" in booster_words(
        nlp, "The board has met the regulator every month for ten years."
    )
