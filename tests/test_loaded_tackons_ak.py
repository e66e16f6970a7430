"""Loaded language by construction (loadedAK), learned from round AJ and checked across
the older rounds: a "which" clause tacked on after a comma that reads a hidden meaning
into the act the sentence reports ("..., which tells you everything"). Sentences written
for this file (none copied from data/); GUARDS are literal look-alikes that stay unmarked.
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
