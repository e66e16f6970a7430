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
from kit.lenses import judgement_handling as H
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
        # round speedAT2: only the sentences holding a habit, vouching or generic word
        (D.kind_habits, "Retailers who hide behind call centres know exactly what they do.",
         True),
        (D.kind_habits, "Anyone who thinks the depot will reopen is kidding themselves.", True),
        (D.kind_habits, "A landlord with forty flats needs a better excuse.", False),  # no word
        # round speedAT2: appositions read from the arrays, then the rest of the rule
        (H.renamed_body_labels, "Spetchley Holdings, the asset-strippers who bought the "
         "mill, declined to comment.", True),
        (H.renamed_body_labels, "Hartgrove Homes, the developers, declined to comment.",
         False),  # a bare trade
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


def test_tokens_labelled_reads_dependency_and_tag(nlp):
    """round speedAT2: the appositions tagged NNS, from the arrays, as the tokens say."""
    from kit.lenses.shared import tokens_labelled

    doc = parse(nlp, "Ringrose Residential, the rent collectors, sent cats and letters.")
    expected = [t.i for t in doc if t.dep_ == "appos" and t.tag_ == "NNS"]
    assert expected and [t.i for t in tokens_labelled(doc, "appos", "NNS")] == expected
    assert tokens_labelled(doc, "appos", "VBD") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tenants' Association said; The Gorsewell Tenants' Association", "Tenants' Association"),
        ("Vale Trust, Vale Trusts, Vale Trust-run, x-Vale Trust, Vale Trust_", "Vale Trust"),
        ("aa a_a a'a a’a é a", "a"),
        ("", "Vale"),
    ],
)
def test_whole_word_matches_as_the_regex(text, name):
    """round speedAT2: the fullest-name search finds by substring what its regex found."""
    import re

    from kit.lenses.speaker_fullest import _whole_word_matches

    pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w-])"
    assert _whole_word_matches(text, name) == [m.span() for m in re.finditer(pattern, text)]
