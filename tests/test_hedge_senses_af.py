"""Hedge and booster senses of the modalsAF round, each with sentences of the same word
on the other side: "could" of what a thing can bear (a load rated as borne "safely",
or told by its measure or size) against "could" of a real possibility with a thing as
subject; "may" of access to a place a notice says is open against "may" of what may
befall people or what a crowd may do; "would" of a tentative inference ("That would
explain the delay") against "would" of a thing's job, a reported future and a
preference; the impersonal "one suspects" against "no one suspects" and a count;
"nobody" in a relative clause of explaining or answering against one that only
describes. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


def booster_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["boosters"]]


HEDGE_TRAPS = [
    # a load a thing can bear, rated or measured
    ("The inspectors said the new deck could carry crowds safely.", "could"),
    ("The engineers said the barn could comfortably seat a wedding party.", "could"),
    ("The harbour could take boats with a draught of three metres.", "could"),
    ("Engineers said the old lock could take boats up to 20 metres long.", "could"),
    # access to a place said to be open
    ("Residents may watch the demolition from the car park, which will stay open.", "may"),
    ("Visitors may still walk the eastern path, which is open from 8am to 8pm.", "may"),
    ("Walkers may still stroll along the towpath, which stays open during the works.", "may"),
    ("Spectators may watch from behind the rope.", "may"),
    ("Visitors may still wander along the promenade.", "may"),
    # a thing's job, a reported future, a preference
    ("The leaflet would explain the new rules to residents.", "would"),
    ("The council said the new signs would explain the route.", "would"),
    ("The engineer said it would explain the flooding.", "would"),
    ("The engineer said that if the pump failed, it would explain the flooding.", "would"),
    ("I would rather resign.", "would"),
]

HEDGE_KEPT = [
    # a real possibility with a thing as subject
    ("The bridge could collapse.", "could"),
    ("Prices could rise.", "could"),
    ("The survey said the jetty could collapse in a storm.", "could"),
    ("The storm could carry boats 20 metres inland.", "could"),
    ("The new deck could carry crowds safely next year.", "could"),
    ("The channel could take years to clear.", "could"),
    # what may befall people, or what a crowd may do
    ("Residents may face higher bills.", "may"),
    ("Residents may still face delays on the road, which will stay open.", "may"),
    ("Shoppers may flock to the market, which is open until 8pm.", "may"),
    ("Voters may still change their minds.", "may"),
    ("Fans may watch in horror as the club slides towards relegation.", "may"),
    ("Shoppers may walk away from the high street.", "may"),
    ("Pupils may walk to school in the dark.", "may"),
    # a tentative inference
    ("I suspect the pump failed. It would explain rather a lot.", "would"),
    ("That would explain the delay.", "would"),
    ("This would account for the missing money.", "would"),
]


@pytest.mark.parametrize("text, word", HEDGE_TRAPS)
def test_plain_senses_are_not_hedges(nlp, text, word):
    assert word not in hedge_words(nlp, text)


@pytest.mark.parametrize("text, word", HEDGE_KEPT)
def test_possibilities_stay_hedges(nlp, text, word):
    assert word in hedge_words(nlp, text)


@pytest.mark.parametrize("text", [
    "The true cost, one suspects, is far higher.",
    "One imagines the treasurer was not pleased.",
])
def test_impersonal_one_is_a_hedge(nlp, text):
    assert any(w.startswith("one ") for w in hedge_words(nlp, text))


@pytest.mark.parametrize("text", [
    "No one suspects a thing.",
    "Only one doubts the result.",
    "The police arrested one suspect on Tuesday.",
])
def test_one_as_a_count_is_no_hedge(nlp, text):
    assert not any(w.startswith("one ") for w in hedge_words(nlp, text))


@pytest.mark.parametrize("text", [
    "Its owner, by an oversight nobody has explained, was never billed.",
    "She asked a question nobody has answered.",
    "It was a mystery no one solved.",
])
def test_nobody_accounting_is_absolute(nlp, text):
    assert {"nobody", "no one"} & set(booster_words(nlp, text))


@pytest.mark.parametrize("text", [
    "It is the corner nobody sees.",
    "The path nobody uses is overgrown.",
])
def test_nobody_describing_stays_unmarked(nlp, text):
    assert not {"nobody", "no one"} & set(booster_words(nlp, text))


def test_verb_entries_keep_the_prepositions_they_need():
    from kit import lexicon

    verbs = lexicon.verbs_with_preps("hedge_senses", "inference_verbs")
    assert verbs["account"] == {"for"}  # "account for the delay", not "an account"
    assert verbs["explain"] == frozenset()  # any use
    both = lexicon.verbs_with_preps("hedge_senses", "wanting_verbs", "accounting_verbs")
    assert both["ask"] == {"for"} and both["explain"] == frozenset()  # merged over both lists
