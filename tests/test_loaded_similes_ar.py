"""A stock simile in the writer's voice (jibesAR), learned from round AQ and counted across
the 691 practice keys before the rule was written (keyed items missed / plain clauses or
traps newly marked / rounds of the gains):

- ``stock_similes`` (12 / 0 / 11 rounds; 16 more already found by narrower rules): "like"
  and an indefinite stock figure on what someone did: "smiled throughout like a dentist
  about to give bad news", "folded like a wet deckchair", "strolled along the platform like
  a man inspecting a property he has already bought".

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a literal look or make, an estimate, a named or definite figure, a feeling, and
similes in a quotation or a reported view.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_similes import stock_similes

SIMILES = [
    ("The chief executive sat through the questions and smiled throughout like an estate "
     "agent about to mention the service charge.", "like an estate agent"),
    ("The minister strolled along the new platform like a man inspecting a yacht he has "
     "already bought.", "like a man inspecting a yacht"),
    ("Faced with forty letters of complaint, the parish council folded like a paper lantern "
     "in the rain.", "folded like a paper lantern"),
    ("For a decade the operator milked the ferry route like a dairy cow while its boats "
     "rusted at the quay.", "like a dairy cow"),
    ("The committee's chair, who greets every witness like a headmistress spotting chewing "
     "gum, opened the session at ten.", "like a headmistress spotting chewing gum"),
]

GUARDS = [
    # a literal look or make, and a plain comparison of things
    "The new visitor centre is shaped like a lighthouse.",
    "The stewards were dressed like a brass band for the parade.",
    "From the pier the new breakwater looks more like a reef than a wall.",
    # an instruction, and a thing named by its look
    "Fold the dough like an envelope and chill it overnight.",
    "The boat was moored beside what looks like a fishing hut.",
    # an estimate or an amount
    "Ticket sales fell by something like a fifth over the summer.",
    "The repairs will cost something like a year's budget.",
    # a definite or named figure, and a feeling
    "The new stand looks like the old one, only taller.",
    "Like the mayor, the treasurer voted against the plan.",
    # a simile in a quotation or a reported view is the speaker's, not the writer's
    '"It felt like a funeral in there," one shareholder said.',
    "Residents said the blast sounded like a train going through the wall.",
    '"He treated us like a nuisance," said Ms Arden.',
]


@pytest.mark.parametrize(("text", "inside"), SIMILES)
def test_a_stock_simile_on_what_someone_did_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_literal_looks_estimates_and_quoted_similes_stay_plain(nlp, text):
    assert not claims(nlp, text)


def test_the_rule_itself_skips_literal_looks_and_amounts(nlp):
    for text in GUARDS[:8]:
        assert not [j.span.text for j in stock_similes(nlp(text))], text


def test_the_simile_mark_names_the_figure_and_a_neutral_wording(nlp):
    doc = nlp("The council folded like a wet deckchair when the petition arrived.")
    (found,) = list(stock_similes(doc))
    assert found.span.text == "folded like a wet deckchair"
    assert "'like a wet deckchair'" in found.explanation
    assert found.neutral == "(say plainly what they did and how)"
