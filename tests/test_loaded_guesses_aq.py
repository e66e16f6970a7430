"""A guess at a motive in the writer's voice (loadedAQ), learned from round AP and practice
rounds AP1-AP3 and counted across the 667 practice keys before the rule was written
(keyed items missed / plain clauses or traps newly marked / rounds of the gains):

- ``guessed_motives`` (5 / 0 / 5 rounds; 8 more already found by other rules): "presumably"
  or "doubtless" not set off by commas on both sides, in the writer's guess about a person
  or body: a phrase it opens after a comma ("left by a side door, presumably to count her
  options"), a relative clause on a person ("who has presumably sat through worse") or a
  clause whose subject is a person ("She presumably believes it").

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a guess about a thing, the stance aside set off by commas (its own rule), a
plain report of a belief, "presumed" in a police report, a quotation.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_stance import guessed_motives

GUESSES = [
    ("The mayor slipped out through the kitchens, presumably to avoid the protesters.",
     "presumably to avoid the protesters"),
    ("The regional manager, who has presumably never queued for a bus, praised the new "
     "timetable.", "who has presumably never queued for a bus"),
    ("He presumably thinks nobody reads the small print.",
     "He presumably thinks nobody reads the small print"),
    ("Fares will rise again in May, and the directors are doubtless already pricing the "
     "new boardroom chairs.", "the directors are doubtless already pricing"),
    ('"Every penny is accounted for," she said, presumably from the deck of her yacht.',
     "presumably from the deck of her yacht"),
]

GUARDS = [
    # a guess about a thing, not a person's motive or mind
    "The fire was presumably started by a faulty heater, the brigade said.",
    "The road will presumably reopen once the bridge has been inspected.",
    "The letter, presumably lost in the post, never arrived.",
    # the stance aside set off by commas is stance_asides' (one rule per shape)
    "The board, presumably, has read the report.",
    # a plain report of a belief, and a police report's "presumed"
    "The trust believes the timetable will cut delays.",
    "The missing walker is presumed to have taken the coastal path, police said.",
]


@pytest.mark.parametrize(("text", "inside"), GUESSES)
def test_a_guess_at_a_motive_or_a_mind_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_guesses_about_things_and_plain_reports_are_not_this_rule(nlp, text):
    doc = nlp(text)
    assert not [j.span.text for j in guessed_motives(doc)]


def test_a_quoted_guess_stays_unmarked(nlp):
    text = '"He presumably wants to sell the land," said Ms Orrel, a neighbour.'
    assert not any("presumably" in c for c in claims(nlp, text))


def test_the_explanation_names_the_guess_and_a_neutral_wording(nlp):
    doc = nlp("The mayor slipped out through the kitchens, presumably to avoid the protesters.")
    (j,) = list(guessed_motives(doc))
    assert j.rule == "guessed_motive" and "'presumably'" in j.explanation
    assert "mayor" in j.explanation and "who gave it" in j.neutral
