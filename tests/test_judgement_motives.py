"""Motives, knowledge and indifference stated as fact (kit/lenses/judgement_motives.py,
kit/lexicons/judgement_motives.yaml), and questions raised or answered with a denial.

Every sentence here was written for these tests (none comes from data/). Each rule has
sentences it must mark as an unattributed claim and look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims
from practice_text import practice_text, rounds_since, seen_in

from kit.lenses import judgement as J
from kit.lenses import judgement_motives as M
from kit.lexicon import LEXICON_DIR as LEXICONS
from kit.lexicon import load_yaml


def test_the_rules_run_with_the_claim_rules():
    assert set(M.MOTIVE_RULES) <= set(J.CLAIM_RULES)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # what someone else knows
        ("The landlord profits every time a flat stands empty, and he knows it.", "he knows it"),
        (
            "The league needs the broadcaster more than it needs the league, and everyone knows "
            "it.",
            "everyone knows it",
        ),
        # indifference
        (
            "The owners do not care about the players because they never watch a match.",
            "do not care",
        ),
        ("The directors could not care less about the village.", "care"),
        ("The regulator has no interest in the passengers.", "has no interest"),
        ("Councillors are deaf to the complaints of market traders.", "deaf"),
        ("Nobody at the trust bothered to visit the school.", "bothered"),
        # a purpose of hiding a story
        ("The chairman gave the interview to kill the story before the weekend.", "kill the story"),
        ("Ostrow called a snap press conference to get ahead of the leak.", "get ahead of"),
        # a forecast that words will fail
        ("The company's latest apology will ring hollow in Dunmore.", "ring hollow"),
        ("To tenants on the estate, the mayor's pledges will sound familiar.", "sound familiar"),
        # a sweeping verdict on who runs something
        ("The health board is run by people who have never worked a night shift.", "never"),
        # a question answered with a denial, and a question raised after a colon
        (
            "The operator says the fares are fair. Whose interests do they serve? "
            "Not the night workers'.",
            "Whose interests",
        ),
        (
            "Who benefits from the new road? Not the villagers, whose lane it cuts in two.",
            "Who benefits",
        ),
        ("This leaves a simple question: where did the money go?", "simple question"),
    ],
)
def test_a_motive_mind_or_forecast_in_the_writers_voice_is_a_claim(nlp, text, part):
    found = claims(nlp, text)
    assert any(part in c for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "She knows it by heart.",
        "I know it, and so does my sister.",
        "I do not care about the weather.",
        "It seems nobody at the trust bothered to visit the school.",
        "Nobody was hurt when the wall came down.",
        "The cat does not care about the rain.",
        "Do not worry about the forms.",
        '"We do not care about the ranking," the coach said.',
        "The firm closed down the factory to cut costs.",
        "The mayor went on the radio to explain the plan.",
        "The tune will sound familiar to anyone who grew up in the 1990s.",
        "The course is for people who have never sailed before.",
        "Who qualifies? Not everyone: the scheme covers only pensioners.",
        "What happens next? The board meets in June.",
        "That leaves one question for the agenda: the date of the next meeting.",
    ],
)
def test_look_alikes_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_open_word_classes_are_broad_families():
    """At least half of each open class's words appear nowhere in the practice data."""
    text = (LEXICONS / "judgement_motives.yaml").read_text(encoding="utf-8")
    assert "Where the idea comes from" in text
    # before rounds G-M joined
    corpus = practice_text(
        later_rounds=rounds_since("roundG")
    )

    def seen(word: str) -> bool:
        return seen_in(corpus, word)

    data = load_yaml(text)
    closed = set(data["closed_classes"])
    for cls, entries in data.items():
        if not isinstance(entries, dict) or cls in closed:
            continue
        found = [str(w).lower() for items in entries.values() for w in items]
        assert len([w for w in found if seen(w)]) <= len(found) / 2, cls


# -- a Q&A transcript: the interviewee's answers are speech, not the writer's voice -------
TRANSCRIPT = (
    "The harbour master has run Pellick docks for nine years.\n\n"
    "Ledger: The owners say the quay is safe. Is it?\n\n"
    "Halloway: The owners do not care about the quay because they never walk on it.\n\n"
    "Ledger: The owners do not care about the crews, and they know it.\n\n"
    "Halloway: The board has no interest in the crews."
)


def _run(nlp, text: str, outlet: str | None):
    doc = nlp.make_doc(text)
    doc._.kit_outlet = outlet
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]


def test_claims_in_an_interviewees_answers_are_speech(nlp):
    found = _run(nlp, TRANSCRIPT, "The Pellick Ledger")
    assert any("do not care about the crews" in c for c in found)  # the outlet's question
    assert not any("never walk on it" in c or "no interest" in c for c in found), found


def test_a_text_with_one_label_is_not_a_transcript(nlp):
    text = "Halloway: The owners do not care about the crews, and they know it."
    assert _run(nlp, text, None)


def test_a_pronoun_stands_for_the_report_it_buries(nlp):
    text = "The auditor sent the board three reports, and the board tried to bury them."
    marks = [(s.text, s.label_) for s in nlp(text).spans["loaded"]]
    assert ("bury", "emotive") in marks
    assert ("buried", "emotive") not in [
        (s.text, s.label_) for s in nlp("The dog found the bones and buried them.").spans["loaded"]
    ]


# -- renamed by comparison, one reading only, verdicts on whoever acts, superlatives -------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The housing strategy is more a wish list than a plan.", "more a wish list"),
        ("The merger is less a partnership than a takeover.", "less a partnership"),
        ("It is difficult to see the delay as anything other than a retreat.", "anything other"),
        ("Anyone who signs this petition will be siding with the developers.", "Anyone who"),
        (
            "Every trustee who votes for the sale will be remembered as the one who sold the park.",
            "Every trustee",
        ),
        ("He was, quite simply, the finest goalkeeper of his generation.", "finest goalkeeper"),
    ],
)
def test_renamings_single_readings_and_forecast_verdicts_are_claims(nlp, text, part):
    found = claims(nlp, text)
    assert any(part in c for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The walk is less than a mile.",
        "The ticket costs more than a meal.",
        "Anyone who buys a ticket will be entered into the draw.",
        "Every pupil who passes will receive a certificate.",
        "The inspector read the letter as a complaint.",
        "It was the largest flood in a century.",
    ],
)
def test_measures_prizes_and_plain_readings_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_quite_simply_is_emphasis_only_as_an_aside(nlp):
    marks = [(s.text, s.label_) for s in nlp("It is, quite simply, a scandal.").spans["loaded"]]
    assert ("quite simply", "intensifier") in marks
    plain = nlp("She explained the rules quite simply to the class.").spans["loaded"]
    assert [s.text for s in plain] == []
