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
    assert rows(nlp, text) == {"hydrologists": "unnamed_group"}
    attributions = kit.annotate(text, nlp=nlp).attributions
    assert [a.canonical.casefold() for a in attributions] == ["hydrologists", "hydrologists"]
    # trap: a name opening a sentence keeps its capital
    assert rows(nlp, "Wexcombe Rowing Club said the regatta was off.") == {
        "Wexcombe Rowing Club": "named_organization"
    }
