"""Reporting verbs that report no act (issue 11, round F's practice false marks taken
as classes): the writer's own present statement in a letter or column, a passive verb
of making public whose subject is the thing made public, a tally of documents, and a
photo caption. Each trap has a found counterpart. Sentences written for these tests.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None]]:
    """(cue, canonical source) of every attribution, in reading order."""
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def test_the_writers_own_present_statement_is_no_attribution(nlp):
    assert acts(nlp, "I can tell you that the buses are never on time.") == []
    assert acts(nlp, "We believe the parking charges are unfair to small shops.") == []
    assert acts(nlp, "When I say the service is failing, I mean the timetable.") == []
    assert acts(nlp, "Let me assure you that the ferry will sail.") == []


def test_the_writers_own_past_act_is_still_reported(nlp):
    assert acts(nlp, "I told the council in March that the buses were late.") == [
        ("told the council", "I")
    ]


def test_a_passive_of_making_public_has_no_speaker(nlp):
    assert acts(nlp, "The figures were released on Monday.") == []
    assert acts(nlp, "Hours before the verdict was announced, the square filled up.") == []
    assert acts(nlp, "The ministry announced that the clinic would close.") == [
        ("announced", "ministry")
    ]


def test_a_tally_of_documents_reports_none_of_them(nlp):
    assert acts(nlp, "The inspectorate has published 212 reports since 2015.") == []
    assert acts(nlp, "The charity released dozens of statements that year.") == []
    found = acts(nlp, "The inspectorate published a report saying two wards were unsafe.")
    assert found == [("published", "inspectorate")]


def test_a_photo_caption_reports_nothing(nlp):
    assert acts(nlp, "The mayor says the dam will hold. Photo: Jan Vos") == []
    assert acts(nlp, "The mayor says the dam will hold.") == [("says", "mayor")]


def test_what_anyone_might_say_is_no_attribution(nlp):
    # a column's supposition: the reader, people in general, a bare plural under a modal
    assert acts(nlp, "Some will say I am being unkind to the harbour board.") == []
    assert acts(nlp, "You might think the trust had learned its lesson.") == []
    assert acts(nlp, "Sceptics will argue that the ferry can never pay its way.") == []


def test_a_named_speaker_under_a_modal_still_speaks(nlp):
    # briefed words ("will tell the conference") and "would say only that" are acts
    assert acts(nlp, "The minister will tell the conference that fares must rise.") == [
        ("tell the conference", "minister")
    ]
    assert acts(nlp, "Ms Okafor-Reyes would say only that talks were continuing.") == [
        ("say", "Okafor-Reyes")
    ]
