"""Plain senses of hedge and booster words, as classes (sensesZ): the look-alikes behind
round Y's false marks, written as general rules over the parse, each beside the hedging
or boosting sense of the same words that must stay marked. Every sentence was written
for this file (a canal, its boatyard and its trust; no sentence or name from data/).

Classes (ANNOTATION_GUIDE.md, section 3):

- ability, not possibility: a stranded "could" that measures an effort ("did what they
  could", "everything they could", "as hard as he could": hedging_modals.py
  stranded_ability, hedge_senses.yaml free_relative_heads); "could now" of an ability
  gained after a change, with a person's verb of perceiving, a skill or a thing a
  service lets its users do (capacity_reached); one known person with a free-choice
  "any" object ("Wrenfield could splice any rope": free_choice_ability; the person known
  by words, not the entity tagger, which takes a storm's name for a person). "The
  storm could damage any boat", "a thief could open any of these padlocks" and "boat
  owners could now face higher fees" stay hedges;
- a standing legal or financial notice (forward-looking statements, an investment
  warning, a firm's reserved terms, an opinion page's "may be edited for length" or "may
  not reflect those of"), known by a set phrase anywhere in its paragraph: its
  modals are the notice's furniture, not the writer's doubt (boilerplate_notice,
  hedge_senses.yaml notice_boilerplate); "the trust says fees may rise" stays;
- a freedom a text gives a class of people: "members may withdraw at any time", "may
  choose to ..." (free_choice_leave); "boats may sink at any time" (no person), "may
  relapse at any time" (not a chosen act) and "he may withdraw" (one person) stay;
- a proposal: a person suggesting that a plan "might be" put, held or waived
  (hedging.py _plan_put; the person known by words too, hedging_modals.py animate);
  "suggested that the fire might have been started" (a view of the past) and evidence
  that "suggests" stay hedges;
- publication: "appear" on or in a medium ("first appeared on the trust's website":
  hedging.py published, hedge_senses.yaml publication_media); "it appears (that) ..."
  stays a hedge;
- a place shown: "a photograph shows where ..." (hedging_evidence.py _WH_WORDS); "the survey
  shows that ..." stays a booster;
- a plain count: "not one of" / "not a single" as an object or a verbless list item, or
  out of a set of a given size (hedging.py plain_count); as the subject of what people
  did ("not one of them was offered a refund") it stays an absolute.

Misses made marks: "appeared out of his depth", "appeared in good spirits" ("appear"
and a preposition whose noun is a state: hedging.py in_state, hedge_senses.yaml
state_phrases_nouns); and the pseudo-cleft "What the inspection proves is that ..." is the
booster "proves that" turned round (hedging_evidence.py pseudo_cleft).
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

BEFORE = (
    "The canal trust met on Wednesday in the boatyard office at Hollin Lock. "
    "About thirty members attended, and the meeting lasted ninety minutes. "
)
AFTER = (
    " The trust meets again in the spring. "
    "Its accounts will be posted on the lock-keeper's noticeboard."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


H, B = "hedges", "boosters"

TRAPS = [
    # (text, group, a word inside the mark that must go)
    ("The old ferryman, Tobias Wrenfield, retired in 2019. Wrenfield could splice any "
     "rope on the river in under a minute.", H, "could"),
    ("She could mend anything with a hammer and a roll of wire.", H, "could"),
    ("The yard manager said his crew could find a leak in any hull within the hour.", H,
     "could"),
    ("The volunteers said they had done what they could with the money they had.", H,
     "could"),
    ("The crew did everything they could to keep the barge afloat.", H, "could"),
    ("He rowed as hard as he could against the current.", H, "could"),
    ("The boatyard said it had changed its booking system and that volunteers could now "
     "see all the moorings on one screen.", H, "could"),
    ("Our forecasts are forward-looking statements and may prove to be wrong.", H, "may"),
    ("The value of investments may go down as well as up.", H, "may"),
    ("Ada Quell is a retired boatwright in Lockby | Letters to the editor may be edited for "
     "length", H, "may"),
    ("Comments | Views are the writer's own and may not reflect those of the Towpath Trust",
     H, "may"),
    ("The boatyard may, at its discretion, offer a credit note instead of a refund.", H,
     "may"),
    ("The chairwoman suggested that a shorter towpath route might be put to members at "
     "the spring meeting.", H, "suggested"),
    ("The timetable was criticised when it first appeared on the trust's website.", H,
     "appeared"),
    ("A photograph on the trust's website shows where the new moorings will go.", B,
     "shows"),
    ("The brochure has twelve pictures of the marina and not one of the towpath.", B,
     "not one"),
    ("She came to the hearing with a list of complaints and not a single witness.", B,
     "not a single"),
    ("Not one of the 30 boats inspected had a faulty gas valve.", B, "Not one"),
    ("The trust did all it could to find the owners a new berth.", H, "could"),
    ("The boatyard owner appeared in court on Monday in a borrowed suit.", H, "appeared"),
    ("This notice does not affect your statutory rights. Stock may vary.", H, "may"),
    ("Members may withdraw from the mooring scheme at any time.", H, "may"),
    ("The engineer, Ruth Penhale, inspected the lock. Penhale suggested that the repair "
     "might be carried out over the winter.", H, "suggested"),
]

REAL = [
    ("The storm could damage any boat left on the river.", H, "could"),
    ("A thief could open any of these padlocks.", H, "could"),
    ("The yard manager said a leak could appear in any hull after a hard winter.", H,
     "could"),
    ("The bridge could close next year.", H, "could"),
    ("Boat owners could now face higher mooring fees.", H, "could"),
    ("Will the lock gates fail this winter? Engineers say they could.", H, "could"),
    ("The trust says mooring fees may rise next year.", H, "may"),
    ("Boaters say the new rules may not reflect how the canal is really used.", H, "may"),
    ("He suggested that the fire might have been started deliberately.", H, "suggested"),
    ("The figures suggest that more moorings will be needed.", H, "suggest"),
    ("It appears that the lock keeper was never told.", H, "appears"),
    ("The survey shows that most boaters want longer moorings.", B, "shows"),
    ("What the inspection proves is that the gates were never checked.", B, "proves"),
    ("What the survey shows is that weekend mooring works as well as weekday mooring.", B,
     "shows"),
    ("Boaters waited for two hours, and not one of them was offered a refund.", B,
     "not one"),
    ("Not a single councillor has walked the towpath.", B, "Not a single"),
    ("Boats may sink at their moorings at any time.", H, "may"),
    ("Older boaters may relapse into debt at any time.", H, "may"),
    ("He may withdraw from the race for the chair.", H, "may"),
    ("Analysts say mooring fees may fall next year.", H, "may"),
    ("The new harbourmaster appeared out of her depth at the meeting.", H, "appeared"),
    ("The lock keeper appeared in low spirits after the vote.", H, "appeared"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    assert not marked(marks(nlp, text), group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    assert marked(marks(nlp, text), group, word)
