"""Trap senses on unseen text (issue 13, trapsR2): classes, not phrases.

A fresh probe batch written before the guards, with names and topics not in data/.
Each sentence in TRAPS was marked on main and must stay unmarked: a literal sense of a
word the lenses read as charged, hedged or boosted. FIGURATIVE holds the true uses of
the same words, marked on main and after (recall must not fall).

Classes (guards in kit/lenses/loaded_rules.py, kit/lenses/hedging_modals.py,
kit/lenses/hedging_evidence.py, kit/lenses/loaded.py, kit/lenses/press_idioms.py; word
classes in kit/lexicons/loaded_senses.yaml):

- a thing, not a person, slams or is struck for real: "the door slammed", "hail
  hammered the roof" (a thing or the weather as subject);
- sport: a verb of force whose object is a score ("hammered five sixes", "blasted a
  penalty over the bar");
- an idiom whose last noun runs on into a longer noun is no idiom: "found dead in the
  water butt" (a death, not "dead in the water"); a noun that goes on with "of" ends no
  idiom that stops at it: "lost its head of geography";
- "outright" with a purchase, ownership or a win ("buy the mill outright") is plain;
- "show" with a film, a play or a painting as its object exhibits, it proves nothing
  ("it shows two films a week": no booster, no claim);
- an all-capitals box header that addresses the reader with no subject ("WORRIED
  ABOUT A STRAY ANIMAL?") is a signpost, not a rhetorical question in the writer's voice;
- "could no longer carry vehicles": a capacity lost (guide, section 3: "can carry 40
  tonnes" is no hedge), not a possibility.
"""

from __future__ import annotations

import pytest


def marks(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [
        (key, s.text, s.label_)
        for key in ("loaded", "hedges", "boosters")
        for s in doc.spans[key]
    ]


TRAPS = [
    # (text, the word main marked that must go)
    ("The kitchen door slammed behind the inspector as he left the cottage.", "slammed"),
    ("A gate slammed somewhere in the yard before dawn.", "slammed"),
    ('"The gate slammed behind us," he said.', "slammed"),
    ("Hail hammered the greenhouse roof for ten minutes on Sunday.", "hammered"),
    ("The win was built on Cal Dewberry, who hammered five sixes in an unbeaten 71.",
     "hammered"),
    ("The full-back blasted a late penalty over the bar.", "blasted"),
    ("Two ducks were found dead in the water butt behind the shed.", "dead in the water"),
    ("The trust hopes to buy the old mill outright next spring.", "outright"),
    ("The firm offered to buy the farm outright for £2m.", "outright"),
    ("Each week it shows two films and a live broadcast from the opera house.",
     "it shows two films and a live broadcast from the opera house."),
    ("It shows about 40 plays a season and runs a youth theatre.", "shows"),
    ("WORRIED ABOUT A STRAY ANIMAL?", "WORRIED ABOUT A STRAY ANIMAL?"),
    ("SEEN AN ANIMAL IN DISTRESS?", "SEEN AN ANIMAL IN DISTRESS?"),
    ("The harbour master said the pier could no longer carry vehicles heavier than a van.",
     "could"),
    ("By March the ferry could no longer take cars, the operator said.", "could"),
]

# The second batch, written after the guards and scored once: of 12 look-alikes main
# marked 7 (kept here), the branch none; 5 were unmarked on both ("blasted two goals past
# the keeper", "the arts centre shows three films a week", "LOST A CAT OR DOG?", "NEED A
# LIFT TO THE SURGERY?", and "displays a collection ... every November", where "every" of
# a schedule stays a booster on both: not this round's class). Its 7 figurative uses were
# marked on both and are added to FIGURATIVE.
TRAPS += [
    ("A cupboard door slammed upstairs and the dog started barking.", "slammed"),
    ("Sleet hammered the marquee for most of the afternoon.", "hammered"),
    ("The number eight hammered three sixes off the final over.", "hammered"),
    ("A fox was found dead in the water tank at the allotments.", "dead in the water"),
    ("The couple bought the bakery outright in 2019.", "outright"),
    ("The party won the seat outright at the second count.", "outright"),
    ("Engineers said the old crane could no longer lift the heaviest containers.", "could"),
]

# Round AA (now practice) showed the idiom's noun running on with "of": "lost our head of
# science" is a job title lost, not "lost our head" (the lead's own sentences below).
TRAPS += [
    ("The academy lost its head of geography to a rival school in July.", "lost its head"),
    ('"We lost our head of music at Easter," the governor said.', "lost our head"),
]

FIGURATIVE = [
    ("The union slammed the pay offer as an insult.", "slammed"),
    ("Residents hammered the developer at Monday's meeting.", "hammered"),
    ("The merger now looks dead in the water.", "dead in the water"),
    ("The figures show that the trust misled the public.", "show that"),
    ("It was outright theft, plain and simple.", "outright"),
    ("Fares could rise again in the spring.", "could"),
    ("WHO EXACTLY ASKED FOR THIS?", "WHO EXACTLY ASKED FOR THIS?"),
    ("The minister slammed the report as a whitewash.", "slammed"),
    ("Critics hammered the council over the delays.", "hammered"),
    ("After the vote the scheme was dead in the water.", "dead in the water"),
    ("This shows that the board never cared about the village.", "shows that"),
    ("The claim was an outright lie.", "outright"),
    ("The report could be delayed until spring.", "could"),
    ("Why should anyone believe the council now?",
     "Why should anyone believe the council now?"),
    ("IS ANYONE REALLY SURPRISED?", "IS ANYONE REALLY SURPRISED?"),
    ("WHY ELSE WOULD THEY CLOSE IT?", "WHY ELSE WOULD THEY CLOSE IT?"),
    ("Faced with one bad season, the board lost its head and sacked everyone.",
     "lost its head"),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_trap_sense_unmarked(nlp, text: str, word: str) -> None:
    assert [m for m in marks(nlp, text) if m[1] == word] == []


@pytest.mark.parametrize(("text", "word"), FIGURATIVE)
def test_figurative_sense_marked(nlp, text: str, word: str) -> None:
    assert word in [m[1] for m in marks(nlp, text)]
