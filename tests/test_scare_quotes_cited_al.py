"""A quotation given as what someone cites or quotes is that person's words, not the
writer's scare quote (practice round AL1's key: 'froze all withdrawals, citing
"unprecedented market turbulence"'; round H's trap 'quoting "people close to the
minister"'). Sentences written for this file."""

from __future__ import annotations

import pytest


def scare(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "scare_quote"]


@pytest.mark.parametrize(
    "text",
    [
        'The ferry firm cancelled every sailing, citing "exceptional sea conditions".',
        'The mill closed its gates on Friday, having cited "a collapse in orders".',
        'The paper ran the claim, quoting "sources close to the treasurer".',
        'The board cites "a difficult trading year" in its report.',
    ],
)
def test_a_cited_or_quoted_phrase_is_not_a_scare_quote(nlp, text):
    assert scare(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The firm promised a "listening exercise" that never came.', '"listening exercise"'),
        ('Its "independent" review was written by a board member.', '"independent"'),
        ('The cited figures came from a "survey" of six friends.', '"survey"'),
    ],
)
def test_other_quotes_in_the_writers_voice_stay_scare_quotes(nlp, text, quote):
    assert quote in scare(nlp, text)
