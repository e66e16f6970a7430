"""Force and figure (kit/lenses/judgement_force.py, kit/lexicons/judgement_force.yaml).

Every sentence here was written for these tests (none comes from data/). Each family has
sentences it must mark and literal senses of the same words it must leave alone.
"""

from __future__ import annotations

import pytest
from practice_text import practice_text, rounds_since, seen_in

from kit.lenses import judgement as J
from kit.lenses import judgement_force as F
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def words(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of every loaded word mark the whole pipeline makes."""
    return [
        (s.text, s.label_) for s in nlp(text).spans["loaded"] if s.label_ != "unattributed_claim"
    ]


def test_the_rules_run_with_the_word_rules():
    assert set(F.RULES) <= set(J.WORD_RULES)


# -- 1. verbs of eating, squeezing, strangling, killing and attacking ----------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The supermarket group has gobbled up four smaller grocers' chains.", "gobbled up"),
        ("A bigger academy chain devoured the village school last spring.", "devoured"),
        ("Landlords in the resort are gouging tenants every summer.", "gouging"),
        ("Commuters were clobbered by another fare rise.", "clobbered"),
        ("Paperwork of this kind is throttling small firms.", "throttling"),
        ("The new fees will kill off the corner shop.", "kill off"),
        ("Ministers want to muzzle the press before the vote.", "muzzle"),
        ("The mayor assailed the proposal at Tuesday's meeting.", "assailed"),
        ("Councillor Ebbe attacked the scheme in a long letter.", "attacked"),
        ("The treasurer took an axe to the arts budget.", "took an axe to"),
        (
            "Out-of-town retail parks have all but finished off what remains of the high street.",
            "finished off",
        ),
    ],
)
def test_a_verb_of_force_on_a_body_or_a_plan_is_emotive(nlp, text, word):
    assert (word, "emotive") in words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The python swallowed a young goat whole.",
        "She squeezed a lemon over the fish.",
        "He squeezed his daughter's hand.",
        "A wasp stung the boy on the arm.",
        "The man strangled his victim with a cord.",
        "Kidnappers gagged the hostage in the van.",
        "A loose dog attacked the postman on Elm Road.",
        "Protesters attacked the police van.",
        "He finished off the cake before lunch.",
        "The frost killed the tomatoes overnight.",
        "Fire gutted the bakery on Mill Lane.",
        "Weeds have choked the pond behind the church.",
    ],
)
def test_a_verb_of_force_in_its_literal_sense_is_not_marked(nlp, text):
    assert words(nlp, text) == []


# -- 2. processes, places and events told as figures ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Claimants are sent through a labyrinth of forms and helplines.", "labyrinth"),
        ("The appeals process is an obstacle course.", "obstacle course"),
        ("Planning law has become a minefield for small builders.", "minefield"),
        ("The quiet sell-off turned into a stampede by the afternoon.", "stampede"),
        ("Her first press conference was a train-wreck performance.", "train-wreck"),
        ("It was a car-crash interview from start to finish.", "car-crash"),
        ("Critics call the home a warehouse for the elderly.", "warehouse"),
        ("The committee has become a talking shop.", "talking shop"),
        ("The budget is another raid on pensioners.", "raid"),
    ],
)
def test_a_figure_for_a_process_or_an_event_is_emotive(nlp, text, word):
    assert (word, "emotive") in words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The hedge maze at the manor reopens in June.",
        "A car crash on the bypass closed the road for an hour.",
        "There was a car crash near the roundabout.",
        "A stampede of cattle blocked the lane.",
        "The warehouse for frozen food burned down.",
        "Police said the raid on the jeweller's was planned for weeks.",
        "Soldiers cleared a minefield near the border.",
        "Recruits ran the obstacle course in the rain.",
    ],
)
def test_a_figure_noun_in_its_literal_sense_is_not_marked(nlp, text):
    assert words(nlp, text) == []


# -- the lexicon ---------------------------------------------------------------------------
def test_open_word_classes_are_broad_families():
    """At least half of each class's words (with simple inflections) appear nowhere in the
    practice data, so the lists were not built from the articles."""
    text = (LEXICONS / "judgement_force.yaml").read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    # last edited while round K was blind
    corpus = practice_text(
        later_rounds=rounds_since("roundK")
    )

    def seen(word: str) -> bool:
        head, *rest = word.split(" ")
        forms = {head, head + "s", head + "ed", head + "d", head + "ing", head[:-1] + "ing"}
        return any(seen_in(corpus, " ".join([f, *rest])) for f in forms)

    data = load_yaml(text)
    for cls, spec in data["classes"].items():
        if cls in data["frame_classes"]:  # everyday nouns a figure acts on: not a family
            continue
        found = [
            str(w["word"] if isinstance(w, dict) else w).lower()
            for items in spec["entries"].values()
            for w in items
        ]
        assert len([w for w in found if seen(w)]) <= len(found) / 2, cls


# -- 3. amounts belittled, charged nouns turned up, people told as animals, stance groups --
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Victims were offered a piddling £300 each.", "piddling", "emotive"),  # read as a noun
        ("The fund pays out a puny 2 per cent.", "puny", "emotive"),
        ("The launch was an unmitigated fiasco.", "unmitigated", "intensifier"),
        ("It was utter chaos at the depot.", "utter", "intensifier"),
        ("Gangs of loutish teenagers gathered by the bins.", "loutish", "labeling"),
        ("Residents blamed marauding youths for the damage.", "marauding", "labeling"),
        ("The bill is a gift to the anti-wind-farm brigade.", "brigade", "labeling"),
        ("The pro-motorist lobby has won again.", "pro-motorist lobby", "labeling"),
    ],
)
def test_belittled_amounts_amplified_charges_and_sneering_labels(nlp, text, word, label):
    assert any(word in t and lab == label for t, lab in words(nlp, text)), words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The party won an absolute majority in March.",
        "The total cost was £3m.",
        "The job is complete.",
        "Feral cats live behind the allotments.",
        "The fire brigade arrived within minutes.",
        "Guests waited in the hotel lobby.",
    ],
)
def test_degree_words_animals_and_real_brigades_are_not_marked(nlp, text):
    assert words(nlp, text) == []


# -- 4. a promise doubted in scare quotes before its noun ----------------------------------
@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ('Members were charged again after the "complimentary" second month.', '"complimentary"'),
        ('The library faces a "temporary" closure of four years.', '"temporary"'),
    ],
)
def test_a_promise_word_in_scare_quotes_before_its_noun(nlp, text, scare):
    marks = [(s.text, s.label_) for s in nlp(text).spans["loaded"]]
    assert (scare, "scare_quote") in marks


@pytest.mark.parametrize(
    "text",
    [
        'The two ministers held a "2+2" meeting in Delhi.',
        'The spokeswoman said the "temporary" closure would end in May.',
        'The council launched a "Clean Air" zone.',
    ],
)
def test_a_coined_term_or_a_reported_word_is_not_a_scare_quote(nlp, text):
    assert "scare_quote" not in [s.label_ for s in nlp(text).spans["loaded"]]


# -- 5. a document that boasts ------------------------------------------------------------
def test_a_document_that_boasts_is_emotive_a_building_that_boasts_is_not(nlp):
    assert ("boasts", "emotive") in words(nlp, 'The glossy leaflet boasts of "cleaner beaches".')
    assert ("trumpets", "emotive") in words(nlp, "The council newsletter trumpets the new bins.")
    assert words(nlp, "The cottage boasts a walled garden and a well.") == []
    assert words(nlp, "He boasts a degree in marine biology.") == []


# -- 6. people named as an organisation's fans ---------------------------------------------
def test_an_organisations_fans_are_a_label_a_clubs_fans_are_not(nlp):
    marks = words(nlp, "The developer's admirers on the planning panel approved it again.")
    assert ("The developer's admirers", "labeling") in marks
    assert words(nlp, "The club's fans sang all afternoon.") == []
    assert words(nlp, "Her friends met her at the station.") == []
