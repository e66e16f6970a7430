"""Absolutes that claim nothing about all (everyAT, kit/lenses/hedging_absolutes.py).

Counted on the 733 practice keys (keyed / traps / acceptable, with rounds):

- "but never mind", a fixed phrase (``absolute_idioms``): 0 / 2 (AI5, AM1) / 0;
- an approximator before the absolute, "nearly everything", "almost always"
  (``absolute_approximators``): 0 / 1 (AK5) / 2 (AI2, AI3);
- "every" or "everything" in the object of a verb with "not": 0 / 1 (AO1) / 1 (AF);
- "as always" beside an act at a clock time or in a slot of the calendar: 0 / 2 (AH6,
  AE5) / 1 (AD2);
- "every" before a slot of the day: "every lunchtime" (``every_slots``) and "every
  school day" told as a time: 0 / 2 (AH1, AR1) / 0;
- "every season" as a period (``every_periods``), so a record of a habit counted from
  "since" gets no mark while a change still claims all: 0 / 1 (AP1) / 0;
- a fare for a class marked off by age, "children under twelve always go free"
  (``policy_states``, hedging_registers.py ``_priced``): 0 / 1 (AC2) / 0.

The sentences are our own. Each shape that gets no mark stands beside the booster of the
same word that keeps it.
"""

from __future__ import annotations

import pytest


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"] if s.label_ == "absolute"]


# (sentence, the absolute that gets no mark)
PLAIN = [
    ("The company paid its chief executive a bonus of two million, but never mind.", "never"),
    ("The council has closed three libraries this year, but never mind.", "never"),
    ('The baker said the flood had taken "nearly everything" in the shop.', "everything"),
    ("The report found that almost every bus in the fleet was late at least once.", "every"),
    ("Buyers who wait for the sales almost always pay less, the analyst said.", "always"),
    ('The inspector said her team "could not check everything" in the time allowed.',
     "everything"),
    ("The trust said it cannot repair every footpath this winter.", "every"),
    ("The parade will leave the town hall at 2pm as always.", "always"),
    ("The club will hold its open day in the second week of July, as it always does.",
     "always"),
    ("The band will play on Saturday, as it always has.", "always"),
    ("The goalkeeper said he had trained on the field behind the school every lunchtime.",
     "every"),
    ("Drivers who park outside the gates every school day will be fined, the council said.",
     "every"),
    ("Mr Hale, 80, who has bought a season ticket every season since 1971, said he would "
     "not renew.", "every"),
    ("The club sells out its ground every season.", "every"),
    ("Entry costs five pounds at the gate, and children under five always go free.",
     "always"),
]

# (sentence, the absolute that keeps its mark)
CLAIMS = [
    ("The minister will never admit that the scheme failed.", "never"),
    ("He said the flood had taken everything.", "everything"),
    ("Every bus in the fleet was late at least once, the report found.", "every"),
    ("Buyers who wait for the sales always pay less, the analyst said.", "always"),
    ("The inspector said her team had checked everything twice.", "everything"),
    ("The trouble began, as it always does, with the leader of the council.", "always"),
    ('"We will look at the figures every year, as we always have," he said.', "always"),
    ("She knows every pension day by heart.", "every"),
    ("The league said abuse of referees had risen every season since 2019.", "every"),
    ("The rich always go free in this town, the protester said.", "always"),
]


@pytest.mark.parametrize(("text", "word"), PLAIN)
def test_absolute_that_claims_nothing_is_unmarked(nlp, text, word):
    assert word not in booster_words(nlp, text)


@pytest.mark.parametrize(("text", "word"), CLAIMS)
def test_absolute_of_a_claim_keeps_its_mark(nlp, text, word):
    assert word in booster_words(nlp, text)
