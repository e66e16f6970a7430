"""Canonical forms of unnamed and titled sources as the keys write them (helper formsAT;
docs/annotation_rules.md: "the owner resolved"), on sentences of the shapes met in the
practice articles. Rules in kit/lenses/speaker_owners.py and speaker_unnamed.py (the
possessive mark of a plural owner) and kit/lenses/speakers.py (``_named_site``: a workplace
named by its kind, ``workplace_sites`` in anaphors.yaml).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- a plural owner takes the apostrophe alone --------------------------------------------------
def test_their_report_after_plural_inspectors_has_one_possessive_mark(nlp):
    text = (
        "The council's food safety inspectors visited the bakery on 2 May. Their report "
        'notes that the kitchen "may need a second hand-wash sink".'
    )
    found = canonicals(nlp, text)
    assert found and found[0] is not None
    assert "s's" not in found[0]
    assert found[0].endswith("inspectors' report")


def test_a_singular_owner_keeps_apostrophe_s(nlp):
    text = (
        "The council's food safety inspector visited the bakery on 2 May. Her report notes "
        'that the kitchen "may need a second hand-wash sink".'
    )
    found = canonicals(nlp, text)
    assert found and found[0] is not None
    assert "s' " not in found[0]
