"""A pointed adverb on someone's silence (loadedAN), learned from rounds AM and AM1-AM3 and
counted across the practice rounds (6 keyed items from 5 rounds, no plain sentence or
trap): "has been notably quiet about the proposals", "has gone strangely quiet since ...".

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a silence told plainly, a literal silence ("fell silent"), a measured or
compared one, a thing's silence, a silence inside a quotation.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_silences import pointed_silences

MARKED = [
    ("The harbour board has been oddly quiet about the dredging contract since March.",
     "oddly quiet"),
    ("Ms Venn, who chairs the planning committee, has stayed conveniently neutral.",
     "conveniently neutral"),
    ("The mayor promised a full inquiry in June and then went very quiet.", "very quiet"),
    ("The opposition leader has remained curiously silent on the question of the loan.",
     "curiously silent"),
]

GUARDS = [
    "The harbour board has remained silent since the report was published.",
    "The crowd fell silent as the coffin passed.",
    "The guns were completely silent by dawn.",
    "The village had been very quiet since the market closed.",
    "The younger players were less shy than the coach expected.",
    'Her daughter said the house had "never been so quiet" without the dog.',
    "The board's response was notably quiet.",
]


@pytest.mark.parametrize(("text", "inside"), MARKED)
def test_a_pointed_adverb_on_a_silence_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_a_silence_told_plainly_is_no_claim(nlp, text):
    assert not any(w in c for c in claims(nlp, text) for w in ("quiet", "silent", "shy")), (
        claims(nlp, text)
    )


def test_the_explanation_names_the_adverb_and_a_neutral_wording(nlp):
    doc = nlp("The harbour board has been oddly quiet about the dredging contract.")
    assert any("oddly quiet" in s.text for s in doc.spans["loaded"])
    (j,) = list(pointed_silences(doc))
    assert j.span.text.startswith("has been oddly quiet")
    assert "'oddly quiet'" in j.explanation and "did not comment" in j.neutral
