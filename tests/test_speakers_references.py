"""Speakers known by what the text says about them (issue 11, speaker round 6), on
sentences written for these tests: a definite document that names its author, "she"
after a body left unnamed, documents and people of the outlet a letter or a question
is written to, owners and counted groups.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str, **meta) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    article = kit.Article(body=text, meta=meta) if meta else text
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


# -- a definite document that names its author; "she" after a body left unnamed -------
def test_the_report_that_names_its_author_is_known_by_it(nlp):
    text = (
        "Parents were shocked by the report published on Monday.\n\n"
        "The report from the Board of Harbour Safety, published on Monday, found that "
        "the cranes were unsafe. It said repairs were overdue."
    )
    found = canonicals(nlp, text)
    assert found[-2:] == ["report from the Board of Harbour Safety"] * 2
    # trap: a plain "the report" still points back to the report just cited
    text = (
        "A report by the Board of Harbour Safety found that the cranes had rusted. "
        "The report said the cranes were unsafe."
    )
    assert canonicals(nlp, text) == ["report by the Board of Harbour Safety"] * 2


def test_she_after_a_body_left_unnamed_is_the_woman_who_spoke(nlp):
    text = (
        "Orla Kilbride, who speaks for the dockers, said the cranes were unsafe. "
        "Ten men were injured last year, according to the union. "
        '"We warned them," she said.'
    )
    assert canonicals(nlp, text)[-1] == "Orla Kilbride"
