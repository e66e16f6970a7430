"""Spin idioms in the writer's voice (issue 11, loadedN2; kit/lenses/judgement_spin.py),
from a fresh probe batch written before the rules, in tabloid, partisan-column and
press-release voices, with names and topics that are not in data/. Round N's misses were
read for the FAMILY they belong to, not for their words:

- insinuation by pardon: "Parents might be forgiven for assuming ...";
- futile forecasts: "will do little to reassure traders", "do nothing to restore
  confidence";
- an act re-labelled: "The U-turn looks less like prudence than panic";
- impossible conditions: "when pigs fly", "should not hold their breath";
- reactions read into people: "will no doubt be rubbing their hands", "laughing all the
  way to the bank", "quaking in their boots";
- a lament in the conditional: "It would be a tragedy if ...";
- motives told as preferences: "more interested in X than in Y", "it seems, wanted X more
  than Y";
- people caught unready ("caught napping", "caught flat-footed") and rivals "left
  reeling";
- a work judged with its author ("a spiteful column": review, column, brochure as acts).

The first batch held 30 sentences and 17 look-alikes: main marked 8/30, this branch 27/30
(missed: "forgiven for thinking", whose "thinking" the attribution lens reads as a
reporting cue; "snide review" owned by a critic; "bloated management team"), look-alikes
clean 17/17 on both. Only the sentences main missed are kept in MARKED. The second batch
(12 + 7) was written after the rules and scored once: main 1/12, branch 10/12, look-alikes
6/7 on both (the one mark is "stunned" from the loaded list, not these rules).

A second module (kit/lenses/judgement_spin_words.py) then took five more families from
round N's misses: publicity judged by its sheen ("a glossy brochure"), disputes told as
battles ("fighting back", "circled the wagons"), a community's love claimed for it ("the
town has long treasured ..."), taunts ("better than its rivals ever will") and near
disasters ("could easily have ended in a funeral"); loaded.yaml took affection epithets
("much-loved", "cherished") and no-remorse words ("unrepentant"). A third batch (10 + 7),
written after those rules and scored once: main 0/10, branch 9/10 (missed "taken up arms",
a form the phrase list lacked, added afterwards), look-alikes 7/7 on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from practice_text import crowded_classes, practice_text, rounds_since, seen_in

from kit.lexicon import load_yaml


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ("Parents might be forgiven for assuming the academy trust has already made up its mind.",
     "forgiven"),
    ("Residents would be forgiven for wondering whether anyone at the depot reads their "
     "letters.", "forgiven"),
    ("The new parking wardens will do little to reassure traders who have lost half their "
     "trade.", "do little to reassure"),
    ("The apology will do nothing to restore confidence in the ferry operator.",
     "do nothing to restore"),
    ("The board's sudden U-turn looks less like prudence than panic.", "looks less like"),
    ("The mayor's reshuffle looks more like a purge than a fresh start.", "looks more like"),
    ("The trust will lower its fees when pigs fly.", "pigs fly"),
    ("Tenants hoping for a refund should not hold their breath.", "hold their breath"),
    ("Bosses at the water company will no doubt be rubbing their hands.", "rubbing their hands"),
    ("The bookmakers are laughing all the way to the bank.", "laughing all the way to the bank"),
    ("Rival airlines will surely be quaking in their boots.", "quaking in their boots"),
    ("The hotel chain's accountants will doubtless be popping the champagne corks.",
     "popping the champagne"),
    ("The council's planners were caught napping when the developer lodged its appeal.",
     "caught napping"),
    ("The ministry was caught on the hop by the strike.", "caught on the hop"),
    ("The bakery's price freeze has left its rivals reeling.", "reeling"),
    ("The chief constable seems more interested in photo opportunities than in catching "
     "burglars.", "more interested in"),
    ("It would be a tragedy if the library closed because of a spreadsheet.",
     "would be a tragedy"),
    ("The minister, it seems, wanted a photo more than a solution.", "wanted a photo more than"),
    ("The cinema chain has been caught flat-footed by the streaming boom.", "flat-footed"),
]

GUARDS = [
    ("The bank forgave the debt after the farmer died.", "forgave"),
    ("She was forgiven for missing the rehearsal because her train was cancelled.", "forgiven"),
    ("The replica looks more like the original than the copy in the museum does.",
     "looks more like"),
    ("The divers held their breath for two minutes.", "breath"),
    ("The nurse asked him to hold his breath for the X-ray.", "breath"),
    ("The farmer was rubbing his hands to keep warm.", "rubbing"),
    ("The cat was caught napping on the bonnet of a police car.", "napping"),
    ("The burglar was caught on camera leaving the shop.", "caught"),
    ("The children left the playground laughing.", "laughing"),
    ("The pigs were flown to Denmark in a specially fitted cargo plane.", "pigs"),
    ("It would be a first for the village if the team won the cup.", "would be a first"),
    ('"Volunteers care more about the weather than the prizes," the organiser said.',
     "care more"),
    ("The drug did little to ease the pain in a trial of 40 patients.", "do little"),
    ("Her glossy hair was tied back with a ribbon.", "glossy"),
    ("Players rubbed their hands together in the cold before kick-off.", "rubbed"),
    ("The boxer was left reeling after a punch in the third round.", "reeling"),
    ("The dog wanted its dinner more than a walk.", "wanted"),
]

#: The second batch, written after the rules and scored once (main 1/12, branch 10/12);
#: the two the branch missed ("may be forgiven for suspecting", "The fire service's
#: restructure looks less like reform than ...") are left out. Kept as regression tests.
SECOND_MARKED = [
    ("The new complaints hotline will do little to calm the fears of flood-hit families.",
     "do little to calm"),
    ("The landlord will replace the windows when hell freezes over.", "hell freezes over"),
    ("Residents waiting for the promised footbridge should not hold their breath.",
     "hold their breath"),
    ("The estate agents will surely be licking their lips.", "licking their lips"),
    ("It would be a crying shame if the bandstand were bulldozed for a car park.",
     "crying shame"),
    ("The health board seems more concerned with its league tables than with patients.",
     "more concerned"),
    ("The discount chain's latest offer has left its competitors spluttering.", "spluttering"),
    ("The museum's trustees have been caught with their trousers down over the missing "
     "paintings.", "trousers down"),
]

SECOND_GUARDS = [
    ("The vicar said the thief would be forgiven for his sins.", "forgiven"),
    ("The new medicine does little to ease symptoms in older patients.", "do little"),
    ("From the hill the reservoir looks more like a lake than a tank.", "looks more like"),
    ("The swimmers held their breath as they dived under the boom.", "breath"),
    ("The sniffer dog was caught napping in the sun by a photographer.", "napping"),
    ('"It would be a shame if the fair were cancelled," the organiser said.', "shame"),
]


THIRD_MARKED = [
    ("The ferry company's slick video says nothing about the cancelled sailings.", "slick"),
    ("The council's glitzy roadshow skated over the closure of the day centre.", "glitzy"),
    ("Allotment holders have taken up arms against the new water charges.", "taken up arms"),
    ("The hospital trust circled the wagons as soon as the report came out.",
     "circled the wagons"),
    ("The whole town has long cherished its lido.", "cherished"),
    ("The island adores its lifeboat crew.", "adores"),
    ("The volunteers know more about the river than the agency's consultants ever will.",
     "ever will"),
    ("The blunder could easily have cost someone their life in intensive care.",
     "intensive care"),
    ("The much-admired headteacher has been quietly moved aside.", "much-admired"),
    ("The landlord remained unapologetic about the mould.", "unapologetic"),
]

#: Three more families after the third batch (critics' reviews as violence, grievances
#: told as being pushed about, warmth superlatives for a business), each from a round N
#: miss ("torched", "feels railroaded", "friendliest grocer"); sentences written fresh.
FOURTH_MARKED = [
    ("The critic torched the bistro in her column.", "torched"),
    ("Restaurant reviewer Ada Penhallow has massacred the new tapas bar.", "massacred"),
    ("The tenants feel railroaded by the housing association.", "railroaded"),
    ("Locals say the parish already feels steamrollered by the quarry firm.", "steamrollered"),
    ("Posterwell, the county's friendliest bank, has cut its fees.", "friendliest"),
    ("Bramford's most generous grocer is giving away bread.", "most generous"),
]

FOURTH_GUARDS = [
    ("The arsonist torched the bistro.", "torched"),
    ("The old dairy was bulldozed last year.", "bulldozed"),
    ("The pub was voted the friendliest in the county in a readers' poll.", "friendliest"),
    ("The friendliest dog in the show won a rosette.", "friendliest"),
]

THIRD_GUARDS = [
    ("The slick roads caused three crashes on Monday morning.", "slick"),
    ("The polished floor of the ballroom was restored last year.", "polished"),
    ("The veteran fought back against the mugger and was taken to hospital.", "fought back"),
    ("The striker fought back from injury to win the match.", "fought back"),
    ("My grandmother cherished the brooch until she died.", "cherished"),
    ("The new bridge is longer than the old one ever was.", "ever"),
    ("The final could have ended in a penalty shoot-out.", "ended"),
]


@pytest.mark.parametrize(("text", "word"), MARKED + SECOND_MARKED + THIRD_MARKED + FOURTH_MARKED)
def test_spin_idiom_is_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in span or span in word for span, _ in marks), marks


@pytest.mark.parametrize(("text", "word"), GUARDS + SECOND_GUARDS + THIRD_GUARDS + FOURTH_GUARDS)
def test_literal_or_quoted_look_alike_is_not_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert not [span for span, _ in marks if word in span], marks


LEXICON = Path(__file__).resolve().parent.parent / "kit" / "lexicons" / "judgement_spin.yaml"


def test_spin_word_classes_are_mostly_unseen_in_data():
    text = LEXICON.read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    frames = tuple(load_yaml(text)["frame_classes"])
    # written after round N joined the practice data and before round O did (git log)
    later = rounds_since("roundO")
    assert crowded_classes(LEXICON, skip=frames, later_rounds=later) == []


def test_new_loaded_words_are_mostly_unseen_in_data():
    corpus = practice_text()
    added = ["much-loved", "well-loved", "beloved", "cherished", "treasured", "much-missed",
             "adored", "much-admired", "time-honoured", "hallowed", "storied", "fabled",
             "best-loved", "unrepentant", "unapologetic", "impenitent", "remorseless",
             "unabashed", "uncontrite", "unrepenting"]
    unseen = [w for w in added if not seen_in(corpus, w)]
    assert len(unseen) * 2 >= len(added), unseen
