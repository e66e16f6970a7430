"""Forms of reporting the kit met in round W (helper cuesX): a that-clause the parser
hung on a noun or a participle deep inside the cue's phrase ("said in a decision
published after the race that ...", "told reporters in the paddock that ..."), and a
colon cue that closes its paragraph with the quotation standing as the next one. Every
sentence is written for this file (none is copied from data/); each class has a
look-alike that must stay unmarked or keep its plain reading.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The returning officer said in a ruling published an hour after the count "
         "that the ballot papers had been stored correctly.",
         "the ballot papers had been stored correctly"),
        ("The chair said in a note circulated after the hustings that questions on the "
         "bypass had been cut for time.",
         "questions on the bypass had been cut for time"),
        ("The candidate told voters in the village hall that the council would "
         '"never sell" its allotments.',
         'the council would "never sell" its allotments'),
    ],
)
def test_that_clause_misread_inside_the_cue_phrase(nlp, text, content):
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].content.text.rstrip(".") == content


def test_a_relative_clause_in_the_cue_phrase_stays_out(nlp):
    # "the hall that the council built": "that" is the object of "built"
    text = "The candidate spoke in the hall that the council built in 1960."
    assert _cues(nlp, text) == []
    assert _cues(nlp, "She sang it at the house that her uncle sold in 1990.") == []


def test_colon_cue_closing_its_paragraph_takes_the_next_paragraphs_quotation(nlp):
    text = (
        "The water company's head of resources, Ines Marwood, spoke at the depot. "
        'She said:\n\n"We know this is unwelcome. The reservoirs are at their lowest '
        'since 1976."\n\nThe ban starts on Friday.'
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said"]
    assert acts[0].label == "direct"
    assert acts[0].content.text.startswith("We know this is unwelcome.")


def test_a_quotation_in_the_next_paragraph_after_a_full_stop_is_not_taken(nlp):
    text = (
        "The host said the episode was recorded in March.\n\n"
        '"It was a very cold shed," the producer remembered.'
    )
    said = [a for a in _acts(nlp, text) if a.cue.text == "said"]
    assert len(said) == 1
    assert "cold shed" not in said[0].content.text
