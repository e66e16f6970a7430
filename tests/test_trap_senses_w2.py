"""Trap senses behind blind round W (trapsW2): classes, not the keys' sentences.

A probe batch written before the guards, in genres not in data/ (a motorsport report,
a committee hearing, a community rail notice, a school sports day). Each TRAPS sentence
was marked on main and must stay unmarked; each REAL sentence is the true sense of the
same class, marked on main and after (recall must not fall).

Classes:

- a one-word reply: '"Absolutely," she said', '"Certainly." ', '"Absolutely not," he
  laughed': the adverb stands for a plain yes or no, so it turns up no charge (no
  intensifier) and makes no claim surer (no booster); "Absolutely, the plan will fail"
  and "absolutely disgraceful" still count (kit/lenses/shared.py: bare_reply);
- a photo caption (a short paragraph ending in a picture credit, "Photo: ...") is page
  furniture: no hedge, booster or loaded mark in it (kit/lenses/shared.py: caption_at);
- "punished a worn set of tyres", "the climb punished his legs": a machine or a body
  worn hard, not a verdict on a wrongdoer (loaded_senses.yaml: strained_things);
- a timetable read out: "the 18:40 ferry will certainly sail from Pier 2", "buses
  always stop at the gates on request" (a scheduled service and a verb of its
  timetable, hedge_senses.yaml: scheduled_services, timetable_verbs); "the trains never
  run on time" stays a claim (punctuality_words) (kit/lenses/hedging_registers.py:
  timetabled); so is a thing's routine at a clock time ("the harbour bell always rings
  at noon"), not a person's habit ("the harbour master always arrives at 9am");
- "Halve the tomatoes, then roast them", "hammered the leader's tyres": a verb of
  attack whose object ("them", "it") stands for a thing, or is a machine part, lands
  no blow on a person or an argument (kit/lenses/judgement.py: _thing_meant;
  loaded_rules.py: criticism with strained_things);
- a measure beside it: "absolutely enormous, 40 metres long", "an absolutely massive
  anchor, weighing 9 tonnes" (an intensifier on an adjective of size,
  loaded_senses.yaml: size_words), "a brutal climb of 500 metres" (a charged adjective
  on a measured thing) describe a thing; money and percentages are no physical measure
  ("a brutal cut of 40 per cent") (kit/lenses/loaded_rules.py: measured);
- "runs every hour" (a timetable slot, hedge_senses.yaml: timetable_slots), "the chapel
  clock always strikes at 6 pm" (a clock time, also when the parser splits "6 pm").
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

#: Neutral reporting sentences around a probe, so the comment model (which judges only
#: texts of five sentences or more) sees an article.
BEFORE = (
    "The harbour board met on Monday in the old customs house at Carrow Quay.\n\n"
    "Eleven members attended, and the minutes were read by the secretary, Ms Ilse Dunmore.\n\n"
)
AFTER = (
    "\n\nThe board will meet again on 9 April at 6pm.\n\n"
    "Copies of the minutes are at the harbour office on Ropewalk Lane."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


TRAPS = [
    # (text, group, a word inside the mark that must go)
    ('Did the surge really lift the pontoon? "Absolutely," said the surveyor, Ola Brek.',
     "loaded", "Absolutely"),
    ('Asked if the dredger had been paid for, the treasurer replied: "Absolutely. We paid '
     'it in March."', "loaded", "Absolutely"),
    ('Would the board sell the slipway? "Absolutely not," Brek said.', "loaded", "Absolutely"),
    ('Had the notices gone out? "Certainly," the clerk said. "All forty of them."',
     "boosters", "Certainly"),
    ("Volunteers clear an absolutely enormous pile of nets from the slipway. Photo: Carrow "
     "Quay Trust", "loaded", "absolutely"),
    ("Every berth taken on the first night of the regatta. Picture: Ivo Marsh", "boosters",
     "Every"),
    ("Kemp punished a tired set of brakes on the descent and still finished third.", "loaded",
     "punished"),
    ("The long climb out of the harbour punished his legs.", "loaded", "punished"),
    ("The 18:40 ferry will certainly sail from Pier 2 from next Monday, the operator said.",
     "boosters", "certainly"),
    ("Buses always stop at the hospital gates on request.", "boosters", "always"),
    ("The harbour bell always rings at noon.", "boosters", "always"),
    ("Halve the tomatoes, then roast them for an hour.", "loaded", "roast"),
    ("The cook slashed the peppers and roasted them.", "loaded", "roasted"),
    ("Mensah hammered the leader's tyres on the back straight.", "loaded", "hammered"),
    ("The new boathouse is absolutely enormous, 40 metres long.", "loaded", "absolutely"),
    ("The dredger carries an absolutely massive anchor, weighing 9 tonnes.", "loaded",
     "absolutely"),
    ("Walkers face a brutal climb of 500 metres from the quay to the fort.", "loaded",
     "brutal"),
    ("The chapel clock always strikes at 6 pm on weekdays.", "boosters", "always"),
    ("The lighthouse film runs every hour in the visitor centre.", "boosters", "every"),
    ("Kerr hammered the puck past the keeper in the last minute.", "loaded", "hammered"),
]

REAL = [
    ('"It was absolutely disgraceful," said the surveyor, Ola Brek.', "loaded", "absolutely"),
    ("Certainly, the board has failed the fishermen of this town.", "boosters", "Certainly"),
    ("The treasurer certainly knew about the leak in the dredger's hull.", "boosters",
     "certainly"),
    ("Voters punished the ruling party at the ballot box in May.", "loaded", "punished"),
    ("The trains never run on time on Sundays, one commuter said.", "boosters", "never"),
    ("The ferry company always blames the weather for its own failures.", "boosters",
     "always"),
    ("Volunteers cleared an absolutely enormous pile of nets from the slipway on Sunday.",
     "loaded", "absolutely"),
    ("The harbour master always arrives at 9am and leaves at noon.", "boosters", "always"),
    ("The columnist met the mayor and then roasted him on air.", "loaded", "roasted"),
    ("The opposition hammered the minister's budget in the debate.", "loaded", "hammered"),
    ("The board's absolutely outrageous plan would put a 40-metre tower on the quay.",
     "loaded", "absolutely"),
    ("The board imposed a brutal cut of 40 per cent on the lifeboat grant.", "loaded",
     "brutal"),
    ("The harbour master's office is absolutely enormous and cost the town a fortune.",
     "loaded", "absolutely"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    assert not marked(marks(nlp, text), group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    assert marked(marks(nlp, text), group, word)
