"""Retorts and mock comparisons in the writer's voice (issue 11, loadedL2;
kit/lenses/judgement_retorts.py, kit/lexicons/judgement_retorts.yaml), learned from round
L's missed unattributed claims as classes of English. The sentences are fresh: not from
the practice articles and not from the unseen probe (benchmarks/fresh_probe/
loadedL2_probe.py). Each marked sentence was missed on main; the look-alikes keep the
literal and attributed senses unmarked.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

MARKED = [
    ("The brewery gave the rowing club two free barrels for its centenary. Big-hearted.",
     "Big-hearted."),
    ("The bishop's godson was handed the roofing contract. How awfully lucky.",
     "How awfully lucky."),
    ("The airport says queues are a thing of the past. Tell that to the families who "
     "missed their flights on Friday.", "Tell that to the families"),
    ("The port authority says the new gates run like clockwork. Try explaining that to "
     "the hauliers parked on the hard shoulder.", "Try explaining that to the hauliers"),
    ("The operator calls the line the best-run in Europe. That will be news to the "
     "commuters of Platform Four.", "That will be news to the commuters"),
    ("The chief constable promises a leaner force. These are the same people who ordered "
     "a fleet of new saloons last winter.", "These are the same people who"),
    ("The developer promises affordable flats. Affordable for whom, exactly?",
     "Affordable for whom, exactly?"),
    ("Could any other landlord leave a lift broken for nine months?",
     "Could any other landlord"),
    ("The only thing the quango answers promptly is a request for its logo.",
     "The only thing the quango answers promptly"),
    ("For an airline that boasts of its family values, Skyvane has been oddly reluctant to "
     "refund stranded parents.", "Skyvane has been oddly reluctant"),
]

LITERAL = [
    "Please explain that to your landlord before you sign, the guide advises.",
    "The ruling came as news to the defendants, their lawyer said.",
    "This is the same lighthouse that appeared on the 1962 stamp.",
    "The guide explains how, exactly, the locks were built in 1790.",
    "Any other business was held over until the March meeting.",
    "The only thing the bakery sells on Sundays is bread.",
    "The ferry left at nine. Calm seas were forecast.",
    "Mrs Orme tells that story to every new volunteer.",
    "For a firm that makes only garden gates, the results were remarkably strong.",
    "For a woman who had just turned 90, she walked remarkably quickly.",
]


@pytest.mark.parametrize("text,part", MARKED)
def test_a_retort_in_the_writers_voice_is_a_claim(nlp, text, part):
    assert any(part in c for c in claims(nlp, text)), claims(nlp, text)


@pytest.mark.parametrize("text", LITERAL)
def test_literal_and_reported_look_alikes_are_not_claims(nlp, text):
    assert claims(nlp, text) == []


def test_a_retort_inside_a_quotation_is_the_speakers(nlp):
    text = ('The minister says the trains are on time. "Tell that to the commuters," '
            "said Ms Dowie, a union official.")
    assert claims(nlp, text) == []
