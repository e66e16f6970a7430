"""Permission "may" as one item of an announced arrangement (precisionAJ,
kit/lenses/hedging_arrangements.py, ``announced_permission``): a class of doers does a
deliberate act with its terms (where, when or how: a "from"/"on"/"about" phrase, or
"still"/"also"), and the clause is joined by "and" to a dated plan ("the fund will close
on 30 January") or to what can be done ("the programme can be found online"). Predictions
of the same shape stay hedges: a consequence with no terms of the act ("Doctors may walk
out, and hospitals will cancel operations on Monday"), no date in the plan, a thing or one
body as the subject, what befalls people, a future word in the clause, "but" in place of
"and" and a state with "be". Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


ANNOUNCED = [
    "Tenants may ask their landlord about a transfer, and the housing board will publish "
    "its report in June, Ms Orrin said.",
    "Charities may apply for a small equipment grant from November, and the fund will "
    "close on 30 January, the trust said.",
    "Choirs may still rehearse in the crypt, and the programme can be found on the "
    "festival's website, the organisers said.",
    "The tasting will be held in September, and brewers may enter from July.",
    "The gallery will reopen in April, and visitors may climb to the bell tower on guided "
    "tours, she said.",
]

PREDICTIONS = [
    "Doctors may walk out, and hospitals will cancel operations on Monday.",
    "Voters may punish the party, and the leader will resign in May.",
    "Investors may sell the bonds, and the central bank will step in on Friday.",
    "Doctors may walk out, and hospitals will cancel operations.",
    "Prices may rise again, and the bank will meet on Friday.",
    "The board may sell the site, and talks will resume in March.",
    "Commuters may face long delays, and the road will close on Monday.",
    "Dockers may strike next week, and the port will close.",
    "Protesters may block the bridge, but police will close the road on Saturday.",
    "Groups like ours may help lonely people, and that can be hard to measure.",
]


@pytest.mark.parametrize("text", ANNOUNCED)
def test_announced_permission_is_not_a_hedge(nlp, text):
    assert "may" not in hedge_words(nlp, text)


@pytest.mark.parametrize("text", PREDICTIONS)
def test_predictions_beside_a_plan_keep_their_hedge(nlp, text):
    assert "may" in hedge_words(nlp, text)
