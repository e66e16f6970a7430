"""Bodies known by their kind noun and unnamed speakers' anonymity (issue 11 item 3,
helper ownersAJ): a section's name in a page's furniture line is no body ("the airline
said" is never "Travel"); "the airline" with no body named before is the one the story
opens on as its subject; "an official at the authority" works for the one authority named;
"a retired nurse from X who asked not to be named" is the post alone.
Sentences written for this file, each with a look-alike that must stay as it is.
"""

from __future__ import annotations

import kit


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_section_name_in_the_furniture_line_is_no_body(nlp):
    text = (
        "THE HOLLOWAY GAZETTE | News | Travel\n\n"
        "Brenmoor Air cancelled 600 flights on Saturday after a computer fault.\n\n"
        "The airline said the fault had been fixed. It apologised to customers and said "
        "refunds would be paid within a week."
    )
    found = speakers(nlp, text)
    assert all(canonical != "Travel" for _, canonical in found)
    assert found[0] == ("said", "Brenmoor Air")


def test_the_kind_noun_is_the_body_the_story_opens_on(nlp):
    text = (
        "Quenby Athletic sacked their manager on Sunday night after nine defeats. "
        "The club said a new manager would be named within a fortnight."
    )
    assert speakers(nlp, text) == [("said", "Quenby Athletic")]


def test_a_person_the_story_opens_on_is_no_body(nlp):
    # trap: the lead's subject is a person, so "the company" keeps its noun
    text = (
        "Marla Tennick, the chief executive, resigned on Friday after eleven years. "
        "The company said it would appoint a successor soon."
    )
    assert speakers(nlp, text) != [("said", "Marla Tennick")]


def test_a_body_named_before_still_comes_first(nlp):
    # trap: a business named before the noun is the one it points back to, not the lead
    text = (
        "Corvell Rail cut 40 services on Monday. Passengers blamed Pentry Trains, which runs "
        "the connecting line. Pentry Trains said the cuts were not its doing. "
        "The company said it would add two carriages to its evening service."
    )
    found = speakers(nlp, text)
    assert found[-1] == ("said", "Pentry Trains")


def test_a_request_for_anonymity_hung_on_a_place_goes(nlp):
    # the parser hangs the clause on the place after "from"; the post says who
    text = (
        "A retired postman from Elderby who asked not to be named said the office had "
        "been closing early for months."
    )
    assert speakers(nlp, text) == [("said", "retired postman from Elderby")]
    # a clause that says who the speaker is stays ("who has lived on the street")
    text = (
        "A woman who has lived on Farrow Street since 2011 and who asked not to be named "
        "said the noise began at dawn."
    )
    assert speakers(nlp, text) == [("said", "woman who has lived on Farrow Street since 2011")]


def test_a_definite_body_after_at_is_the_one_body_of_that_kind_named(nlp):
    text = (
        "The Varrow Water Authority fined three farms on Tuesday. An official at the "
        "authority, who was not authorised to speak publicly, said more fines would follow."
    )
    # (the keys write "the" or not; the evaluation reads both alike)
    assert speakers(nlp, text)[-1] == ("said", "official at Varrow Water Authority")
    text = (
        "The Ministry of Coastal Affairs published the figures on Monday. A senior official "
        "at the ministry, who would speak only anonymously, said the count was too low."
    )
    assert speakers(nlp, text)[-1] == ("said", "senior official at Ministry of Coastal Affairs")


def test_two_bodies_of_the_kind_leave_the_noun_as_written(nlp):
    # trap: the Ministry of Roads and the Ministry of Rail are both named: which one is
    # meant is the reader's guess
    text = (
        "The Ministry of Roads and the Ministry of Rail disagreed over the budget. A senior "
        "official at the ministry, who asked not to be named, said talks had broken down."
    )
    assert speakers(nlp, text)[-1] == ("said", "senior official at the ministry")


def test_a_kind_noun_that_says_nothing_is_no_speaker(nlp):
    # trap: "the airline" is the subject of no speech
    text = (
        "Brenmoor Air cancelled 600 flights on Saturday. The airline has 40 aircraft. "
        "Passengers were stranded for hours."
    )
    assert speakers(nlp, text) == []


def test_a_captioned_person_before_the_lead_is_no_body(nlp):
    # trap: the caption's subject is a person the text later calls by surname alone
    text = (
        "Orrin Tallow waves to the fans on Saturday. Photo: Agency\n\n"
        "So Carlow Athletic have sacked Orrin Tallow after nine games. "
        "The club said a new head coach would be named soon."
    )
    assert speakers(nlp, text)[-1] == ("said", "Carlow Athletic")
