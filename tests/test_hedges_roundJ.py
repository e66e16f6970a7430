"""Hedge and booster look-alikes learned from blind round J's false marks (as pointers
to general classes of English usage) and from the fresh probe prose in
benchmarks/fresh_probe/hedges9.txt and hedges10.txt (hedgeJ; kit/lenses/hedging_limits.py,
kit/lenses/hedging.py). Each class has a sentence whose hedge or booster must still be
marked and a trap that must get no mark. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


MARKED = [
    # "may" of a guess under a law, beside "may" of what the law allows
    ("Under the new law, thousands of tenants may lose their deposits.", "hedges", "may"),
    ("The drought may force farmers to sell their herds, the minister said.", "hedges", "may"),
    # "may" of a guess about a later date, beside a ban until a date
    ("Talks may collapse before the summit, diplomats fear.", "hedges", "may"),
    # "may" of what befalls you, beside an entitlement from an age
    ("You may feel dizzy when you first stand up.", "hedges", "may"),
    # "could" of what befalls money, beside what money is enough for
    ("The pension savings could shrink if markets tumble again.", "hedges", "could"),
    ("The tax rise could push 2,000 families into poverty.", "hedges", "could"),
    # "would" softening a judgement, beside "would" stating a figure or a reported future
    ("In my view a second relegation would be a disaster for the town.", "hedges", "would"),
    ("Losing the pier would be a tragedy for the resort.", "hedges", "would"),
    # "confirmed that" before a claim, beside a cue after its content
    ("The scans confirmed that the fracture had healed.", "boosters", "confirmed that"),
    # "every" and "everyone" of a claim about all, beside a marked-off set
    ("The squad has lost every away match since August.", "boosters", "every"),
    # "preliminary" of findings, beside a stage or a status
    ("The early test results are preliminary.", "hedges", "preliminary"),
    ("A provisional estimate puts the damage at £3m.", "hedges", "provisional"),
    # "may" of what will happen to a thing, beside a notice's fire rule
    ("The high street may be lit by solar lamps next year.", "hedges", "may"),
    # "could" of a guess, beside a figure of speech built on "could"
    ("The strike could have hurt the economy badly.", "hedges", "could"),
    ("The drop in sales could hurt smaller shops.", "hedges", "could"),
    # "I guess" of the writer's own guess, beside others guessing
    ("I guess the referee will side with the home team.", "hedges", "guess"),
]

TRAPS = [
    # "may" of a law, also when reported (but not what befalls people under it)
    ("Under the Fisheries Act, trawlers may not land cod in March, but they may land "
     "haddock, the inspector noted.", "hedges", "may"),
    ("By law, a landlord may keep back part of the deposit for damage.", "hedges", "may"),
    # a ban on a class, also when reported and with "until"
    ("The agency said no further drilling may begin until the survey is complete.",
     "hedges", "may"),
    ("No vehicle may enter the square during the market.", "hedges", "may"),
    # an entitlement that starts at an age
    ("You may cash in a quarter of the pot when you turn 58.", "hedges", "may"),
    # information an appeal lets the public pass on
    ("Details may be passed on anonymously through the freephone line.", "hedges", "may"),
    # a fire a notice allows, with a limit
    ("Barbecues may be lit only in the marked pits.", "hedges", "may"),
    # having the means, whoever the subject
    ("Few pensioners could afford the new fares.", "hedges", "could"),
    ("The club asked whether the town could afford to lose its pool.", "hedges", "could"),
    # what a sum of money is enough for
    ("The £2m spent on the mural could instead pay for 60 nurses.", "hedges", "could"),
    ("The windfall could fund three new classrooms.", "hedges", "could"),
    # what a machine works through (people are not worked through: see MARKED)
    ("The new mixers could knead a tonne of dough an hour.", "hedges", "could"),
    # "would" stating a worked-out figure
    ("The report adds that the cost of moving the statue would be £250,000.", "hedges", "would"),
    # "would" of a reported future, in a second clause of the report
    ("The coach said he was 'gutted' and that the team would not appeal.", "hedges", "would"),
    ("She said pupils would be 'taught out' and would definitely be able to finish.",
     "hedges", "would"),
    # an approximate amount (borderline in the answer keys, not marked)
    ("A flotilla of about 200 boats sailed up the estuary.", "hedges", "about 200"),
    ("The count ran almost five hours over schedule.", "hedges", "almost five"),
    # a reporting cue after its content
    ("Rail fares will rise by 4% in March, the department confirmed on Friday.",
     "boosters", "confirmed"),
    # a marked-off set: the rest, a relative clause, one each
    ("She takes the bows and everyone else does the lifting.", "boosters", "everyone"),
    ("The insurer will refund everyone who missed the ferry.", "boosters", "everyone"),
    ("Inspection scores for every kennel in the county are posted online.", "boosters",
     "every"),
    # a stage or a status, not a limited finding
    ("Drivers with a provisional licence must not use the motorway.", "hedges", "provisional"),
    ("A preliminary hearing is set for next Tuesday.", "hedges", "preliminary"),
    # a figure of speech built on a modal: hyperbole, not a guess
    ("In the final minute you could have heard a pin drop in the stands.", "hedges", "could"),
    ("The old signalman could run the junction in his sleep.", "hedges", "could"),
    ("You could cut the atmosphere in the dressing room with a knife.", "hedges", "could"),
    # others guessing, with no guess put forward
    ("The pundits, for all their swagger, are guessing.", "hedges", "guessing"),
]


@pytest.mark.parametrize(("text", "group", "word"), MARKED)
def test_real_hedge_or_booster_still_marked(nlp, text, group, word):
    assert word in marks(nlp, text, group)


@pytest.mark.parametrize(("text", "group", "word"), TRAPS)
def test_look_alike_not_marked(nlp, text, group, word):
    assert not any(word in m or m in word for m in marks(nlp, text, group))
