"""Reads shared between the lenses: lexeme arrays kept per Doc, the comment model's
windows over quotes and attributions. Each must give what a fresh read gives."""

from __future__ import annotations

import itertools

import numpy as np
from spacy.attrs import IS_PUNCT, LENGTH, LOWER, ORTH, SPACY

from kit.lenses import loaded_commentary as lc
from kit.lenses.shared import doc_array, doc_ids, forget_sentences, span_text


def test_lexeme_arrays_are_read_once_per_doc_and_equal_a_fresh_read(nlp):
    doc = nlp.make_doc("The harbour master, oddly, said nothing at all about the crane.")
    first = doc_array(doc, LOWER)
    ids = doc_ids(doc, LOWER)
    forget_sentences(doc)  # (the end of one component call)
    assert doc_array(doc, LOWER) is first  # the next component reads the kept array
    assert doc_ids(doc, LOWER) is ids
    assert doc_array(doc, LOWER).tolist() == doc.to_array(LOWER).tolist()
    assert doc_array(doc, IS_PUNCT).tolist() == doc.to_array(IS_PUNCT).tolist()
    assert "kit_doc_arrays" in doc.user_data  # (within a call, dropped at its end)
    forget_sentences(doc)
    assert not any(isinstance(v, np.ndarray) for v in doc.user_data.values())


def test_lexeme_arrays_are_read_again_when_the_tokens_change(nlp):
    doc = nlp.make_doc("Councillor Ada Pell-Morrow spoke at the depot in Wexcombe Vale.")
    before = doc_array(doc, LENGTH).tolist()
    forget_sentences(doc)
    with doc.retokenize() as retokenizer:  # what kit_names does to a name
        retokenizer.merge(doc[1:3])
    assert doc_array(doc, LENGTH).tolist() == doc.to_array(LENGTH).tolist() != before
    assert doc_ids(doc, ORTH)[0].tolist() == sorted(set(doc.to_array(ORTH).tolist()))
    forget_sentences(doc)


def test_token_texts_are_taken_over_by_the_next_component_call(nlp):
    doc = nlp.make_doc("The lock keeper, it seems, left the sluice open at dawn.")
    orth, space = doc_array(doc, ORTH), doc_array(doc, SPACY)
    lower = doc_array(doc, LOWER)
    forget_sentences(doc)  # (the end of one component call)
    # checked against the Doc once, with the other carried columns, not read again
    assert doc_array(doc, ORTH) is orth and doc_array(doc, SPACY) is space
    assert doc_array(doc, LOWER) is lower
    assert doc_array(doc, ORTH).tolist() == doc.to_array(ORTH).tolist()
    forget_sentences(doc)
    with doc.retokenize() as retokenizer:  # the texts change: every array is read again
        retokenizer.merge(doc[1:3])
    assert doc_array(doc, ORTH).tolist() == doc.to_array(ORTH).tolist() != orth.tolist()
    assert doc_array(doc, LOWER).tolist() == doc.to_array(LOWER).tolist() != lower.tolist()
    forget_sentences(doc)


def _naive(ctx: lc.Context, start: int, end: int) -> tuple[int, bool, bool]:
    quoted = sum(max(0, min(e, end) - max(s, start)) for s, e in ctx.quotes)
    near = any(s < end and start < e for s, e in ctx.quotes + ctx.attributions)
    attributed = any(s < end and start < e for s, e in ctx.attributions)
    return quoted, near, attributed


def test_comment_context_windows_agree_with_a_walk_over_every_range(nlp):
    doc = nlp.make_doc("x " * 60)
    # nested, touching and unsorted ranges, as quotes inside quotes and cues give them
    ctx = lc.Context(
        ((2, 40), (5, 9), (40, 44), (50, 51), (60, 90), (61, 62), (100, 118)),
        ((30, 35), (10, 12), (70, 75), (0, 3), (95, 101)),
    )
    for start, end in itertools.combinations(range(0, 121, 3), 2):
        span = doc.char_span(start, end, alignment_mode="expand")
        a, b = span.start_char, span.end_char
        quoted, near, attributed = _naive(ctx, a, b)
        assert ctx.quoted_chars(a, b) == quoted
        assert ctx.speech_near(span) is near
        assert ctx.attributed(span) is attributed


def test_span_text_equals_the_span_s_own_text(nlp):
    doc = nlp.make_doc(
        'Housing Minister Leontyne Marsh-Obi said:  "It will not happen."\n\nShe left.'
    )
    for start, end in itertools.combinations(range(len(doc) + 1), 2):
        assert span_text(doc[start:end]) == doc[start:end].text
    assert span_text(doc[3:3]) == doc[3:3].text == ""
