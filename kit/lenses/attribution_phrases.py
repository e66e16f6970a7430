"""Phrase cues of the attribution lens ("according to X", "in the words of X") and
the step that drops acts reported inside another act (annotation guide, section 1).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kit.lenses.attribution_content import _clip, _paragraph_of, _token_chars, _trim
from kit.lenses.attribution_frames import _WORD, Act, _sent, _text
from kit.lenses.attribution_links import contrast_clause
from kit.lenses.attribution_speaker_range import _speaker_range
from kit.quotes import Quote


# -- phrase cues --------------------------------------------------------------
def _phrase_act(
    doc: Doc, start: int, end: int, entry: dict[str, Any], speech: list[Quote] | None = None
) -> Act | None:
    """An act for "according to X": X is the speaker, the clause it modifies the content.

    Phrases that name the medium ("in a statement") belong to the verb before
    them and extend its cue instead. A phrase that only lends a quotation its
    speaker ("in the words of X, "..."", "to quote X: "..."", `quote: true`) is a
    cue only beside the quoted words, and they are its whole content.
    """
    if entry.get("speaker") != "object":
        return None
    objects = [c for c in doc[end - 1].children if c.dep_ in ("pobj", "dobj")]
    if not objects:
        return None
    speaker = _speaker_range(objects[0])
    frame = (start, max(end, objects[0].right_edge.i + 1))
    if entry.get("quote"):  # the speaker's name ends the frame (a quotation may hang on it)
        beside = _quote_beside(doc, (start, max(end, speaker[1])), speech or [])
        if beside is None:  # "she found comfort in the words of his letters": no quotation
            return None
        content = (beside.inner_start, beside.inner_end)
        opening = doc.char_span(beside.start, beside.end, alignment_mode="expand")
        if opening is not None and speaker[0] < opening.start < speaker[1]:
            speaker = (speaker[0], opening.start)  # the parser may hang the words on X
            while speaker[1] - 1 > speaker[0] and doc[speaker[1] - 1].is_punct:
                speaker = (speaker[0], speaker[1] - 1)
        return Act((start, end), speaker, content, note=entry.get("note", ""),
                   host=doc[start].head, parts=[content])  # fmt: skip
    sent = _sent(doc[start])
    para = _paragraph_of(_text(doc), doc[start].idx)
    if frame[0] - sent.start > 1:  # "..., according to X."
        rng = _token_chars(doc, sent.start, frame[0])
    elif frame[1] < sent.end:  # "According to X, ..."
        rng = _token_chars(doc, frame[1], sent.end)
    else:  # "according to the" with nothing after it: nothing is reported
        return None
    clipped = _clip(rng, para, doc, frame)
    content = _trim(_text(doc), *clipped) if clipped else None
    if content is None:
        return None
    return Act(
        cue=(start, end),
        speaker=speaker,
        content=content,
        note=entry.get("note", ""),
        host=doc[start].head,
        parts=[content],
    )


def _quote_beside(doc: Doc, frame: tuple[int, int], speech: list[Quote]) -> Quote | None:
    """The speech quotation right after the frame (only a comma, colon or space
    between: 'in the words of X, "..."'), or right before it ('"...," in the words of X')."""
    text = _text(doc)
    first, last = doc[frame[0]], doc[frame[1] - 1]
    start, end = first.idx, last.idx + len(last)
    for q in speech:
        after = q.start >= end and not _WORD.search(text[end : q.start]) and q.start - end < 4
        before = q.end <= start and not _WORD.search(text[q.end : start]) and start - q.end < 4
        if after or before:
            return q
    return None


def _drop_nested(acts: list[Act]) -> list[Act]:
    """Drop acts reported inside another act's content ("Ann Lee said the ministry announced ...").

    The exception is the verb that "according to X" attaches to: in
    "According to X, experts said ..." both X and the experts are sources.
    """
    hosts = {a.host.i for a in acts if a.host is not None}
    kept = []
    for act in acts:
        pos = act.cue[0]
        nested = any(
            other is not act
            and other.content is not None
            and other.content[0] <= act.verb.idx < other.content[1]
            for other in acts
        ) if act.verb is not None else False  # fmt: skip
        if not nested or pos in hosts or contrast_clause(act.verb):
            kept.append(act)
    return kept
