"""The writer's own sign-offs and challenges (issue 11, loadedAI): a past-tense "What
exactly was ...?", an echo question closing on ", exactly?", "What are the odds?",
ironic agreement cut to a pronoun and an auxiliary ("I am sure it wasn't."), and the
disbelief formulas "You could not script it.", "Coincidences do happen.", "Join the
dots.", and a civic value done a place's way ("Justice, Hillbury style.")
(kit/lenses/judgement_voice.py, judgement_questions.py, judgement_sarcasm.py;
kit/lexicons/judgement_frames.yaml, judgement_sarcasm.yaml).

Every sentence here was written for these tests (none comes from data/). Each family has
sentences it must mark and plain sentences of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest


def claims(nlp, text: str) -> list[str]:
    """The text of every unattributed claim the whole pipeline marks."""
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "unattributed_claim"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The firm says the cuts were needed. What exactly was the plan? To sell the "
         "building, it seems.", "What exactly was the plan?"),
        ("The agency spent four years on the review. What precisely were the savings?",
         "What precisely were the savings?"),
        ("The minister called the cut \"painful but fair\". Painful for which of them, "
         "exactly?", "Painful for which of them, exactly?"),
        ("The prize went to the treasurer's nephew. What are the odds?", "What are the odds?"),
        ("The council insists it consulted widely. I'm sure it did.", "I'm sure it did."),
        ("The festival was cancelled nine days before it opened. You could not script it.",
         "You could not script it."),
        ("The contract went to the mayor's cousin. Coincidences do happen.",
         "Coincidences do happen."),
        ("The site was sold a week before the vote. Join the dots.", "Join the dots."),
        ("The judge who ruled for the home side is the chairman's brother. Justice, "
         "Hillbury style.", "Justice, Hillbury style."),
        ("The council held one meeting, on a weekday morning, in a room with nine chairs. "
         "Consultation, council style.", "Consultation, council style."),
    ],
)
def test_the_writer_signs_off_with_a_claim(nlp, text, claim):
    assert any(claim in c for c in claims(nlp, text))


def test_ironic_agreement_after_a_quoted_claim_is_marked(nlp):
    text = 'The board said the decision "was not taken lightly". I am sure it wasn\'t.'
    assert any(c.startswith("I am sure it wasn't.") for c in claims(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Carbon credits are traded in Europe. What exactly is a carbon credit? It is a "
        "permit to emit one tonne.",
        "The new stadium opens in May. What happens next? The club will move in June.",
        "The minister said the figures would improve. I am sure it will be fine.",
        '"I am sure it was," she said.',
        "The menu changes weekly. Eggs, Florentine style.",
        '"Justice, Hillbury style," he said.',
        "The treasurer counted the votes. Who counted them? The treasurer did, with two "
        "stewards, the minutes show.",
    ],
)
def test_plain_questions_and_assurances_are_left_alone(nlp, text):
    assert claims(nlp, text) == []
