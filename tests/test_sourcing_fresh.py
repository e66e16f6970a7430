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
