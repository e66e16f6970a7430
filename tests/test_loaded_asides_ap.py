"""Clauses in the writer's voice beside a name (loadedAP), learned from round AO and
practice rounds AO1-AO3 and counted across the practice rounds before the rules were
written (keyed items missed / plain clauses newly marked / rounds of the gains):

- ``inferred_asides`` (5 / 0 / 4 rounds; 11 more already found by other rules, 2
  acceptable): a relative clause on a person or body in which the writer reads what they
  are like or think, through an adverb of inference ("who had clearly been looking forward
  to this moment all week") or a seeming frame ("a judge who seems to regard white-collar
  crime as a kind of clerical error");
- ``vantage_asides`` (7 / 0 / 7 rounds; 5 more already found, 5 acceptable): a claim that
  rests on the writer's own limited view, "as far as I can tell", set in the clause
  ("dabbing at eyes that were, as far as I could see, perfectly dry").

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a manner ("spoke clearly", "clearly marked"), a seeming of identity, a taste
described ("whose idea of a holiday appears to be ..."), the plain asides of the older
tests, a distance ("as far as the bypass"), someone else's view, a quotation.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_minds import inferred_asides, vantage_asides

INFERRED = [
    ("The treasurer, a man in a tweed jacket who had clearly been looking forward to the "
     "vote all month, read out the figures.",
     "a man in a tweed jacket who had clearly been looking forward to the vote all month"),
    ("Judge Harrow Quell, a judge who seems to regard fraud as a kind of bookkeeping slip, "
     "gave him a fine.", "a judge who seems to regard fraud as a kind of bookkeeping slip"),
    ("The lead, Ombra Lisk, a former quiz host who seems to have been hired for her "
     "followers rather than her range, does her best.", "who seems to have been hired"),
    ("The Orm Meadow Trust, which appears to have three members and a photocopier, wrote "
     "to the council again.", "which appears to have three members and a photocopier"),
    ("Its director, Tobin Vask, who has obviously rehearsed every answer in front of a "
     "mirror, told the inquiry the plan was sound.",
     "who has obviously rehearsed every answer"),
]

VANTAGE = [
    ("The new landlord has, as far as we can tell, never mended a gutter in his life.",
     "The new landlord has, as far as we can tell, never mended a gutter"),
    ("The chair, Pell Orrin, who owns two yachts and, as far as anyone can tell, no bus "
     "pass, told the meeting fares must rise.",
     "who owns two yachts and, as far as anyone can tell, no bus pass"),
    ('"I am devastated," he said, wiping eyes that were, as far as I could see, entirely '
     "dry.", "that were, as far as I could see, entirely dry"),
    ("The club has its own \"advisory board\", which as far as I can tell is a retired "
     "dentist and a fax machine.", "which as far as I can tell is a retired dentist"),
    ("The caterers, who won the contract without, as far as anyone can discover, a rival "
     "bid, have raised their prices.",
     "who won the contract without, as far as anyone can discover, a rival bid"),
]

GUARDS = [
    # the plain asides of the older tests (tests/test_asides*.py, loadedAO)
    "The warden, Tam Rudd, a man who appears in the film, said the path was safe.",
    "The chair, Una Pell, a woman whose whole family runs the farm, said the gate would "
    "stay open.",
    "The skipper, Ned Arle, a man whose idea of a holiday appears to be a week of fishing, "
    "said the boat was ready.",
    "The harbourmaster, a cheerful young man whose office overlooks the harbour, said the "
    "ferry would sail at six.",
    # a manner, not an inference
    "The footbridge, which has clearly marked crossings, reopens on Monday.",
    "The witness, who could clearly see the van from her window, told the court it was "
    "blue.",
    "The guide, who spoke clearly and slowly, led the group to the cave.",
    # a seeming of identity, not of character
    "A soldier, who appeared to be the commander, waved the lorries through.",
    # a restrictive clause that says which one
    "The only member who clearly remembered the 1998 vote was the treasurer.",
    # a distance, someone else's view, a quotation
    "The smoke could be seen as far as the bypass, residents said.",
    "As far as she could tell, the door had been locked all night.",
    "The queue stretched as far as we could see.",
    '"He has never, as far as I can tell, paid a bill," said Mrs Orme, his neighbour.',
    "Mrs Orme said the landlord has, as far as she can tell, never paid a bill.",
]


@pytest.mark.parametrize(("text", "inside"), INFERRED)
def test_a_mind_or_character_read_in_an_aside_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize(("text", "inside"), VANTAGE)
def test_a_sneer_on_the_writers_own_view_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_plain_asides_manners_and_distances_are_no_claim(nlp, text):
    doc = nlp(text)
    if text.startswith('"'):  # the rule may find it; the lens keeps a quotation out
        assert not any("as far as" in s.text for s in doc.spans["loaded"]), doc.spans["loaded"]
        return
    found = [j.span.text for j in (*inferred_asides(doc), *vantage_asides(doc))]
    assert not found, found


def test_the_explanations_name_the_reading_and_a_neutral_wording(nlp):
    doc = nlp(
        "Judge Harrow Quell, a judge who seems to regard fraud as a kind of bookkeeping "
        "slip, gave him a fine."
    )
    (j,) = list(inferred_asides(doc))
    assert j.rule == "inferred_aside" and "'seems'" in j.explanation
    assert "role" in j.neutral
    doc = nlp("The new landlord has, as far as we can tell, never mended a gutter in his life.")
    (j,) = list(vantage_asides(doc))
    assert j.rule == "vantage_aside" and "as far as we can tell" in j.explanation
    assert "source" in j.neutral


def test_one_mark_for_a_mock_portrait_with_the_phrase_inside(nlp):
    doc = nlp(
        "The director, Ingwald Pask, a man who has never, as far as anyone can tell, waited "
        "for a bus in the rain, told the paper that patients were happy."
    )
    marks = [s for s in doc.spans["loaded"] if "as far as" in s.text]
    assert len(marks) == 1, marks
    assert not list(vantage_asides(doc))
