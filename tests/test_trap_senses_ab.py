"""Plain senses of "may", "could", "always" and "never" from standing offers and
timetables (sensesAB): the commonest false hedge and booster marks of practice rounds
Z1 to AA, written as general rules over the parse, each beside the hedging or boosting
sense of the same words that must stay marked. Every sentence was written for this file
(a reservoir, its sailing club and its water company; no sentence or name from data/).

Classes (ANNOTATION_GUIDE.md, section 3; hedging_registers.py, hedge_senses.yaml):

- a standing offer passed on by a report (standing_offer): a class of people, animals or
  vehicles (a bare plural: "Anglers", "dogs", "taxis"; offer_classes for those the person
  lists leave out) doing a thing (not one of undergo_verbs, not "be", not a perfect) on
  the offer's terms: a slot of a timetable ("between 9am and 5pm", "on Saturdays",
  schedule_preps), free choice ("to any session"), "only", "free of charge", a limit
  ("for up to five minutes"); a "may" joined to such a one shares its terms. "Anyone
  may ..." is a permission with no terms (class_pronouns), as is a passive "by anyone
  over 16". "Residents may face higher bills from April" (what befalls them), "Drivers
  may strike next week" (a future word, no terms), "The cliff may collapse" and "The
  minister may resign" stay hedges;
- "could" of the same offer to a service's users ("Residents could collect ... at the
  hall on Saturday"); "Drivers could strike on 3 May", "anyone could win it" stay;
- a wish of the subject's own ("whenever she likes", "if they wish": free_choice_wish)
  and "may only" with a slot of a timetable (slot_only): a permission or a bar whoever
  the subject; "he may resign if the vote goes against him" stays;
- a routine in a slot of a timetable (slotted_routine): "always/never" with a clock time
  or a day that comes round again on the verb ("doors always close at 11pm on Sundays",
  "surveyors always walk the dam on the first Monday of each month"); "He always
  insisted he was innocent", "Prices never fell in 2019", a perfect of experience
  ("people who have never rigged a dinghy at midnight") and a verdict on keeping time
  ("always arrive late on Mondays") stay absolutes.
"""

from __future__ import annotations

import pytest
from sense_probes import Mark, marked, marks_in

BEFORE = (
    "The water company held its annual open day at Hartwell Reservoir on Saturday. "
    "About two hundred people came, and the sailing club ran taster sessions. "
)
AFTER = (
    " The company publishes its next drought plan in the autumn. "
    "Its reservoir levels are posted on a board by the car park."
)


def marks(nlp, text: str) -> list[Mark]:
    return marks_in(nlp, BEFORE, text, AFTER)


H, B = "hedges", "boosters"

TRAPS = [
    # (text, group, a word inside the mark that must go)
    ("Visitors may park on the dam road between 9am and 5pm.", H, "may"),
    ("Walkers may use the reservoir path free of charge.", H, "may"),
    ("Learners may bring one adult to any taster session.", H, "may"),
    ("Ratepayers may address the water board for up to five minutes.", H, "may"),
    ("Anyone may enter the club's autumn regatta.", H, "may"),
    ("The boathouse may be used by anyone over 14.", H, "may"),
    ("The mayor may of course visit the pumping station whenever she wishes.", H, "may"),
    ("Fishing may only take place between dawn and 10am.", H, "may"),
    ("Anglers may fish from the north bank, and dinghies may launch from the slipway on "
     "Saturdays.", H, "may"),
    ("Dogs may swim in the shallow bay on the last Sunday of the season.", H, "may"),
    ("Residents could collect bottled water at the sailing club on Saturday and Sunday.",
     H, "could"),
    ("The visitor centre always closes at 4pm on Sundays.", B, "always"),
    ("Its rangers always walk the dam wall on the first Monday of each month.", B,
     "always"),
    ("The club's safety boat is always launched at 10am on race days.", B, "always"),
    ("The reservoir shuttle always leaves the car park at 09:30 and 14:15, the ranger "
     "said.", B, "always"),
    ("The slipway gate, which is always locked from 6pm to 8am, has a keypad.", B,
     "always"),
]

REAL = [
    ("The dam wall may collapse.", H, "may"),
    ("Residents may face higher water bills from April.", H, "may"),
    ("The chairman of the water board may resign.", H, "may"),
    ("Drivers may strike next week.", H, "may"),
    ("Families may find the new charges hard to meet.", H, "may"),
    ("Pensioners may lose their discount on 1 May.", H, "may"),
    ("Storms may hit the reservoir on Tuesday.", H, "may"),
    ("The repairs may only take a fortnight.", H, "may"),
    ("He may resign if the vote goes against him.", H, "may"),
    ("Anyone could win the regatta this year.", H, "could"),
    ("Drivers could stage a go-slow on the dam road on 3 May.", H, "could"),
    ("It could take years to refill the reservoir.", H, "could"),
    ("He always insisted the reservoir was safe.", B, "always"),
    ("Prices never fell in 2019.", B, "never"),
    ("The rules were written by people who have never rigged a dinghy at midnight.", B,
     "never"),
    ("He has never once walked the dam at 6am.", B, "never"),
    ("The buses always arrive late on Mondays.", B, "always"),
    ("She always swore she would sail again.", B, "always"),
    ("The water company has always put its customers first.", B, "always"),
]


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, group: str, word: str) -> None:
    assert not marked(marks(nlp, text), group, word)


@pytest.mark.parametrize(("text", "group", "word"), REAL)
def test_real_sense_marked(nlp, text: str, group: str, word: str) -> None:
    assert marked(marks(nlp, text), group, word)
