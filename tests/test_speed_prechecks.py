"""Rules whose cheap tests now run before their dear ones (round speedAD): the order of
the tests changed, never what a rule finds. Each rule keeps a sentence it must mark and
a trap that passes the cheap test but not the rest (so the dear test still decides).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from lens_docs import parse

from kit.lenses import judgement as J
from kit.lenses import judgement_claims as C
from kit.lenses import judgement_devices as D
from kit.lenses import judgement_spin as S
from kit.lenses import judgement_spin_words as W


def rule_finds(nlp, text: str, rule) -> list[str]:
    """The spans one rule finds in ``text`` (before the lens checks the voice)."""
    doc = parse(nlp, text)
    lex = nlp.get_pipe("kit_loaded").judgement
    return [j.span.text for j in J.judgements(doc, lex, (rule,))]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        # a modal perfect first, then the disaster phrase in the text
        (W.near_disasters, "The blaze at the depot could easily have ended in tragedy.", True),
        (W.near_disasters, "The match could have ended in a draw.", False),  # no disaster
        (W.near_disasters, "The tragedy at the depot has ended.", False),  # no modal perfect
        # a verb "leave" first, then the state of defeat
        (S.left_reeling, "The cut-price grocer has left its rivals reeling.", True),
        (S.left_reeling, "The grocer left the depot at noon.", False),  # "leave", no state
        # a root in the present first, then its auxiliaries and subject
        (D.kind_habits, "A landlord with forty flats rarely needs a better excuse.", True),
        (D.kind_habits, "A landlord with forty flats needed a better excuse.", False),  # past
        # the opener's words first, then the sentence start
        (C.sarcastic_asides, "As if anyone on the board would notice.", True),
        (C.sarcastic_asides, "As the board arrived, the tenants were waiting.", False),
        (C.sarcastic_asides, "The tenants left, not that the board would notice.", False),
    ],
)
def test_rules_after_their_cheap_tests(nlp, rule, text, expected):
    assert bool(rule_finds(nlp, text, rule)) is expected, text


def test_contrast_clause_still_caps_a_content(nlp):
    """Only the adverbial clauses of contrast are kept for the content cap: the clause
    "although it cautioned that ..." is still an act of its own, and a clause of time
    ("when the works began") still runs on in the content."""
    doc = nlp(
        "The trust said visits had doubled since the spring, although it cautioned "
        "that the summer may explain much of that. The porter said the lifts broke "
        "when the works began."
    )
    cues = [s.text for s in doc.spans["attributions"]]
    assert cues == ["said", "cautioned", "said"]
    contents = [doc.text[slice(*s._.kit_content)] for s in doc.spans["attributions"]]
    assert "although" not in contents[0]
    assert "when the works began" in contents[2]
