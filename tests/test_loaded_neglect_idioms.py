"""Stock figures of the press learned from round J and probes 14-15 (issue 11, loadedJ;
entries in kit/lexicons/loaded.yaml and, for neglect told as wilful blindness or
idleness, a verdict on conduct whose whole sentence is the claim, kit/lexicons/claims.yaml):
self-praise, praise doubted by "much-", traffic told as a beast, disgust, critics told
as predators.

Every sentence here was written for this file (none comes from data/). Each figure has a
sentence that must get the mark and a literal look-alike that must get none.
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"]]


MARKED = [
    ("For ten years the inspectors looked the other way.", "looked the other way"),
    ("The trust was asleep at the wheel while waiting lists doubled.", "asleep at the wheel"),
    ("The flood plan has gathered dust since the last election.", "gathered dust"),
    ("Ministers buried their heads in the sand over the pensions gap.", "buried their heads"),
    ("The county sat on its hands as the bridge rotted.", "sat on its hands"),
    ("The league swept the complaints under the carpet.", "swept the complaints under"),
    ("Each agency passed the buck to the next.", "passed the buck"),
    ("The owners have washed their hands of the stadium.", "washed their hands of"),
    ("The college patted itself on the back for a rise in applications.", "patted itself"),
    ("The much-vaunted cycle lane ends at a bus stop.", "much-vaunted"),
    ("Tipper trucks hurtle down the lane past the school gates.", "trucks hurtle down"),
    ("Parents said they were sickened by the decision.", "sickened"),
    ("The works spill filth into the canal every time it rains.", "filth"),
    ("Opposition councillors pounced on the figures within minutes.", "pounced"),
]

TRAPS = [
    "The lorry driver looked the other way before pulling out, the inquest heard.",
    "The coach driver fell asleep at the wheel on the motorway.",
    "Her grandmother's piano gathered dust in the garage for years.",
    "He sat on his hands to keep them warm in the cold.",
    "She swept the dust under the rug with a broom.",
    "The judge congratulated the winners of the poetry prize.",
    "Thunder rumbled over the hills as the buses left the depot.",
    "Staff were sickened after eating the food at the conference, with norovirus suspected.",
    "The fox pounced on a rabbit at the edge of the field.",
]


@pytest.mark.parametrize(("text", "word"), MARKED)
def test_figure_is_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in m or m in word for m in marks), marks


@pytest.mark.parametrize("text", TRAPS)
def test_literal_sense_is_not_marked(nlp, text):
    assert loaded(nlp, text) == []


# -- a grade in quotation marks is named, not doubted; a sound heard is not speech ------
def test_a_grade_in_quotation_marks_is_not_a_scare_quote(nlp):
    graded = nlp('The nursery was rated "inadequate" after the spring visit.').spans["loaded"]
    assert [s.label_ for s in graded] == []
    doubted = nlp('The trust\'s "improvement plan" fits on one page.').spans["loaded"]
    assert [s.label_ for s in doubted] == ["scare_quote"]


def test_a_howl_heard_is_a_sound_not_a_way_of_speaking(nlp):
    assert loaded(nlp, "Neighbours could hear the foxes howling behind the flats.") == []
    assert "howled" in loaded(nlp, "The landlord howled that the tenants owed him rent.")


# -- verdict formulas in the writer's voice (claims.yaml) ---------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("This is precisely the sort of contract that keeps lawyers rich.", True),
        ("Nobody needed another loyalty card, and this one is worse than most.", True),
        ("The last thing the harbour needs is another fish bar.", True),
        ("Voters will draw their own conclusions from the minister's silence.", True),
        ("This is the sort of contract the firm signs every year.", False),
        ("Nobody needed treatment after the fire, the brigade said.", False),
        ("The panel will draw its conclusions in the spring.", False),
    ],
)
def test_verdict_formula_is_a_claim_only_in_its_frame(nlp, text, claim):
    labels = [s.label_ for s in nlp(text).spans["loaded"]]
    assert ("unattributed_claim" in labels) is claim, labels
