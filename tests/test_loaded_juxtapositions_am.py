"""A body's gain set against its failing, and the writer's hearsay in an aside (loadedAM),
learned from rounds AL and AL1-AL3 and counted across the practice rounds:
"Carrbeck, whose owners took 31 million pounds in dividends ..., had cut its driver
training budget by a fifth"; "which I am told involves a great many lanyards".

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a plain identifying clause, a sum with no failing beside it, a failing beside no
gain, a body that warned others, an outlet's own source, hearsay in a main clause.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

MARKED = [
    ("Dunmere Ferries, whose owners took 12 million pounds in dividends last year, has not "
     "said when the second boat will return.", "whose owners took 12 million pounds"),
    ("The trust, which paid its chief executive a bonus of £300,000 in March, cut the "
     "cleaning budget at three of its hospitals.", "which paid its chief executive a bonus"),
    ("Halvergate Water, which reported a record profit of 90 million euros in 2025, did not "
     "comment on the burst main.", "which reported a record profit"),
    ("The insurer, which spent heavily on a television campaign last winter, has offered the "
     "families no help with their rent.", "which spent heavily on a television campaign"),
    ("The agency, which had been warned about the bridge by its own engineers in 2021, took "
     "until this month to close it.", "which had been warned about the bridge"),
    ("The operator, which told investors in May that the line would open by 2027, declined "
     "to say why the work had stopped.", "which told investors in May"),
]

HEARSAY = [
    ("The council also set up a new steering group, which I am told meets in a hotel "
     "with a very good lunch menu.", "which I am told meets in a hotel"),
    ("The chairman's solicitor, who charges, I am told, more for an hour than a cleaner "
     "earns in a month, said the claim had no merit.", "who charges, I am told, more"),
    ("The other bidder has said nothing at all, which I suppose is one way of staying out "
     "of the papers.", "which I suppose is one way of staying out"),
]

GUARDS = [
    "Haverbrack Turbines, which was to supply the blades, declined to comment.",
    "The council, which gave the festival a grant of £1,500 this year, said it was proud "
    "to support it.",
    "The driver, who has not been named, has not worked since.",
    "The ship, which arrived from Rotterdam on Monday with a cargo of timber, may not leave "
    "until the repairs are done.",
    "Mr Hale, who has chaired the parish council since 2011, did not reply to our emails.",
    "The bank, which has never made a profit, has warned investors that fees may rise.",
    "The union, which warned members about the cuts in March, did not say whether it would "
    "strike.",
    "The charity, which raised £40,000 for the hospice last year, will hold its fair in June.",
    "The ferry, we understand, will run on Sunday.",
    "An inspector, I am told, visited the site twice, both times before breakfast.",
    "The mayor, who I think was born in the town, said the bridge would reopen.",
    '"The owners, who I am told are abroad, have not paid us," she said.',
]


@pytest.mark.parametrize(("text", "span"), MARKED)
def test_gain_against_failing(nlp, text, span):
    found = claims(nlp, text)
    assert any(span in f for f in found), found


@pytest.mark.parametrize(("text", "span"), HEARSAY)
def test_hearsay_asides(nlp, text, span):
    found = claims(nlp, text)
    assert any(span in f for f in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_juxtaposition_guards(nlp, text):
    assert claims(nlp, text) == []


def test_a_juxtaposition_explains_itself_and_offers_a_neutral_alternative(nlp):
    """The clause alone is the mark, explained, with a neutral alternative."""
    doc = nlp("Dunmere Ferries, whose owners took 12 million pounds in dividends last year, "
              "has not said when the second boat will return.")
    marks = [s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
    assert marks
    assert "side by side" in marks[0]._.kit_explanation
    assert "A neutral report gives each fact" in marks[0]._.kit_explanation
    assert marks[0].text.startswith("whose owners")
