"""Loaded language by construction (loadedAK), learned from round AJ and checked across
the older rounds:

- a "which" clause tacked on after a comma that reads a hidden meaning into the act the
  sentence reports ("..., which tells you everything");
- a named firm renamed in apposition by a plural noun for people with a modifier ("Acme
  Ltd, the brochure poets who ..."): one name cannot be a band of people, so the plural
  is a figure;
- the mock simile "with all the <quality> of a <stock figure>" on how someone acted (a
  claim), or "with the <quality> of a <described figure>" in an apposition (a label).

Sentences written for this file (none copied from data/); GUARDS are literal look-alikes
that stay unmarked.
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("The trust has still not published the minutes, which tells you everything.",
     "which tells you everything"),
    ("The committee met for eleven minutes, which says a lot.", "which says a lot"),
    ("The firm paid the mayor's brother £8,000 last spring, which may explain a great deal.",
     "which may explain a great deal"),
    ("Asked about the bonus, the chairman left by the back door, which speaks volumes.",
     "which speaks volumes"),
    ("Nobody at the depot could tell me when the bus would return, which tells you all you "
     "need to know.", "which tells you all you need to know"),
]

GUARDS = [
    "The leaflet, which explains everything, is free at the library.",
    "She sent the council a report, which tells you everything about the bridge.",
    "The ferry leaves at nine, which explains the queue at the ramp.",
    "The museum has a new guide, which explains a great deal about the mill.",
    "The driver told me that the road was closed, which was true.",
    "The website, which tells you everything, is updated every morning.",
]


@pytest.mark.parametrize(("text", "span"), MARKED)
def test_marked(nlp, text, span):
    found = loaded(nlp, text)
    assert (span, "unattributed_claim") in found, found


@pytest.mark.parametrize("text", GUARDS)
def test_guards(nlp, text):
    assert [f for f in loaded(nlp, text) if f[1] == "unattributed_claim"] == []


RENAMED = [
    ("Harrowgate Estates, the spreadsheet undertakers who bought the pier, said it was safe.",
     "spreadsheet undertakers"),
    ("Quillfern Partners, the PowerPoint plumbers who drew up the plan, were paid £40,000.",
     "PowerPoint plumbers"),
    ("Marlow Civic Ltd, the parking-ticket preachers, has sent out another brochure.",
     "parking-ticket preachers"),
    ("Brandle Homes, the bulldozer tourists from the city, will build 90 flats.",
     "bulldozer tourists"),
    ("Thornbury Leisure, the landlords in lanyards who run the pool, declined to comment.",
     "landlords in lanyards"),
]

RENAMED_GUARDS = [
    "Rolls-Royce, the engine makers, said the order was welcome.",
    "Hartgrove Homes, the developers who own the field, said it would consult.",
    "Kent, the county champions, won by six wickets.",
    "Leeds United, the league leaders, won again on Saturday.",
    "The Rolling Stones, the rock veterans, played for two hours.",
    "Hale and Sons, the local builders, said the work would start in May.",
    "Ann Bell, the tollkeeper at the old bridge, said the road was shut.",
    "Berry Bros, the wine merchants, opened a new shop.",
    "The Harbour Trust owns the kiosks, the cafes and the car park.",
]


@pytest.mark.parametrize(("text", "span"), RENAMED)
def test_renamed_bodies(nlp, text, span):
    found = loaded(nlp, text)
    assert (span, "labeling") in found, found


@pytest.mark.parametrize("text", RENAMED_GUARDS)
def test_renamed_body_guards(nlp, text):
    assert [f for f in loaded(nlp, text) if f[1] == "labeling"] == []


SIMILES = [
    ("The landlord evicted the tenants, and he did it with all the tact of a bulldozer.",
     "with all the tact of a bulldozer", "unattributed_claim"),
    ("The board handled the complaint with all the urgency of a sleeping tortoise.",
     "with all the urgency of a sleeping tortoise", "unattributed_claim"),
    ("The ombudsman, a committee with the menace of a toothless old spaniel, said it would "
     "look into it.", "a committee with the menace of a toothless old spaniel", "labeling"),
]

SIMILE_GUARDS = [
    "The council, with the help of a local charity, built a new pier.",
    "The trust, a charity with the backing of a large bank, said it would appeal.",
    "He walked in with the bag of a friend.",
    "She ran the marathon with the stride of a professional.",
    "That denial sits awkwardly with the account of a former aide to the minister.",
    "The museum opened with the blessing of a local bishop.",
]


@pytest.mark.parametrize(("text", "span", "label"), SIMILES)
def test_sneer_similes(nlp, text, span, label):
    found = loaded(nlp, text)
    assert (span, label) in found, found


@pytest.mark.parametrize("text", SIMILE_GUARDS)
def test_sneer_simile_guards(nlp, text):
    assert loaded(nlp, text) == []


def test_a_renamed_body_label_names_the_whole_firm(nlp):
    """The explanation names the firm as written ("Halden Homes"), not its last word."""
    doc = nlp(
        "Halden Homes, the asset-strippers in hi-vis who built the estate, declined to comment."
    )
    marks = [s for s in doc.spans["loaded"] if s.label_ == "labeling"]
    assert marks and "renames Halden Homes as" in marks[0]._.kit_explanation


def test_a_sneer_simile_label_names_its_target_as_written(nlp):
    """The label's explanation names whom it is pinned on as written ("Marlow Civic
    Homes"), not the last word of the name ("Homes")."""
    doc = nlp(
        "Marlow Civic Homes, a landlord with the charm of a damp basement, declined to comment."
    )
    marks = [s for s in doc.spans["loaded"] if s.label_ == "labeling"]
    assert marks and "pinned on Marlow Civic Homes:" in marks[0]._.kit_explanation
