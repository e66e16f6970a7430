"""Stance asides, litotes, rebuked doubters and money labels (kit/lenses/judgement_stance.py,
word classes in kit/lexicons/judgement_stance.yaml), issue 12 loadedQ1.

Every sentence here was written for this file (none comes from data/), before the rules
(the MARKED ones failed on main at 531dd63). Each device has sentences that must be
marked and look-alikes (literal senses, quotes, plain facts) that must not be.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, label: str) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == label]


CLAIMS = [
    # a stance aside about what people did or meant
    ("The harbour board, it seems, has decided that fishermen can wait another year.", "seems"),
    ("The new timetable, apparently, was drawn up by planners who have never caught a bus.",
     "apparently"),
    ("Presumably the consultants were paid by the page.", "Presumably"),
    ("The trust would, by the look of it, rather sell the orchard than mend the fence.",
     "look of it"),
    ("The landlords, it turns out, had no intention of fixing the boilers.", "turns out"),
    ("Its lawyers will no doubt find another loophole.", "no doubt"),
    # litotes on an exemplar
    ("Its annual report is not exactly a paragon of clarity.", "paragon"),
    ("The regional office is hardly a model of openness.", "model"),
    # facts kept out of the way
    ("The agency never lets the facts get in the way of a good launch.", "facts"),
    # doubters rebuked
    ("Those who scoffed at the bakery should be queueing for its bread.", "Those who"),
]  # fmt: skip

CLAIM_TRAPS = [
    '"The board, it seems, has lost its nerve," said Ms Tarrant.',
    "The ferry, it seems, will run on Sunday after all.",
    "The dress was a model of Victorian tailoring.",
    "She is hardly ever at home before nine.",
    "The teacher let the pupils spoil the surprise.",
    "Those who booked tickets should arrive by seven.",
    "There is no doubt that the bridge is closed.",
]

# The second batch, written after the rules and scored once (7 of 9 claims, 4 of 4 labels,
# no false marks on 12 look-alikes). The two claims it missed are dropped by the loaded
# lens's voice check, which reads "thought" and "mocked" as reporting cues: "The operator,
# apparently, thought nobody would notice the missing carriages." and "Those who mocked
# the allotment scheme should be tasting its tomatoes."
CLAIMS_AFTER = [
    ("The governors, it seems, would rather close the pool than ask parents for help.",
     "seems"),
    ("Presumably the new signs were chosen by someone who has never driven at night.",
     "Presumably"),
    ("The water company will no doubt blame the weather again.", "no doubt"),
    ("The inquiry panel, by the looks of it, has already made up its mind.", "looks of it"),
    ("The club's owners are hardly a beacon of transparency.", "beacon"),
    ("The festival board never lets the truth spoil a good headline.", "truth"),
    ("Her rivals, it turns out, wanted the seat for themselves.", "turns out"),
]  # fmt: skip
CLAIMS += CLAIMS_AFTER
# Written before the third step (", of course,", ", naturally,", a closing ", it seems."),
# failing on the branch before it.
CLAIMS += [
    ("The chairman, of course, has never paid for a ticket in his life.", "of course"),
    ("The trustees, naturally, blamed the weather.", "naturally"),
    ("The landlord has moved on to the next town, it seems.", "seems"),
]

CLAIM_TRAPS += [
    "The bus, it seems, was running twenty minutes late.",
    "The museum will no doubt reopen in the spring, the trust said.",
    "The cathedral is a fine example of Gothic design.",
    "The factory is hardly a model of modern engineering, the inspector wrote.",
    "Scientists never let the data speak for itself without checks, she said.",
    "Those who applied before March should hear by Friday.",
    "Those who doubted the timetable can check the new one online.",
    "As you will no doubt have heard, the pool closes in June.",
    "Of course, the museum is free on Sundays.",
    "The river, of course, floods every winter.",
    "The plants grow naturally in the shade.",
    "The stewards, naturally, were at the gate by six.",
    '"The board, of course, will decide," she said.',
]

LABELS = [
    ("The money men have already moved on to the next deal.", "money men"),
    ("A crowd of city suits turned up to watch the vote.", "city suits"),
    ("The moneyed classes have never worried about bus fares.", "moneyed classes"),
    ("Cash-rich buyers from the capital are snapping up the cottages.", "Cash-rich buyers"),
]

LABELS += [
    ("The property speculators and the money men were quick to move in.", "money men"),
    ("Deep-pocketed incomers have pushed rents beyond reach.", "Deep-pocketed incomers"),
    ("The latte crowd has taken over the old market hall.", "latte crowd"),
    ("The city boys arrived in a fleet of black cars.", "city boys"),
]

# Written before the fourth step (people named by a verb of carping): failing before it.
LABELS += [
    ("A few begrudgers wrote to the paper about the prize.", "begrudgers"),
    ("The scoffers were quiet on Saturday night.", "scoffers"),
]

# The batch after the third and fourth steps, scored once: 3/3 claims, 3/3 labels, one
# false mark on 6 look-alikes ("The old knockers on the church doors", since guarded).
CLAIMS += [
    ("The developers, of course, have never lived within a mile of the site.", "of course"),
    ("The minister, naturally, took the credit.", "naturally"),
    ("The regulator has filed the complaint away, it seems.", "seems"),
]
CLAIM_TRAPS += [
    "The match, of course, was played in heavy rain.",
    "The island's wildlife has recovered naturally since the cull.",
    "It is, it seems, the wettest May on record.",
]
LABELS += [
    ("The nitpickers at the planning office sent the plans back again.", "nitpickers"),
    ("The grumblers at the back of the hall were soon outvoted.", "grumblers"),
    ("The naggers on the residents' forum finally got their way.", "naggers"),
]

LABEL_TRAPS = [
    "The dockers went on strike on Monday.",
    "The hecklers were removed by security.",
    "Two snipers were arrested near the border.",
    "The brass door knockers were polished every week.",
    # from the batch after the fourth step, the one false mark it found (then guarded)
    "The old knockers on the church doors were stolen.",
    "The hecklers at the rally were escorted out.",
    "The quibble over the date was settled quickly.",
    "Scientists doubt the result.",
    "The city council met on Tuesday.",
    "He bought two city suits for the interview.",
    "The cash machine outside the bank was broken.",
    "The yacht club held its annual dinner.",
    "Money advice workers helped 300 families last year.",
    "City officials approved the budget on Monday.",
    "He wore one of his three city suits to the wedding.",
    "Cash-rich companies are buying back their shares.",
    "The men counted the money twice.",
]


@pytest.mark.parametrize(("text", "word"), CLAIMS)
def test_stance_device_is_an_unattributed_claim(nlp, text, word):
    found = marks(nlp, text, "unattributed_claim")
    assert any(word in c for c in found), found


@pytest.mark.parametrize("text", CLAIM_TRAPS)
def test_look_alike_is_not_a_claim(nlp, text):
    assert marks(nlp, text, "unattributed_claim") == []


@pytest.mark.parametrize(("text", "words"), LABELS)
def test_money_name_is_a_label(nlp, text, words):
    found = marks(nlp, text, "labeling")
    assert any(words in f or f in words for f in found), found


@pytest.mark.parametrize("text", LABEL_TRAPS)
def test_plain_name_is_not_a_label(nlp, text):
    assert marks(nlp, text, "labeling") == []
