"""An approximate comparison is no hedge (trapsAR, kit/lenses/hedging.py, ``_before_match``).

"roughly" before the noun phrase or clause it matches a figure to ("roughly the size of last
year's loss", "roughly what the plant pays") is as approximate as an amount before a number,
which is already left unmarked: 3 traps from 3 rounds (AO1, AP, AQ1), no keyed hedge. Before a
verb of change it still softens the claim.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


PLAIN = [
    "He said the charge could add about 90 million sollens a year to the airline's revenue, "
    '"roughly the size of last year\'s loss".',
    "Last year the chief executive was paid 6.2 million dolvers in salary and bonuses, "
    "roughly what the plant pays 170 of its workers in a year.",
    "The founder, a former timeshare salesman who discovered nutrition at roughly the moment "
    "he discovered a payment app, told a podcast last month that the powder works.",
]

HEDGED = [
    "Sales have roughly doubled since the spring.",
    "The number of complaints roughly tripled after the change.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_roughly_before_a_comparison_is_not_a_hedge(nlp, text):
    assert "roughly" not in hedge_words(nlp, text)


@pytest.mark.parametrize("text", HEDGED)
def test_roughly_before_a_change_stays_a_hedge(nlp, text):
    assert "roughly" in hedge_words(nlp, text)
