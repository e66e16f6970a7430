"""Reads shared between the lenses: lexeme arrays kept per Doc, the comment model's
windows over quotes and attributions. Each must give what a fresh read gives."""

from __future__ import annotations

import itertools

import numpy as np
from spacy.attrs import IS_PUNCT, LENGTH, LOWER, ORTH, SPACY

from kit.lenses import loaded_commentary as lc
from kit.lenses.attribution_ranges import _CLAUSE_DEPS, _phrase_extent
from kit.lenses.shared import (
    children_by_dep,
    doc_array,
    doc_ids,
    doc_tree,
    forget_sentences,
    span_text,
    token_chars,
)


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


_PARSED = (
    'The harbour master, who has run the port since 2019, told the Courier that the crane '
    '"was never safe" and said in a statement that the staff were heartbroken.\n\n'
    "Café owners in Wexcombe Vale — all 14 of them — said they had not been asked. "
    'Asked whether she would resign, Ms Pell-Morrow said: "No." 👍'
)


def test_the_parse_read_as_lists_equals_spacy_s_own_reading(nlp):
    doc = nlp(_PARSED)
    walked = [[c.i for c in children_by_dep(t, ("nsubj", "punct"))] for t in doc]  # no tree yet
    assert "tree" not in doc.user_data.get("kit_doc_arrays", {})
    tree = doc_tree(doc)
    assert walked == [[c.i for c in children_by_dep(t, ("nsubj", "punct"))] for t in doc]
    assert tree.heads == [t.head.i for t in doc]
    assert tree.deps == [t.dep for t in doc] and tree.pos == [t.pos for t in doc]
    assert [tree.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    for tok in doc:  # a child of each label (and none of a label the parse lacks)
        for labels in (("nsubj",), ("dobj", "ccomp"), ("punct", "relcl", "appos"), ("x-none",)):
            kept = [c.i for c in children_by_dep(tok, labels)]
            assert kept == [c.i for c in tok.children if c.dep_ in labels]
    forget_sentences(doc)


def test_token_offsets_equal_each_token_s_own(nlp):
    doc = nlp.make_doc(_PARSED)  # (letters outside ASCII, a dash, an emoji)
    starts, ends = token_chars(doc)
    assert starts == [t.idx for t in doc] and ends == [t.idx + len(t) for t in doc]
    assert all(type(i) is int for i in starts + ends)  # (slices of the text take them)
    forget_sentences(doc)
    assert token_chars(nlp.make_doc("")) == ([], [])


def test_the_parse_is_read_again_in_the_next_component_call(nlp):
    doc = nlp("Ann Lee, the chair, said the plan was late.")
    before = doc_tree(doc)
    assert doc_tree(doc) is before  # once per component call
    forget_sentences(doc)  # (the end of the call: nothing stays in the doc)
    assert "kit_doc_arrays" not in doc.user_data
    doc[4].head = doc[0]  # what kit_joined_names does to a name it joins
    after = doc_tree(doc)
    assert after is not before and after.heads == [t.head.i for t in doc] != before.heads
    assert [after.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    forget_sentences(doc)


def _walked_extent(tok) -> tuple[int, int]:
    """A phrase's extent walked with Token objects, as the attribution lens once did."""
    ids = [tok.i]
    for child in tok.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "advcl") and (
            child.pos_ in ("VERB", "AUX") or any(c.dep_ in _CLAUSE_DEPS for c in child.children)
        ):
            continue
        ids += list(_walked_extent(child))
    return min(ids), max(ids)


def test_a_phrase_s_extent_equals_a_walk_over_its_tokens(nlp):
    doc = nlp(_PARSED)
    assert [_phrase_extent(t) for t in doc] == [_walked_extent(t) for t in doc]
    statement = next(t for t in doc if t.text == "statement")
    start, end = _phrase_extent(statement)  # the clause hung on "statement" left out
    assert doc[start : end + 1].text == "a statement"
    forget_sentences(doc)


def test_an_echo_of_a_quoted_word_is_read_from_the_arrays(nlp):
    doc = nlp('The council called the meeting a "consultation". A consultation? Hardly. '
              'Residents said the "plans" were vague. Plan what?')
    sents = list(doc.sents)
    text = doc.text
    quotes = tuple(
        (text.index(w) - 1, text.index(w) + len(w) + 1) for w in ("consultation", "plans")
    )
    ctx = lc.Context(quotes, ())

    def walked(sent, prev) -> bool:  # the Token walk the arrays replace
        spans = [q for q in quotes if q[0] < prev.end_char and prev.start_char < q[1]]
        quoted = {t.lemma_.lower() for t in prev if t.pos_ in ("NOUN", "ADJ", "VERB")
                  and any(s <= t.idx < e for s, e in spans)}  # fmt: skip
        return any(t.lemma_.lower() in quoted for t in sent if t.pos_ in ("NOUN", "ADJ", "VERB"))

    found = [lc._echoes(sent, prev, ctx) for prev, sent in itertools.pairwise(sents)]
    assert found == [walked(sent, prev) for prev, sent in itertools.pairwise(sents)]
    assert found[0]  # "A consultation?" repeats the quoted "consultation"
    assert not found[1]  # "Hardly." repeats nothing
    assert lc._echoes(sents[0], None, ctx) is False
    forget_sentences(doc)
