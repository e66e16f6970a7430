"""Hedge and booster look-alikes learned from round L's misses and false marks (as
pointers to general classes of English usage; hedgeL2, kit/lenses/hedging_evidence.py):
a verb of proof whose proof is denied ("Nobody has shown that ..."), a document or a
figure that shows after the content or in an aside ("..., the ledgers show"), a verb of
proof the tagger reads as a noun, and the stance adverbs "patently", "manifestly",
"demonstrably". Each class has a sentence whose booster must still be marked and a trap
that must get no mark. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


MARKED = [
    # a document that vouches after the content
    ("The mayor signed the contract himself, the ledgers show.", "boosters", "show"),
    ("The pier was sold for a pound, the deeds prove.", "boosters", "prove"),
    # in an aside set off by commas
    ("Rents, the agency's own files show, doubled in two years.", "boosters", "show"),
    # the tagger reads "show" as a noun after a long subject
    ("Letters obtained by the Herald show that the warden knew of the leak.", "boosters",
     "show that"),
    # stance adverbs of the "obviously" class
    ("The scheme is patently unfair to renters.", "boosters", "patently"),
    ("The minister manifestly failed to read the report.", "boosters", "manifestly"),
    ("The claim is demonstrably false.", "boosters", "demonstrably"),
    # a plain "shows that" keeps its mark
    ("The audit shows that the charity lost half its reserves.", "boosters", "shows that"),
]


@pytest.mark.parametrize(("text", "group", "word"), MARKED)
def test_round_l_class_is_still_marked(nlp, text, group, word):
    assert any(word in m for m in marks(nlp, text, group)), marks(nlp, text, group)


TRAPS = [
    # the proof is denied by its subject: nothing is made certain
    ("Nobody has proved that the new pitch causes injuries.", "boosters", "proved"),
    ("No survey has demonstrated that the bypass cut traffic.", "boosters", "demonstrated"),
    ("No one has shown that the statue was stolen.", "boosters", "shown"),
    # a reporting verb after its content still only names the source
    ("The bakery will close in March, the owners confirmed.", "boosters", "confirmed"),
    # a person who "shows" after the content is a reporter's cue, not proof
    ("The fence was moved overnight, the farmer showed.", "boosters", "showed"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_round_l_look_alike_gets_no_mark(nlp, text, group, word):
    assert not any(word in m for m in marks(nlp, text, group)), marks(nlp, text, group)


# -- "could" of a service offered or a thing on offer (kit/lenses/hedging_limits.py) ----
COULD_MARKED = [
    # a guess about what users of a service will go through keeps its hedge
    "The council said residents could face higher bills next year.",
    "Officials said shoppers could lose money to fake websites.",
    # a thing's possible fate, not where it could be had
    "The bridge, which could collapse at any moment, was closed last week.",
    "The bridge, which could be closed at any time, was a worry.",
    "The plant, which could be sold within weeks, was valued at 3 million.",
]


@pytest.mark.parametrize("text", COULD_MARKED)
def test_could_of_a_guess_is_still_a_hedge(nlp, text):
    assert "could" in marks(nlp, text, "hedges")


COULD_TRAPS = [
    # a reported "can" of a service used through a channel
    "The council said tenants could pay their rent online.",
    "It said that drivers could renew a parking permit through the app.",
    "The surgery said patients could book a flu jab by phone.",
    # past availability: where a thing could be had, in a past-tense sentence
    "The old tram, which could be boarded at any stop for a penny, was scrapped in 1952.",
    "Their first album, which could be found in any record shop, sold a million copies.",
]


@pytest.mark.parametrize("text", COULD_TRAPS)
def test_could_of_a_service_or_an_offer_is_no_hedge(nlp, text):
    assert "could" not in marks(nlp, text, "hedges")


# -- "could see" of a person's senses when the parser hangs the subject on a bare verb ---
@pytest.mark.parametrize(
    "text",
    [
        "Anybody who saw the horse run could see the limp.",
        "Anyone who heard the choir sing could hear the missing tenor.",
    ],
)
def test_could_of_the_senses_behind_a_bare_verb_is_no_hedge(nlp, text):
    assert "could" not in marks(nlp, text, "hedges")


@pytest.mark.parametrize(
    "text",
    [
        "Fans who watched the side play could see relegation coming next year.",
        "Viewers who watched it air could see prices rise if the deal goes through.",
    ],
)
def test_could_see_of_what_a_group_may_live_through_is_still_a_hedge(nlp, text):
    assert "could" in marks(nlp, text, "hedges")


def test_senser_finds_the_subject_left_under_a_misparsed_bare_verb(nlp):
    """The parse the tagger gave a quoted "Anyone who watched him move could see it" in
    a longer text: "move" hung on the quote mark, "Anyone" as its subject, and "see"
    with no subject at all. The sense rule must still find who sees."""
    from spacy.tokens import Doc

    from kit.lenses.hedging_limits import senser

    words = ['"', "Anybody", "who", "saw", "her", "trot", "could", "see", "it", "."]
    heads = [7, 5, 3, 1, 3, 0, 7, 7, 7, 7]
    deps = ["punct", "nsubj", "nsubj", "relcl", "dobj", "prep", "aux", "ROOT", "dobj", "punct"]
    tags = ["``", "NN", "WP", "VBD", "PRP", "VB", "MD", "VB", "PRP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags,
              sent_starts=[True] + [False] * 9)
    assert senser(doc[7], None).text == "Anybody"
