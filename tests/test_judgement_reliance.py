"""Motives read into a body's plans (kit/lenses/judgement_reliance.py, word classes in
kit/lexicons/judgement_reliance.yaml) and mock surprise, mock praise and mock manner in
the writer's voice (sarcasm_phrase, kit/lexicons/judgement_frames.yaml), issue 11 loadedJ.

Every sentence here was written for this file (none comes from data/). Each device has a
sentence that must be marked as an unattributed claim and a look-alike that must not be.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims
from practice_text import crowded_classes, rounds_since

from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml

MARKED = [
    # a bet on people's inattention
    ("The insurer is banking on most claimants giving up.", "banking on"),
    ("The gym chain is counting on members not reading the small print.", "counting on"),
    ("Ministers are betting that commuters will forget by the autumn.", "betting"),
    # belief steered
    ("The risks are larger than the sellers would like you to believe.", "believe"),
    ("The developer wants residents to think that the tower is a park.", "think"),
    # a forecast of not caring
    ("Nobody in the boardroom will lose a minute's sleep over the closure.", "sleep"),
    ("The regulator will not lift a finger.", "finger"),
    # mock surprise, praise and manner
    ("The ferry broke down again in March. Who could have predicted that?", "predicted"),
    ("The trustees, in their wisdom, sold the pavilion to a car dealer.", "wisdom"),
    ("The council, without a hint of irony, praised its own openness.", "irony"),
]

TRAPS = [
    "The club is banking on a strong finish to the season.",
    "The scheme relies on residents recycling more glass.",
    "The coach wants the players to believe in themselves.",
    "The gallery would like visitors to think about the cost of heating.",
    "She did not shed a tear at the funeral, her brother said.",
    "I will not lose any sleep over the result.",
    "Who could have predicted the storm, the forecaster asked.",
    "Elders pass on their wisdom to the young in the village.",
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_device_is_an_unattributed_claim(nlp, text, word):
    found = claims(nlp, text)
    assert any(word in c for c in found), found


@pytest.mark.parametrize("text", TRAPS)
def test_look_alike_is_not_a_claim(nlp, text):
    assert claims(nlp, text) == []


def test_reliance_lexicon_is_broad():
    path = LEXICONS / "judgement_reliance.yaml"
    assert "Where the idea comes from" in path.read_text(encoding="utf-8")
    assert load_yaml(path.read_text(encoding="utf-8"))["negator"]["denial"][-1] == "no"
    frames = tuple(load_yaml(path.read_text(encoding="utf-8"))["frame_classes"])
    # written before rounds L and M joined the practice data: their articles were not there
    later = rounds_since("roundL")
    assert crowded_classes(path, skip=frames, later_rounds=later) == []
