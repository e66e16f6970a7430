"""Phrase cues of the attribution lens ("according to X", "in the words of X", "read in
X that ...") and the step that drops acts reported inside another act (annotation
guide, section 1).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from kit.lenses.attribution_content import _clip, _paragraph_of, _token_chars, _trim
from kit.lenses.attribution_documents import (
    noun_read_record,
    read_in_source,
    received_document,
    record_name,
)
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


def _reading_act(doc: Doc, verb: Token) -> Act | None:
    """ "Some of you read in the Broadsheet that our club is ...", "heard on the radio
    that ...": the outlet is the speaker, as the object of "according to" is; the cue runs
    from the verb to the end of the outlet's name, and the that-clause is the content."""
    found = read_in_source(verb)
    if found is None:
        return None
    source, clause = found
    rng = _trim(_text(doc), *_token_chars(doc, clause.left_edge.i, clause.right_edge.i + 1), doc)
    if rng is None:
        return None
    note = "names the outlet or document in which the claim was read or heard"
    return Act(cue=(verb.i, source.right_edge.i + 1), speaker=_speaker_range(source),
               content=rng, verb=verb, note=note, parts=[rng])  # fmt: skip


def _record_act(doc: Doc, verb: Token) -> Act | None:
    """ "The official transcript records that he quoted ...", "She later apologised, the
    minutes show.": a document's verb of showing or recording that the parser read as a
    noun; the document is the speaker and the clause after the verb (or the writer's
    clause around the document and its verb) the content."""
    found = noun_read_record(verb)
    if found is None:
        return None
    record, ranges = found
    text = _text(doc)
    parts = [_trim(text, *_token_chars(doc, a, b), doc) for a, b in ranges]
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    note = "a record or document reports what it holds (the document is the source)"
    content = (min(p[0] for p in parts), max(p[1] for p in parts))
    return Act(cue=(verb.i, verb.i + 1), speaker=record_name(record, verb), content=content,
               verb=verb, note=note, parts=parts)  # fmt: skip


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


def _drop_nested(acts: list[Act], doc: Doc | None = None, quotes: list[Quote] = ()) -> list[Act]:
    """Drop acts reported inside another act's content ("Ann Lee said the ministry announced ...").

    The exceptions: the verb that "according to X" attaches to (in "According
    to X, experts said ..." both X and the experts are sources); a cue inside
    someone's words that hands on a quotation of its own ("the man on the phone
    said, 'Have you tried ...?'", "He told me: "..."": the quoted words are that
    speaker's own act, and the quotation becomes its content); and of two acts
    each inside the other's content ("he said, recalling that ..."), the first; and a
    document the speaker received ("said she had received a letter warning her to
    ..."): the letter's words are its own act, not the speaker's claim.
    """
    hosts = {a.host.i for a in acts if a.host is not None}
    nested = [
        act.verb is not None and any(
            other is not act
            and other.content is not None
            and other.content[0] <= act.verb.idx < other.content[1]
            and not _first_of_pair(act, other)
            for other in acts
        )
        for act in acts
    ]  # fmt: skip
    pairs = [
        (a, o) for a in acts for o in acts
        if o is not a and _first_of_pair(a, o) and o.content and a.verb is not None
        and o.content[0] <= a.verb.idx < o.content[1] and a.cue[0] < o.cue[0]
    ]  # fmt: skip
    kept = []
    for act, inside in zip(acts, nested, strict=True):
        inner = _handed_on_quote(doc, act, quotes) if inside and doc is not None else None
        if inner is not None:
            at = act.verb.idx
            host = next(o for o in acts if o.content and o.content[0] <= at < o.content[1])
            act.content, act.within = (inner.inner_start, inner.inner_end), host.cue[0]
            act.parts, inside = [act.content], False
        if not inside or act.cue[0] in hosts or contrast_clause(act.verb):
            kept.append(act)
        elif act.verb is not None and relative_report(act.verb):
            kept.append(act)  # "its "plan", which she said "appears to ..."": its own act
        elif act.verb is not None and received_document(act.verb) is not None:
            kept.append(act)  # "said she had received a letter warning her to ...": its own act
    for act, other in pairs:  # "he said, recalling that ...": the content stops at the participle
        if act.content:
            act.content = _before(doc, act.content, other.verb.idx)
            act.parts = [p for p in act.parts if p[0] < other.verb.idx] or [act.content]
    return kept


#: Relative words that can be the subject of a reported clause ("which she said is ...").
_RELATIVE_SUBJECTS = {"which", "that", "who"}


def relative_report(verb: Token) -> bool:
    """ "her "resilience plan", which she said "appears to consist of ..."", "a fault
    which the ombudsman found was wrong": a cue inside a relative clause whose relative
    word is the subject of the reported clause is an act of its own, with its own
    subject (docs/annotation_rules.md, section 1), even inside another act's content.
    "the field she had agreed he could search" has no relative subject: no report."""
    if verb.dep_ != "relcl":
        return False
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if not own or own[0].lower_ in _RELATIVE_SUBJECTS:
        return False
    return any(
        c.dep_ == "ccomp" and c.i > verb.i
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _RELATIVE_SUBJECTS
                and g.i < verb.i for g in c.children)
        for c in verb.children
    )  # fmt: skip


def _before(doc: Doc | None, content: tuple[int, int], stop: int) -> tuple[int, int]:
    """``content`` cut before ``stop`` (a character), without the comma before it."""
    if doc is None or not content[0] < stop < content[1]:
        return content
    text = _text(doc)
    end = stop
    while end > content[0] and text[end - 1] in " ,;":
        end -= 1
    return (content[0], end)


def _first_of_pair(act: Act, other: Act) -> bool:
    """Of two acts whose contents hold each other's verb, ``act`` is the one kept:
    before a participle ("he said, recalling that ...") or the main verb of an adverbial
    clause's verb ("after an investigation found that ..., the league said"); never the
    verb of a question's clause ("I asked X what he tells clients": both go)."""
    if act.content is None or other.verb is None or act.verb is None:
        return False
    if not act.content[0] <= other.verb.idx < act.content[1]:
        return False
    participle = other.verb.tag_ == "VBG" and act.cue[0] < other.cue[0]
    # "... after an investigation found that ..., the league said": the main verb's act
    adverbial = other.verb.dep_ == "advcl" and act.verb in other.verb.ancestors
    return participle or adverbial


_HANDED_ON = re.compile(r"\s*(?:(?:to\s+)?(?:me|him|her|us|them|you)\s*)?[,:]\s*")  # "warned her: "
#: ... or a short phrase of place or time on the cue between: "had once told her at an
#: opening-night party, "...""
_HANDED_ON_AT = re.compile(
    r"\s*(?:(?:me|him|her|us|them|you)\s+)?(?:at|on|in|during|after|over|outside|before)\s+"
    r"[^,:;.!?\"'\u2018\u2019\u201c\u201d]{1,40}[,:]\s*"
)


def _handed_on_quote(doc: Doc, act: Act, quotes: list[Quote]) -> Quote | None:
    """The quotation that follows a nested cue with only a comma or colon between
    (or an object pronoun and one: "kept saying, '...'", "had once warned her: "..."")."""
    if act.speaker is None:
        return None
    text = _text(doc)
    last = doc[act.cue[1] - 1]
    end = last.idx + len(last)
    for q in quotes:
        if q.start >= end and _HANDED_ON.fullmatch(text[end : q.start]):
            return q
        if q.start >= end and _HANDED_ON_AT.fullmatch(text[end : q.start]):
            return q if _place_or_time_on(doc, act, q.start) else None
    return None


def _place_or_time_on(doc: Doc, act: Act, stop: int) -> bool:
    """The phrase between the cue and the quotation hangs on the cue verb ("told her at a
    drop-in session, '...'"), not on a noun of someone's words."""
    for tok in doc[act.cue[1] : min(act.cue[1] + 3, len(doc))]:
        if tok.idx >= stop:
            break
        if tok.dep_ == "prep":
            return tok.head == act.verb
    return False
