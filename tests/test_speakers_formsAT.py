"""Canonical forms of unnamed and titled sources as the keys write them (helper formsAT;
docs/annotation_rules.md: "the owner resolved"), on sentences of the shapes met in the
practice articles. Rules in kit/lenses/speaker_owners.py and speaker_unnamed.py (the
possessive mark of a plural owner) and kit/lenses/speakers.py (``_named_site``: a workplace
named by its kind, ``workplace_sites`` in anaphors.yaml).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- a plural owner takes the apostrophe alone --------------------------------------------------
def test_their_report_after_plural_inspectors_has_one_possessive_mark(nlp):
    text = (
        "The council's food safety inspectors visited the bakery on 2 May. Their report "
        'notes that the kitchen "may need a second hand-wash sink".'
    )
    found = canonicals(nlp, text)
    assert found and found[0] is not None
    assert "s's" not in found[0]
    assert found[0].endswith("inspectors' report")


def test_a_singular_owner_keeps_apostrophe_s(nlp):
    text = (
        "The council's food safety inspector visited the bakery on 2 May. Her report notes "
        'that the kitchen "may need a second hand-wash sink".'
    )
    found = canonicals(nlp, text)
    assert found and found[0] is not None
    assert "s' " not in found[0]


# -- a workplace named by its kind is the one place of that kind named --------------------------
def test_a_cleaner_at_the_hotel_works_at_the_hotel_named(nlp):
    text = (
        "About 140 people are housed at the Sorrelmont Hotel in Aldcastle. A cleaner at the "
        "hotel, who asked me not to use her name, said rooms were checked once a week."
    )
    assert canonicals(nlp, text) == ["cleaner at the Sorrelmont Hotel"]


def test_an_officer_at_the_prison_works_at_the_prison_named(nlp):
    text = (
        "Drewsteign Prison holds about 600 men on four wings. An officer at the prison, "
        "who asked not to be named, said staff had reported the leaks for months."
    )
    assert canonicals(nlp, text) == ["officer at Drewsteign Prison"]


def test_an_aid_worker_in_the_camp_leaves_out_the_kind_word_between(nlp):
    text = (
        "Health workers in the Marrowdene displacement camp have recorded 412 cases. An aid "
        "worker in the camp, who asked not to be named, said the tablets had run out twice."
    )
    assert canonicals(nlp, text) == ["aid worker in the Marrowdene camp"]


def test_two_hotels_named_leave_the_hotel_as_written(nlp):
    text = (
        "Families were moved from the Sorrelmont Hotel to the Quayside Hotel in May. A cleaner "
        "at the hotel, who asked me not to use her name, said rooms were checked once a week."
    )
    assert canonicals(nlp, text) == ["cleaner at the hotel"]


def test_a_hotel_never_named_stays_as_written(nlp):
    text = (
        "About 140 people are housed in a hotel in Aldcastle. A cleaner at the hotel, who "
        "asked me not to use her name, said rooms were checked once a week."
    )
    assert canonicals(nlp, text) == ["cleaner at the hotel"]


def test_a_place_that_is_not_a_workplace_stays_as_written(nlp):
    text = (
        "Boats moor at Gannholm Quay each night. One deckhand on the quay, who asked not to be "
        "named, said the ropes were old."
    )
    assert canonicals(nlp, text) == ["deckhand on the quay"]
