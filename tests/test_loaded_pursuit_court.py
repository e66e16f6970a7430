"""Word classes learned from round L's missed loaded words (issue 11, loadedL2), with
fresh sentences (not from data/ and not from benchmarks/fresh_probe/loadedL2_probe.py):

- pressure told as a hunt ("hounded out of office", "pestered for months";
  judgement_acts.yaml, attack_verb/pursuit), not dogs after sheep;
- people around power named as a court, critics as a chorus of gloom ("the mayor's
  acolytes", "the doomsters"; judgement_words.yaml, metonym_label), not a real court;
- a body's loyalty as soldiers closing a line ("closed ranks"), a member "shielded" as
  "one of its own" (a motive claim), a public appearance as "all smiles for the cameras";
- a bet on people being "too tired to complain" (judgement_reliance.py).
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("The headteacher was hounded out of her job by a handful of parents.", "hounded"),
    ("Tenants have been pestered for months with letters demanding early rent.", "pestered"),
    ("Staff were browbeaten into signing the new contracts.", "browbeaten"),
    ("The mayor's acolytes filled the public gallery before the vote.", "acolytes"),
    ("The doomsters said the pier would never reopen.", "doomsters"),
    ("The hangers-on at head office got their bonuses again this year.", "hangers-on"),
    ("The bowls club closed ranks behind its treasurer after the audit.", "closed ranks"),
    ("The federation moved quickly to shield one of its own from the inquiry.",
     "The federation moved quickly to shield one of its own"),
    ("The senator, whose party cut the grant, was all grins for the cameras at the launch.",
     "all grins for the cameras"),
    ("The insurer is counting on claimants being too busy to appeal.",
     "The insurer is counting on claimants being too busy to appeal."),
]

LITERAL = [
    "The collie harried the ewes towards the gate.",
    "The queen's courtiers attended the coronation in 1953.",
    "The platoon closed ranks as the sergeant gave the order.",
    "The growers are counting on the weather being too warm to freeze.",
    "The minister posed for the cameras beside the new ferry.",
]


@pytest.mark.parametrize("text,part", MARKED)
def test_the_class_is_marked(nlp, text, part):
    assert any(part in t for t, _ in loaded(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize("text", LITERAL)
def test_the_literal_sense_is_not(nlp, text):
    assert loaded(nlp, text) == []


# -- haste, cuts, exhaustion and tricks (loaded.yaml, issue 11, loadedL2) -------------------
STRONG = [
    ("The closure was hurried through before the summer recess.", "hurried through"),
    ("Library hours have been slashed to the bone since April.", "slashed to the bone"),
    ("Porters at the infirmary are being run ragged by the new rota.", "run ragged"),
    ("Families are trapped in a car-park permit racket run by the trust.", "racket"),
    ("The loyalty scheme is a con trick dressed up as a reward.", "con trick"),
]

PLAIN = [
    "She hurried through the station to catch the last train.",
    "The blade slipped and cut to the bone of his thumb.",
    "The tennis club sells a racket and a tube of balls for £30.",
    "The teenagers next door made a racket until two in the morning.",
]


@pytest.mark.parametrize("text,part", STRONG)
def test_strong_terms_are_marked(nlp, text, part):
    assert any(part in t for t, _ in loaded(nlp, text)), loaded(nlp, text)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_senses_are_not(nlp, text):
    assert loaded(nlp, text) == []
