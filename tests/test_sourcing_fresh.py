"""Source types learned from fresh probe prose (benchmarks/fresh_probe/sources*.yaml).

Every sentence here is written for this file. Each class has a sentence the fix marks
and a look-alike that must keep its old type.
"""

from __future__ import annotations

import kit
from kit.article import Article


def rows(nlp, text: str, outlet: str = "The Dunholm Ledger") -> dict[str, str]:
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical.lower(): s.type for s in kit.annotate(article, nlp=nlp).sources}


def test_a_figure_of_standing_is_a_person_not_published_figures(nlp):
    found = rows(nlp, 'A senior figure in the ferry trade said the timetable was "pure fiction".')
    assert found == {"senior figure in the ferry trade": "anonymous"}
    trap = rows(nlp, "Figures released by the port authority show that freight fell by a tenth.")
    assert list(trap.values()) == ["document"]


def test_one_figure_close_to_a_club_is_a_person(nlp):
    found = rows(nlp, "One figure close to the rowing club said the coach would resign.")
    assert list(found.values()) == ["anonymous"]
    trap = rows(nlp, "The latest figures show that membership of the rowing club has doubled.")
    assert list(trap.values()) == ["document"]


def test_plural_bodies_with_no_name_are_not_a_named_organization(nlp):
    found = rows(nlp, "Tenant groups say the new rents are beyond the reach of nurses.")
    assert found == {"tenant groups": "anonymous"}
    pinned = rows(nlp, "The three airlines said the strike would ground 200 flights.")
    assert list(pinned.values()) == ["unnamed_group"]
    trap = rows(nlp, "The company said the strike would ground 200 flights.")
    assert list(trap.values()) == ["named_organization"]


def test_written_records_beyond_reports_are_documents(nlp):
    found = rows(nlp, 'According to a 2024 insurance valuation, the statue was "of modest worth".')
    assert list(found.values()) == ["document"]
    trap = rows(nlp, 'According to a retired valuer, the statue was "of modest worth".')
    assert "document" not in trap.values()


def test_specialists_and_campaigners_name_no_one(nlp):
    found = rows(nlp, "Forensic specialists believe the fire was started deliberately.")
    assert list(found.values()) == ["anonymous"]
    found = rows(nlp, "Road-safety campaigners argue that the bend needs a camera.")
    assert list(found.values()) == ["anonymous"]
    trap = rows(nlp, "Paramedics said the driver had been taken to hospital.")
    assert list(trap.values()) == ["unnamed_group"]


def test_a_plural_role_opening_a_sentence_is_a_group_not_a_name(nlp):
    found = rows(nlp, "Paramedics said the cyclist had been taken to hospital.")
    assert list(found.values()) == ["unnamed_group"]
    found = rows(nlp, "Witnesses said the lorry had jumped the lights.")
    assert list(found.values()) == ["anonymous"]
    trap = rows(nlp, "Greenhithe Freight said the lorry had passed its inspection.")
    assert list(trap.values()) == ["named_organization"]


def exclusive(nlp, text: str, outlet: str = "The Dunholm Ledger") -> dict[str, bool]:
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical: s.outlet_exclusive for s in kit.annotate(article, nlp=nlp).sources}


def test_a_document_seen_by_the_outlet_set_off_by_commas_is_exclusive(nlp):
    found = exclusive(
        nlp, "A report from the county's fire service, seen by the Ledger, warns that the "
        "depot could close."
    )
    assert list(found.values()) == [True]
    trap = exclusive(
        nlp, "A report from the county's fire service, seen by the Courier, warns that the "
        "depot could close."
    )
    assert list(trap.values()) == [False]


def test_a_document_obtained_by_this_newspaper_is_exclusive(nlp):
    found = exclusive(nlp, "Emails obtained by this newspaper suggest that the vote was rigged.")
    assert list(found.values()) == [True]
    trap = exclusive(nlp, "Emails obtained by the Courier suggest that the vote was rigged.")
    assert list(trap.values()) == [False]


def test_an_opening_speaking_to_the_outlet_is_exclusive(nlp):
    found = exclusive(nlp, "Speaking to the Ledger, Orla Finnegan said the pier was shut.")
    assert found == {"Orla Finnegan": True}
    trap = exclusive(nlp, "Speaking to the Courier, Orla Finnegan said the pier was shut.")
    assert found != trap and trap == {"Orla Finnegan": False}


def test_plural_role_abbreviations_are_a_group(nlp):
    found = rows(nlp, "Backbench MPs said the bill would be amended.")
    assert list(found.values()) == ["unnamed_group"]
    trap = rows(nlp, "The Treasury said the bill would be amended.")
    assert list(trap.values()) == ["named_organization"]


def test_a_trading_name_stays_a_business(nlp):
    text = (
        "A spokesman for the landlord, Tamsworth Lettings, said the roof would be mended. "
        "Tamsworth later said in a letter that the delay was the roofer's fault."
    )
    assert rows(nlp, text).get("tamsworth lettings") == "named_organization"
    trap = "Nadia Tamsworth, a roofer, said the repair would take a week."
    assert rows(nlp, trap) == {"nadia tamsworth": "named_person"}


def test_a_note_in_brackets_after_the_outlet_name_is_not_part_of_it(nlp):
    outlet = "The Gullhaven Lantern (community blog)"
    found = exclusive(nlp, "Petra Voss told the Lantern that the ferry was late.", outlet)
    assert found == {"Petra Voss": True}
    trap = exclusive(nlp, "Petra Voss told the Beacon that the ferry was late.", outlet)
    assert trap == {"Petra Voss": False}


def test_the_brand_before_a_section_name_is_the_outlet(nlp):
    outlet = "Quillstone Insider"
    found = exclusive(nlp, "Ravi Anand told Quillstone in an interview that sales fell.", outlet)
    assert found == {"Ravi Anand": True}
    trap = exclusive(nlp, "Ravi Anand told Insiderwatch in an interview that sales fell.", outlet)
    assert trap == {"Ravi Anand": False}


def test_asked_by_the_outlet_or_a_message_sent_to_it_is_exclusive(nlp):
    found = exclusive(nlp, 'Asked by the Ledger whether she would resign, Ada Quist said: "No."')
    assert found == {"Ada Quist": True}
    trap = exclusive(nlp, 'Asked by the Courier whether she would resign, Ada Quist said: "No."')
    assert trap == {"Ada Quist": False}
    found = exclusive(nlp, "In a text message sent to the Ledger, Ada Quist said she would stay.")
    assert found == {"Ada Quist": True}


def test_the_outlets_own_document_is_exclusive(nlp):
    found = exclusive(nlp, "Our analysis of 400 invoices shows that the council overpaid.")
    assert list(found.values()) == [True]
    trap = exclusive(nlp, "The auditor's analysis of 400 invoices shows that the council overpaid.")
    assert list(trap.values()) == [False]


def test_people_who_did_not_want_to_be_named_are_anonymous(nlp):
    found = rows(nlp, "Two porters at the depot, who did not want to be named, said the lift had "
                 "failed twice.")
    assert list(found.values()) == ["anonymous"]
    trap = rows(nlp, "Two porters at the depot said the lift had failed twice.")
    assert list(trap.values()) == ["unnamed_group"]


def test_a_document_the_outlet_has_seen_in_a_relative_clause_is_exclusive(nlp):
    found = exclusive(nlp, "A survey commissioned by the port, which the Ledger has seen, warns "
                      "that the quay is sinking.")
    assert list(found.values()) == [True]
    trap = exclusive(nlp, "A survey commissioned by the port, which the mayor has seen, warns "
                     "that the quay is sinking.")
    assert list(trap.values()) == [False]
