"""Forms of reporting the kit met in round V's genres (helper cuesV2): rulings ("the
panel ruled that", "the court held that"), evidence ("testified that"), advice with a
noun object ("the review recommended a new sign"), a second act joined to a reported
clause whose subject cannot speak or which carries a modal, a message noun with a
that-clause ("posted a reminder that ..."), a caption given "with the words", a
publisher's trade ("which publishes this bulletin": no act), one quotation claimed by
the cue before it and a cue after it, and transcript lines ('Ms Lee: "..."'). Every
sentence is written for this file (none is copied from data/); each class has a
literal-sense look-alike that must stay unmarked.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The tribunal ruled that the dismissal of the night porter was unfair.",
         "ruled", "the dismissal of the night porter was unfair"),
        ("The appeal court held that the lease on the boathouse was void.",
         "held", "the lease on the boathouse was void"),
        ("The adjudicator determined that the builder had breached the contract.",
         "determined", "the builder had breached the contract"),
        ("A neighbour testified that she had seen the van at midnight.",
         "testified", "she had seen the van at midnight"),
        ("The fire inspectors recommended a full rewire of the hall.",
         "recommended", "a full rewire"),
    ],
)  # fmt: skip
def test_rulings_evidence_and_advice_are_reports(nlp, text, cue, content):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [cue]
    assert content in acts[0].content.text


@pytest.mark.parametrize(
    "text",
    [
        "The Normans ruled the valley for more than a century.",
        "The referee ruled out a replay on Sunday.",
        "The two clubs held talks that ran late into the night.",
        "The climbers were determined to reach the summit by noon.",
        "Walkers can follow the recommended route along the cliffs.",
        "We recommend the blue model for most gardens.",
    ],
)
def test_look_alikes_of_rulings_and_advice_report_nothing(nlp, text):
    assert _cues(nlp, text) == []


def test_a_second_act_after_a_clause_whose_subject_cannot_speak(nlp):
    text = (
        'A cyclist complained that it now took her "twenty minutes to cross the square" '
        'and called the bollards "a maze for nobody".'
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["complained", "called"]
    assert "called" not in acts[0].content.text


def test_a_person_in_the_reported_clause_keeps_the_second_verb(nlp):
    """ "the driver had braked and called the police": the driver called; no new act."""
    text = "She said the driver had braked hard and called the police."
    assert _cues(nlp, text) == ["said"]


def test_a_present_cue_after_a_modal_clause_is_the_documents_act(nlp):
    text = (
        'The survey concludes that the sea wall would fail "within a decade" and '
        "recommends its demolition."
    )
    assert _cues(nlp, text) == ["concludes", "recommends"]


def test_a_message_noun_with_a_that_clause_gives_its_words(nlp):
    acts = _acts(nlp, "The school posted a reminder that the gates would close at four.")
    assert [a.cue.text for a in acts] == ["posted"]
    assert acts[0].content.text.startswith("the gates would close")


def test_a_post_whose_that_is_a_relative_pronoun_reports_nothing(nlp):
    assert _cues(nlp, "She posted a photo of the harbour that went viral overnight.") == []


def test_a_caption_with_the_words_is_the_posts_and_a_reply_with_photos_is_none(nlp):
    text = (
        'The bakery posted a picture of its new loaf with the words "Still warm!" '
        "Customers replied with photos of their own."
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["posted"]
    assert acts[0].content.text == "Still warm!"


def test_a_publishers_trade_is_no_report(nlp):
    assert _cues(nlp, "The guild, which publishes a quarterly magazine, met on Friday.") == []
    assert _cues(nlp, "The charity published figures showing a rise in calls.") == ["published"]


TRANSCRIPT = """The exchange at the committee went as follows.

Chair (Dame Ffion Harcourt): "How many branches will close this year?"

Owain Treloar (managing director, Westmere Bank): "Eleven, subject to review."

The chairwoman: "And how many staff will go?"

Mr Treloar: "None."

Warning: "Do not feed the swans."

THE VERDICT: "Mostly false."
"""


def test_transcript_lines_are_direct_speech_of_the_labelled_speaker(nlp):
    acts = _acts(nlp, TRANSCRIPT)
    cues = [a.cue.text for a in acts]
    assert cues == [
        "Chair (Dame Ffion Harcourt):",
        "Owain Treloar (managing director, Westmere Bank):",
        "The chairwoman:",
        "Mr Treloar:",
    ]
    assert all(a.label == "direct" for a in acts)
    assert acts[0].speaker.text == "Dame Ffion Harcourt"
    assert acts[1].speaker.text == "Owain Treloar"
    assert acts[1].content.text == "Eleven, subject to review."


def test_a_clause_before_a_colon_is_no_transcript_label(nlp):
    text = 'Then the manager stood up and said this: "We are closing."'
    assert _cues(nlp, text) == ["said"]


def test_a_subject_hung_on_an_opening_phrase_by_a_bare_comma(nlp):
    """ "In a letter read by her solicitor, her sister, Mina Okoro, described ...": the
    parser joined "her sister" to "solicitor" with no "and"; the sister speaks."""
    text = (
        "In a letter read to the tribunal by her solicitor, her sister, Mina Okoro, "
        'described the firm as "cold and careless".'
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["described"]
    assert acts[0].speaker.canonical == "Mina Okoro"


def _hedges(nlp, text):
    return [a.text for a in AnnotatedArticle.from_doc(nlp(text), {}).of("hedge")]


def test_a_possibility_not_ruled_out_is_a_hedge(nlp):
    assert _hedges(nlp, "The vet said she could not rule out a second infection.") == [
        "could not rule out"
    ]
    assert _hedges(nlp, "The manager ruled out a return to the club.") == []
