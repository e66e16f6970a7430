"""Plain "every" in a straight report is no absolute (trapsAR, kit/lenses/hedging_straight.py,
``place_of_every`` and ``duty_on_every``).

- "every" before the object of a preposition in the writer's own narration names each place
  or thing an act touched ("was pushed to every server at once"): 12 traps from 11 rounds;
- "every" on whom a rule lays a duty, the subject of "must" or the object of "require" or
  "make" ("every live-fire serial must be supervised"): 4 traps from 4 rounds.

The look-alikes are sentences of the practice articles (rounds AQ, AO1, AK3, AM3, AQ3); the
claims that keep their mark are the keyed boosters beside them: a speaker's assurance in
quotation marks ("Every waller breaks one eventually"), a record counted from "since", and "every"
as the subject of a claim.
"""

from __future__ import annotations

import pytest


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


PLAIN = [
    "The outage began at 10.42pm, when a routine update to its payment service was pushed "
    "to every server at once instead of in stages.",
    "Both wards are being cared for in single rooms, and staff wear gowns and gloves at "
    "every bedside.",
    'The Orlemark Care Standards Inspectorate rated the home "inadequate" in every category '
    "after a visit in March.",
    "Ombrevale announced on Monday that from 1 May it will charge for every bag placed in "
    "the hold.",
    "According to the training area's standing orders, every live-fire serial must be "
    "supervised by a qualified range safety officer.",
    "A decree issued by the finance ministry in 2025 requires every foreign aid consignment "
    "to carry a stamped inventory.",
]

CLAIMS = [
    '"Every waller breaks one eventually," he said.',
    "The ruling party has lost support in every poll since January.",
    "Every parent at the gate knows it.",
    '"Every tip-off was read, every single one," she said.',
    "Every motorist in the town knows the van.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_every_of_a_place_or_a_duty_is_not_an_absolute(nlp, text):
    assert "every" not in booster_words(nlp, text)


@pytest.mark.parametrize("text", CLAIMS)
def test_every_of_a_claim_keeps_its_mark(nlp, text):
    assert "every" in booster_words(nlp, text)
