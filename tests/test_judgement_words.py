"""Judgement rules for things, groups and acts (kit/lenses/judgement_words.py).

Every sentence here was written for these tests. Each rule has sentences it must mark,
literal senses it must leave alone, and at least one word or phrasing that is in no
word list, so that a pass shows the rule reading the parse rather than the list.
"""

from __future__ import annotations

import pytest
from lens_docs import parse

from kit.lenses import judgement as J
from kit.lenses import judgement_words as W
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def finds(nlp, text: str, rule) -> list[tuple[str, str]]:
    """(label, text) of what one rule finds, with the pipeline's judgement lexicon."""
    doc = parse(nlp, text)
    lex = nlp.get_pipe("kit_loaded").judgement
    return [(j.span.label_, j.span.text) for j in J.judgements(doc, lex, (rule,))]


def marked(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of every loaded mark the lens makes."""
    doc = parse(nlp, text)
    nlp.get_pipe("kit_loaded")(doc)
    return [(s.text, s.label_) for s in doc.spans["loaded"]]


def listed(*files: str) -> set[str]:
    """Every word (lower case) of the named judgement lexicons and of loaded.yaml."""
    words: set[str] = set()
    for name in files:
        data = load_yaml((LEXICONS / f"{name}.yaml").read_text(encoding="utf-8"))
        for spec in data.get("classes", {}).values():
            for entries in spec["entries"].values():
                for e in entries:
                    words.add((e["word"] if isinstance(e, dict) else str(e)).lower())
        for entry in data.get("entries", []):
            for key in ("term", "lemma"):
                value = entry.get(key) or []
                words.update(
                    str(v).lower() for v in (value if isinstance(value, list) else [value])
                )
    return words


def test_the_rules_run_with_the_word_rules():
    assert set(W.RULES) <= set(J.WORD_RULES)


# -- appreciation of works and plans ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor unveiled a shoddy little plan for the harbour.", "shoddy"),
        ("Her second album is vapid from start to finish.", "vapid"),
        ("It is clunky, and the pacing drags.", "clunky"),  # "it": the work reviewed
        ("The budget was plodding and utterly threadbare.", "threadbare"),  # strict, amplified
    ],
)
def test_appreciation_adjective_of_a_work_or_plan(nlp, text, word):
    assert ("emotive", word) in finds(nlp, text, W.appreciation_adjectives)


@pytest.mark.parametrize(
    "text",
    [
        "He wore a shabby coat to the interview.",  # a thing, not a work or plan
        "The old oak is hollow inside.",  # literal
        "The speech was hollow.",  # strict word without an amplifier: left alone
        "The tired runners reached the finish after dark.",  # people, not a work
    ],
)
def test_appreciation_adjective_literal_senses_are_left_alone(nlp, text):
    assert finds(nlp, text, W.appreciation_adjectives) == []


# -- mock titles, group verdicts ------------------------------------------------------
def test_mock_titles_take_the_noun_they_mock(nlp):
    assert finds(nlp, "The self-appointed guardian of the canal wrote again.", W.mock_titles) == [
        ("labeling", "self-appointed guardian")
    ]
    assert finds(nlp, "A tin-pot dictator ran the island.", W.mock_titles) == [
        ("labeling", "tin-pot dictator")
    ]
    # "armchair" needs a person: a chair is a chair
    assert finds(nlp, "She sat in the armchair by the window.", W.mock_titles) == []


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("A rogue faction of the board voted to sell.", "rogue faction", "labeling"),
        ("Officials met a ragtag band of protesters.", "ragtag band", "labeling"),
        ("The hard-line blockade lasted a week.", "hard-line", "emotive"),
        ("The ferry operators lobby met the minister.", "operators lobby", "labeling"),
        ("The vegan mafia wrote to the council.", "vegan mafia", "labeling"),
        ("The party machine turned out every vote.", "party machine", "labeling"),
        # a hyphenated habit names whose group it is (round AA's "nine-to-five brigade",
        # now practice; these sentences are the lead's own)
        ("The sandal-wearing brigade will hate the new car park.", "sandal-wearing brigade",
         "labeling"),
        ("It was the usual nine-till-five lobby at the hearing.", "usual nine-till-five lobby",
         "labeling"),
    ],
)
def test_groups_named_by_a_verdict(nlp, text, span, label):
    assert (label, span) in finds(nlp, text, W.group_verdicts)


@pytest.mark.parametrize(
    "text",
    [
        "We waited in the hotel lobby for an hour.",
        "The fire brigade reached the barn at dawn.",
        "A rogue wave struck the pier.",  # not people
        "The fringe benefits were cut.",  # not a group
        "The machine broke down on Tuesday.",  # a machine with no owner
        "Militant fighters shelled the garrison as troops withdrew.",  # a real war
        "The cash machine outside the bank was empty.",  # no political owner
        "The film follows a family that runs from the Mafia.",  # a name
        "The ground-floor lobby flooded on Tuesday night.",  # a place, not a habit
        "Guests queued in a two-storey lobby with a glass roof.",
    ],
)
def test_group_verdict_literal_senses_are_left_alone(nlp, text):
    assert finds(nlp, text, W.group_verdicts) == []


# -- verdict nouns ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("After a week of this pantomime, the talks collapsed.", "pantomime"),
        ("The minister called the forecast claptrap.", "claptrap"),
        ("Critics say the tram line is a white elephant.", "white elephant"),
        ("The appointments smack of nepotism.", "nepotism"),
        ("The ruling is an affront to every tenant in the city.", "affront"),
    ],
)
def test_verdict_nouns(nlp, text, word):
    assert ("emotive", word) in finds(nlp, text, W.verdict_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "We spent the evening at the circus.",  # a place
        "She has worked in theatre for twenty years.",  # the art
        "The actors rehearsed the pantomime on the stage.",  # a real show
        "The circus tent blew down.",  # a modifier
        "Fans shouted insults at the referee.",  # a report of words, not a verdict
        "The official was convicted of taking bribes.",  # a court case
        "Grandma read the children a fairy tale at bedtime.",  # a real story
        "She loves theatre and goes every week.",  # the art, with no frame of a show
        "The delay added insult to injury for the travellers.",  # an idiom
        "The minister denied taking bribes from the contractor.",  # a report of a charge
    ],
)
def test_verdict_noun_literal_senses_are_left_alone(nlp, text):
    assert finds(nlp, text, W.verdict_nouns) == []


# -- verbs of flattery, fabrication and theft -----------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The senator spent the spring sucking up to the donors.", "sucking up to"),
        ("The mayor has been pandering to the developers for years.", "pandering to"),
        ("The agency concocted a crisis to win more funding.", "concocted a crisis"),
        ("Commuters have been plundered by the new fares.", "plundered"),
    ],
)
def test_verdict_verbs_with_their_targets(nlp, text, span):
    assert ("emotive", span) in finds(nlp, text, W.verdict_verbs)


@pytest.mark.parametrize(
    "text",
    [
        "The firm invented a cheaper battery.",  # a thing, not a claim
        "Two men robbed a petrol station on Friday.",  # a real robbery of a place
        "Police said thieves robbed the passengers at knifepoint.",  # a crime report
        "The cat sidled up to the fire.",  # no person
        "Armed men robbed residents of the estate at knifepoint.",  # a real robbery
    ],
)
def test_verdict_verb_literal_senses_are_left_alone(nlp, text):
    assert finds(nlp, text, W.verdict_verbs) == []


# -- sneer adverbs and degrading similes ----------------------------------------------
def test_sneer_adverb_needs_a_person_acting(nlp):
    assert finds(nlp, "The board, unsurprisingly, rejected the offer.", W.sneer_adverbs) == [
        ("emotive", "unsurprisingly")
    ]
    assert finds(nlp, "Prices rose predictably after the storm.", W.sneer_adverbs) == []
    assert finds(nlp, "A conspicuously placed sign warned drivers.", W.sneer_adverbs) == []


def test_degrading_similes(nlp):
    assert finds(
        nlp, "The tenants were herded like cattle into the hall.", W.degrading_similes
    ) == [("emotive", "herded like cattle")]
    assert finds(nlp, "She was treated like any other patient.", W.degrading_similes) == []
    assert finds(nlp, "He was treated as a suspect from the start.", W.degrading_similes) == []


# -- through the lens: the parse, not the list ----------------------------------------
def test_words_in_no_list_are_still_caught_through_their_frame(nlp):
    """The people judged ("wardens", "assessors", "surveyor") are in no list: the
    rules find them as nouns for people through the parse and the agent-noun test."""
    words = listed("judgement", "judgement_acts", "judgement_frames", "judgement_words", "loaded")
    assert not {"warden", "wardens", "assessor", "assessors", "surveyor"} & words
    got = marked(nlp, "The self-proclaimed wardens of the marsh wrote again.")
    assert ("self-proclaimed wardens", "labeling") in got
    got = marked(nlp, "The mayor was cosying up to the assessors.")
    assert ("cosying up to", "emotive") in got
    got = marked(nlp, "The surveyor, predictably, blamed the weather.")
    assert ("predictably", "emotive") in got


def test_every_find_explains_itself_and_names_a_neutral_word(nlp):
    doc = parse(nlp, "The jobsworth council tabled a half-baked levy after this circus.")
    lex = nlp.get_pipe("kit_loaded").judgement
    found = J.judgements(doc, lex, W.RULES)
    assert found
    for j in found:
        assert f"'{j.span.text}'" in j.explanation
        assert j.neutral


# -- disasters dramatised ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A monster storm flattened the pier.", "monster"),
        ("Flames tore through the mill before dawn.", "tore through"),
        ("Petrified commuters waited on the platform.", "Petrified"),
        ("Residents said the tower block was a death trap.", "death trap"),
    ],
)
def test_disasters_dramatised(nlp, text, span):
    assert span in [
        t for _, t in finds(nlp, text, W.disaster_hype) + finds(nlp, text, W.verdict_nouns)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A killer whale was seen off the point.",  # not a disaster
        "She ripped through the wrapping paper.",  # not a fire or a storm
        "The film is about a monster in the lake.",  # a monster, not a modifier of one
    ],
)
def test_disaster_words_in_their_literal_sense_are_left_alone(nlp, text):
    assert finds(nlp, text, W.disaster_hype) == []
