"""Paragraph breaks are sentence breaks (kit.lenses.paragraphs), whatever the parser thinks."""

from __future__ import annotations

import kit
from kit.lenses.paragraphs import mark_paragraph_starts
from kit.pipeline import PRE_PARSER_COMPONENTS

CLOSING_QUOTE = (
    "Her manager said the tour was over. \u201cShe finally hit a wall, and for once she "
    "listened.\u201d\n\nBut was it really exhaustion? Tickets had sold slowly since March."
)


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_the_kit_pipeline_runs_the_component_before_the_parser(nlp):
    names = nlp.pipe_names
    for name in PRE_PARSER_COMPONENTS:
        assert names.index(name) < names.index("parser")


def test_a_question_after_a_closing_quote_starts_its_own_sentence(nlp):
    assert "But was it really exhaustion?" in sentences(nlp, CLOSING_QUOTE)


def test_a_paragraph_without_end_punctuation_does_not_run_on(nlp):
    text = "Live: the count in Port Vale\n\n23:35 Where did it all go wrong for the mayor?"
    found = sentences(nlp, text)
    assert found[0] == "Live: the count in Port Vale"
    assert found[-1].endswith("go wrong for the mayor?")


def test_single_line_breaks_inside_a_paragraph_are_left_to_the_parser(nlp):
    doc = nlp.make_doc("The council met on Monday\nand voted to close the pool.")
    mark_paragraph_starts(doc)
    assert not any(t.is_sent_start for t in doc[1:])


def test_the_split_lets_the_loaded_lens_see_the_question(nlp):
    annotated = kit.annotate(CLOSING_QUOTE, nlp=nlp)
    claims = [a.text for a in annotated.of("loaded", "unattributed_claim")]
    assert any("was it really exhaustion" in c for c in claims)


def test_a_closing_quote_before_the_blank_line_stays_with_its_sentence(nlp):
    text = (
        '"We will never go back to diesel," she said. "The boats are ready."\n\n'
        "The company, founded in 1986, runs nine ferries."
    )
    found = sentences(nlp, text)
    assert all(any(c.isalpha() for c in s) for s in found), found
    assert found[-2].endswith('ready."')
