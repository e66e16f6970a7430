"""Loaded recall by form (loadedX): figures of handling, craving and crowds told of
people, a host of people named as an army, moods told as tantrums, collapse said of a
body, people named by their age, and the literal senses that stay unmarked.

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
        # handling figures (kit/lenses/judgement_handling.py)
        ("The clinic airbrushed the cure claims from its leaflets.", "airbrushed", "emotive"),
        ("The press office churned out statements praising the scheme.", "churned out", "emotive"),
        ("The landlord jacked up the rent by a third in March.", "jacked up", "emotive"),
        ("The operator is hiking fares on every route from May.", "hiking", "emotive"),
        ("The county is itching to sell the old depot.", "itching", "emotive"),
        ("An estate agent was parachuted in to run the theatre.", "parachuted in", "emotive"),
        ("Her admirers swarmed the comments within the hour.", "swarmed", "emotive"),
        # a host of people named as an army
        ("The trust hired an army of consultants.", "army of consultants", "labeling"),
        ("A gaggle of press officers followed the mayor.", "gaggle of press officers", "labeling"),
        # moods told as tantrums, with no words reported (judgement_figures.charged_speech)
        ("The treasurer seethed while the vote was counted.", "seethed", "emotive"),
        ("Mr Callow simpered and straightened his tie.", "simpered", "emotive"),
        ('"We have nothing to hide," fumed Imelda Rourke, the chair.', "fumed", "emotive"),
        # collapse said of a body, or for someone (judgement.capitulations)
        ("The governors have meekly rolled over.", "rolled over", "emotive"),
        ("The parish council rolled over for the developer.", "rolled over", "emotive"),
        # labels (judgement.yaml servility)
        ("The chair and his two faithful nodders voted it through.", "nodders", "labeling"),
        ("The agency sent its hired guns to face the residents.", "hired guns", "labeling"),
        # an age used as the noun for a person; praise of pluck
        ("The tireless 70-year-old still runs the allotment society.", "tireless", "emotive"),
        ("The doughty treasurer refused to give way.", "doughty", "emotive"),
        ("The pioneering choreographer opened the season.", "pioneering", "emotive"),
        # a war word used as a plain verb does not make the sentence a war
        ("Families are fleeced by a landlord who forces them to pay.", "fleeced", "emotive"),
    ],
)
def test_loaded_by_form(nlp, text, span, label):
    assert (span, label) in marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The studio airbrushed the photograph before it went to print.", "airbrushed"),
        ("The creamery churned out four hundred pats of butter a day.", "churned out"),
        ("They hiked up the ridge in the rain.", "hiked"),
        ("My arm was itching after the walk through the nettles.", "itching"),
        ("The paratroopers parachuted into the valley before the battle.", "parachuted"),
        ("Bees swarmed the hive in the orchard.", "swarmed"),
        ("A herd of cattle blocked the lane for an hour.", "herd"),
        ("The general led an army of 40,000 soldiers across the river.", "army"),
        ("The sea seethed around the rocks below the lighthouse.", "seethed"),
        ("The puppy rolled over and went to sleep.", "rolled over"),
        ("She rolled over and went back to sleep.", "rolled over"),
        ("The company folded in 2019.", "folded"),
        ("The ranch hired guns to guard the herd.", "hired guns"),
        ("A 200-year-old oak shades the tireless gardeners' hut.", "200-year-old"),
        ("The pioneering technique was first used in 1998.", "pioneering"),
    ],
)
def test_literal_senses_stay_unmarked(nlp, text, span):
    assert not covers(nlp, text, span)


def test_an_age_names_the_person_in_the_explanation(nlp):
    doc = nlp("The indefatigable 58-year-old still sweeps the hall every Sunday.")
    spans = [s for s in doc.spans["loaded"] if s.text == "indefatigable"]
    assert spans and "58-year-old" in spans[0]._.kit_explanation


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Riders are stranded by rail giant Corvane Lines.", "rail giant", "labeling"),
        ("The coffee giant declined to comment.", "coffee giant", "labeling"),
        ("The council's budget jockeys want the library shut.", "budget jockeys", "labeling"),
        ("The board is colossally pleased with itself.", "colossally", "intensifier"),
        ("It was an epically clumsy apology.", "epically", "intensifier"),
        ("His spare-room tenants are itching to leave.", "itching", "emotive"),
    ],
)
def test_mock_trades_and_size_intensifiers(nlp, text, span, label):
    assert (span, label) in marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Neptune is an ice giant far beyond Saturn.", "giant"),
        ("The disc jockeys played until dawn.", "jockeys"),
        ("Two apprentice jockeys rode at Ludlow on Monday.", "jockeys"),
        ("The dog salivated at the smell of the roast.", "salivated"),
        ("The rash was itching all night.", "itching"),
    ],
)
def test_mock_trade_and_craving_look_alikes(nlp, text, span):
    assert not covers(nlp, text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The artistic director deigned to take three questions.", "deigned"),
        ("The trust finally saw fit to reply to the petition.", "saw fit"),
        ("The mayor graced the opening with his presence for a quarter of an hour.", "graced"),
        (
            "She waved the petition away with the easy confidence of a woman who has "
            "never paid a bill.",
            "with the easy confidence of a woman who has never paid a bill",
        ),
        ("The treasurer was thanked in the voice normally reserved for a parking fine.",
         "in the voice normally reserved for a parking fine"),
    ],
)
def test_mockery_by_form(nlp, text, span):
    assert (span, "emotive") in marks(nlp, text)


def test_a_mock_portrait_with_an_adverb_of_evidence_is_a_claim(nlp):
    text = "The new chair, a woman who has plainly never read the constitution, opened it."
    got = marks(nlp, text)
    assert any(
        label == "unattributed_claim" and "plainly never read" in s for s, label in got
    ), got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The judge saw fit to grant bail on Tuesday.", "saw fit"),
        ("Flowers graced the tables at the reception.", "graced"),
        ("She reached the road with the help of a man who lived nearby.", "with the help"),
        ("Two rows are reserved for members at every performance.", "reserved"),
        ("Jo Hale, a farmer who has never sold land, opposed the plan.", "a farmer"),
        ("The committee saw the report on Monday.", "saw"),
    ],
)
def test_mockery_look_alikes(nlp, text, span):
    assert not covers(nlp, text, span)


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("The founder ran the charity like a feudal lord.", "like a feudal lord", "emotive"),
        ("She runs the choir like a sergeant-major.", "like a sergeant-major", "emotive"),
        ("He called it flawed. For once, he is right.", "For once,", "unattributed_claim"),
        ("Ms Quill has swaggered into politics with a podcast.", "swaggered", "emotive"),
    ],
)
def test_despots_grudges_and_swaggers(nlp, text, span, label):
    got = marks(nlp, text)
    assert any(s.startswith(span) or span in s for s, lab in got if lab == label), got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He dressed like a prince for the pantomime.", "like a prince"),
        ("The children strolled into the park after lunch.", "strolled"),
    ],
)
def test_despot_and_swagger_look_alikes(nlp, text, span):
    assert not covers(nlp, text, span)


def test_fear_in_its_strongest_terms_but_not_stone(nlp):
    assert ("terrified", "emotive") in marks(nlp, "The stage crew are terrified.")
    assert not covers(nlp, "The museum shows a slab of petrified wood.", "petrified")
