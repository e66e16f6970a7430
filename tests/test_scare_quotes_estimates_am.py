"""A quote after a source's estimate or its briefing is the source's words, not a scare quote.

Learned when practice round AM3 joined (the pooled gate test_no_partial_quote_is_a_scare_quote
failed on two keyed partial quotes): 'It put the case fatality rate at 2.2 per cent, "clearly
above" the emergency threshold' (an agency's figure and its own gloss) and 'spent the weekend
briefing that the Front had simply "run out of road"' (the briefers' words). The writer's own
scare quotes in sentences of the same look stay marked.
"""

from __future__ import annotations

import pytest


def scare_quotes(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["loaded"] if s.label_ == "scare_quote"]


SOURCES_WORDS = [
    'The agency said the risk was high. It put the case fatality rate at 2.2 per cent, '
    '"clearly above" the emergency threshold of 1 per cent.',
    'The coastguard put the number of missing at 14, "a figure that may rise" overnight.',
    "The ministry's press officers spent the weekend briefing that the rebels had simply "
    '"run out of road".',
    'Aides briefed reporters that the summit had been "a triumph of patience".',
]


@pytest.mark.parametrize("text", SOURCES_WORDS)
def test_a_quote_after_an_estimate_or_a_briefing_is_not_a_scare_quote(nlp, text):
    assert scare_quotes(nlp, text) == []


WRITERS_SCARE_QUOTES = [
    ('The council put the new "consultation" at the bottom of its agenda.', '"consultation"'),
    ('Ministers spent the weekend on their "listening tour" of the coast.', '"listening tour"'),
]


@pytest.mark.parametrize(("text", "quote"), WRITERS_SCARE_QUOTES)
def test_the_writers_scare_quotes_nearby_stay_marked(nlp, text, quote):
    assert quote in scare_quotes(nlp, text)
