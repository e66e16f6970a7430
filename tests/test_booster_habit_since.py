"""A record of a habit is no absolute (precisionAJ, kit/lenses/hedging.py,
``habit_record``): "every <period> since ..." timing a perfect of a deliberate act by a
person or a body ("has swept the steps every week since 1996") counts the times they did
it, a record that can be checked, as a verb of taking part already does ("has entered
the show every year since 1979"). A change or what befalls ("sales have risen every year
since 2015"), a passive, a thing as the subject and "for" in place of "since" still
claim all of them. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


RECORDS = [
    "The caretaker has swept the chapel steps every week since 1996.",
    "The charity, which has written to the minister every month since March, says it has "
    "had no answer.",
    "The senator has tabled the same amendment every year since 2012.",
    "Her father has written to the newspaper every month since the mine closed.",
]

CLAIMS = [
    "Sales have risen every year since 2015.",
    "The index has fallen every month since July.",
    "Bells have rung from the tower every week since 1743.",
    "The fund has been topped up every year since 2001.",
    "He has crossed the bridge every week for forty years.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_record_of_a_habit_is_not_an_absolute(nlp, text):
    assert "every" not in booster_words(nlp, text)


@pytest.mark.parametrize("text", CLAIMS)
def test_changes_things_and_spans_stay_absolutes(nlp, text):
    assert "every" in booster_words(nlp, text)
