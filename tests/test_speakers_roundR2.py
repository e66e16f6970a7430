"""Canonical speakers from helper spkR2's fresh probes (written before the rules), on
sentences made up for these tests: the classes of English behind round R's speaker
mismatches (docs/annotation_rules.md, section 1: one canonical source, the fullest name;
a title tied to a name anywhere in the article is that person; section 5: an unnamed
individual keeps their role, the apposition describes them; a person speaking through a
document stays the person).
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None]]:
    """Each attribution's cue text and canonical source, in reading order."""
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def sources(nlp, text: str) -> dict[str, str]:
    """Each source row's canonical name and type."""
    return {s.canonical: s.type for s in kit.annotate(text, nlp=nlp).sources}


# -- an unnamed role, then an apposition that only asks for anonymity -------------------------
def test_a_role_keeps_its_name_when_the_apposition_only_asks_anonymity(nlp):
    text = (
        "One parish councillor, a retired vet who asked not to be named because she still "
        "sits on the planning committee, said the vote had been rushed. She said the minutes "
        'were "a work of fiction".'
    )
    assert canonicals(nlp, text) == ["parish councillor", "parish councillor"]
    assert sources(nlp, text) == {"parish councillor": "anonymous"}


def test_a_volunteer_described_as_a_student_is_the_volunteer(nlp):
    text = (
        "One volunteer, a student who asked not to be named because his tutor disapproves, "
        "said the shelter had run out of blankets."
    )
    assert canonicals(nlp, text) == ["volunteer"]


# -- a person speaking through a document, the document described by a participle -------------
def test_said_in_a_report_sent_to_someone_is_the_person(nlp):
    text = (
        "The trust's ecologist, Dr Fenwick Arbury, said in a report sent to the council that "
        'the pond had "almost certainly been poisoned" and that the newts had gone.'
    )
    assert acts(nlp, text) == [("said in a report sent to the council", "Fenwick Arbury")]


def test_a_report_read_to_a_tribunal_is_no_cue_of_its_own(nlp):
    text = (
        "The club's physio, Ottilie Brakespeare, said in a statement read to the tribunal "
        "that the player had been fit to train."
    )
    assert acts(nlp, text) == [("said in a statement read to the tribunal", "Ottilie Brakespeare")]


# -- a title-only speaker, named in the next sentence by "That executive, X" ------------------
def test_that_executive_names_the_title_only_speaker_before(nlp):
    text = (
        "The brewery's head of sales told the Courier that landlords had been offered "
        '"generous" terms. That executive, Osric Pennyway, who joined the firm last year, said '
        "the prices would hold until summer."
    )
    assert canonicals(nlp, text) == ["Osric Pennyway", "Osric Pennyway"]


# -- an age label with a describing adjective stands for the person in focus ------------------
def test_the_tireless_61_year_old_is_the_person_just_named(nlp):
    text = (
        "Headteacher Wilhelma Dunstable, who founded the choir in 1998, said the tour was "
        '"a dream". The tireless 61-year-old, who still plays the organ every Sunday, says the '
        'choir has "always been about the village".'
    )
    assert canonicals(nlp, text) == ["Wilhelma Dunstable", "Wilhelma Dunstable"]


# -- a title, then a long apposition with a list, then "who told" -----------------------------
def test_the_speaker_after_a_long_apposition_is_the_title_not_the_last_noun(nlp):
    text = (
        "First to speak was the cabinet member for parks, a former bank manager who has run "
        "the department through three budgets, two inquiries and one notorious heatwave, who "
        'told the meeting that the lido would "probably" reopen in May. The cabinet member '
        "for parks, Councillor Petrus Vandeleur, later declined to comment."
    )
    assert canonicals(nlp, text) == ["Petrus Vandeleur"]


# -- batch 2, written after the rules and scored once (4 of 6 passed; the two misses are in
# -- the helper's report: "a notorious bin fire" after a list with "a", and "opposite" lost)
def test_batch2_an_allotment_holder_who_asked_not_to_be_named_is_the_holder(nlp):
    text = (
        "One allotment holder, a nurse who asked not to be named because she fears losing "
        "her plot, said the water had been cut off."
    )
    assert canonicals(nlp, text) == ["allotment holder"]


def test_batch2_said_in_a_letter_sent_to_trustees(nlp):
    text = (
        "The museum's curator, Dr Anselm Rookwood, said in a letter sent to trustees that the "
        'roof was "close to collapse".'
    )
    assert acts(nlp, text) == [("said in a letter sent to trustees", "Anselm Rookwood")]


def test_batch2_this_official_names_the_director_before(nlp):
    text = (
        "The hotel's director of operations told the Herald that staff would keep their jobs. "
        "This official, Bryony Castellane, who has run the hotel since 2019, said the sale "
        "would close in June."
    )
    assert canonicals(nlp, text) == ["Bryony Castellane", "Bryony Castellane"]


def test_batch2_the_cheerful_70_year_old_is_the_groundsman(nlp):
    text = (
        "Groundsman Ptolemy Askew, who has tended the pitch since 1987, said the drainage had "
        'failed. The cheerful 70-year-old says the club "owes him a new mower".'
    )
    assert canonicals(nlp, text) == ["Ptolemy Askew", "Ptolemy Askew"]


def test_batch2_which_after_a_list_of_things_is_no_person(nlp):
    text = (
        "The committee looked at three options, a new road, a bypass and a tunnel, which "
        "planners said would cost £40m."
    )
    assert canonicals(nlp, text) == ["planners"]
