"""Plain senses of hedge and booster words (sensesAC; kit/lenses/hedging_plain.py and the
timetable checks of kit/lenses/hedging_registers.py): a routine at a clock time, a train
named by its time, an outing's fixed start, the past of "can" (a means, a denied
subject, an ability set against an inability, a comparison, a past time, a former role,
the most done, a capacity with its limit), the terms of a "may" offer (a place, a free
choice) and the reported "will" of "would" after "argued" or "recognised". Each trap has
a sentence of the same word that must stay marked. Every sentence here was written for
this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


TRAPS = [
    # always/never of a routine at a clock time, however the time is written or tagged
    ("Lessons always begin on the hour, and the hall is heated in winter.", "boosters", "always"),
    ("The library van always stops at the green at 10.15am.", "boosters", "always"),
    ("The school office always opens at 8.40am during term.", "boosters", "always"),
    ("After the changes the 08:05 from Ashby will always call at Wemford and Lowbridge.",
     "boosters", "always"),
    ("Pupils can borrow books, and cycle lessons always finish at 4pm.", "boosters", "always"),
    ("We met by the chapel, where tours always start and end.", "boosters", "always"),
    # could as the past of can
    ("The head said consent slips could be handed in by post or at reception.", "hedges", "could"),
    ("The warden agreed that the sluice could be closed by hand.", "hedges", "could"),
    ("A spokesman said passengers could find the new times on its website.", "hedges", "could"),
    ("The frost came early, when not a single seedling could be saved.", "hedges", "could"),
    ("Our gardener could barely lift a spade at seventy, his son said, but he could still prune "
     "a rose better than anyone.", "hedges", "could"),
    ("The chairman explained the plan far better than I could at the meeting.", "hedges", "could"),
    ("Mrs Vance remembered a time when she could buy seed potatoes at the corner shop.",
     "hedges", "could"),
    ("Her uncle, a former bus driver who could name every stop on the route, retired in May.",
     "hedges", "could"),
    ('"We have pruned everything we could prune before the frost," she said.', "hedges", "could"),
    ("The old boiler could heat the classrooms but not the sports hall.", "hedges", "could"),
    # may of an offer: a place, a free choice
    ("Passengers may pay in cash at the ticket office on Station Road, the company said.",
     "hedges", "may"),
    ("Drivers may still stop at the bus bays on Mill Lane during the works.", "hedges", "may"),
    ("Parents may visit any of our three sites to see the new classrooms.", "hedges", "may"),
    ("The head said pupils may wear trainers instead of school shoes.", "hedges", "may"),
    ("Mr Orme may of course plant whatever roses he likes.", "hedges", "may"),
    ("Members may renew their passes at any of our libraries.", "hedges", "may"),
    ("Gardeners may send photos to the show secretary by email.", "hedges", "may"),
    ("I remember a time when we could swim in the river every summer.", "hedges", "could"),
    ("We could open the cafe on Sundays if the parish council let us use the hall.", "hedges",
     "could"),
    # would of a reported "will" after a verb of arguing or granting a point
    ("The trust argued in its written report that the new car park would be visible from the "
     "ridge.", "hedges", "would"),
    ("The company recognised that the changes would be difficult for older passengers.",
     "hedges", "would"),
]

MARKED = [
    ("Politicians always arrive at 9am with a new excuse.", "boosters", "always"),
    ("The buses always run late when it snows.", "boosters", "always"),
    ("Dave always knows best about everything.", "boosters", "always"),
    ("The data could be stolen by hackers next year.", "hedges", "could"),
    ("Prices could rise online if demand holds.", "hedges", "could"),
    ("Everything that could go wrong with the new timetable did.", "hedges", "could"),
    ("The frost could kill the seedlings this week.", "hedges", "could"),
    ("The new rota could cause confusion among parents.", "hedges", "could"),
    ("Passengers may face delays at the ticket office next week.", "hedges", "may"),
    ("The roses may suffer in the heat.", "hedges", "may"),
    ("The minister may face whatever the inquiry decides.", "hedges", "may"),
    ("Members may lose their passes at any moment under the new rules.", "hedges", "may"),
    ("I remember thinking the roof could collapse at any moment.", "hedges", "could"),
    ("There may come a time when the river could flood the whole town.", "hedges", "could"),
    ("We could lose the shop if the rent went up again.", "hedges", "could"),
    ("Fares could rise if fuel prices keep climbing.", "hedges", "could"),
    ("Moving the bus stop would be a serious mistake.", "hedges", "would"),
    ("I think the new timetable would suit most families.", "hedges", "would"),
]


@pytest.mark.parametrize("text, group, word", TRAPS)
def test_plain_sense_stays_unmarked(nlp, text, group, word):
    assert word not in marks(nlp, text, group)


@pytest.mark.parametrize("text, group, word", MARKED)
def test_same_word_of_a_claim_stays_marked(nlp, text, group, word):
    assert word in marks(nlp, text, group)
