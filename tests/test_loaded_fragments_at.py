"""Charged fragments in a speaker's partial quote (fragmentsAT).

A verb of ``quoted_charge_verb`` (kit/lexicons/judgement_acts.yaml) inside a partial quote
is the speaker's charge kept in their own word (kit/lenses/judgement_quoted.py,
:func:`quoted_charges`); a quoted predicate joining two unlike things ("a ruin with a view",
:func:`quoted_pairings`); a treatment compared with a place for waste or with a hyphenated
degrading kind (kit/lenses/judgement_words.py, :func:`degrading_similes`). Sentences written
for this test; names and topics not in data/. Look-alikes: a plain verb in a quote, a
noun of the same spelling, a whole-sentence quote, a literal sense, a comparison with any
other.
"""

from __future__ import annotations

import pytest


def loaded(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


MARKED = [
    ('The opposition spokeswoman said the government had "bungled" the vaccine rollout.',
     "bungled"),
    ('The haulier said the firm had been "scapegoated" for delays caused by the weather.',
     "scapegoated"),
    ('The candidate told the paper that the council "will not be strong-armed by a developer".',
     "strong-armed"),
    ('A leaflet told buyers that the builder is "blackmailing buyers to get its way".',
     "blackmailing"),
    ('He said the campaign\'s real aim was "to spook the back benches".', "spook"),
    ('The group said the report had "airbrushed" the risk of flooding.', "airbrushed"),
    ('The residents say the village has been "treated like a dumping ground".', "dumping ground"),
    ('The chairman said villagers felt "treated like second-class citizens".', "citizens"),
    # a quoted predicate joining two unlike things (quoted_pairings)
    ('A retired engineer said the new lock was "a ruin with a view".', "ruin with a view"),
    ('The barrister said the interview was "a quiz show with a prison sentence at the end".',
     "quiz show"),
    ('The opposition said the patrol was "a photo opportunity with searchlights".',
     "photo opportunity"),
    ('The dentist said the snacks were "sweets with a gym membership".', "gym membership"),
    ('The farmer said the turbines would turn the hill into "an industrial estate with heather".',
     "industrial estate"),
]


@pytest.mark.parametrize("text,word", MARKED)
def test_charged_fragment_marked(nlp, text, word):
    marks = loaded(nlp, text)
    assert any(word in t and label == "emotive" for t, label in marks), marks


GUARDS = [
    # a plain verb in a partial quote
    'The spokeswoman said the rollout had been "paused" for two weeks.',
    # a whole sentence quoted, where the speaker's person frames apply instead
    '"We bungled the timing, and we are sorry," the minister said.',
    # a noun of the same spelling: a person named, not a charge laid
    'The novelist said the book was about "a spook who loves the opera".',
    # a literal comparison, and a comparison with any other
    'The engineer said the cells had been "built like a fortress".',
    'She said the rail company had "treated the line like any other route".',
    # a noun that plainly takes a partner, a known partner, a feature listed, no noun phrase
    'The minister said flooding was "a national problem with a local face".',
    'The archivist said the exhibition was "a conversation with the archive".',
    'The mayor said the bond was "a contract with every household".',
    'The agent said the house was "a cottage with a large garden".',
    'The firm said its pay rise was "in line with the market".',
    'The bakery said it was "committed to treating every customer with courtesy".',
]


@pytest.mark.parametrize("text", GUARDS)
def test_plain_fragment_unmarked(nlp, text):
    assert loaded(nlp, text) == []


def test_explanation_says_whose_word(nlp):
    doc = nlp('The haulier said the firm had been "scapegoated" for the delays.')
    spans = [s for s in doc.spans["loaded"] if "scapegoated" in s.text]
    assert spans
    assert "speaker's wording, not a fact" in spans[0]._.kit_explanation
    assert "blamed" in spans[0]._.kit_explanation
