"""A body known by its kind noun, named before with words that say which one (helper
speakersAO): "the committee's interim report" after "the Assembly's housing scrutiny
committee" is "interim report of the housing scrutiny committee", and "A senior
official at the ministry" after "leaves the transport ministry" is "senior official at
the transport ministry" (guide, section 1: the fullest name the article gives; an
unnamed individual known by an owner is recorded with the owner resolved).

Sentences from the practice articles (rounds AN, AI1, AK6); the traps are look-alikes
written for these tests: two departments or two committees named, a kind noun named
before only with an adjective ("a parliamentary committee"), and a body named by a
capitalised name, which the older rules resolve.
"""

from __future__ import annotations

from speaker_acts import canonicals

from kit.evaluate import same_source

HEARING = (
    "Quellmark's housing minister, Sabellica Orcuttson, appeared before the Assembly's "
    "housing scrutiny committee on Wednesday to answer questions about a repair programme "
    "that has missed its first-year target by more than half.\n\n"
    "The committee's interim report, published in April, found that councils may have "
    "counted the same homes twice in some returns, and recommended an independent audit."
)

EXPENSES = (
    "Pelagius Skellerup leaves the transport ministry in Varrowgate on Monday.\n\n"
    "A senior official at the ministry, who asked not to be named, told the Sentinel-Post "
    "that the chalet had been let to tourists for most of last summer."
)
BUSKERS = (
    "There is a particular silence that settles over Gristlecombe council chamber when a "
    "committee is about to do something barmy.\n\n"
    "The council's head of licensing told the committee the scheme would \"probably\" pay "
    "for itself within two years."
)


def test_the_committees_report_is_the_housing_scrutiny_committees(nlp):
    # round AN (hearingroom): key "housing scrutiny committee interim report"
    found = canonicals(nlp, HEARING)[-1]
    assert found == "interim report of the housing scrutiny committee"
    assert same_source(found, "housing scrutiny committee interim report")


def test_an_official_at_the_ministry_is_at_the_transport_ministry(nlp):
    # round AI1 (expenses): key "senior official at the transport ministry"
    assert canonicals(nlp, EXPENSES)[-1] == "senior official at the transport ministry"


def test_the_councils_head_of_licensing_is_gristlecombe_councils(nlp):
    # round AK6 (tuneless): key "head of licensing at Gristlecombe council"; the parser
    # hangs "Gristlecombe" and "council" both on "chamber"
    found = canonicals(nlp, BUSKERS)[0]
    assert found == "head of licensing of Gristlecombe council"
    assert same_source(found, "head of licensing at Gristlecombe council")


def test_trap_two_departments_leave_the_department_as_written(nlp):
    text = (
        "The housing department and the finance department both replied.\n\n"
        "An official at the department said the audit was late."
    )
    assert canonicals(nlp, text)[-1] == "official at the department"


def test_trap_two_committees_leave_the_committee_as_written(nlp):
    text = (
        "The housing scrutiny committee met on Monday. The finance scrutiny committee met "
        "on Tuesday.\n\nThe committee's interim report found that the figures were late."
    )
    assert canonicals(nlp, text)[-1] != "interim report of the housing scrutiny committee"
    assert "finance" not in (canonicals(nlp, text)[-1] or "")


def test_trap_a_committee_named_only_by_its_kind_stays(nlp):
    text = (
        "The minister appeared before a parliamentary committee on Wednesday.\n\n"
        "The committee's interim report found that the figures were late."
    )
    assert "parliamentary" not in (canonicals(nlp, text)[-1] or "")


def test_a_capitalised_name_is_still_the_named_body(nlp):
    text = (
        "The Harbour Scrutiny Committee met on Monday.\n\n"
        "The committee's interim report found that the figures were late."
    )
    assert canonicals(nlp, text)[-1] == "interim report of the Harbour Scrutiny Committee"
