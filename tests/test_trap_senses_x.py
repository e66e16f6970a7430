"""Trap senses behind round W's false marks (trapsX): classes, not the keys' sentences.

Each TRAPS sentence names a look-alike that must stay unmarked; each REAL sentence is the
true sense of the same class and must stay marked. Sentences written for these tests.

Classes:

- a grade, rating or score in quotation marks is the scheme's own word, not a scare quote:
  'two grades below the "excellent" it held', 'its "gold" verdict', 'a "five-star"
  rating', 'gave the tart a "perfect ten"' (kit/lenses/loaded_quotes.py: _RATING_BEFORE,
  _RATING_AFTER, a number word closing a short quote); 'their "independent" verdict' and
  'the firm's "consultation"' stay scare quotes;
- a person who "suggested that a later start would have been wiser" proposes another
  course (kit/lenses/hedging.py: _better_course), and a body that "suggested that older
  games could be added" proposes a step (_proposer); "the data suggest that the bridge
  could be closed" is evidence and stays a hedge;
- "everyone"/"everything" as the object of a verb or preposition says whom the act reaches
  ("a hut for everyone", "fairer to everyone", "open to everybody"), not a claim about
  all (hedging.py: reached_all); "Everyone on the hill knew", "the baker lost
  everything" and "they answer to nobody" keep their marks;
- "gusts could reach 80mph": weather or a running total that "could reach" a level is a
  forecast (a hedge), not a machine's capacity ("the winch can reach 60 metres")
  (hedge_senses.yaml: forecast_subjects);
- "Nobody under 12 can buy games without a PIN": a class barred by a rule, not a claim
  about all (hedging_registers.py: _barred); "no one over 40 can win it" stays;
- "The rules say a contestant may not bring stocks": a rule's bar, not a guess
  (hedge_senses.yaml: rule_texts, also when the parser reads "state" as a noun), and
  "competitors may bring their own tools" is a rule for them (person_roles); "the report
  says prices may rise" and "competitors may face delays" stay;
- "the path is clearly waymarked" (a sign, the participle read as an adjective) is manner
  (display_verbs); "clearly rattled" stays a booster;
- 'the climb was "brutal", with 200 metres of steps': a measure after the predicate says
  the word describes a thing's strain (loaded_rules.py: measured, a small change in a
  loaded file); "the chairman was brutal with the volunteers" stays loaded;
- attributions: a thing that "tells us" or "reminds us" in the present is the writer
  drawing a lesson (attribution_formulas.py: lesson_drawn), and "summoned him to explain
  why" asks for an act nobody has made yet (cues.yaml: unrealised_frames); "She reminds
  us that ...", "The coastguard told us ..." and "He explained that ..." stay.
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

import kit

BEFORE = (
    "The village hall committee met on Tuesday evening in the old school on Mill Lane.\n\n"
    "Nine members attended, and the minutes were taken by the secretary, Ms Orla Pennick.\n\n"
)
AFTER = (
    "\n\nThe committee will meet again on 3 June at 7pm.\n\n"
    "Copies of the minutes can be read at the hall on Mill Lane."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


TRAPS = [
    # (text, group, a word inside the mark that must go)
    ('The cafe was rated "good" this spring, two grades below the "excellent" it held in '
     "2019.", "loaded", "excellent"),
    ("The hall's \"gold\" verdict from the inspectors hangs in the porch.", "loaded", "gold"),
    ('The bakery framed its "five-star" rating beside the till.', "loaded", "five-star"),
    ('The judges gave her lemon tart a "perfect ten", the first of the night.', "loaded",
     "perfect ten"),
    ('The pub kept its "silver" award for a third year.', "loaded", "silver"),
    ("The treasurer said the accounts were late, and suggested that an earlier audit would "
     "have been wiser.", "hedges", "suggested"),
    ("The makers promised more titles, and it suggested that older games could be added "
     "through a subscription.", "hedges", "suggested"),
    ("The new shelter on the green offers cover for everyone.", "boosters", "everyone"),
    ('The chair said a later start "might have been fairer to everyone".', "boosters",
     "everyone"),
    ("The new rota is open to everybody in the village.", "boosters", "everybody"),
    ("Nobody under 12 can hire the hall without a parent's signature.", "boosters",
     "Nobody"),
    ("The rules say a stallholder may not bring a generator into the hall.", "hedges", "may"),
    ("The rules of the show state that growers may use their own pots but not their own "
     "soil.", "hedges", "may"),
    ("Competitors may bring their own tools to the ploughing match.", "hedges", "may"),
    ("The footpath to the hall is clearly waymarked.", "boosters", "clearly"),
    ('Helpers said the climb was "brutal", with 200 metres of steps to the top.', "loaded",
     "brutal"),
]

REAL = [
    ("The committee's \"independent\" review took eleven minutes.", "loaded", "independent"),
    ('The council\'s "consultation" lasted a single afternoon.', "loaded", "consultation"),
    ("The figures suggest that the hall could be closed for a year.", "hedges", "suggest"),
    ("Everyone on the committee knew the roof was leaking.", "boosters", "Everyone"),
    ("The trustees meet in private and answer to nobody.", "boosters", "nobody"),
    ("The flood took the shop, and the baker lost everything.", "boosters", "everything"),
    ("No one over 40 can win the village fell race.", "boosters", "No one"),
    ("The warden said gusts could reach 80mph on the hill overnight.", "hedges", "could"),
    ("Forecasters said the river could reach its highest level since 1998.", "hedges",
     "could"),
    ("The report says hall fees may rise next year.", "hedges", "may"),
    ("Competitors may face delays on the lane to the ploughing match.", "hedges", "may"),
    ("The chairman was clearly rattled by the vote.", "boosters", "clearly"),
    ("Helpers said the chairman was brutal with the volunteers.", "loaded", "brutal"),
]


def scare_quoted(found: list[Mark], word: str) -> bool:
    """Some loaded word or scare-quote mark covers ``word`` (a sentence-long comment mark,
    ``unattributed_claim``, is another lens's question)."""
    return any(
        g == "loaded" and lab != "unattributed_claim" and word in t for g, t, lab in found
    )


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    found = marks(nlp, text)
    if group == "loaded":
        assert not scare_quoted(found, word)
    else:
        assert not marked(found, group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    found = marks(nlp, text)
    if group == "loaded":
        assert scare_quoted(found, word)
    else:
        assert marked(found, group, word)


def test_a_capacity_is_still_no_forecast(nlp):
    found = marks(nlp, "The new hoist can reach 12 metres and the hall can hold 200 people.")
    assert not marked(found, "hedges", "can")


def cues(nlp, text: str) -> list[str]:
    return [a.cue.text for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_lesson_drawn_from_a_thing_is_no_attribution(nlp):
    assert cues(nlp, "Every winter the fell reminds us that the weather can turn.") == []
    assert cues(nlp, "The empty car park tells us everything about the winter.") == []


def test_a_person_or_a_past_telling_still_speaks(nlp):
    assert cues(nlp, "She reminds us that the path above the quarry is closed.") != []
    assert cues(nlp, "The coastguard told us the two walkers were safe.") != []
    assert cues(nlp, "The company tells us that the hall was booked for June.") != []


def test_a_demand_to_explain_is_no_attribution(nlp):
    text = "The board had summoned him to explain why the hall was left without heating."
    assert cues(nlp, text) == []
    assert cues(nlp, "He explained that the boiler had failed in the frost.") != []
