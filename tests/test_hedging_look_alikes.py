"""Look-alikes of hedges on text nobody here wrote (issue 11, round F's hedge traps
taken as classes): "could" describing what a person in a past sentence was able to
do, "could" of an option a company says customers have, "may" in an institution's
standing notice (permission), and "appear on/before X to ..." (showing up, with a
purpose). Each trap has a hedge beside it that must still be marked. Every sentence
here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


@pytest.mark.parametrize(
    "text",
    [
        # a person described by what they could do, in a past sentence
        "She was the last ferryman on the river who could row against the spring tide.",
        "He had a brother who could mend any engine on the island.",
        # an option a company says its customers have
        'A spokesman told us that the gym "values every member" and that customers could '
        "cancel online at any time.",
        # an institution's standing notice
        "Letters may be edited for length and clarity.",
        "Calls may be recorded for training purposes.",
        "Submitted photographs may be archived by the library.",
        # showing up somewhere, to do something
        "The minister appeared on a radio phone-in on Friday to defend the cuts.",
        "The chief constable appeared before the committee to explain the overspend.",
    ],
)
def test_ability_options_notices_and_showing_up_are_no_hedges(nlp, text):
    assert hedge_words(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voters want a leader who could win back the coast.", "could"),
        (
            "The union said the grant was a lifeline for growers who could otherwise "
            "lose a whole crop.",
            "could",
        ),
        ("A spokesman told us that prices could rise again in the spring.", "could"),
        ("Homes near the river may be flooded tonight.", "may"),
        ("The figures may be wrong.", "may"),
        ("The minister appeared to defend the cuts.", "appeared"),
    ],
)
def test_possibility_beside_them_is_still_a_hedge(nlp, text, word):
    assert word in hedge_words(nlp, text)
