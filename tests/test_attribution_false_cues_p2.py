"""False cues and descriptor words before names on unseen press prose (issue 11, helper
spkP2 after round P): a duty passive ("It has to be said that"), "find" with a pronoun and
an adjective (an experience, not a finding), a linked headline in page furniture
("Related: X announces Y"), a request not to be named inside the speaker's description,
and a capitalised job word or plural descriptor opening a sentence before a name. Each
trap has a counterpart that is still found. Sentences written for these tests
(benchmarks/fresh_probe/speakers20.yaml, speakers21.yaml).
"""

from __future__ import annotations

import kit
from kit.annotated import AnnotatedArticle


def acts(nlp, text: str) -> list[tuple[str, str | None]]:
    """(cue, canonical source) of every attribution, in reading order."""
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_present_duty_passive_is_the_writers_aside(nlp):
    assert acts(nlp, "It has to be said that the new ring road is a vast improvement.") == []
    assert acts(nlp, "It needs to be said that the marina is half empty.") == []


def test_a_past_duty_with_a_speaker_is_still_reported(nlp):
    found = acts(nlp, "The mayor had to admit that the marina was half empty.")
    assert [cue for cue, _ in found] == ["admit"]


def test_finding_a_thing_funny_is_no_finding(nlp):
    assert acts(nlp, "Families found that hilarious.") == []
    assert acts(nlp, "Critics found it baffling that the show ran for three hours.") == []


def test_an_inquiry_finding_is_still_reported(nlp):
    found = acts(nlp, "Inspectors found that the pier was unsafe.")
    assert [cue for cue, _ in found] == ["found"]


def test_a_linked_headline_in_page_furniture_is_no_attribution(nlp):
    text = (
        "The lido will reopen in May, its owners said.\n\n"
        "Share this story | Related: Lido announces summer season"
    )
    found = AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")
    assert [a.cue.text for a in found] == ["said"]


def test_a_request_not_to_be_named_reports_no_words(nlp):
    text = (
        "The owner of one bakery, who asked that her name not be used, said takings "
        "had fallen by a third."
    )
    assert [cue for cue, _ in acts(nlp, text)] == ["said"]


def test_a_job_word_opening_the_sentence_is_no_part_of_the_name(nlp):
    assert acts(nlp, "Gardener Evander Pryce-Hollis said the plots were vital.") == [
        ("said", "Evander Pryce-Hollis")
    ]
    assert acts(nlp, "Locksmith Anwen Threlkeld-Pym said the doors were flimsy.") == [
        ("said", "Anwen Threlkeld-Pym")
    ]


def test_a_plural_descriptor_opening_the_sentence_is_no_part_of_the_body(nlp):
    found = acts(nlp, "Liquidators Ashcombe Partners confirmed that the firm had ceased trading.")
    assert found == [("confirmed", "Ashcombe Partners")]


def test_a_quote_handed_on_after_a_phrase_of_place_is_its_speakers_act(nlp):
    text = (
        "Ottilie Marchbank said chef Caius Penhallow had once told her at a staff party, "
        '"You will never run a kitchen."'
    )
    assert ("told her", "Caius Penhallow") in acts(nlp, text)


def test_a_reported_telling_without_a_quote_stays_inside_the_content(nlp):
    text = "Ottilie Marchbank said a council surveyor had told her the lane would shut."
    assert [cue for cue, _ in acts(nlp, text)] == ["said"]


def test_staff_named_by_a_short_body_name_work_for_the_body(nlp):
    text = (
        "Kelderby Aggregates wants to blast the ridge. Ms Marchbank said a Kelderby "
        "surveyor had told her at a parish meeting, 'We will have that ridge.'"
    )
    assert ("told her", "surveyor for Kelderby Aggregates") in acts(nlp, text)
