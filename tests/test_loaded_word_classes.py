"""Classes of loaded English usage learned from round G's misses (issue 11), each with
sentences it must mark and literal or neutral senses it must leave alone.

Every sentence here was written for this file (none comes from data/). Most marked
words are in no example of the practice data, so a pass shows the class, not a list
of the round's words:

- labels of people told as servants, pets, thugs, hirelings or legends ("the
  minister's lapdog", "a mercenary", "the svengali behind the band");
- giving way told as a body folding, with nothing named that it gave way to ("the
  minister had folded", "the union backed down");
- a vice named by the act that shows it ("an act of sheer ingratitude");
- a word with a literal inside, weight or price said of words and promises ("hollow
  promises", "empty words"), and verdicts on a manner or a violent act ("a shabby
  way to treat staff", "a senseless assault");
- an amplifier joined to a charged adjective ("a senseless and completely unprovoked
  attack");
- publicity named as empty noise ("the hype", "the ballyhoo"), and a result announced
  as a turning point of history ("a historic breakthrough");
- a body's inaction told as sleep for longer than anyone sleeps ("dozed for a decade");
- a trade or a way of life wiped out by people, not by a flood ("rules that will wipe
  out hill farming");
- ruin, neglect and delay in stock figures of the press ("in tatters", "a recipe for
  chaos", "a death sentence for village pubs", "sleepwalking towards", "dragging their
  feet", "kicked ... into the long grass", "cloud cuckoo land", "living in fear").
"""

from __future__ import annotations

import pytest


def words(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of the loaded lens's word marks (claims left out)."""
    return [
        (s.text, s.label_) for s in nlp(text).spans["loaded"] if s.label_ != "unattributed_claim"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Garrow, the chancellor's loyal lapdog, voted with him again.", ("lapdog", "labeling")),
        ("The committee is stuffed with toadies and yes-men.", ("toadies", "labeling")),
        (
            "Pennick, the party's most faithful nodding dog, backed the bill.",
            ("nodding dog", "labeling"),
        ),
        ("Gangs of hoodlums hang around the car park at night.", ("hoodlums", "labeling")),
        ("Supporters called the striker a mercenary after he left.", ("mercenary", "labeling")),
        (
            "Orlan Vesk, the svengali behind the boy band, declined to comment.",
            ("svengali", "labeling"),
        ),
        ("The finance minister had buckled within a week.", ("buckled", "emotive")),
        ("After two days of talks the transport union backed down.", ("backed down", "emotive")),
        ("Letting him go would be an act of sheer ingratitude.", ("ingratitude", "emotive")),
        ("Tenants have heard the landlord's hollow promises for years.", ("hollow", "emotive")),
        (
            "It was a shabby way to treat nurses who worked through the winter.",
            ("shabby", "emotive"),
        ),
        ("The attack on the shopkeeper was senseless.", ("senseless", "emotive")),
        ("Police called it a senseless assault on a pensioner.", ("senseless", "emotive")),
        ("The ballyhoo around the launch faded within a month.", ("ballyhoo", "emotive")),
        ("All that hype did not sell a single extra ticket.", ("hype", "emotive")),
        ("The regulator dozed for a decade while the debts piled up.", ("dozed", "emotive")),
        ("The new quotas will wipe out hill farming in the valley.", ("wipe out", "emotive")),
        (
            "The lab hailed a historic breakthrough in battery storage.",
            ("historic breakthrough", "emotive"),
        ),
    ],
)
def test_a_class_member_in_its_charged_frame_is_marked(nlp, text, expected):
    assert expected in words(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the vote the coalition's budget lies in tatters.", ("in tatters", "emotive")),
        ("Cutting the night buses is a recipe for chaos.", ("recipe for chaos", "emotive")),
        ("The levy could be a death sentence for village pubs.", ("death sentence for", "emotive")),
        ("The county is sleepwalking towards a care crisis.", ("sleepwalking towards", "emotive")),
        (
            "Ministers are dragging their feet over the flood report.",
            ("dragging their feet", "emotive"),
        ),
        (
            "The board kicked the pay review into the long grass.",
            ("kicked the pay review into the long grass", "emotive"),
        ),
        (
            "Shareholders who expect a quick rebound are in cloud cuckoo land.",
            ("cloud cuckoo land", "emotive"),
        ),
        ("Tenants on the estate are living in fear.", ("living in fear", "emotive")),
        (
            "The jet-setting commissioner billed the agency for six trips.",
            ("jet-setting", "emotive"),
        ),
    ],
)
def test_a_stock_figure_of_ruin_or_delay_is_marked(nlp, text, expected):
    assert expected in words(nlp, text)


def test_an_amplifier_joined_to_a_charged_adjective_is_marked(nlp):
    found = words(nlp, "It was a senseless and completely unprovoked beating.")
    assert ("senseless", "emotive") in found and ("completely", "intensifier") in found
    # joined by "and" to a plain verb, the amplifier stays plain
    assert words(nlp, "The sink was cleaned and completely dried.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mercenaries fought on both sides of the civil war.",  # soldiers for hire
        "The family poodle, Biscuit, won a rosette at the show.",
        "She folded the map and put it in the glovebox.",
        "He folded into the armchair after the shift.",
        "The bakery on Dunmore Road folded in 2011.",  # a business, no person
        "The lorry driver backed down the narrow lane.",
        "His knees buckled as he reached the summit.",
        "The old oak is hollow inside and full of bats.",  # "hollow" with no promise
        "An empty box sat by the door.",
        "A cheap way to heat a small flat is a heat pump.",
        "The water in the spring is pure and completely clear.",
        "The baby slept for eight hours.",
        "He slept rough for three years before the hostel opened.",
        "Bears hibernate for months in the hills.",
        "The flood wiped out the barley harvest.",
        "A late goal wiped out their lead.",
        "The hype man warmed up the crowd.",
        "Negotiators made a breakthrough in the talks on Tuesday.",
        "His shirt was in tatters after the fall.",
        "The abbey has been in ruins since the fire of 1540.",
        "The court passed a death sentence for the murder.",
        "The boy sleepwalked into the kitchen at midnight.",
        "He was dragging his feet through the snow after the climb.",
        "The striker kicked the ball into the long grass.",
        "The baker's recipe for sourdough takes two days.",
        "Officers investigating the assault have asked for witnesses.",
    ],
)
def test_the_literal_sense_gets_no_word_mark(nlp, text):
    assert words(nlp, text) == []
