"""Adverbs of excess made from a charged adjective (labelsAQ), learned from round AP and
rounds AP1-AP3 ("an outlandishly high return") and counted across the 667 practice keys
(keyed items missed / plain uses or traps newly marked / rounds): the "-ly" adverb of an
emotive adjective of ``loaded.yaml`` or a judgement adjective of ``judgement.yaml``, as
degree before an adjective (8 / 0 / 7); never as the manner of a verb.

Sentences written for this file (none copied from data/); GUARDS are literal look-alikes
that stay unmarked.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers

from kit.lenses.loaded_adverbs import adverb_of, charged_adverbs

EXCESS = [
    ("The brochure offers an outlandishly high rate of interest on every deposit.",
     "outlandishly"),
    ("The new kitchen was an extravagantly expensive way to serve forty lunches a day.",
     "extravagantly"),
    ("The firm plans eight monstrously large sheds beside the river.", "monstrously"),
    ("Her forecast rested on a recklessly optimistic reading of the sales figures.",
     "recklessly"),
    ("The rules were savagely harsh on small traders and kind to the big chains.",
     "savagely"),
    ("The director took home a grotesquely large bonus for the year.", "grotesquely"),
]

MANNER_GUARDS = [
    ("The two dogs fought savagely in the lane until a neighbour parted them.", "savagely"),
    ("The old engine ran erratically all morning before it stopped.", "erratically"),
    ("The referee's whistle blew shrilly across the field.", "shrilly"),
    ("The firm's profits were unusually high in the third quarter.", "unusually"),
    ("Prices were relatively stable over the winter.", "relatively"),
]


@pytest.mark.parametrize(("text", "span"), EXCESS)
def test_an_adverb_of_a_charged_adjective_before_an_adjective_is_an_intensifier(
    nlp, text, span
):
    assert covers(nlp, text, span, "intensifier")


@pytest.mark.parametrize(("text", "span"), MANNER_GUARDS)
def test_the_adverb_as_a_verb_s_manner_or_a_neutral_degree_adverb_is_plain(nlp, text, span):
    assert not covers(nlp, text, span)


@pytest.mark.parametrize(
    ("adjective", "adverb"),
    [("heroic", "heroically"), ("laughable", "laughably"), ("sleazy", "sleazily"),
     ("savage", "savagely"), ("outlandish", "outlandishly"), ("cowardly", None),
     ("bad", None), ("two faced", None)],
)
def test_the_adverb_of_an_adjective(adjective, adverb):
    assert adverb_of(adjective) == adverb


def test_adverbs_already_listed_are_not_derived_again():
    words = {"entries": [
        {"lemma": ["outlandish", "zany"], "label": "emotive", "pos": "ADJ"},
        {"term": ["zanily"], "label": "intensifier"},
        {"lemma": ["fiasco"], "label": "emotive"},
    ]}  # fmt: skip
    judgement = {"classes": {"judgement_adjective": {"entries": {"x": [{"word": "timid"}]}}}}
    (entry,) = charged_adverbs(words, judgement)
    assert entry["term"] == ["outlandishly", "timidly"]
    assert entry["rule"] == "amplifies_adjective" and entry["label"] == "intensifier"
