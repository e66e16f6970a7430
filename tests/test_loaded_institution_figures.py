"""Figurative verbs of attack, seizure and dismissal said of what a body does (issue 11,
quotesAG): a verb whose literal sense needs a living thing said of a provision ("has
strangled the bus route", "took an axe to our grant", "strangled the 12"), a verb of
greed said of a contract won ("hoovered up a five-year contract"), a careless gesture
made by a body that has no hand ("the county has waved it off"), a body "sending in"
machines or a hired force ("sent in the chainsaws"), and a firm renamed as hirelings in
apposition ("Oakfield Tree Services, the hired axemen"). The traps keep the literal
senses: a victim strangled, ivy on an oak, a vacuum and its dust, a ferry waved off, an
army sending in troops, a contractor's own diggers, a hired car, the hired contractors.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers


def _marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Pellbrook Buses has strangled the 12, which has served the valley farms, the two "
         "chapels and the cottage hospital since 1961.", "strangled", "emotive"),
        ("The operator has throttled the route to one bus a day.", "throttled", "emotive"),
        ("The licensing panel met for twenty minutes and strangled the carnival's licence.",
         "strangled", "emotive"),
        ("In a single meeting the district council took an axe to our £12,000 grant.",
         "took an axe to", "emotive"),
        ("The county has killed off the Sunday service.", "killed off", "emotive"),
        ("Opening hours at the branch were hacked back last year.", "hacked back", "emotive"),
        ("The outfitters on the bypass hoovered up a seven-year contract.", "hoovered up",
         "emotive"),
        ("The county has waved it off with a shrug.", "waved it off", "emotive"),
        ("The landlord brushed us off with a two-line email.", "brushed us off", "emotive"),
        ("At six in the morning the borough council sent in the chainsaws.",
         "sent in the chainsaws", "emotive"),
        ("The landlord brought in the bulldozers on Monday.", "brought in the bulldozers",
         "emotive"),
        ("Then there is Ashgrove Tree Care, the hired axemen whose lorry blocked the lane.",
         "hired axemen", "labeling"),
    ],
)
def test_figures_said_of_a_body_are_loaded(nlp, text, span, label):
    assert covers(nlp, text, span, label), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The man strangled the victim with a length of cord.", "strangled"),
        ("Ivy has strangled the old oak by the gate.", "strangled"),
        ("The fox strangled the 12 hens in the coop.", "strangled"),
        ("He killed the engine and got out of the van.", "killed"),
        ("We hacked back the brambles by the gate.", "hacked"),
        ("The vacuum hoovered up the dust in seconds.", "hoovered"),
        ("She waved off the ferry from the end of the pier.", "waved"),
        ("The army sent in troops and tanks at dawn.", "sent in"),
        ("The contractor brought in two diggers.", "brought in"),
        ("The council sent in a form to the ministry.", "sent in"),
        ("The tree surgeons felled the limes on Monday.", "felled"),
        ("The band arrived in a hired limousine.", "hired"),
        ("Harlow Plant Hire, the hired contractors on the site, said the work was finished.",
         "hired"),
        ("Then there is Dr Ann Hewish, the vet the council hired to inspect the herd.",
         "hired"),
    ],
)
def test_literal_senses_are_not_marked(nlp, text, word):
    assert not covers(nlp, text, word), _marks(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'She told us, "Don\'t kick the can down the road, love."',
        # quoted speech inside quoted speech: the porter's plea, in the cook's words
        "The cook told us, \"A porter said to me, 'Don't shoot the messenger, love.' I said "
        'nothing."',
    ],
)
def test_a_stock_idiom_pleaded_under_dont_in_quoted_words_judges_no_one(nlp, text):
    assert not [m for m in _marks(nlp, text) if m[1] == "emotive"], _marks(nlp, text)


def test_a_stock_idiom_said_of_someone_in_quoted_words_stays_marked(nlp):
    text = "The cook told us, \"A porter said to me, 'They moved the goalposts.' I said nothing.\""
    assert covers(nlp, text, "moved the goalposts", "emotive"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The chair ramrodded the scheme through in twelve minutes.", "ramrodded"),
        ("The planning committee bundled through the application for a phone mast.",
         "bundled through"),
        ("He then frogmarched the review through the parks committee.", "frogmarched"),
        ("Last spring the council ushered through the developer's plan for thirty flats.",
         "ushered through"),
        ("Wexley Homes swooped on the lease within a week of it coming up.", "swooped"),
    ],
)
def test_a_decision_handled_roughly_or_a_lease_grabbed_is_loaded(nlp, text, span):
    assert covers(nlp, text, span, "emotive"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The steward ushered the guests through the hall.", "ushered"),
        ("The nurses rushed the patient through to theatre.", "rushed"),
        ("A kestrel swooped on the vole in the long grass.", "swooped"),
    ],
)
def test_people_moved_and_birds_swooping_are_not_marked(nlp, text, word):
    assert not covers(nlp, text, word), _marks(nlp, text)
