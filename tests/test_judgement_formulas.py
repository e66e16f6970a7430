"""Stock verdict formulas in the writer's own voice (issue 12, loadedR1b): families, not
phrases (kit/lenses/judgement_formulas.py, kit/lexicons/judgement_formulas.yaml; the
money-label subject of mind reading in kit/lenses/judgement_minds.py).

A fresh probe batch written before the rules, with names and topics not in data/: 24
claims and 16 neutral look-alikes. Main marked 5 of the 24 (kept out of CLAIMS: "These
are not the accounts of a charity on the brink", "That is not the behaviour of a council
that listens to its tenants", two "clearly decided"/"obviously calculated" mind
readings, and the "pet project ... never knowingly" sentence, which main marked through
"pet project") and none of the 16 look-alikes; the branch marks 24 of 24 and none of the
look-alikes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_marks import claims, covers
from practice_text import crowded_classes, rounds_since

from kit.lenses.judgement_formulas import RULES
from kit.lexicon import load_yaml

LEXICON = Path(__file__).resolve().parent.parent / "kit" / "lexicons" / "judgement_formulas.yaml"


def marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


CLAIMS = [
    "It does not take a detective to see why the harbour board keeps its accounts in a drawer.",
    "It doesn't take a rocket scientist to guess who benefits from the new parking rules.",
    "Top marks for nerve, then: the week the pool closed, the trust gave its directors a bonus.",
    "Full marks for optimism: the brochure still shows a train that stopped running in 2011.",
    "Whether the ferry company will honour its timetable this winter is another matter.",
    "How the trust plans to pay for any of it is a different story.",
    "Pondleigh has heard the water board's promises before.",
    "Cyclists on the Marsh Road have heard it all before.",
    "Anglers have heard that one before.",
    "Councillor Ebbe has never knowingly turned down a free lunch.",
    "The families of Corn Street are the price of the mayor's shiny stadium.",
    "And the people who will pay for it are the ones who can least afford it.",
    "The quarry owners are in no mood to listen.",
    "Sympathy does not pay the rent.",
    "Goodwill won't put food on the table.",
    'The festival is the sort of "immersive" theatre that mistakes noise for energy.',
    "The board confuses activity with progress.",
    "One wet weekend proves nothing.",
    "Some may wonder whether the pier will still be standing by the time the review reports.",
]

LOOK_ALIKES = [
    "It took a team of six divers to lift the anchor from the harbour.",
    "Pupils who scored full marks for the essay will receive a certificate.",
    "Parking permits are a separate matter for the county office.",
    "The choir has heard the new organ twice since it was installed.",
    "Staff had heard the alarm before the smoke reached the stairwell.",
    "The price of a season ticket is £240.",
    "Residents pay the rent on the first of each month.",
    "The bank does not pay interest on the account.",
    "Walkers sometimes mistake the old drovers' path for the new bridleway.",
    "The results change nothing in the league table until Saturday.",
    "This is not the first time the bridge has closed.",
    "The committee decided that the fete will move to the school field.",
    "The inspector clearly explained the new rules to the stallholders.",
    "Some may remember the old cinema on Quay Street, which closed in 1987.",
    "The town's new library is the kind of building that needs little heating.",
    "Nobody was hurt in the fire, which started in a kitchen.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_formula_is_a_claim(nlp, text):
    assert claims(nlp, text), marks(nlp, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_left_alone(nlp, text):
    assert marks(nlp, text) == []


def test_money_label_subject_has_a_mind_read(nlp):
    """Main: 'city suits' is a label, so the subject was no person and the mind reading
    went unmarked; 'suits' worn is still no person."""
    text = "The city suits have clearly decided that the village is expendable."
    assert claims(nlp, text) == [text]


def test_claim_starts_at_the_subject(nlp):
    text = "Rowers on the Elm Reach have heard that before."
    assert claims(nlp, text) == [text]


def test_reported_formula_stays_reported(nlp):
    text = 'The chairman said: "Whether the council pays is another matter."'
    assert claims(nlp, text) == []
    text = "Manager Ruth Pell was in no mood to discuss the transfer at her press conference."
    assert claims(nlp, text) == []


def test_a_chance_to_tell_reports_nothing(nlp):
    """'a chance to tell people how to live': no speech, so the writer's voice stands."""
    text = ("Alderman Voss has never knowingly passed up a chance to tell other people how "
            "to live.")
    assert claims(nlp, text) == [text]


def test_explanations_say_whose_judgement(nlp):
    doc = nlp("Pride does not pay the gas bill.")
    span = next(s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim")
    assert span._.kit_explanation.startswith("Whose judgement is this?")
    assert "moral" in span._.kit_explanation


def test_open_classes_not_built_from_the_articles():
    frames = tuple(load_yaml(LEXICON.read_text(encoding="utf-8"))["frame_classes"])
    # written (b2123d2) before round R joined the practice data: the later rounds' articles
    # were not there to read (round AO1's science pieces name scientists and professors)
    assert crowded_classes(LEXICON, skip=frames, later_rounds=rounds_since("roundR")) == []


# Written after the rules and scored once (12 claims, 10 look-alikes): main marked 1 of
# the 12 (the "pet project" sentence, left out here), the branch 10 of 12, with no false
# mark on the look-alikes before or after. Missed and left alone: "You don't need to be a
# genius to see where the library money went" (a variant of the frame the rule does not
# read) and "The mill's cash-rich buyers have evidently decided ..." ("buyers" is a plain
# trade word, so the money label does not make the subject a mind to read).
AFTER = [
    "It doesn't take a detective to work out who leaked the minutes.",
    "Full marks for brass neck: the chairman awarded himself a rise the day the depot shut.",
    "Whether the new owners will keep a single driver on the payroll is another question.",
    "Shoppers in Brayford have heard all the excuses before.",
    "Loyalty does not pay the mortgage.",
    "The gallery mistakes novelty for imagination.",
    "A single good harvest proves nothing.",
    "Readers might ask why the ferry contract went to a firm with no ferries.",
    "The trustees are in no mood to compromise.",
]

AFTER_LOOK_ALIKES = [
    "It takes about forty minutes to walk from the quay to the church.",
    "The class got full marks for their project on river birds.",
    "How the bridge was built is explained in a display at the museum.",
    "The children heard the owl before they saw it.",
    "The price of bread rose by four pence in June.",
    "The charity does not pay its volunteers.",
    "The surveyor mistook the boundary stone for a gatepost.",
    "The new timetable changes nothing for passengers on the early train from Colby.",
    "Some may recall the flood of 1968, when the river reached the market square.",
    "The board decided in March to sell the old depot.",
]


@pytest.mark.parametrize("text", AFTER)
def test_after_batch(nlp, text):
    assert claims(nlp, text), marks(nlp, text)


@pytest.mark.parametrize("text", AFTER_LOOK_ALIKES)
def test_after_look_alikes(nlp, text):
    assert marks(nlp, text) == []


# verdictsAT: verdicts told as whole sentences or clauses by a stock formula. Sentences of
# the shapes the rules read, written for the test (not copied from the practice articles),
# each with the mark that must cover it.
VERDICTS_AT = [
    ("The figures speak for themselves.", "speak for themselves"),
    ("Attendance doubled in a year, a record that speaks for itself.", "speaks for itself"),
    ("Here is the part of the audit the trust would rather you skipped.", "would rather"),
    ("The council would rather the allotment holders went quietly.", "would rather"),
    ("Let me quote the minutes, because the board would rather you did not see them.",
     "would rather"),
    ("It seems a thin excuse for closing the library on Saturdays.", "seems a thin excuse"),
    ("Entry now costs £12, which seems a steep price for a walk round a car park.",
     "seems a steep price"),
    ("The harbour board says it is listening. We are delighted to hear it.", "delighted"),
    ("The minister has promised to visit the ward in person. We are touched.", "touched"),
    ("The new bridge, I am pleased to report, has already been closed twice.", "pleased"),
    ("All told, the parish has paid for the new road with its green, its pub and its quiet.",
     "the parish has paid"),
]

# Look-alikes that must keep no claim mark: a speaker's quoted formula, people who speak
# for themselves, the writer's own "would rather", a literal preference, a person who
# "seems" something, a past impression, a real welcome.
LOOK_ALIKES_AT = [
    'A university spokesperson said the review "speaks for itself".',
    "Residents should be allowed to speak for themselves at the hearing.",
    "The tenants spoke for themselves at the meeting on Monday.",
    "I would rather the council kept the library open.",
    "Many pensioners would rather stay at home in the winter.",
    '"We would rather lose a day in port than lose a guest\'s trust," she said.',
    "The new keeper seems a shy man.",
    "It seemed a good idea at the time, he said.",
    "We are delighted to welcome the new head teacher to the school.",
    '"I was delighted, and I still am," he said.',
    "We were relieved when the ferry finally came.",
    "All told, the ferry carried 12,000 passengers in its first summer.",
    "All told, about four million people rely on the river for drinking water.",
]


@pytest.mark.parametrize(("text", "phrase"), VERDICTS_AT)
def test_stock_verdict_sentence_is_a_claim(nlp, text, phrase):
    assert covers(nlp, text, phrase, "unattributed_claim"), marks(nlp, text)


@pytest.mark.parametrize("text", LOOK_ALIKES_AT)
def test_stock_verdict_look_alike_has_no_claim(nlp, text):
    assert claims(nlp, text) == [], marks(nlp, text)


def test_mock_pleasure_is_explained_with_a_rewording(nlp):
    doc = nlp("The harbour board says it is listening. We are delighted to hear it.")
    span = next(s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim")
    assert span._.kit_explanation.startswith("Whose judgement is this?")
    assert "mock-polite" in span._.kit_explanation
    # the rule's neutral rewording (the lens shows claims with their explanation only)
    found = [j for rule in RULES for j in rule(doc)]
    assert [j.neutral for j in found if j.rule == "writer_pleasure"] == [
        "(report what was said or done without the writer's reaction)"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We are delighted to announce that Mara Quell will join the board in May.",
        "We are pleased to report a record harvest this year.",
        "I am pleased to report that the bridge reopened on Monday.",
    ],
)
def test_pleasure_that_carries_the_news_is_sincere(nlp, text):
    """Review of verdictsAT: a newsletter's or a firm's "pleased to report that ..." gives
    the news itself and is no mock-polite reaction; the bare "We are delighted to hear
    it." and the parenthetical "I am pleased to report" stay marked (above)."""
    doc = nlp(text)
    assert [s.text for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"] == []


def test_pleasure_at_a_sum_made_light_of_is_ironic(nlp):
    """The news clause that makes light of its own figure keeps the mark: the pleasure at
    a cost "only" in the millions is the writer's irony."""
    doc = nlp(
        "The board unveiled its new logo on Monday, and I am delighted to report that it "
        "cost only 2.4 million crowns."
    )
    assert [s.text for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
