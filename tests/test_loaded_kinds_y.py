"""Loaded recall by kind (loadedY): plans thrown away and people dumped, office-holders
ambushed, mock portraits by a made-up feat, reputations asserted with no source, and
the literal senses and look-alikes that stay unmarked (a period named, a trade in a
list of shops, ground blasted by engineers, a phrase quoted from the one who thanked).

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers


def marks(nlp, text):
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # a plan thrown away, a person dumped (judgement_force.yaml discard_verb)
        (
            "The licensing panel tossed out the brewery's proposal in ten minutes.",
            "tossed out",
            "emotive",
        ),
        ("The trustees binned the scheme before it reached a vote.", "binned", "emotive"),
        ("The singer has dumped her agent of twenty years.", "dumped", "emotive"),
        ("Ministers swept aside the objections of three councils.", "swept aside", "emotive"),
        ("The presenter was axed from the quiz show in March.", "axed", "emotive"),
        ("The comedian torched his old producers in a podcast.", "torched", "emotive"),
        # an office-holder ambushed (ambush_verb)
        (
            "The chairman was ambushed at the annual meeting by a motion of no confidence.",
            "ambushed",
            "emotive",
        ),
        (
            "Two trustees blindsided the treasurer with a vote on the accounts.",
            "blindsided",
            "emotive",
        ),
        # a mock portrait by a made-up feat (judgement_mockery.mock_feats)
        (
            "The bursar, a man who could talk a parrot into silence, read the figures aloud.",
            "a man who could talk a parrot into silence",
            "labeling",
        ),
        (
            "The board, five directors who could not boil an egg in a kettle between them, "
            "approved the menu.",
            "five directors who could not boil an egg in a kettle between them",
            "labeling",
        ),
        # the same when the parser takes the clause for the sentence's own
        (
            "On Monday the parish council, nine members who between them could not find the "
            "village green with a compass, rejected the bid.",
            "nine members who between them could not find the village green with a compass",
            "labeling",
        ),
        # a reputation with no one named who holds it (judgement_repute.unsourced_repute)
        (
            "Ines Varga, the chef widely credited with putting the town on the map, opened a "
            "second café.",
            "the chef widely credited with putting the town on the map",
            "unattributed_claim",
        ),
        (
            "The bakery is generally regarded as the best in the valley.",
            "generally regarded as the best in the valley",
            "unattributed_claim",
        ),
        # a made thing spoiled, told as a killing (judgement_works.ruined_works)
        ("The kitchen murdered a perfectly good rack of venison.", "murdered", "emotive"),
        ("The brass band massacred the anthem before kick-off.", "massacred", "emotive"),
        ("The chef took a classic Basque stew and butchered it.", "butchered", "emotive"),
        # a comparison of conditions
        ("Patients on the ward face medieval conditions.", "medieval", "emotive"),
    ],
)
def test_loaded_by_kind(nlp, text, span, label):
    assert (span, label) in marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The caretaker tossed out the old sofa and dumped the rubbish behind the shed.",
            "tossed out",
        ),
        ("The caretaker tossed out the old sofa and dumped the rubbish behind the shed.", "dumped"),
        ("The judge threw out the case against the builder.", "threw out"),
        ("The patrol was ambushed near the border and two soldiers were wounded.", "ambushed"),
        (
            "The new cook, a woman who could not find a flat in the city, sleeps above the bar.",
            "could not find",
        ),
        (
            "Jo Hale, a builder who could turn a barn into a home in a month, gave evidence.",
            "could turn",
        ),
        (
            "The steward, a man who could not attend because of illness, sent his deputy.",
            "could not attend",
        ),
        ("The drug is widely used in hospitals and widely available in pharmacies.", "widely"),
        ("The chef is widely praised by critics for her fish.", "widely praised"),
        (
            '"She is widely regarded as the finest cook in the valley," said her agent.',
            "widely regarded",
        ),
        (
            "Experts said the coin was probably medieval and had been lost on the old road.",
            "medieval",
        ),
        ("The village has a butcher, a cricket club, a school and a pub.", "butcher"),
        ("The groom dumped the wrapping paper in a bin by the door.", "dumped"),
        ("Rioters torched a police car on the ring road.", "torched"),
        ("The forester axed the dead oak by the gate.", "axed"),
        ("The farmer slaughtered two lambs for the wedding.", "slaughtered"),
        ("The butcher butchered a side of pork on Friday.", "butchered"),
        ("The gunman murdered a shopkeeper in 1998.", "murdered"),
        ("Engineers blasted a cutting through the hill in April.", "blasted"),
        ("The quarry blasts the hillside twice a day.", "blasts"),
        ('She thanked me for my "loyal service" and sat down.', '"loyal service"'),
    ],
)
def test_literal_senses_and_look_alikes_stay_unmarked(nlp, text, span):
    assert not covers(nlp, text, span)


def test_a_feat_names_whom_it_mocks(nlp):
    doc = nlp(
        "Ned Pask, the club's treasurer, a man who could bore a choir into silence, "
        "read the minutes."
    )
    spans = [s for s in doc.spans["loaded"] if s.label_ == "labeling"]
    assert spans and "Pask" in spans[0]._.kit_explanation


def test_a_label_in_a_list_of_people_keeps_its_mark(nlp):
    assert covers(nlp, "The butcher of the valley, a man feared by all, was jailed.", "butcher")
