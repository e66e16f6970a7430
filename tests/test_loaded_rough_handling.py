"""Rough handling and begging told as figures (issue 11, loadedAI): a charge "slapped on",
staff "jettisoned", people "booted off" or "hobbled" by a body, a motion "trampled", a
request made "cap in hand", people thrown "on the scrapheap"
(kit/lenses/judgement_force.py rough_verbs, force_verbs, figure_nouns;
kit/lexicons/judgement_force.yaml rough_verb; kit/lexicons/loaded.yaml).

Every sentence here was written for these tests (none comes from data/). Each family has
sentences it must mark and literal senses of the same words it must leave alone.
"""

from __future__ import annotations

import pytest


def emotive(nlp, text: str) -> list[str]:
    """The text of every emotive mark the whole pipeline makes."""
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "emotive"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry slapped a twenty per cent tariff on imported steel last week.", "slapped"),
        ("Ministers have slapped a ban on the sale of fireworks.", "slapped"),
        ("The regulator slapped a record fine on the water company.", "slapped"),
        ("The bank jettisoned 200 of its staff by text message.", "jettisoned"),
        ("The party has jettisoned its pledge on rail fares.", "jettisoned"),
        ("The federation booted the club out of the league.", "booted the club out"),
        ("The festival committee booted the band off the bill.", "booted the band off"),
        ("The board trampled the objections of the residents.", "trampled"),
        ("The county council shoved the market into a car park.", "shoved"),
        ("The licensing board strangled it with a clipboard.", "strangled"),
        ("The council hobbled them to a walk.", "hobbled"),
        ("The council, having gutted every youth budget it could find, will close the club.",
         "gutted"),
        ("The hospital trust will throw them on the scrapheap at fifty.", "scrapheap"),
        ("The guild has been going cap in hand for export help since 2019.", "cap in hand"),
        ("Councils will have to come to the Treasury with a begging bowl again.",
         "begging bowl"),
    ],
)
def test_rough_handling_by_a_body_is_emotive(nlp, text, word):
    assert word in emotive(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She slapped the table and walked out.",
        "He slapped a sticker on the door of the van.",
        "The pilot jettisoned fuel over the sea before landing.",
        "The airline jettisoned fuel over the sea before landing.",
        "The crew jettisoned the cargo to stay afloat.",
        "He booted the ball into the stand.",
        "The council booted up its computers on Monday.",
        "A horse trampled a steward at the show.",
        "The crowd trampled the flowers.",
        "The gang strangled him with a cord.",
        "He hobbled them with a rope.",
        "The old cars were thrown on the scrapheap at the yard.",
        "A beggar sat in the doorway with a begging bowl.",
    ],
)
def test_the_literal_senses_are_left_alone(nlp, text):
    assert emotive(nlp, text) == []
