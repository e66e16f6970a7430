"""Transcript lines: a speaker's name or role before a colon, then their quoted words
(annotation guide, section 1: one attribution per act of reporting speech).

A question-and-answer exchange printed as a transcript has no reporting verb:

    Ms Marlowby: "How many days last year ...?"
    The chairman: "I don't have that figure to hand."
    Graham Fettle (chief executive, Northvale Rail): "Around forty."

The label that opens the line and ends in a colon is the cue; the person it names is the
speaker; the quotation right after the colon is the content (``direct``). The label must
name a person: a name, or a role noun the kit knows as a source ("The chairman",
"Chair", "The witness"). A heading of page furniture in capitals ("THE CLAIM:",
"OUR VERDICT:") or a thing ("Warning:", "Price:") is no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kit.lenses.attribution_frames import Act
from kit.lenses.attribution_links import AGENT_ENDINGS, AGENT_ENDINGS_SINGULAR, source_nouns
from kit.lenses.shared import doc_text
from kit.lenses.speaker_names import person_noun
from kit.quotes import Quote

#: The longest label read as a speaker's (in words, parentheses included).
MAX_LABEL_WORDS = 10
#: Words that may stand in a label beside the name or role ("The chairman", "Mr Fettle").
_LABEL_POS = frozenset({"PROPN", "NOUN", "DET", "PUNCT", "ADJ", "CCONJ", "ADP", "NUM"})

NOTE = "a transcript line: the name before the colon says who spoke the quoted words"


def transcript_acts(doc: Doc, quotes: list[Quote], titles: frozenset[str]) -> list[Act]:
    """One act for each quotation that opens right after a line's speaker label;
    ``titles`` are the component's titles and descriptors (``titles.yaml``)."""
    text = doc_text(doc)
    acts: list[Act] = []
    for quote in quotes:
        colon = text.rfind(":", 0, quote.start)
        if colon < 0 or text[colon + 1 : quote.start].strip(" \t"):
            continue  # only spaces between the colon and the opening quotation mark
        line = text.rfind("\n", 0, colon) + 1
        label = text[line:colon].strip()
        if not label or len(label.split()) > MAX_LABEL_WORDS or '"' in label:
            continue
        span = doc.char_span(line + text[line:colon].index(label), colon + 1,
                             alignment_mode="expand")  # fmt: skip
        if span is None or span.start == span.end - 1:
            continue
        speaker = _speaker(span.start, span.end - 1, doc, titles)
        if speaker is None:
            continue
        content = (quote.inner_start, quote.inner_end)
        acts.append(Act((span.start, span.end), speaker, content, note=NOTE, parts=[content]))
    return acts


def _speaker(start: int, end: int, doc: Doc, titles: frozenset[str]) -> tuple[int, int] | None:
    """The person a label names: the name before a parenthesis ("Graham Fettle (chief
    executive, ...)"), else a name inside it ("Chair (Dame Lowri Penhallow)"), else a
    role the kit knows as a source ("The chairman"); None for anything else."""
    tokens = doc[start:end]
    if any(t.pos_ not in _LABEL_POS for t in tokens):
        return None  # "He said:", "Here is what happened:": a clause, not a label
    words = [t for t in tokens if t.is_alpha]
    if not words or all(t.is_upper for t in words) or len(words[0].text) < 2:
        return None  # "THE CLAIM:", "Q:": furniture or an interviewer's letter
    if not words[0].text[0].isupper():
        return None
    opening = next((t.i for t in tokens if t.text == "("), end)
    closing = next((t.i for t in tokens if t.text == ")"), end)
    outside = doc[start:opening]
    inside = doc[opening + 1 : closing] if opening < end else doc[end:end]
    cut = next((t.i for t in inside if t.text == ","), inside.end)
    named = len(inside) and all(t.pos_ == "PROPN" for t in inside[: cut - inside.start])
    single = [t for t in outside if t.pos_ != "DET"]
    if named and cut > inside.start and (len(single) == 1 or all(_role(t, titles) for t in single)):
        return (inside.start, cut)  # "Chair (Dame Lowri Penhallow)": the name is hers
    names = [t for t in outside if t.pos_ == "PROPN" and not _role(t, titles)]
    named_person = any(_role(t, titles) or t.ent_type_ == "PERSON" for t in outside)
    if names and (len(names) > 1 or named_person):
        return (outside.start, outside.end)  # "Ms Marlowby", "Graham Fettle (...)"
    if names:
        return None  # "Rumour:", "Verdict:": one capitalised word is no name on its own
    if len(outside) and _role(outside.root, titles):
        return (outside.start, outside.end)  # "The chairman", "The witness"
    return None


def _role(tok: Token, titles: frozenset[str]) -> bool:
    """A noun for a person by role ("chairman", "chair", "witness", "coroner", "warden")
    or a title ("Dame", "Mr"), as the kit's sourcing and speaker lexicons know them."""
    lemma = tok.lemma_.lower()
    return (
        person_noun(tok, titles)  # "warden", "headteacher": an everyday word for a person
        or lemma in source_nouns()
        or tok.lower_ in source_nouns()
        or lemma in titles
        or tok.lower_.endswith(AGENT_ENDINGS_SINGULAR + AGENT_ENDINGS)
    )
