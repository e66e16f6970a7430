"""Trap senses behind round X's false hedge, booster and loaded marks (trapsY): classes,
not the keys' sentences. Every sentence was written for this file (a harbour town, its
ferry, quarry and lifeboat; no names from data/).

Each TRAPS sentence names a look-alike that must stay unmarked; each REAL sentence is the
true sense of the same class beside it and must stay marked.

Classes:

- "May" the month before a number ("May 1931", a heading's date the tagger reads as a
  modal) (kit/lenses/hedging_modals.py: _month);
- "may not" on a passive act, with the condition that lifts the bar ("may not be sold
  again unless ...", "may only be landed once ..."): a rule (_conditional_bar); "may not
  reopen until Friday" stays a guess;
- a business's standing terms to the reader: "We may earn a commission if you book"
  (_terms_for_you); "the river may burst its banks if the rain continues" and "you may
  face delays if you travel" stay;
- "could" in a hope or a request reported ("hoped the two clubs could remain friends",
  hedge_senses.yaml: hope_verbs) and an option reported for a body ("said the trust
  could submit a fresh bid": organization heads with permission verbs); "feared the
  roof could fall" and "said the trust could face a fine" stay;
- "always" in a "when" clause on a clock time, said of a thing ("at dawn, when the
  gulls always start calling": hedging_registers.py: _clock_habit); a person's habit
  stays; a service's state through an occasion ("always staffed during a warning",
  "never locked when the ferry is in": _while_on, from probe batch 1); "always closed
  when it matters" (no occasion named) stays;
- "never" of one event that did not take place ("the ferry that never came", "the
  minister never came": arrival_verbs, missed_event); "never came to a single meeting"
  and "never answered a single letter" stay;
- "every week/month/year" of a schedule ("a £100 prize every month": every_periods);
  "every month for twenty years" claims all of them and stays;
- "not one of them" after "was" counts who was among them ("Mine was not one of
  them"); "Not one of them said thank you" stays;
- "It shows the mayor being pushed in": a picture's scene, no proof (shared.py: scene,
  depicts), for the booster and for the "it shows" claim pattern; "the figures show
  that ..." stays;
- "blasted a cutting", "blast the hillside": ground and rock worked with explosives
  (loaded_senses.yaml physical_objects, judgement_frames.yaml physical_noun); "blasted
  the minister's plan" stays.

Misses made marks: "was scientifically proven to ..." (boosters.yaml: proven_claim; not
"has proven to be popular"), and "almost certainly" as a hedge (hedges.yaml), no booster.
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

BEFORE = (
    "The harbour board met on Tuesday in the lifeboat station at Corran Bay. "
    "About forty people attended, and the meeting lasted two hours. "
)
AFTER = (
    " The board meets again next month. "
    "Minutes will be posted at the harbour office on Quay Street."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


H, B, L = "hedges", "boosters", "loaded"

TRAPS = [
    # (text, group, a word inside the mark that must go)
    ("Fifty years ago: May 1931\n\nThe harbour board voted to build a new slipway.", H, "May"),
    ("Under the ruling, the leaflet may not be handed out again unless the price is "
     "corrected.", H, "may"),
    ("The fish may only be landed once the season opens in June.", H, "may"),
    ("Tidewise may earn a commission if you book a ferry through these links.", H, "may"),
    ("We may share your details with the operator if you enter the draw.", H, "may"),
    ("The harbourmaster said he hoped the two clubs could remain on good terms.", H, "could"),
    ("The board said it had read every letter and that the trust could submit a fresh "
     "bid.", H, "could"),
    ("I miss the quay at five in the morning, when the gulls always start calling over "
     "the boats.", B, "always"),
    ("Next week: the gale, the pier and the ferry that never came", B, "never"),
    ("We waited on the slipway all afternoon, but the minister never came.", B, "never"),
    ("Join the harbour draw: £1 a week, a £100 prize every month.", B, "every"),
    ("The lifeboat station is always staffed during an amber warning.", B, "always"),
    ("The harbour gates are never locked when the ferry is in.", B, "never"),
    ("Nine hands went up at the vote. Mine was not one of them.", B, "not one"),
    ("A photograph of the launch appeared in the paper. It shows the mayor, in a "
     "borrowed lifejacket, being pushed off the slipway by the coxswain.", B, "shows"),
    ("A photograph of the launch appeared in the paper. It shows the mayor, in a "
     "borrowed lifejacket, being pushed off the slipway by the coxswain.", L, "shows"),
    ("Engineers had blasted a cutting through the headland for the new road.", L, "blasted"),
    ("The quarry owners blast the hillside twice a day.", L, "blast"),
]

REAL = [
    ("The storm may bring down power lines along the coast road.", H, "may"),
    ("The ferry may not sail until Friday.", H, "may"),
    ("The river may burst its banks if the rain continues.", H, "may"),
    ("You may face delays if you travel on Friday.", H, "may"),
    ("The harbourmaster feared the old roof could fall in the next gale.", H, "could"),
    ("The board said the trust could face a fine for the spill.", H, "could"),
    ("The gale could bring down the old sea wall.", H, "could"),
    ("I miss the office at nine in the morning, when the manager always starts "
     "shouting.", B, "always"),
    ("The harbour board always blames the weather for its own failures.", B, "always"),
    ("The council office is always closed when it matters.", B, "always"),
    ("He never came to a single meeting of the harbour board.", B, "never"),
    ("The owners, a shell company that never answered a single letter, were fined.", B,
     "never"),
    ("The board has published the figures every month for more than twenty years.", B,
     "every"),
    ("Not one of them said thank you to the crew.", B, "Not one"),
    ("The figures show that the mayor ignored the coxswain's warning.", B, "show"),
    ("The opposition blasted the harbour board's plan as reckless.", L, "blasted"),
    ('The advert said the drink was "scientifically proven to sharpen young minds".', B,
     "proven"),
    ("The new coating has been shown to cut rust on the hulls by half.", B, "shown"),
    ("The ferry is probably the slowest in the county and almost certainly the oldest.",
     H, "almost certainly"),
]

KEEP_UNMARKED = [
    ("The new ferry has proven to be popular with families.", B, "proven"),
    ("The ferry is probably the slowest in the county and almost certainly the oldest.",
     B, "certainly"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS + KEEP_UNMARKED)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    assert not marked(marks(nlp, text), group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    assert marked(marks(nlp, text), group, word)
