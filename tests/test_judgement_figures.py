"""Word-level loaded language that holds on unseen text (kit/lenses/judgement_figures.py,
and the scorn, pittance, coercion and greed families of kit/lexicons/loaded.yaml).

Every sentence here was written for these tests (none comes from data/). Each family
has sentences it must mark, literal senses it must leave alone, and words or phrasings
that are in no word list (people nouns the parse derives, money the tagger names,
particles after the object), so that a pass shows the rule reading the parse.
"""

from __future__ import annotations

import pytest
from keyscores import keyed_text
from lens_docs import parse
from practice_text import rounds_since

from kit.lenses import judgement as J
from kit.lenses import judgement_figures as F
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def finds(nlp, text: str, rule) -> list[tuple[str, str]]:
    """(label, text) of what one rule finds, with the pipeline's judgement lexicon."""
    doc = parse(nlp, text)
    lex = nlp.get_pipe("kit_loaded").judgement
    return [(j.span.label_, j.span.text) for j in J.judgements(doc, lex, (rule,))]


def marked(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of every loaded mark the whole pipeline makes."""
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


def words(nlp, text: str) -> list[tuple[str, str]]:
    return [m for m in marked(nlp, text) if m[1] != "unattributed_claim"]


def test_the_rules_run_with_the_word_rules():
    assert set(F.RULES) <= set(J.WORD_RULES)


# -- 1. verbs of feeling used as verbs of speaking -----------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Never again," she fumed.', "fumed"),
        ('The harbourmaster snapped: "Sit down."', "snapped"),
        ('"Pathetic," scoffed the treasurer.', "scoffed"),  # inverted; "treasurer" in no list
        ("He gloated that his rival had lost the seat.", "gloated"),
        ('"We are always last," whined a councillor.', "whined"),
        ("The senator raged that the audit was biased.", "raged"),
        ("Ms Orrin sneered at the inspectors on Tuesday.", "sneered"),
        ("Another grumbled that the timetable was a joke.", "grumbled"),  # "another": no noun
        ('"Sit down," the chair yelled.', "yelled"),
        ("The critic cooed that the new menu was a triumph.", "cooed"),
        ('"Simply divine," purred the hotel\'s owner.', "purred"),
    ],
)
def test_a_charged_verb_of_speaking_is_emotive(nlp, text, word):
    assert ("emotive", word) in finds(nlp, text, F.charged_speech)


@pytest.mark.parametrize(
    "text",
    [
        "The fire raged for three days.",
        "The branch snapped under the weight of the snow.",
        "The dog growled at the postman.",
        "He scoffed his dinner in five minutes.",
        "She mocked up a poster for the fair.",
        "The engine whined as the lorry climbed the hill.",
        "The doves cooed on the church roof all morning.",
        "The engine purred as the ferry left the harbour.",
    ],
)
def test_a_verb_of_feeling_that_reports_no_speech_is_left_alone(nlp, text):
    assert finds(nlp, text, F.charged_speech) == []


def test_the_charged_cue_is_an_attribution_and_its_quote_is_not_a_scare_quote(nlp):
    doc = nlp('"It is a joke," she sneered.')
    assert [(s.text, s.label_) for s in doc.spans["attributions"]] == [("sneered", "direct")]
    assert ("sneered", "emotive") in words(nlp, '"It is a joke," she sneered.')
    # the parser misses the inverted subject, the attribution lens finds no cue: still speech
    loaded = marked(nlp, '"Nobody asked us," fumed one resident.')
    assert ("fumed", "emotive") in loaded
    assert not any(label == "scare_quote" for _, label in loaded)


# -- 2. acts told as figures ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # evasion of a question
        ("Asked about the cost, the minister dodged the question.", "dodged"),
        ("The chair sidestepped scrutiny of the contract.", "sidestepped"),
        # greed, with money the parse names (no money word needed)
        ("The chairman pocketed $40,000 in fees last year.", "pocketed"),
        ("Directors trousered a bonus worth a year's wages.", "trousered"),
        # draining
        ("The landlords have bled the town dry.", "bled the town dry"),  # particle after object
        # concealment
        ("The council is hiding behind the auditor.", "hiding behind"),  # "auditor": no list
        ("Ministers buried the report until after the vote.", "buried"),
        # disguise
        ("It is a cut dressed up as reform.", "dressed up as"),
        # destruction of land or rules
        ("Developers want to concrete over the meadow.", "concrete over"),
        ("The board ripped up the rulebook.", "ripped up"),
        # attack on a rival, the particle after the object
        ("In the debate she took the treasurer apart.", "took the treasurer apart"),
        ("The secretary hid behind a wall of statistics.", "hid behind"),
        ("The chair wriggled out of answering.", "wriggled out of"),  # a gerund of answering
        ("Aides are spinning the closures as an upgrade.", "spinning the closures as"),
        # panic
        ("The mayor was left scrambling to explain the overspend.", "scrambling"),
        ("Her deputy squirmed as the committee read out the figures.", "squirmed"),
        # rough handling of people
        ("Guards dragged the inspectors out of the hall.", "dragged"),
    ],
)
def test_an_act_told_as_a_figure_is_emotive(nlp, text, word):
    found = finds(nlp, text, F.figurative_acts) + finds(nlp, text, J.figurative_attacks)
    assert ("emotive", word) in found


@pytest.mark.parametrize(
    "text",
    [
        "She dodged a falling branch on the way home.",
        "He pocketed the keys and left.",
        "The farmer milked the cows at dawn.",
        "The boy hid behind a tree.",
        "The soldiers hid behind a wall of sandbags.",
        "The cat hid behind a wall.",
        "The toddler hid behind her mother when the dog barked.",
        "They buried the dog in the garden.",
        "The children dressed up as pirates.",
        "Workers poured concrete over the old path.",
        "The car park was paved over in 1998.",
        "She tore up the letter and threw it away.",
        "The storm ravaged the coast.",
        "The mechanic took the engine apart.",
        "Firefighters scrambled to reach the blaze.",
        "He scrambled up the bank.",
        "She dragged her suitcase to the station.",
        "Lifeguards dragged the swimmer from the water.",
        "A neighbour dragged an elderly man from the burning house.",
        "We will stay here until you drag us out.",
    ],
)
def test_the_literal_act_is_left_alone(nlp, text):
    assert finds(nlp, text, F.figurative_acts) == []
    assert finds(nlp, text, J.figurative_attacks) == []


# -- 3. people named by a sneer ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Voters are tired of the career politician.", "career politician"),
        ("He is a career econocrat with no plan.", "career econocrat"),  # "-crat", no list
        ("Professional protesters blocked the gate.", "Professional protesters"),
        ("A serial complainer wrote in again.", "serial complainer"),
        ("The rules were written by faceless inspectors.", "faceless inspectors"),  # derived
        ("Unelected officials decided the matter.", "Unelected officials"),
        (
            "The Harbour Board's favourite lobbyist spoke first.",
            "The Harbour Board's favourite lobbyist",
        ),
        ("The industry's tame economist backed the plan.", "The industry's tame economist"),
        ("The suits at Halvern Studios cancelled the show.", "suits"),
    ],
)
def test_a_sneer_at_people_is_labeling(nlp, text, span):
    assert ("labeling", span) in finds(nlp, text, F.people_sneers)


@pytest.mark.parametrize(
    "text",
    [
        "Her career began in 1990.",
        "The career diplomat retired after forty years abroad.",
        "He is a professional footballer.",
        "The children's favourite teacher retired in June.",
        "Britain's favourite dish is still curry.",
        "Two suits hung in the shop window.",
        "The suits in the shop window were reduced by half.",
        "The faceless mannequin stood in the window.",
    ],
)
def test_a_plain_role_or_a_favourite_thing_is_left_alone(nlp, text):
    assert finds(nlp, text, F.people_sneers) == []


# -- 4. scorn, belittling, coercion and greed, inside quotes or out -----------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The union called the bonus "obscene".', '"obscene"'),  # tagged as a noun in quotes
        ('"They treat the nurses with contempt," she said.', "contempt"),
        ('"Our crews deserve better than crumbs," he said.', "crumbs"),
        ("Cleaners are paid peanuts for the night shift.", "peanuts"),
        ('"We will not negotiate at gunpoint," the minister said.', "at gunpoint"),
        ("The rail unions are holding the country to ransom.", "holding the country to ransom"),
        ("They were jailed for the crime of fishing.", "for the crime of fishing"),
        ("He is treating the charity like his piggy bank.", "like his piggy bank"),
        ('She accused him of "treating tenants like mugs."', "treating tenants like mugs"),
        ("The tree-huggers were out in force.", "tree-huggers"),
        ("The board has treated the pier as a cash cow.", "cash cow"),
        # approval without scrutiny, a bad smell, a spree, a knife, feudal lords, sympathy
        ("The committee rubber-stamped the bypass in ten minutes.", "rubber-stamped"),
        ("The panel waved the bypass through without a vote.", "waved the bypass through"),
        ("The whole arrangement reeks of favouritism.", "reeks of"),
        ("It has been a sorry saga from start to finish.", "sorry saga"),
        ("The trust splashed out on a new jet while wages were frozen.", "splashed out"),
        ("Rivals were quick to twist the knife.", "twist the knife"),
        ("Media barons met the chancellor in secret.", "Media barons"),
        ("Hard-pressed tenants face another rise.", "Hard-pressed"),
        ("The health secretary has gone AWOL.", "AWOL"),
        ("The pay deal is a kick in the teeth for porters.", "kick in the teeth"),
        ("The new rules leave carers out in the cold.", "leave carers out in the cold"),
        ("The directors helped themselves to bumper pay packets.", "helped themselves to"),
        ("Officials sat on the audit for a year.", "sat on"),
        ("It was a galling defeat for the coalition.", "galling"),
        ("It beggars belief that the board had the nerve to raise fees.", "had the nerve to"),
        ("Brussels bureaucrats have blocked the deal.", "bureaucrats"),
    ],
)
def test_scorn_and_belittling_words_are_loaded(nlp, text, word):
    assert any(word in t for t, _ in words(nlp, text)), words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for contempt of court.",
        "She swept the crumbs off the table.",
        "He ate salted peanuts with his beer.",
        "The shop was robbed at gunpoint by two armed men.",
        "Kidnappers held the boy for ransom.",
        "She kept her coins in a piggy bank.",
        "He was convicted for the crime of murder.",
        "A storm-chaser filmed the tornado.",
        "Officers waved the lorries through the checkpoint.",
        "The kitchen reeks of garlic.",
        "The fans splashed out in the river all afternoon.",
        "You would be hard-pressed to find a cheaper flat.",
        "The wind blew the tent away.",
        "Someone left the dog out in the cold overnight.",
        "He was punched and took a kick in the teeth during the fight.",
        "The pensioners sat on the bench by the harbour.",
        "He lost his nerve to the end of the climb.",
    ],
)
def test_their_literal_senses_are_left_alone(nlp, text):
    assert words(nlp, text) == []


def test_a_judgement_adjective_on_a_persons_look_judges_the_person(nlp):
    found = finds(nlp, "Ministers wore their smug grins.", J.judgement_adjectives)
    assert ("emotive", "smug") in found
    assert finds(nlp, "The cat has a lazy look.", J.judgement_adjectives) == []


# -- the lists are broad families, written beyond the practice articles -------------------
NEW_CLASSES = {
    "judgement_acts": ["speech_verb", "evasion_verb", "greed_verb", "drain_verb",
                       "concealment_verb", "disguise_verb", "destruction_verb", "panic_verb",
                       "manhandle_verb"],
    "judgement_words": ["trade_label", "people_sneer", "patron_word", "metonym_label",
                        "sneered_role"],
}  # fmt: skip


@pytest.mark.parametrize(("fname", "cls"), [(f, c) for f, cs in NEW_CLASSES.items() for c in cs])
def test_most_of_each_family_is_absent_from_the_practice_keys(fname, cls):
    data = load_yaml((LEXICONS / f"{fname}.yaml").read_text(encoding="utf-8"))
    spec = data["classes"][cls]
    members = [
        (e["word"] if isinstance(e, dict) else str(e)).lower()
        for entries in spec["entries"].values()
        for e in entries
    ]
    # keys before rounds G-M joined
    text = keyed_text(
        later_rounds=rounds_since("roundG")
    )
    absent = [w for w in members if w not in text]
    assert len(absent) * 2 >= len(members), (cls, len(absent), len(members))
    if cls != "sneered_role":  # a frame class: read by the rules, not shown to learners
        assert spec.get("explanation") and spec.get("neutral")
