"""A token is its own head only at the root of its sentence, and spaCy makes a new
``Token`` object on every access, so ``tok.head is tok`` is never true: the checks
compare by ``==``. These tests pin the root cases the old comparison missed."""

from __future__ import annotations

from kit.lenses.loaded_clauses import _forecast


def test_a_root_verb_told_with_a_modal_is_a_forecast(nlp):
    sent = next(nlp("The mayor will resign before the vote.").sents)
    assert _forecast(sent)


def test_a_root_verb_in_the_past_is_no_forecast(nlp):
    sent = next(nlp("The mayor resigned before the vote.").sents)
    assert not _forecast(sent)


def test_the_root_is_its_own_head_by_equality_not_identity(nlp):
    root = next(nlp("The mayor resigned.").sents).root
    assert root.head == root and root.head is not root
