"""A record of not doing, handed down in a relative clause (loadedAL), learned from rounds
AK and AK1-AK6 and counted across the practice rounds: "The Competition Office, which has
not blocked a takeover since 2004, said ...", "a lobby that has never met a charge it
liked", "who has chaired it for years without once being accused of reading the papers".

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a life, praise, a firm's plain result, restraint, a report, a restrictive clause,
a form guide in sport.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

MARKED = [
    ("The Competition Office, which has not blocked a brewery takeover since 2004, said it "
     "would examine the deal.", "which has not blocked a brewery takeover since 2004"),
    ("The Chamber of Trade, a lobby that has never met a tax it liked, said the change was "
     "welcome.", "that has never met a tax it liked"),
    ("The trust, which sets the fees and has never knowingly answered a letter, said in a "
     "statement that it was sorry.", "and has never knowingly answered a letter"),
    ("The mayor, who opened the new wing in 2019 and has not been seen there since, said he "
     "was disappointed.", "and has not been seen there since"),
    ("The landlord, who has never once answered a tenant's letter, said the flats were safe.",
     "who has never once answered a tenant's letter"),
    ("The chairman, who has run the board for nine years without once being seen at a tenants' "
     "meeting, said the rents were fair.", "who has run the board for nine years without once "
     "being seen at a tenants' meeting"),
]

GUARDS = [
    "Mrs Okafor said the mayor, who has never visited the estate, should resign.",
    "The headteacher, who has never missed a school play, said the hall would reopen.",
    "Mrs Hale, who has never missed a meeting in her life, said the vote was fair.",
    "The bank, which has not paid a dividend since 2019, said profits were rising.",
    "Zipcart, which has never made a profit, has warned investors.",
    "The ferry company, which has not raised its fares since 2015, said the service would "
    "continue.",
    "The only councillor who has never missed a vote is standing down.",
    "The author, who has never owned a car, cycles to every reading.",
    "My grandfather, who never married, left the farm to the village.",
    "The baker, who says she has not slept properly since the fire, said the street was quiet.",
    "The museum, which has not reopened since the flood in 2020, said repairs would start in "
    "May.",
    "The striker, who has not scored since October, said he was confident.",
    "The goalkeeper, who has not conceded a goal since March, said the team was ready.",
    "The cyclist, who has never been arrested, said the fine was unfair.",
    "The farmer, who has never been to the city, said she would vote for the plan.",
    "The committee, which has not sat since the election, agreed the budget by letter.",
    "Mr Ames, a retired docker who has not worked since the yard closed, said he was glad.",
]

#: one mark: a mock portrait ("a man who has never met a ... he did not like") keeps its own
PORTRAIT = ("The leader, Councillor Anselm Brack, a man who has never met a public asset he "
            "could not sell, said in a statement that no decision had been taken.")


@pytest.mark.parametrize(("text", "span"), MARKED)
def test_negated_records(nlp, text, span):
    found = claims(nlp, text)
    assert span in found, found


@pytest.mark.parametrize("text", GUARDS)
def test_negated_record_guards(nlp, text):
    assert claims(nlp, text) == []


def test_a_mock_portrait_is_one_mark(nlp):
    marks = [s.text for s in nlp(PORTRAIT).spans["loaded"]]
    assert len(marks) == 1, marks


def test_a_negated_record_explains_itself(nlp):
    doc = nlp("The Competition Office, which has not blocked a takeover since 2004, said it "
              "would look at the deal.")
    marks = [s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
    assert marks
    assert "what the Competition Office has not done" in marks[0]._.kit_explanation
    assert "A neutral text gives the record" in marks[0]._.kit_explanation
