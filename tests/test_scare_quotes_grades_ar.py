"""A quoted grade or status given to a thing named before it is no scare quote (trapsAR,
kit/lenses/loaded_quotes.py, ``_GRADED_THING_BEFORE``).

A report, a survey or a screen that rates, shows or marks a thing "poor", "operational" or
"confidential" is quoted in its own word: a term named, not the writer's doubt (8 traps from
7 rounds, no keyed scare quote). The sentences are from the practice articles. A quoted word
the writer puts in doubt, and a charged word after "so-called", keep their mark.
"""

from __future__ import annotations

import pytest


def scare_quotes(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "scare_quote"]


PLAIN = [
    "Customers could not log in between midnight and 2am. The page showed the app as "
    '"operational" for the first 40 minutes of the outage.',
    'A survey by the Standard rated both lifts "poor" and recommended that they be replaced.',
    'Their report, published on Thursday, rates the academy "inadequate" and places it in '
    "special measures.",
    'A position paper from the rebels, clearly marked "confidential", was left on a table.',
    'Any woman judged "high-risk" will have to give birth 42 miles away.',
]

SCARE = [
    'The minister\'s so-called "reform" will close four libraries.',
]


@pytest.mark.parametrize("text", PLAIN)
def test_a_grade_or_status_given_to_a_thing_is_no_scare_quote(nlp, text):
    assert scare_quotes(nlp, text) == []


@pytest.mark.parametrize("text", SCARE)
def test_a_doubted_word_stays_a_scare_quote(nlp, text):
    assert scare_quotes(nlp, text) != []
