"""A cue whose document phrase carries a participle (helper speakersAQ): "said in a
leaflet handed out at the door that ...", "said in a planning application lodged last
month that ...". The parser hangs the that-clause on the participle (or on a noun after
it), so the cue had no content and no attribution was made; the clause is what the cue
verb reports (guide, section 1: one attribution per act of reporting).

Sentences from the practice articles (rounds AP, R, I, AN1); the traps are look-alikes
written for these tests: a relative "that" or a clause with no "that" stays the
participle's own, and a place, not a document, in the "in" phrase is no medium.
"""

from __future__ import annotations

from speaker_acts import acts

LEAFLET = (
    "Outside, the Pennistone Small Shareholders' Circle said in a leaflet handed out at the "
    "door that the board was \"marking its own homework\"."
)
APPLICATION = (
    "Corvane Estates, which bought the building in 2022, said in a planning application "
    "lodged last month that the cinema was \"no longer viable\"."
)
VIDEO = (
    "Mr Quenlivan, who opened the Gilded Pheasant in 2021 after two series of his cookery "
    "show \"Ember & Salt\", said in a video posted on his social media accounts that he was "
    "\"gutted\" and that the problems had arisen while he was filming abroad."
)
NOTE = (
    "A second member of the panel, Tovric Haldenay, said in a dissenting note attached to "
    "the report that the true cost was \"probably nearer half a billion\" once staff "
    "overtime was counted."
)


def _said(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(cue, canonical) for cue, _, canonical in acts(nlp, text) if cue.startswith("said")]


def test_said_in_a_leaflet_handed_out_reports_the_that_clause(nlp):
    # round AP (proxyday): key cue "said in a leaflet handed out at the door"
    assert len(_said(nlp, LEAFLET)) == 1


def test_said_in_an_application_lodged_reports_the_that_clause(nlp):
    # round R (cinema): key "Corvane Estates"
    assert _said(nlp, APPLICATION) == [("said", "Corvane Estates")]


def test_said_in_a_video_posted_reports_the_that_clause(nlp):
    # round I (food_safety)
    assert [c for _, c in _said(nlp, VIDEO)] == ["Quenlivan"]


def test_said_in_a_note_attached_reports_the_that_clause(nlp):
    # round AN1 (ledgerfall): key "Tovric Haldenay"
    assert [c for _, c in _said(nlp, NOTE)] == ["Tovric Haldenay"]


def test_a_box_marked_that_is_no_medium(nlp):
    # trap: "in a box" is a place, not a document; "kept" reports nothing
    assert acts(nlp, "The trust kept the papers in a box marked that it was private.") == []


def test_a_relative_that_after_the_participle_is_not_content(nlp):
    # trap: the participle's own object clause opened by a relative "that" is description
    found = acts(nlp, "The mayor waved in a photo taken at the fair that everyone shared.")
    assert found == []
