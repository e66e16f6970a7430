"""The hedging lens: hedges and boosters, their sense rules and their traps."""

from __future__ import annotations

import pytest

from kit.errors import KitError
from kit.lenses.wordlists import LEXICONS, WordList
from kit.lexicon import load_yaml


def marks(nlp, text: str, group: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[group]]


def hedges(nlp, text):
    return marks(nlp, text, "hedges")


def boosters(nlp, text):
    return marks(nlp, text, "boosters")


# -- hedges found ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No matter what the result might be, talks are welcome.", ("might", "modal")),
        ("The talks may fail.", ("may", "modal")),
        ("The storm may bring heavy rain to the coast.", ("may", "modal")),
        (
            "If the meeting fails, the US could let the world blame China.",
            ("could", "modal"),
        ),
        ("The meeting could become a normal dialogue mechanism.", ("could", "modal")),
        ("But it could at least pave a way for a reset.", ("could", "modal")),
        ("The virus could have spread earlier.", ("could", "modal")),
        ("It is very likely that the leaders would meet.", ("It is very likely that", "phrase")),
        ("The leaders will very likely meet.", ("very likely", "adverb")),
        ("The minister will probably resign.", ("probably", "adverb")),
        ("The company reportedly lost millions.", ("reportedly", "adverb")),
        ("The alleged attacker was arrested.", ("alleged", "adverb")),
        ("The singer is said to be planning a comeback.", ("is said to", "phrase")),
        ("It is understood that talks will resume.", ("It is understood that", "phrase")),
        ("Experts said the results were preliminary.", ("preliminary", "phrase")),
        ("The virus may enter cells through the nose.", ("may", "modal")),
        ("The plan seems to work.", ("seems", "verb")),
        ("The rebels appear to have withdrawn.", ("appear", "verb")),
        ("The data suggests the plan will fail.", ("suggests", "verb")),
        ("The results suggest that the drug works.", ("suggest", "verb")),
        ("This meeting would be significant.", ("would", "modal")),
        ('Yang noted, "This meeting would be significant."', ("would", "modal")),
        ("The reform helped, to some extent.", ("to some extent", "phrase")),
        ("It is possible that the vote is delayed.", ("It is possible that", "phrase")),
        # not options or capacities: possibilities, whoever reports them
        ("Doctors told him he could lose the sight in one eye.", ("could", "modal")),
        ("Economists said output could fall 3 percent a year.", ("could", "modal")),
        ("The new team is at least better than the old one.", ("at least", "phrase")),
    ],
)
def test_hedge_found(nlp, text, expected):
    assert expected in hedges(nlp, text)


def test_a_modal_used_beside_the_same_modal_mentioned(nlp):
    """The writer mocks a study's "could" by repeating it alone: only the use is a hedge;
    a grandparent's past ability is not, a grandchild's possibility is."""
    text = "The study found that stoves could add to smog. Could."
    assert hedges(nlp, text) == [("could", "modal")]
    assert hedges(nlp, "Her grandson could lose the seat next year.") == [("could", "modal")]


def test_seed_sentence_with_three_hedges(nlp):
    text = 'Yang noted, "This meeting would be significant in general. But it could at least help."'
    found = [t for t, _ in hedges(nlp, text)]
    assert found == ["would", "in general", "could"]  # "at least help": a minimum step


# -- traps: no hedge at all ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in May.",  # the month
        "Will Smith arrived in Washington on Monday.",  # a person called Will
        "She could swim when she was young.",  # past ability
        "She could swim.",  # ability
        "The bridge can carry 40 tonnes.",  # plain ability, and "can" is no hedge
        "The old bridge could carry 40 tonnes.",  # capacity
        "As a child he could read music.",  # past ability
        "She appeared at the hearing.",  # appear = show up
        "He suggested a new route.",  # suggest = propose
        "Officials suggested that the two sides should meet again.",  # a proposal
        "Likely voters prefer the incumbent.",  # attributive adjective
        "The US needs to engage with China as soon as possible.",  # not a hedge
        "Call us if possible.",
        "The ministry will publish the figures next week.",  # plain future
        "If the deal fails, prices would rise.",  # plain conditional consequence
        "Normally, the press conference would focus on the economy.",  # habit
        "Officials said the dam would be the largest in the region.",  # reported "will"
        "At least 20 people were injured.",  # an amount, not a limit on a claim
        "Every deckhand could swim a hundred metres in full gear.",  # a skill
        "She could swim before she could walk.",  # past ability
        "May I ask a question?",  # a request
        "Residents may apply for permits from May 3.",  # permission
        "Delivery vans may stop in it for up to twenty minutes before 10 a.m.",  # a rule
        "The council will publish the figures so that residents could judge the trial.",
        "It is a question this study could not answer.",  # inability
        "The new plant could purify 90 million litres of water a day.",  # capacity
        "Over the sirens the driver could barely hear the radio.",  # (in)ability
        "Passengers were told they could rebook their flights free of charge.",  # an option
        "My grandmother could bake bread for the whole street.",  # an earlier generation
        "Could. Might. Two small words carry the whole report.",  # mentioned, not used
    ],
)
def test_hedge_traps(nlp, text):
    assert hedges(nlp, text) == []


# -- boosters ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts said it's confirmed that the US sent the invitation.", "it's confirmed that"),
        ("Experts said it’s confirmed that the US sent the invitation.", "it’s confirmed that"),
        ("This proves that the US is being very careful.", "proves that"),
        ("The administration obviously needs this meeting.", "obviously"),
        ("The US has never given up its efforts.", "never"),
        ("Clearly, the plan has failed.", "Clearly"),
        ("The minister is clearly wrong.", "clearly"),
        ("The figures show that prices rose.", "show that"),
        ("Conflict is inevitable.", "inevitable"),
        ("Nobody denies that the council must save money.", "Nobody"),
        ("It has shared flow data every month for twenty years.", "every"),
        ("The results undoubtedly matter.", "undoubtedly"),
    ],
)
def test_booster_found(nlp, text, expected):
    assert expected in [t for t, _ in boosters(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Clearly marked lanes help cyclists.",  # manner
        "The teacher spoke clearly.",  # manner
        "The rules are clearly defined.",  # manner
        "Signs on the detour are clearly visible.",  # manner
        "The minister clearly explained the rules to reporters.",  # manner
        "The samples were clearly dated before they were frozen.",  # a visible mark
        "The crates, each clearly tagged, were loaded onto the ship.",  # a visible mark
        "The US needs to show them a new attitude.",  # "show" with an object
        "The meeting took place on a Thursday.",
        "The council will publish journey times every three months.",  # a schedule
        "I wanted the part nobody sees.",  # a description, not a claim about everyone
        "She made a film everyone loved.",
        "A second survey should show whether the reef recovers.",  # an open question
    ],
)
def test_booster_traps(nlp, text):
    assert boosters(nlp, text) == []


def test_booster_labels(nlp):
    found = dict(boosters(nlp, "It is confirmed that nobody obviously saw it."))
    assert found == {"It is confirmed that": "verb", "nobody": "absolute", "obviously": "adverb"}


def test_every_mark_has_an_explanation_naming_the_word(nlp):
    doc = nlp("The talks might fail, and they will never obviously succeed, reportedly.")
    spans = list(doc.spans["hedges"]) + list(doc.spans["boosters"])
    assert len(spans) == 4
    for span in spans:
        assert f"'{span.text}'" in span._.kit_explanation
    might = next(s for s in spans if s.text == "might")
    expected = "'might' is a modal verb that marks a possibility, not a fact."
    assert might._.kit_explanation == expected


# -- the word lists as data ------------------------------------------------------------
@pytest.mark.parametrize("name", ["hedges", "boosters", "loaded", "claims"])
def test_word_lists_name_their_source_and_explain_every_entry(name):
    path = LEXICONS / f"{name}.yaml"
    raw = path.read_text(encoding="utf-8")
    header = raw.split("entries:")[0]
    assert any(w in header for w in ("Hyland", "Recasens", "SemEval", "Words to watch"))
    data = load_yaml(raw)
    assert data["entries"]
    for entry in data["entries"]:
        assert entry["label"] and entry["explanation"].strip()
        assert {"term", "lemma", "pattern"} & set(entry)
        if name == "loaded":
            assert entry.get("neutral"), entry


def test_broken_word_list_gives_a_clear_error(nlp, tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "# Where the idea comes from: a test.\nentries:\n  - term: perhaps\n", encoding="utf-8"
    )
    with pytest.raises(KitError, match="label and an explanation"):
        WordList(nlp, tmp_path / "bad.yaml")
    with pytest.raises(KitError, match="missing"):
        WordList(nlp, tmp_path / "nothere.yaml")
    (tmp_path / "plain.yaml").write_text("entries: []\n", encoding="utf-8")
    with pytest.raises(KitError, match="where the list's idea comes from"):
        WordList(nlp, tmp_path / "plain.yaml")


def test_a_teacher_can_add_a_hedge_without_code(nlp, tmp_path):
    from kit.lenses.hedging import HedgingComponent

    # (a phrase the shipped list lacks: with one it already has, which of the two equal
    # matches wins depends on the matcher's order of entry keys, not on the file)
    for name in ("hedges", "boosters"):
        (tmp_path / f"{name}.yaml").write_text(
            (LEXICONS / f"{name}.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    with open(tmp_path / "hedges.yaml", "a", encoding="utf-8") as f:
        f.write(
            "  - term: conceivably enough\n    label: adverb\n"
            "    explanation: \"'{text}' marks a bare possibility.\"\n"
            "  - term: as like as not\n    label: phrase\n"
            "    explanation: \"'{text}' marks a probability.\"\n"
        )
    component = HedgingComponent(
        nlp, hedges=str(tmp_path / "hedges.yaml"), boosters=str(tmp_path / "boosters.yaml")
    )
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler",
                                  "lemmatizer", "ner"]):  # fmt: skip
        doc = nlp("As like as not the vote will pass.")
    component(doc)
    assert [(s.text, s._.kit_explanation) for s in doc.spans["hedges"]] == [
        ("As like as not", "'As like as not' marks a probability.")
    ]


def test_unknown_sense_rule_is_reported_when_the_lens_is_built(nlp, tmp_path):
    from kit.lenses.hedging import HedgingComponent

    (tmp_path / "hedges.yaml").write_text(
        "# Where the idea comes from: a test.\n"
        "entries:\n  - term: perhaps\n    label: adverb\n    rule: no_such_rule\n"
        "    explanation: x\n",
        encoding="utf-8",
    )
    (tmp_path / "boosters.yaml").write_text(
        (LEXICONS / "boosters.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(KitError, match="unknown rule 'no_such_rule'"):
        HedgingComponent(nlp, hedges=str(tmp_path / "hedges.yaml"))


def test_yes_no_on_in_a_word_list_must_be_quoted(nlp, tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "# Where the idea comes from: a test.\n"
        "entries:\n  - term: [war, on]\n    label: adverb\n    explanation: x\n",
        encoding="utf-8",
    )
    with pytest.raises(KitError, match="quotation marks"):
        WordList(nlp, tmp_path / "bad.yaml")
