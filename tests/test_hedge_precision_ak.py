"""False hedge marks removed in the precisionAK round, each with the true reading of the
same word beside it: a limiter that tells how a fact divides ("eleven arrests, mostly for
throwing bottles") against one that softens a judgement ("seemed mostly unconcerned"); a
past belief told in a story ("I thought she was joking") against a view held now ("I think
he meant ..."); a guess withheld from the reader ("Guess who.") against a guess offered
("I guess the council ran out of money"); "every" of a degree ("had every confidence
that") against "every" of all of a set ("what every driver already knew"). The traps are
sentences of the practice articles; the positives are practice sentences or written for
this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


HEDGE_TRAPS = [
    # a limiter before where, why, what for or by whom: how a counted whole divides
    (
        "A police spokesman said officers had made eleven arrests, mostly for throwing "
        "bottles and fireworks at the gates.",
        "mostly",
    ),
    (
        "07:40 Tremenna Power says about 11,000 homes are without electricity, mostly around "
        "Porthkennow and St Ewny.",
        "mostly",
    ),
    (
        "The authors note that the figure is probably an overestimate for a business that "
        "sells mostly outside the valley.",
        "mostly",
    ),
    ("The pamphlet was, I am told, written largely by two people.", "largely"),
    (
        "A council officer said the Cattle Yard had been chosen partly because a supermarket "
        "chain had shown interest in renting the square.",
        "partly",
    ),
    (
        'Abberley Research found that 71 per cent of visitors came to Harbour Parade "mainly '
        'or partly because of the kiosks".',
        "mainly",
    ),
    (
        'Abberley Research found that 71 per cent of visitors came to Harbour Parade "mainly '
        'or partly because of the kiosks".',
        "partly",
    ),
    (
        "Meddlecombe County Council, which is responsible for the road, agreed to it in "
        "principle in March.",
        "in principle",
    ),
    (
        "It has forty other pupils whose places are paid for, in whole or in part, by our "
        "bursary fund.",
        "in part",
    ),
    # a past belief in a story, not a view softened now
    ('"I thought they were his nephews," she said.', "i thought"),
    ('"Oh, Gerwald will love that." I thought she was joking.', "i thought"),
    ('"I thought nothing of it at the time," she said.', "i thought"),
    ('"I also wrote that we would manage. I believed that at the time."', "i believed"),
    ('"Where exactly am I supposed to go?" she told the Rent Sheet.', "i supposed"),
    # a guess withheld: the reader is invited to guess, nothing is asserted
    ("Somebody, somewhere, wanted them. Guess who.", "guess"),
    ("I will let readers guess which half of that sentence mattered.", "guess"),
    ("Why not? We could hazard a guess.", "guess"),
    ("You may wonder who those are. I have a guess.", "guess"),
]


@pytest.mark.parametrize(("text", "word"), HEDGE_TRAPS)
def test_false_readings_stay_unmarked(nlp, text, word):
    assert word not in hedge_words(nlp, text)


HEDGES = [
    # a limiter on a judgement
    ("Parents at the school gate on Wednesday seemed mostly unconcerned.", "mostly"),
    ("The report found the claims were largely true.", "largely"),
    (
        'Its promise of "flexibility" has so far looked mostly like flexibility for the '
        "company.",
        "mostly",
    ),
    ("The fuel duty cut mostly helps drivers rather than the poorest households.", "mostly"),
    # a view held now
    ("I think he meant that he had none.", "i think"),
    ('"I believe the figures are wrong," he said.', "i believe"),
    ("I would think the minister knew.", "i would think"),
    # a guess offered
    ("I guess the council simply ran out of money.", "guess"),
    ("My guess is that the council ran out of money.", "guess"),
]


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_true_readings_stay_marked(nlp, text, word):
    assert word in hedge_words(nlp, text)


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


BOOSTER_TRAPS = [
    # "every" + a noun of attitude, entitlement or opportunity: a degree, not "all of them"
    (
        'She said the council\'s own insurance did not cover fireworks and that councillors '
        'had "every sympathy" with the society.',
        "every",
    ),
    ('The minister says she is "deeply frustrated" by the criticism. She has every right to '
     "be.", "every"),
    (
        'Its leader, Councillor Melusine Rooksby, said she had "every confidence" that the '
        "company would act responsibly.",
        "every",
    ),
]


@pytest.mark.parametrize(("text", "word"), BOOSTER_TRAPS)
def test_false_booster_readings_stay_unmarked(nlp, text, word):
    assert word not in booster_words(nlp, text)


BOOSTERS = [
    # as the subject, "every opportunity" is left to the claim about all of them
    ("Every opportunity was two emails, one of them sent to a fax number.", "every"),
    (
        "The council has finally admitted what every driver in Grellingham already knew: the "
        "cycle lane failed.",
        "every",
    ),
    (
        'Hippolyta Zouch, who calls herself "a champion of patients" in every annual report, '
        "wrote to us in August.",
        "every",
    ),
]


@pytest.mark.parametrize(("text", "word"), BOOSTERS)
def test_true_booster_readings_stay_marked(nlp, text, word):
    assert word in booster_words(nlp, text)
