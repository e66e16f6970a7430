"""Forms of reporting (and of no reporting) the kit met in round Z (helper cuesAA).
Every sentence is written for this file (none is copied from data/); each rule has a
look-alike that must keep its plain reading.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


# -- a verb of showing needs an agent: a person, a body or a document -----------------
@pytest.mark.parametrize(
    "text",
    [
        "But the mood in the harbour afterwards suggested that few people agreed with him.",
        "The queues outside the surgery showed that demand had outstripped supply.",
        "The silence in the chamber indicated that the motion would fail.",
        "Evidence from Norway suggests that the tax works.",
        "The pattern of results suggests that the test works best in older animals.",
    ],
)
def test_a_state_of_affairs_that_suggests_reports_no_one(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "canonical"),
    [
        # the guide counts documents and published data as sources (and so do the keys)
        ("The figures suggest that the scheme has failed.", "suggest", "figures"),
        ("The council's annual report shows that visits fell by a third.", "shows",
         "council's annual report"),
        ("A listener suggested that we check the old timetables.", "suggested", "listener"),
        ("The council's head of planning suggested that the road be closed.", "suggested",
         "council's head of planning"),
        ("Ornithologists and wardens indicated that the colony had moved.", "indicated",
         "Ornithologists and wardens"),
    ],
)
def test_a_person_body_or_document_that_suggests_is_a_source(nlp, text, cue, canonical):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [cue]
    assert acts[0].canonical.lower() == canonical.lower()


# -- "has yet to explain": an act that has not happened -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The trust, which spent £3 million on consultants last year, has yet to explain "
        "why the ward closed.",
        "The minister is yet to say when the report will be published.",
        "The council has still to explain where the money went.",
    ],
)
def test_an_act_still_to_come_reports_nothing(nlp, text):
    assert _cues(nlp, text) == []


def test_a_done_act_beside_a_yet_to_frame_stays(nlp):
    assert _cues(nlp, "She has explained why the ward closed.") == ["explained"]
    text = ("Officials have yet to explain the delay, but the agency said on Monday that "
            "repairs would start soon.")
    assert _cues(nlp, text) == ["said"]
    assert _cues(nlp, "The mayor said he had yet to see the report.") == ["said"]
