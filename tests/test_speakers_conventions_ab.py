"""Canonical sources in the forms the keys write most (helper speakersAB, counted over
the 211 practice keys), on sentences written for these tests (not copied from data/): a
count word ("two", "three") and "several" stay in an unnamed group's name, while "one",
"another", "some" and "a number of" go; "the other" after a counted group that just spoke
is that group; a bare spokesperson after a sentence (or inside one) whose subject is a
definite noun standing for a named body speaks for that body. Each rule has a trap that
keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- counts ----------------------------------------------------------------------------
def test_a_count_and_several_stay_in_a_group_and_other_quantifiers_go(nlp):
    text = (
        "Two lock-keepers at Ambry Weir told the Probe that the gates had jammed twice. "
        "Several anglers said the water had turned brown."
    )
    assert speakers(nlp, text) == ["two lock-keepers at Ambry Weir", "several anglers"]
    # trap: "some", "one" and "a number of" are no part of the name
    text = (
        "Some anglers said the water had turned brown. A number of boaters said the "
        "towpath was closed. One lock-keeper said the gates had jammed."
    )
    assert speakers(nlp, text) == ["anglers", "boaters", "lock-keeper"]


def test_the_other_after_a_counted_group_is_that_group(nlp):
    text = (
        "Two lifeguards, who spoke on condition that they were not named, told the Probe "
        "that the pool had been short-staffed all summer. One said the rota was a mess. "
        "The alarms still worked, the other said, but nobody tested them."
    )
    assert speakers(nlp, text) == ["two lifeguards"] * 3
    # trap: after a single person "the other" is nobody known
    text = (
        "Mina Castell, a lifeguard, said the pool had been short-staffed. The alarms "
        "still worked, the other said."
    )
    assert speakers(nlp, text)[-1] != "Mina Castell"


# -- a bare spokesperson ---------------------------------------------------------------
def test_a_spokesperson_after_a_definite_body_subject_speaks_for_it(nlp):
    text = (
        "Harbrook Valley Ambulance Trust said on Monday that response times had improved. "
        "Paramedics disagree. The trust did not answer questions about the rota. A "
        "spokeswoman said only that patient safety came first."
    )
    assert speakers(nlp, text)[-1] == "spokeswoman for Harbrook Valley Ambulance Trust"
    # in its own sentence, after the body word as the subject of the paraphrase
    text = (
        "The Dunmore Rowing Board has banned night training on the river. Coaches said the "
        "ban was too strict. The board could review the ban in spring, a spokesman said."
    )
    assert speakers(nlp, text)[-1] == "spokesman for the Dunmore Rowing Board"


def test_a_spokesperson_after_a_body_never_named_stays_bare(nlp):
    # trap: "the council" points back to no named body
    text = (
        "Residents said the bins had not been emptied for a month. The council did not "
        "answer questions. A spokeswoman said a new contract would start in May."
    )
    assert speakers(nlp, text)[-1] == "spokeswoman"


# -- a document whose maker is named after its role --------------------------------------
def test_a_document_by_a_role_named_after_it_is_known_by_the_name(nlp):
    text = (
        "A survey by the harbour board's surveyors, Tamsett Lyle, found that the pier "
        "could stand for ten more years."
    )
    assert speakers(nlp, text) == ["survey by Tamsett Lyle"]
    text = (
        "A study from the college's lead researcher, Dr Ifeoma Castleton, estimated that "
        "one bus in five runs late."
    )
    assert speakers(nlp, text) == ["study from Ifeoma Castleton"]
    # trap: an aside after the role is no name; the document keeps the role
    text = (
        "A survey by the harbour board's surveyors, published on Monday, found that the "
        "pier could stand for ten more years."
    )
    assert speakers(nlp, text) == ["survey by the harbour board's surveyors"]
