"""Look-alikes unmarked in the trapsAP round (from round AO's false marks and the traps of
all practice rounds, grouped by kind and counted before each rule; kit/lenses/hedging.py,
hedging_frames.py, hedging_plain.py, attribution_formulas.py):

- a person or a body's "could have" with the means, the free moment or the count of a
  choice not taken ("He could have stopped at any time") against a guess about what
  happened ("they could have crossed into the mountains by now");
- "could see" / "could be heard" with the place a thing was perceived, in a past report
  ("He said the pattern could be seen in all 23 payments") against a forecast ("the mast
  could be heard from a mile away", a condition, a time ahead);
- "every" on what a verb of checking, listing or offering is done to ("every vehicle
  would be searched"), on the object of a perfect record counted from "since" ("has
  watched every election since 2002") and with its exception right after it ("every
  region except the northern islands") against a claim about all ("Every parent at the
  gate knows it", "has lost every match since March");
- "suggest" of a proposal the tagger misread (a bare verb after a past "suggested", an
  "-ing" act, "I suggest every reader writes") against evidence and views;
- "tell you"/"tell us" under "let me" or a modal, the writer's own words, against a
  source who tells someone.

Traps are sentences of the practice articles; positives are keyed practice sentences or
written for this file.
"""

from __future__ import annotations

import pytest

import kit


def words(nlp, text: str, group: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans[group]]


def cues(nlp, text: str) -> list[str]:
    """The cue of every attribution, in reading order."""
    return [a.cue.text.lower() for a in kit.annotate(text, nlp=nlp).attributions]


HEDGE_TRAPS = [
    # a choice or a power not used, with its means, moment or count
    ('"He could have stopped at any time," she said.', "could"),
    ("She said her engineers could have added three upgrades with the money.", "could"),
    (
        "Orabel Duddle, who has sold costume jewellery at the fair since it began, said trade "
        'was "the best in years" and that she could have sold her whole stock twice.',
        "could",
    ),
    (
        "Its owner, Medwyn Gorran, said the firm could have been ready with three weeks' "
        "notice.",
        "could",
    ),
    # where a thing was seen or heard, in a past report
    ("He said the pattern could be seen in all 23 payments.", "could"),
    (
        "Its chair, Hawise Stallworthy, told the committee the noise could be heard "
        '"as far as the bypass".',
        "could",
    ),
    (
        "Her winning cry, a proclamation announcing the reopening of the town's swimming "
        "baths, could be heard at the far end of Sheep Street, the judges said.",
        "could",
    ),
    (
        "Laleh Colbeck, who filmed the flash on her doorbell camera, said her children could "
        'see it from the back garden "like a firework that forgot to stop".',
        "could",
    ),
    # a proposal
    (
        "Ms Voskelly suggested that the club run a sea-safety course with the lifeboat crew "
        "this winter.",
        "suggested",
    ),
    (
        "Its director, Lisandre Oyelowe-Banks, suggested that councils open community halls "
        "in the evenings as well.",
        "suggested",
    ),
    ("Her teacher had suggested she take part after a school walling course in May.",
     "suggested"),
    ("I suggest every reader writes to Mr Puttock before then.", "suggest"),
    (
        "Professor Wrenwick suggested paying off the student loans of dentists who agree to "
        "work in towns such as Gullbridge for five years.",
        "suggested",
    ),
]


@pytest.mark.parametrize(("text", "word"), HEDGE_TRAPS)
def test_plain_senses_are_not_hedges(nlp, text, word):
    assert word not in words(nlp, text, "hedges")


HEDGES_KEPT = [
    ("Police said they could have crossed into the mountains by now.", "could"),
    (
        "He said the water was 14C and that the men \u201ccould have been in serious trouble "
        "within the hour\u201d.",
        "could",
    ),
    ('Ms Montbray said he "could have lost his hand".', "could"),
    ("The developer said the mast could be heard from a mile away.", "could"),
    ("The comet could be seen from the pier if the sky clears.", "could"),
    (
        "Ms Nuttall said the clinic could see its first patients by the autumn if the money "
        "was approved.",
        "could",
    ),
    ("The survey suggested that demand fell in 2019.", "suggested"),
    ("The minister suggested the figures were wrong.", "suggested"),
    ("I suggest the council is wrong.", "suggest"),
    (
        "Council figures suggest that the number of tattoo studios in the town has risen "
        "from three in 2018 to eleven today.",
        "suggest",
    ),
]


@pytest.mark.parametrize(("text", "word"), HEDGES_KEPT)
def test_hedges_beside_them_stay(nlp, text, word):
    assert word in words(nlp, text, "hedges")


BOOSTER_TRAPS = [
    "The force's chief constable, who visited the search base on Tuesday, said every "
    "available officer had been offered to the operation.",
    "Dr Tallagher said the hospital would screen every patient admitted to the surgical "
    "block for the next month.",
    "He said customs officers had found weapons in 14 lorries since January and that every "
    "vehicle would be searched once freight resumed.",
    "Every toy that comes back is checked by a volunteer, Donal Heffernan, a retired "
    "engineer.",
    "Idrena Faulkmoor, who teaches political science at the University of Prelloch and has "
    "watched every Phaedrani election since 2002, said the pause had damaged trust.",
    "The Brenhollow Party, which has led every Tallowmark tracker since the last election, "
    "is now paying the price.",
    "Stinchcombe's board, which has snubbed every approach since March, will meet advisers "
    "on Thursday.",
    # the exception given right after it
    "Prices fell in every region except the northern islands.",
    "Every stage except, presumably, the one where people got wet.",
]


@pytest.mark.parametrize("text", BOOSTER_TRAPS)
def test_every_of_a_procedure_or_a_record_is_no_booster(nlp, text):
    assert "every" not in words(nlp, text, "boosters")


def test_everything_with_its_exception_is_no_booster(nlp):
    text = (
        'He told the court his client had lost "everything". Everything, that is, except '
        "the villa."
    )
    assert words(nlp, text, "boosters").count("everything") <= 1  # the quoted one may stay


BOOSTERS_KEPT = [
    "Every parent at the gate knows it.",
    "Every expert agrees the bridge is unsafe.",
    "She has read every report.",
    '"Every ballot was counted twice," he said.',
    "The club has lost every match since March.",
    "Tobias Renn said the batteries had passed every sea trial without a single fault.",
    "Every region reported a fall. Except the islands, of course.",
]


@pytest.mark.parametrize("text", BOOSTERS_KEPT)
def test_every_of_a_claim_stays(nlp, text):
    assert "every" in words(nlp, text, "boosters")


TOLD_READER = [
    "Let me tell you what the judgment leaves out.",
    'Let me tell you what the Authority will not put in its next "transparency bulletin".',
    "The minister will no doubt tell you that the law is tougher than ever.",
    "I am sure the trustees will tell us it is.",
]


@pytest.mark.parametrize("text", TOLD_READER)
def test_the_writer_telling_the_reader_is_no_attribution(nlp, text):
    assert not any(c.startswith("tell") for c in cues(nlp, text))


TOLD_KEPT = [
    "One council insider tells me the application is likely to be approved.",
    "The minister told us on Monday that the law would be tightened.",
    "Sanctions experts tell me lists like this are always written for the home audience.",
]


@pytest.mark.parametrize("text", TOLD_KEPT)
def test_a_source_telling_someone_is_still_reported(nlp, text):
    assert any(c.startswith("tel") or c.startswith("told") for c in cues(nlp, text))
