"""A document a body spoke *in*, taken up in a later paragraph (helper speakersAO): "...,
the Industrial Hazards Board said in a report published on Tuesday. [new paragraph] The
report found ..." is the board's report, as it is within one paragraph (guide, section
1: the fullest name the article gives), when no other mention of the noun comes between;
the body keeps its whole name ("Select Panel on Public Spending").

Sentences from the practice articles (rounds AL3, AN1); the traps are look-alikes
written for these tests: another document of the kind named in between, and a document
never introduced by a body.
"""

from __future__ import annotations

from speaker_acts import canonicals

from kit.evaluate import same_source

REFINERY = (
    "A corroded section of pipe that had not been inspected for six years caused the fire "
    "that injured four workers at the Ebbmoor refinery last September, the Industrial "
    "Hazards Board said in a report published on Tuesday.\n\n"
    "The report found that the pipe, which carried hydrogen-rich gas at 160 bar through "
    "the refinery's hydrocracker, had thinned to less than a third of its original wall "
    "thickness before it ruptured."
)

LANTERNWHEEL = (
    "The Lanternwheel computer system cost 412 million crowns over seven years and was "
    "switched off in February, the assembly's Select Panel on Public Spending said in a "
    "report published on Tuesday.\n\n"
    "The panel's chair, Ansgrethe Quobrin, said the project had been \"approved before "
    'anyone could say what it was for".\n\n'
    "The 94-page report says the Ministry of Rural Payments signed the contract."
)


def test_the_report_a_paragraph_on_is_the_boards(nlp):
    # round AL3 (crackerfire): key "report of the Industrial Hazards Board"
    found = canonicals(nlp, REFINERY)[-1]
    assert found == "Industrial Hazards Board's report"
    assert same_source(found, "report of the Industrial Hazards Board")


def test_the_report_keeps_the_panels_whole_name(nlp):
    # round AN1 (ledgerfall): key "report of the Select Panel on Public Spending"
    found = canonicals(nlp, LANTERNWHEEL)[-1]
    assert same_source(found, "report of the Select Panel on Public Spending")


def test_trap_another_report_named_in_between_is_not_the_boards(nlp):
    text = REFINERY.replace(
        "The report found",
        "The refinery's owner commissioned a report of its own.\n\nThe report found",
    )
    assert "Industrial Hazards Board" not in (canonicals(nlp, text)[-1] or "")


def test_trap_a_report_no_body_spoke_in_stays_bare(nlp):
    text = (
        "The pipe had thinned for years before anyone looked at it.\n\n"
        "The report found that the pipe had never been fitted with a probe."
    )
    assert canonicals(nlp, text)[-1] == "report"
