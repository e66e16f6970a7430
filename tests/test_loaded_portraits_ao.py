"""An apposed portrait (loadedAO), learned from rounds AN and AN1-AN3 and counted across
the practice rounds (24 keyed items from 20 rounds missed, 75 more already found, 5
acceptable, one plain apposition and no trap): a named person or office-holder summed up in the
writer's apposition by a bare "a man who ..." / "a woman whose ...", or any person noun
belittled by a sweeping comparison ("who has never run anything larger than ...").
The portrait must sweep or measure ("every", "all", "never", "times", "only", a comparison,
a made-up feat's "could"): the same frame without such a word is a plain description in the
older tests of rounds AG to AI, so a figure with none of them ("a man whose idea of
transparency is a frosted window") is left unmarked.

And the trap beside it, from the same rounds: a record of not doing whose object is a part
of the story's own events ("who has never attended one of the dinners") places a source,
and the negated-record rule leaves it unmarked.

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a trade, an anonymous source, a length of service, a clause reporting speech, a
quotation, a partitive record.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_mockery import apposed_portraits

MARKED = [
    ("The transport secretary, Ildra Vonsk, a woman who answers every letter with a press "
     "release, opened the new depot on Monday.", "a woman who answers every letter"),
    ("The chief whip, Bartram Oys, a man who treats every question as an ambush, told "
     "members the vote would go ahead.", "a man who treats every question as an ambush"),
    ("Its chairman, Corwen Ledd, a former estate agent who has never managed anything "
     "bigger than a lettings office, said the board was confident.",
     "never managed anything bigger than a lettings office"),
    ("The fisheries minister, Haldor Prenn, a man who could lose a vote in an empty room, "
     "announced the quota on Tuesday.", "a man who could lose a vote in an empty room"),
    ("The new chair, Odo Brisk, a man whose only known hobby is cutting budgets, opened the "
     "meeting.", "a man whose only known hobby is cutting budgets"),
    ("Her deputy, Rhoswen Tarr, a woman who has changed her mind on the bypass four times "
     "since June, spoke first.", "a woman who has changed her mind on the bypass"),
]

GUARDS = [
    "Another witness, a woman who works at the post office and did not want to be named, "
    "said the van drove off at speed.",
    "The trophy went to Ebba Lorn, 58, a retired school cook who has won the jam class "
    "three years running.",
    "The captain, Ollie Brand, a man who has played for the club since 1998, said the fans "
    "had been wonderful.",
    "The chair, Ama Rees, a woman who has lived in the town for forty years, said the hall "
    "would reopen in May.",
    "The caretaker, Wyn Hale, a man who said he had worked at the school for a decade, "
    "locked the gates.",
    '"My brother has never run anything bigger than a school fete," said Tilda Marr.',
    "Nessa Quill, a councillor for Brook Ward who has never attended one of the lunches, "
    "told the paper the invitations were odd.",
    # the bare frame with nothing sweeping in it: a description (older tests of rounds AG
    # to AI keep "a man whose idea of a holiday appears to be a week of fishing" plain, so
    # round AN's "a man whose idea of transparency is a frosted window" stays unmarked too)
    "The warden, Tam Rudd, a man who appears in the film, said the path was safe.",
    "The chief whip, Bartram Oys, a man whose notion of a consultation is a locked door, "
    "told members the vote would go ahead.",
]


@pytest.mark.parametrize(("text", "inside"), MARKED)
def test_an_apposed_portrait_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_a_plain_apposition_is_no_claim(nlp, text):
    found = claims(nlp, text)
    assert not any(w in c for c in found for w in ("who ", "whose ")), found


def test_one_mark_for_a_portrait_with_a_charged_figure_inside(nlp):
    doc = nlp(
        "Her rival, Ossian Trell, a man who treats every camera as a personal enemy, "
        "opened the debate."
    )
    marks = [s for s in doc.spans["loaded"] if "camera" in s.text]
    assert len(marks) == 1 and marks[0].label_ == "unattributed_claim", marks


def test_the_explanation_names_the_person_and_a_neutral_wording(nlp):
    doc = nlp(
        "The chief whip, Bartram Oys, a man who treats every question as an ambush, told "
        "members the vote would go ahead."
    )
    (j,) = list(apposed_portraits(doc))
    assert j.span.text == "a man who treats every question as an ambush"
    assert "'Bartram Oys'" in j.explanation and "role" in j.neutral


# -- a belief read into a mind (belief_readings; 7 keyed items from 7 rounds, the 3 other
# finds inside quotations) ---------------------------------------------------------------
BELIEFS = [
    "The mayor clearly believes that if he cuts enough ribbons, nobody will read the accounts.",
    "He seems to believe that a press release is a repair.",
    "The chancellor apparently thinks that pensioners enjoy queuing.",
    "She appears to believe that a consultation is a leaflet.",
]

BELIEF_GUARDS = [
    "The board believes the new timetable will cut delays.",
    "I think the plan will work.",
    "The ringers seem to think so.",
    '"The ringers seem to think the scaffolding means the end of the world," the vicar said.',
    "The vicar said the ringers clearly believe the tower is safe.",
    "Does she really think that happened by accident?",
]


@pytest.mark.parametrize("text", BELIEFS)
def test_a_belief_read_into_a_mind_is_a_claim(nlp, text):
    found = claims(nlp, text)
    assert any(text.rstrip(".") in c for c in found), found


@pytest.mark.parametrize("text", BELIEF_GUARDS)
def test_a_reported_or_own_belief_is_no_belief_reading(nlp, text):
    doc = nlp(text)
    assert not any(
        "believes, read off their conduct" in (s._.kit_explanation or "")
        for s in doc.spans["loaded"]
    ), [(s.text, s._.kit_explanation) for s in doc.spans["loaded"]]
