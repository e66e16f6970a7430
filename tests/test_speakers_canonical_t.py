"""Canonical speakers learned from round T (spkT1): a short form of a body resolved to
the fullest run of names that holds it (of nested runs, the one the others are named
after), a bare surname with an age resolving to the full name, a long description in
apposition beside a role with its owner, and false speakers (a date participle in
apposition, a thing moving or a machine as the subject of a naming verb).
Sentences written for this file, each with the expected canonical source.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def cues(nlp, text: str) -> list[str]:
    return [a.cue.text for a in kit.annotate(text, nlp=nlp).attributions if a.cue]




def test_a_place_word_resolves_to_the_club_not_its_supporters_club(nlp):
    text = (
        "Dunmoor Rovers midfielder Tobiah Greaves could leave before the deadline.\n\n"
        "The Dunmoor Rovers Supporters' Club said fans were anxious.\n\n"
        "A source at Dunmoor told the Echo that a bid had been rejected."
    )
    assert canonicals(nlp, text)[-1] == "source at Dunmoor Rovers"


def test_a_surname_with_an_age_is_the_full_name_given_before(nlp):
    text = (
        "The prize for the best pen of ewes went to Bartholomew Fennick's Texel flock.\n\n"
        "Fennick, 68, who farms above the river, told the Courier the ewes had wintered well."
    )
    assert canonicals(nlp, text) == ["Bartholomew Fennick"]





def test_a_dated_document_is_the_document_not_its_date(nlp):
    text = (
        "The Post has obtained a council briefing note, dated March, which warns that "
        'the pool is "beyond economic repair".'
    )
    assert canonicals(nlp, text) == ["council briefing note"]


def test_whose_gate_that_slammed_is_no_speaker(nlp):
    text = (
        "Florist Ottoline Prewitt, who has run the shop since 2004 and whose shutter slammed "
        'into a van in the storm, said the council had been "asleep at the wheel".'
    )
    assert cues(nlp, text) == ["said"]
    assert canonicals(nlp, text) == ["Ottoline Prewitt"]


def test_a_machine_that_labels_something_is_no_speaker(nlp):
    text = (
        "Couriers carry a tablet, which logs their stops in a column the software "
        'labels "dead time".'
    )
    assert cues(nlp, text) == []


def test_a_long_description_in_apposition_keeps_the_role_with_its_owner(nlp):
    text = (
        "The Harbour Independents' election agent, a retired trawlerman with an alarming "
        'collection of ties, said the party had "every confidence" in its candidate.'
    )
    assert canonicals(nlp, text) == ["election agent for Harbour Independents"]
