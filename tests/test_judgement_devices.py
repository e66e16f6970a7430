"""Structural devices of the writer's own voice (issue 11, loaded9): verdicts passed by
the shape of a sentence rather than by a charged word (kit/lenses/judgement_devices.py,
word classes in kit/lexicons/judgement_devices.yaml).

Every sentence here was written for this file (none comes from data/). Each device has
a sentence that must be marked as an unattributed claim and a plain look-alike that
must not be.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims
from practice_text import crowded_classes, rounds_since

from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml

# (text, the claim that must be marked)
MARKED = [
    # a verbless fragment echoing the sentence before it
    ("The caller rang the helpline nine times. Nine.", "Nine."),
    ("The trust called the trip a 'fact-finding visit' to Tuscany. Some visit.", "Some visit."),
    # a stance marker standing alone, joined to the fragment it comments on
    (
        "The board has ordered yet another review of parking. Another review. Predictably.",
        "Another review. Predictably.",  # one mark for the pair (asidesAG)
    ),
    ("The bus company raised fares again in May. As ever.", "As ever."),
    # a disjunct of candour, revelation or the obvious, set off by commas
    ("The new ward is, to put it mildly, a maze.", "The new ward is, to put it mildly, a maze."),
    (
        "Not one trustee, revealingly, queried the bill.",
        "Not one trustee, revealingly, queried the bill.",
    ),
    (
        "Mr Doyle's first decision, predictably, was to double his own budget.",
        "Mr Doyle's first decision, predictably, was to double his own budget.",
    ),
    ("The heating, of course, is another story.", "The heating, of course, is another story."),
    (
        "The scheme, without doubt, is the council's worst idea in years.",
        "The scheme, without doubt, is the council's worst idea in years.",
    ),
    ("The bypass opened in June at last. Not before time.", "Not before time."),
    ("The residents' vote was overruled by the board. Some consultation.", "Some consultation."),
    (
        "The board's reply, as so often, was to appoint a consultant.",
        "The board's reply, as so often, was to appoint a consultant.",
    ),
    (
        "It is difficult to believe the minister has ever ridden a bus.",
        "It is difficult to believe the minister has ever ridden a bus.",
    ),
    (
        "Order the lemon tart; you will not regret it.",
        "Order the lemon tart; you will not regret it.",
    ),
    (
        "At these prices, one expects a chef who can cook.",
        "At these prices, one expects a chef who can cook.",
    ),
    (
        "The landlord has, it is fair to say, left the pub exactly as he found it.",
        "The landlord has, it is fair to say, left the pub exactly as he found it.",
    ),
    ("The buses were cut to one an hour and fares went up. Progress.", "Progress."),
    (
        "Savers, in effect, are paying for the bank's mistakes.",
        "Savers, in effect, are paying for the bank's mistakes.",
    ),
    # "it is hard to deny ...", and "funny how ..."
    ("It is difficult to quarrel with the survey.", "It is difficult to quarrel with the survey."),
    ("It is hard to see why the club bothered.", "It is hard to see why the club bothered."),
    (
        "Strange how the brochure never mentions the motorway.",
        "Strange how the brochure never mentions the motorway.",
    ),
    # a framing noun of candour, and understatement
    (
        "The uncomfortable truth is that nobody checked.",
        "The uncomfortable truth is that nobody checked.",
    ),
    (
        "The trust's annual reports are scarcely a masterpiece of clarity.",
        "The trust's annual reports are scarcely a masterpiece of clarity.",
    ),
    # a kind of person given a habit or a mind
    (
        "A landlord with a good accountant seldom pays much tax.",
        "A landlord with a good accountant seldom pays much tax.",
    ),
    (
        "Anyone who thinks the new timetable will help is deluding themselves.",
        "Anyone who thinks the new timetable will help is deluding themselves.",
    ),
    (
        "Whoever drew up the rota has plainly never worked a night shift.",
        "Whoever drew up the rota has plainly never worked a night shift.",
    ),
    # the impersonal "one", and an imperative to the reader
    ("One gathers the board was not amused.", "One gathers the board was not amused."),
    ("Ask yourself who gains from the delay.", "Ask yourself who gains from the delay."),
]

# plain sentences of news prose with the same grammar words in a literal use
PLAIN = [
    "The caller rang the helpline nine times. She was then given a reference number.",
    "The festival runs from Friday to Sunday. Tickets cost £40.",
    "The museum opens at ten. Entry is free.",
    "He spoke frankly about his illness in the interview.",
    "The lanes are clearly marked in white paint.",
    "The bypass opened in June after two years of work.",
    "The residents' vote was held on Monday. Some forty people took part.",
    "The charity, as usual, will hold its raffle in December.",
    "The bridge, of course, opened in 1890.",
    "Naturally occurring gas was found under the site.",
    "It is hard to say when the road will reopen.",
    "It is difficult to reach the farm in winter.",
    "It is hard to see the stage from the back rows.",
    "The correct answer is printed on page twelve.",
    "The village is hardly a mile from the sea.",
    "A driver with a clean licence pays less for insurance.",
    "Anyone who has information should call the police.",
    "Pupils who arrive late must sign in at reception.",
    "Buses that leave after midnight rarely stop at Elm Road.",
    "One suspect was arrested at the scene.",
    "The new rules came into effect on Monday.",
    "The match was settled in short order by two late goals.",
    "The story was reported by Anna Bell in Leeds. Reuters.",
    "Asked whether she would stand again, she nodded. Yes.",
    "You will need photo identification to vote.",
    "If you miss the last bus, a taxi rank is outside the station.",
    "Of the three candidates, one hopes to stand again next year.",
    "Picture frames are on sale at the market.",
    '"Frankly, I was terrified," she said.',
    "The minister said the scheme was, frankly, a mess.",
    "Critics argue that the museum is, to put it mildly, a maze.",
]


@pytest.mark.parametrize(("text", "claim"), MARKED)
def test_the_device_is_an_unattributed_claim(nlp, text, claim):
    found = claims(nlp, text)
    assert claim in found
    assert len(found) == 1  # one claim, not one for each fragment


@pytest.mark.parametrize("text", PLAIN)
def test_the_look_alike_gets_no_claim(nlp, text):
    assert claims(nlp, text) == []


def test_a_device_inside_a_quotation_is_the_speakers(nlp):
    text = '"It is hard to argue with the figures," the chairman said. "Some audit."'
    assert claims(nlp, text) == []


def test_the_devices_lexicon_is_a_broad_family():
    """At least half of each open class's words (first word of a phrase) appear nowhere in
    the practice text; the file names where its idea comes from."""
    path = LEXICONS / "judgement_devices.yaml"
    assert "Where the idea comes from" in path.read_text(encoding="utf-8")
    frames = tuple(load_yaml(path.read_text(encoding="utf-8"))["frame_classes"])
    # (frame classes: common verbs and nouns of a frame, not marked by themselves)
    # written before rounds I to M joined the practice data: their articles were not there to read
    later = rounds_since("roundI")
    assert crowded_classes(path, skip=frames, later_rounds=later) == []
