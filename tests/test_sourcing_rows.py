"""Which canonical sources get a row in the source list (issue 11, speaker round 6), on
sentences written for these tests: the writer and pronouns nothing resolved are no
source a reader could check, and a group written with a capital only because it opens
a sentence is the same source as the same group inside one.
"""

from __future__ import annotations

import kit
from kit.article import Article


def rows(nlp, text: str) -> dict[str, str]:
    return {s.canonical: s.type for s in kit.annotate(Article(text), nlp=nlp).sources}


def test_the_writer_asking_is_no_source_but_the_one_answering_is(nlp):
    text = (
        "I asked Ruth Pellinore whether the ferry would run. "
        '"The ferry will not sail again before the spring," Pellinore said.'
    )
    found = rows(nlp, text)
    assert found == {"Ruth Pellinore": "named_person"}


def test_a_group_opening_a_sentence_is_the_same_row_as_inside_one(nlp):
    text = (
        "The river rose overnight, hydrologists say, and more rain is due.\n\n"
        "Hydrologists say the banks will hold until Friday."
    )
    # generic hydrologists are `anonymous`, like "experts" and the weather key's
    # "forecasters" (sources3.yaml marks them so; tests/test_sourcing_rows_j.py)
    assert rows(nlp, text) == {"hydrologists": "anonymous"}
    attributions = kit.annotate(text, nlp=nlp).attributions
    assert [a.canonical.casefold() for a in attributions] == ["hydrologists", "hydrologists"]
    # trap: a name opening a sentence keeps its capital
    assert rows(nlp, "Wexcombe Rowing Club said the regatta was off.") == {
        "Wexcombe Rowing Club": "named_organization"
    }


def test_a_plural_role_opening_a_sentence_is_a_group_not_a_body(nlp):
    # the model sometimes tags a capitalised plural role opening a sentence as a name
    doc = nlp("Surveyors noted that the bridge had cracked in two places.")
    doc[0].pos_, doc[0].tag_ = "PROPN", "NNPS"
    lens = nlp.get_pipe("kit_sourcing")
    assert lens.source_type([], "Surveyors", doc[0:1]) == "unnamed_group"
    # trap: a capitalised name opening a sentence is still a body
    assert rows(nlp, "Brackwater Rovers said the match would go ahead.") == {
        "Brackwater Rovers": "named_organization"
    }


def test_a_document_followed_by_which_stays_a_document(nlp):
    text = (
        "Seal numbers in the estuary have doubled, according to a survey published on "
        "Monday. The survey, which appeared in the Estuary Journal, said the counts were rough."
    )
    assert rows(nlp, text) == {"survey published on Monday": "document"}
    # trap: a name followed by "which" is still a body
    text = "Brackwater Rovers, which was founded in 1890, said the match would go ahead."
    assert rows(nlp, text) == {"Brackwater Rovers": "named_organization"}


def test_a_person_described_with_who_stays_a_person(nlp):
    text = (
        "Orrin Velloway, a veteran broadcaster who has covered every election since 1990, "
        "told reporters that turnout was low."
    )
    assert rows(nlp, text) == {"Orrin Velloway": "named_person"}
    # trap: a body described as a broadcaster is a body
    text = "Halden Radio, a broadcaster based in the north, said turnout was low."
    assert rows(nlp, text) == {"Halden Radio": "named_organization"}
