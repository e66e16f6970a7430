"""False marks found on fresh sentences (issue 11, round L, trapsL), each fixed as a class
of English with look-alikes that keep their mark:

- a genuine question or offer is not a rhetorical one: "What, exactly, happens to ...?"
  (how a process runs, kit/lenses/judgement_voice.py), "Would anyone like a copy?" (an
  offer, kit/lenses/judgement_questions.py);
- "Nobody knows how many were sold" states what is not known, not what is in someone's
  mind (rule third_party_mind, kit/lenses/loaded_rules.py);
- a thing "never intended to carry heavy lorries" has a design limit, not a motive
  (rule third_party_subject, word class capacity_verbs);
- a trade noun owning its tools ("the butcher's knife") is not a label (rule not_a_trade);
- "the quiz show that everyone watched": a noun the tagger read as a verb is no booster
  verb, and "everyone" in the relative clause after it is no absolute
  (kit/lenses/hedging_evidence.py, kit/lenses/hedging.py).

Every sentence was written for these tests; none comes from data/.
"""

from __future__ import annotations

import pytest


def _marks(nlp, text: str, group: str, label: str | None = None) -> list[str]:
    return [s.text for s in nlp(text).spans[group] if label is None or s.label_ == label]


def claims(nlp, text: str) -> list[str]:
    return _marks(nlp, text, "loaded", "unattributed_claim")


@pytest.mark.parametrize(
    "text",
    [
        "What, exactly, happens to the money after that?",
        "So what, exactly, will happen to the depot when the lease ends?",
        "What exactly happens to a season ticket if the club is sold?",
        "Would anyone like a copy of the minutes?",
        "Would anybody care for a cup of tea before the vote?",
        "Nobody knows how many, exactly, were sold.",
        "No one knows why the fire at the mill started.",
        "Nobody yet knows whether the ferry will run in winter.",
        "The bridge was never intended to carry heavy lorries.",
        "The pier was never meant to take cruise ships.",
        "The footbridge was intended to carry pedestrians only.",
    ],
)
def test_plain_questions_offers_and_design_limits_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What exactly did the panel achieve?",
        "What exactly happened to the grant money?",
        "Who, exactly, asked for this?",
        "Would anyone trust this man with a pension fund?",
        "Would anyone like to live next to a landfill?",
        "Is anyone surprised?",
        "Everyone knows he lied about the contract.",
        "The harbourmaster knows the fishermen will never forgive him.",
        "The inquiry was never intended to find anything.",
        "The council intended to close the library all along.",
        "The levy was intended to punish drivers.",
    ],
)
def test_look_alikes_keep_their_claim(nlp, text):
    assert claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cook grabbed the butcher's knife from the drawer.",
        "The apprentice sharpened a butcher's cleaver in the yard.",
        "She wrapped the ribs in butcher paper.",
    ],
)
def test_a_trade_with_its_tools_is_not_a_label(nlp, text):
    assert _marks(nlp, text, "loaded", "labeling") == []


@pytest.mark.parametrize(
    "text",
    [
        "The butcher of the valley was finally sentenced.",
        "Critics call the general a butcher.",
    ],
)
def test_butcher_as_a_label_keeps_its_mark(nlp, text):
    assert "butcher" in _marks(nlp, text, "loaded", "labeling")


def test_a_noun_read_as_a_verb_is_no_booster(nlp):
    boosters = _marks(nlp, "The quiz show that everyone watched was cancelled.", "boosters")
    assert boosters == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The report shows that everyone watched the final.", {"shows that", "everyone"}),
        ("Surveys show that the quiz is popular.", {"show that"}),
        ("The data show that rents rose.", {"show that"}),
        ("Everyone watched the final.", {"Everyone"}),
    ],
)
def test_real_proof_and_absolutes_keep_their_boosters(nlp, text, words):
    assert words <= set(_marks(nlp, text, "boosters"))


def test_a_noun_read_as_a_verb_is_no_attribution_cue(nlp):
    doc = nlp("The game show that half the town watched was cancelled in May.")
    assert [s.text for s in doc.spans["attributions"]] == []
    assert [s.text for s in doc.spans["boosters"]] == []


@pytest.mark.parametrize(
    "text",
    ["Surveys show that the quiz is popular.", "The data show that rents rose last year."],
)
def test_real_evidence_verbs_keep_their_attribution(nlp, text):
    assert nlp(text).spans["attributions"]
