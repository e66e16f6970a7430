"""Judgement rules (kit/lenses/judgement*.py): loaded language found through the parse.

Every sentence here was written for these tests. Each rule has sentences it must mark,
literal senses it must leave alone, and words that are in the judgement lexicons but
not in loaded.yaml, so that a pass shows the rule generalising rather than the list.
"""

from __future__ import annotations

import pytest
from lens_docs import parse

from kit.errors import KitError
from kit.lenses import judgement as J
from kit.lenses.judgement_lexicon import JudgementLexicon, derive_family
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def finds(nlp, text: str, rule=None) -> list[tuple[str, str, str]]:
    """(rule, label, text) of every judgement the rules find in ``text``, with the
    lexicon the loaded lens built from the pipeline (it knows the verb lemmas)."""
    doc = parse(nlp, text)
    rules = (rule,) if rule else J.WORD_RULES + J.CLAIM_RULES
    lex = nlp.get_pipe("kit_loaded").judgement
    return [(j.rule, j.span.label_, j.span.text) for j in J.judgements(doc, lex, rules)]


def marked(nlp, text: str, attributions: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(text, label) of the loaded lens's marks, attributions given as (cue, content)."""
    doc = parse(nlp, text, attributions)
    nlp.get_pipe("kit_loaded")(doc)
    return [(s.text, s.label_) for s in doc.spans["loaded"]]


def listed_words() -> set[str]:
    """Every word of loaded.yaml (terms and lemmas), lower case."""
    data = load_yaml((LEXICONS / "loaded.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()
    for entry in data["entries"]:
        for key in ("term", "lemma"):
            value = entry.get(key)
            for v in value if isinstance(value, list) else [value] if value else []:
                words.add(str(v).lower())
    return words


# -- adjectives, adverbs and nouns of judgement ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The feckless treasurer lost the ledger twice.", "feckless"),  # before a person
        ("The inspectors were gutless when the owners complained.", "gutless"),  # predicate
        ("Voters found the senator duplicitous.", "duplicitous"),  # small clause
        ("It was a cowardly decision by the trustees.", "cowardly"),  # what they did
        ("The spineless and inept board said nothing.", "inept"),  # conjoined
    ],
)
def test_judgement_adjective_in_a_frame_is_marked(nlp, text, word):
    assert ("judgement_adjective", "emotive", word) in finds(nlp, text, J.judgement_adjectives)


@pytest.mark.parametrize(
    "text",
    [
        "It was a cruel winter in the hills.",  # not a person
        "She was charged with reckless driving after the crash.",  # the legal term
        "The noble gases do not react easily.",
        "The novel 'Feckless Hearts' won the prize.",  # a title
    ],
)
def test_judgement_adjective_outside_a_frame_is_not_marked(nlp, text):
    assert finds(nlp, text, J.judgement_adjectives) == []


def test_unseen_judgement_words_are_not_in_loaded_yaml_and_are_still_caught(nlp):
    listed = listed_words()
    unseen = ["feckless", "gutless", "duplicitous", "inept", "spineless", "brazenly"]
    assert not listed & set(unseen), "these words must come from the judgement lexicon only"
    text = "The gutless regulator brazenly waved the deal through."
    assert [(w, label) for w, label in marked(nlp, text) if w in unseen] == [
        ("gutless", "emotive"),
        ("brazenly", "emotive"),
    ]


def test_agent_nouns_are_people_other_er_nouns_are_not(nlp):
    lex = nlp.get_pipe("kit_loaded").judgement
    people = [w for w in ("treasurer", "inspector", "trustee", "lobbyist") if is_agent(w, lex)]
    things = [w for w in ("winter", "paper", "coffee", "border") if is_agent(w, lex)]
    assert people == ["treasurer", "inspector", "trustee", "lobbyist"] and things == []


def is_agent(word: str, lex: JudgementLexicon) -> bool:
    from kit.lenses.judgement_lexicon import is_agent_noun

    return is_agent_noun(word, lex.verbs)


def test_one_adjective_entry_brings_its_family():
    assert derive_family("reckless") == ({"recklessly"}, {"recklessness"})
    assert derive_family("arrogant") == ({"arrogantly"}, {"arrogantness", "arrogance"})
    assert derive_family("lazy") == ({"lazily"}, {"laziness"})
    assert derive_family("idiotic")[0] == {"idiotically"}
    assert derive_family("despicable")[0] == {"despicably"}
    lex = JudgementLexicon()
    assert lex.adverbs["shamelessly"].text == "shameless"
    assert lex.nouns["cowardice"].text == "cowardly"  # an irregular form, listed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The gallery owner shamelessly inflated the prices.", "shamelessly"),
        ("The referee cynically waved play on.", "cynically"),
    ],
)
def test_judgement_adverb_of_what_a_person_does(nlp, text, word):
    assert ("judgement_adverb", "emotive", word) in finds(nlp, text, J.judgement_adverbs)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation stayed stubbornly high all winter.",  # not a person's act
        "The cheese remained stubbornly hard.",
        "Police said the van was driven recklessly through the market.",  # the legal sense
    ],
)
def test_judgement_adverb_traps(nlp, text):
    assert finds(nlp, text, J.judgement_adverbs) == []


def test_judgement_noun_owned_by_a_person(nlp):
    assert finds(nlp, "Everyone could see the arrogance of the board.", J.judgement_nouns) == [
        ("judgement_noun", "emotive", "arrogance")
    ]
    assert finds(nlp, "Her cowardice shocked the trustees.", J.judgement_nouns) == [
        ("judgement_noun", "emotive", "cowardice")
    ]
    assert finds(nlp, "He was convicted of cruelty to animals.", J.judgement_nouns) == []


# -- attacks and capitulation -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Opposition leaders pummelled the budget in the chamber.", "pummelled"),
        ("He tore into the minister over the delays.", "tore into"),
        ("The columnist trashed the proposal on Sunday.", "trashed"),
    ],
)
def test_attack_verbs_used_for_criticism(nlp, text, word):
    assert ("figurative_attack", "emotive", word) in finds(nlp, text, J.figurative_attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain battered the coast on Sunday.",  # a storm
        "Shells pummelled the town for a week.",  # a real war
        "Troops hammered the rebel positions at dawn.",
        "City hammered United 4-0 on Saturday.",  # a match
        "The visiting side crushed the hosts in the second half of the match.",
        "The quarry crushed rock for the new road.",  # a thing
        "The fans trashed the stadium after the game.",
    ],
)
def test_literal_attacks_are_not_marked(nlp, text):
    assert finds(nlp, text, J.figurative_attacks) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The airline capitulated to the pilots' union.", "capitulated"),
        ("The trustees buckled under pressure from donors.", "buckled"),
        ("The council bowed to demands from the lobby.", "bowed"),
    ],
)
def test_capitulation_of_people_and_bodies(nlp, text, word):
    assert ("capitulation", "emotive", word) in finds(nlp, text, J.capitulations)


@pytest.mark.parametrize(
    "text",
    [
        "The roof caved in after the rain.",
        "The fence buckled under the weight of the snow.",
        "The garrison surrendered to the rebels after the siege.",
        "She surrendered her passport to the court.",
        "She bowed to the audience.",
        "He folded the letter and left.",
    ],
)
def test_literal_surrender_and_collapse_are_not_marked(nlp, text):
    assert finds(nlp, text, J.capitulations) == []


# -- labels, accusations ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor is a crook.", "crook"),
        ("Marsh, a hypocrite, voted against his own bill.", "hypocrite"),
        ("The landlord is a snake.", "snake"),  # a literal word, in a naming frame
        ("Anyone who signs will be siding with the wreckers.", "wreckers"),
    ],
)
def test_labels_of_people(nlp, text, word):
    assert ("people_label", "labeling", word) in finds(nlp, text, J.people_labels)


@pytest.mark.parametrize(
    "text",
    [
        "The clown at the party made balloon animals.",
        "A snake slid under the shed.",
        "He is a keen football fanatic.",
        'She reviewed the novel "The Traitor" for the paper.',  # a book title
        "It was a fool's errand from the start.",
    ],
)
def test_literal_people_words_are_not_labels(nlp, text):
    assert finds(nlp, text, J.people_labels) == []


def test_a_comparison_is_emotive_not_a_label(nlp):
    assert finds(nlp, "He drove like a maniac through the village.", J.people_labels) == [
        ("people_label", "emotive", "a maniac")
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The cover-up began within hours of the leak.", "cover-up"),
        ("Their betrayal of the members cost the union dearly.", "betrayal"),
        ("The takeover was a land grab by the developer.", "land grab"),
        ("The inquiry was a whitewash.", "whitewash"),
    ],
)
def test_nominalised_accusations(nlp, text, word):
    assert ("accusation", "emotive", word) in finds(nlp, text, J.accusations)


@pytest.mark.parametrize(
    "text",
    [
        "The whitewash on the walls was peeling.",
        "Cover-up allegations were rejected by the inquiry.",  # a modifier, not a claim
        "The farce opened at the theatre on Friday.",  # a kind of play
        "The scam was described to the jury at the trial.",  # a court report
    ],
)
def test_accusation_traps(nlp, text):
    assert finds(nlp, text, J.accusations) == []


def test_accusation_verbs_need_a_person_done_to(nlp):
    text = "The developer fleeced pensioners out of their savings."
    assert finds(nlp, text, J.accusation_verbs) == [("accusation_verb", "emotive", "fleeced")]
    assert finds(nlp, "The scene deceived the eye.", J.accusation_verbs) == []


# -- claims in the writer's voice ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Why should taxpayers foot the bill for this fiasco?", "Why should"),
        ("Is anyone surprised?", "Is anyone surprised?"),
        ("But was it really the weather?", "was it really the weather?"),
        ("Isn't it time the board admitted its mistakes?", "Isn't it"),
    ],
)
def test_rhetorical_questions_are_claims(nlp, text, claim):
    found = finds(nlp, text, J.rhetorical_questions)
    assert len(found) == 1 and found[0][1] == "unattributed_claim"
    assert found[0][2].startswith(claim.split("?")[0])


@pytest.mark.parametrize(
    "text",
    ["What happens next?", "When will the new bridge open?", "How many people live here?"],
)
def test_plain_questions_are_not_claims(nlp, text):
    assert finds(nlp, text, J.rhetorical_questions) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("How convenient. The report came out on a holiday.", J.sarcasm_markers),
        ("The board, in its infinite wisdom, raised the fees.", J.sarcasm_markers),
        ("So much for the promise of openness.", J.sarcasm_markers),
        ("The launch was a ploy to win over investors.", J.motive_claims),
        ("The hearing was staged in a bid to discredit the witnesses.", J.motive_claims),
        ("The review was designed to distract voters from the scandal.", J.motive_claims),
        ("The mayor quietly shelved the report because it embarrassed her.", J.insinuations),
    ],
)
def test_sarcasm_motive_and_insinuation_are_claims(nlp, text, rule):
    found = finds(nlp, text, rule)
    assert found and all(label == "unattributed_claim" for _, label, _ in found)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Thank you so much for the flowers.", J.sarcasm_markers),  # not a sentence opener
        ("The pump was designed to carry waste water to the plant.", J.motive_claims),
        ("The firm cut prices in a bid to win back customers.", J.motive_claims),
        ("The charity stunt raised money to fund a new ward.", J.motive_claims),
        ("She spoke quietly to the children.", J.insinuations),
    ],
)
def test_plain_purposes_and_manners_are_not_claims(nlp, text, rule):
    assert finds(nlp, text, rule) == []


# -- through the loaded lens ---------------------------------------------------------
def test_the_lens_keeps_claims_in_the_writers_voice_only(nlp):
    quoted = '"Is it any wonder people are angry?" the mayor asked.'
    assert not any(label == "unattributed_claim" for _, label in marked(nlp, quoted))
    text = "Is it any wonder people are angry? The council met on Monday."
    assert ("Is it any wonder people are angry?", "unattributed_claim") in marked(nlp, text)


def test_the_lens_keeps_the_listed_word_when_both_find_it(nlp):
    # "reckless" is in loaded.yaml as well: one mark, with the list's explanation
    text = "The reckless minister ignored the warnings."
    doc = parse(nlp, text)
    doc.spans["attributions"] = []
    nlp.get_pipe("kit_loaded")(doc)
    spans = [s for s in doc.spans["loaded"] if s.text == "reckless"]
    assert len(spans) == 1 and "verdict on" not in spans[0]._.kit_explanation


def test_marks_carry_explanation_and_neutral(nlp):
    text = "The gutless regulator waved the deal through."
    doc = parse(nlp, text)
    doc.spans["attributions"] = []
    nlp.get_pipe("kit_loaded")(doc)
    span = next(s for s in doc.spans["loaded"] if s.text == "gutless")
    assert "'the regulator'" in span._.kit_explanation and span._.kit_neutral == "cautious"
    assert "Neutral: *cautious*" in span._.kit_explanation


def test_a_broken_judgement_lexicon_gives_a_clear_error():
    with pytest.raises(KitError, match="needs 'entries:'"):
        JudgementLexicon({"judgement": {"classes": {"judgement_adjective": {"entries": []}}}})
    with pytest.raises(KitError, match="top-level 'classes:'"):
        JudgementLexicon({"judgement": {"entries": []}})


def test_every_lexicon_file_names_its_sources_and_every_word_has_a_category():
    for name in ("judgement", "judgement_acts", "judgement_frames"):
        text = (LEXICONS / f"{name}.yaml").read_text(encoding="utf-8")
        assert "where the idea comes from" in text.lower()
    lex = JudgementLexicon()
    for wc in lex.classes.values():
        assert wc.words, wc.name
        assert all(w.category for w in wc.words.values())


def test_a_role_in_a_story_is_not_a_label_but_a_verdict_on_a_person_is(nlp):
    """ "villain" as a part someone plays is a role; said of a real person it labels them."""
    role = "Ruth Acre stars as the villain, a landlord with a grudge."
    assert finds(nlp, role, J.people_labels) == []
    assert ("people_label", "labeling", "villain") in finds(
        nlp, "The developer is a villain to the tenants.", J.people_labels
    )


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("The pen-pushers at the ministry lost the forms.", "pen-pushers", J.people_labels),
        ("A flustered minister left the podium.", "flustered", J.judgement_adjectives),
        ("The vanity of the owners is on show.", "vanity", J.judgement_nouns),
    ],
)
def test_office_labels_composure_and_vanity(nlp, text, word, rule):
    assert word in [w for _, _, w in finds(nlp, text, rule)]


def test_composure_adjective_of_a_thing_is_left_alone(nlp):
    assert finds(nlp, "The rattled windows kept us awake.", J.judgement_adjectives) == []
