"""Unnamed speakers with long relative clauses and a name before a misread verb (issue 11,
spkJ; round J and older practice misses): the clause that asks for anonymity is dropped
when another clause or a reason of fear says who the speaker is or why; "Ms X disputes
that. She said" is Ms X. Sentences written for this file, each with a look-alike.
"""

from __future__ import annotations

import kit
from kit.lenses.speaker_people import verb_read_as_noun


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_describing_clause_stays_and_the_anonymity_clause_goes(nlp):
    text = (
        "A farrier who shod the stable's horses for a decade, and who asked not to be named "
        "because he still works for other yards, said the animals were underfed."
    )
    assert canonicals(nlp, text) == ["farrier who shod the stable's horses for a decade"]


def test_an_anonymity_clause_alone_goes_too(nlp):
    # the keys drop a request for anonymity in every shape (33 of 35 without commas;
    # helper ownersAS)
    text = "A councillor who asked not to be named said the vote had been rigged."
    assert canonicals(nlp, text) == ["councillor"]


def test_a_reason_of_fear_is_no_part_of_the_source(nlp):
    text = (
        '"The shelling went on all night," said a schoolteacher, who asked not to be named '
        "for fear of reprisals."
    )
    assert canonicals(nlp, text) == ["schoolteacher"]


def test_a_name_before_a_verb_read_as_a_noun_is_what_she_points_back_to(nlp):
    text = (
        "The harbour board's chair, Ysmay Treharne-Lusk, backed the marina in March.\n\n"
        "A diver who asked not to be named said the seabed had been damaged. "
        "Ms Treharne-Lusk disputes that. She said the survey was out of date."
    )
    assert canonicals(nlp, text)[-1] == "Ysmay Treharne-Lusk"


def test_a_name_before_a_plural_noun_with_no_object_is_no_subject(nlp):
    doc = nlp("Ysmay Treharne-Lusk, a diver, retired. Treharne-Lusk scholarships are rare.")
    assert not any(verb_read_as_noun(t) for t in doc)
    doc = nlp("Ysmay Treharne-Lusk, a diver, retired. Ms Treharne-Lusk disputes that.")
    assert any(verb_read_as_noun(t) for t in doc) or any(
        t.lower_ == "disputes" and t.pos_ == "VERB" for t in doc
    )
