"""Short replies in the writer's voice, joined to the sentence they lean on.

A writer who answers back rarely does it in one sentence. A one-word echo of a quoted
word or a clipped reply ("Purely.", "We are sure it was.", "For now.") is half of a
retort; the other half is the writer's sentence beside it in the same paragraph:

- the writer's question just before it ("Is anyone at head office listening? The
  padlock suggests not.");
- the writer's own claim just before it, which the reply caps ("That, it seems, is
  still allowed. For now.");
- otherwise, when it answers a report, the writer's counter-claim just after it ('...
  said it was "purely commercial". Purely. Nothing to do, then, with the landlord's
  brother.').

The rules of ``docs/annotation_rules.md`` ("A short reply in the writer's voice ... is
one claim with the writer's own sentence it leans on") make such a pair one claim, and
so do most practice keys (of 31 one-word echoes of a quoted word, 23 are keyed together
with the writer's sentence after them). This module joins claim marks that the other
rules and the comment model found one sentence at a time; it adds no mark of its own, so
a plain sentence beside a reply stays unmarked.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from kit.lenses.judgement_voice import AUXILIARIES
from kit.lenses.shared import doc_text, sentence_of

#: The most words a reply may have.
SHORT_REPLY = 5
#: An elliptical answer to the writer's question ("Not, it seems, to the city that paid
#: for it.", "No one, apparently."): any length, it cannot stand without the question.
_ELLIPTICAL = re.compile(r"\s*(?:Not|No|Nor|Hardly|Only)\b(?!\s+(?:only|long)\b)")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")

JOINED_NOTE = (
    " The short reply after it ('{reply}') is part of the same retort, in the writer's "
    "voice: the two sentences make one claim."
)
LEADS_NOTE = (
    " The sentence after it ('{claim}') carries the same retort on, in the writer's "
    "voice: the two make one claim."
)


class Claim(Protocol):
    """A claim mark: character offsets and the explanation a learner reads."""

    start: int
    end: int
    label: str
    explanation: str


def _whole_sentence(text: str, start: int) -> bool:
    """Whether a mark starting at ``start`` starts a sentence (not a clause inside one)."""
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before.endswith(_SENTENCE_END)


def _side_by_side(text: str, first: Claim, second: Claim) -> bool:
    """Whether ``second`` starts right after ``first`` in the same paragraph."""
    gap = text[first.end : second.start]
    return second.start >= first.end and not gap.strip() and "\n" not in gap


def short_reply(said: str) -> bool:
    """A clipped sentence of at most :data:`SHORT_REPLY` words, not a question."""
    said = said.strip()
    return bool(said) and not said.endswith("?") and len(said.split()) <= SHORT_REPLY


def answers_question(asked: str, answer: str) -> bool:
    """Whether ``answer`` is the writer's reply to the question ``asked`` before it: a
    short reply, or an elliptical one ("Not, it seems, on the buses.")."""
    return asked.rstrip().endswith("?") and (
        short_reply(answer) or bool(_ELLIPTICAL.match(answer))
    )


#: Word classes of a clipped reply's head: an adverb or particle ("For now.", "Quite.",
#: "Apparently so."), or an auxiliary left without its verb ("They will.").
_CLIPPED_HEADS = frozenset({"ADV", "ADP", "PART", "SCONJ", "CCONJ"})
#: What a full clause's verb or auxiliary governs: with one, the auxiliary is not bare
#: ("Sensible regulation this is not.", "Congratulations are surely in order.").
_COMPLEMENTS = frozenset({"attr", "acomp", "dobj", "xcomp", "ccomp", "csubj", "prep", "oprd"})


def _words(span: Span) -> list[Token]:
    return [t for t in span if not t.is_punct and not t.is_space]


def bare_auxiliary(span: Span) -> bool:
    """A clause that ends on an auxiliary left without its verb: "They will.", "We are
    sure it was.", "It did not."."""
    words = _words(span)
    if not words:
        return False
    last = words[-1]
    if last.dep_ == "neg" and len(words) > 1:
        last = words[-2]
    return (
        last.pos_ == "AUX"
        and last.lemma_.lower() in AUXILIARIES
        and not any(c.dep_ in _COMPLEMENTS for c in last.children)
    )


def clipped(span: Span) -> bool:
    """A reply that cannot stand without the sentence before it: a bare auxiliary
    (:func:`bare_auxiliary`), or no verb and a head that is an adverb or particle ("For
    the moment.", "Apparently so."). A noun or an adjective standing alone
    ("Coincidence, no doubt.", "Marvellous.") and a full clause ("Congratulations are
    surely in order.") are verdicts of their own."""
    if bare_auxiliary(span):
        return True
    words = _words(span)
    return bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in words) and (
        span.root.pos_ in _CLIPPED_HEADS
    )


def echoes(span: Span) -> bool:
    """The reply repeats a word of the sentence before it ('... said the sale was
    "entirely routine". Routine.'): the writer throws the speaker's word back."""
    doc = span.doc
    sent = sentence_of(span)
    if sent.start == 0:
        return False
    before = sentence_of(doc[sent.start - 1])
    said = {t.lemma_.lower() for t in before if t.is_alpha and not t.is_stop}
    return any(t.is_alpha and not t.is_stop and t.lemma_.lower() in said for t in _words(span))


M = TypeVar("M", bound=Claim)


def join_short_replies(doc: Doc, marks: list[M]) -> list[M]:
    """Join each short reply marked as a claim to the whole-sentence claim it leans on:
    the writer's question before it, or the writer's claim before it that a clipped reply
    caps; else, when the reply echoes a word of the sentence before it or is a bare
    auxiliary ("We are sure it was."), the claim after it (the counter-claim that
    follows an echo of a report)."""
    text = doc_text(doc)
    claims = sorted(
        (m for m in marks if m.label == "unattributed_claim" and _whole_sentence(text, m.start)),
        key=lambda m: (m.start, m.end),
    )
    if len(claims) < 2:
        return marks
    gone: list[M] = []
    kept: list[M] = []
    for i, mark in enumerate(claims):
        said = text[mark.start : mark.end]
        prev = kept[-1] if kept else None
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        beside_prev = prev is not None and _side_by_side(text, prev, mark)
        beside_next = nxt is not None and short_reply(said) and _side_by_side(text, mark, nxt)
        if not (beside_prev or beside_next):
            kept.append(mark)
            continue
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or not len(span):
            kept.append(mark)
            continue
        if prev is not None and beside_prev:
            asked = text[prev.start : prev.end]
            question = asked.rstrip().endswith("?")
            if answers_question(asked, said) or (
                not question and short_reply(said) and clipped(span)
            ):
                prev.end = mark.end
                prev.explanation += JOINED_NOTE.format(reply=said.strip())
                gone.append(mark)
                continue
        if nxt is not None and beside_next and (echoes(span) or bare_auxiliary(span)):
            claim = text[nxt.start : nxt.end].strip()
            nxt.start = mark.start
            nxt.explanation = mark.explanation + LEADS_NOTE.format(claim=claim)
            gone.append(mark)
            continue
        kept.append(mark)
    return [m for m in marks if not any(m is g for g in gone)]
