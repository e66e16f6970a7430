"""Repairs of the model's organisation entities for speaker resolution
(:mod:`kit.lenses.speakers`): an entity run over a verb or an adverb ("the Ministry
fined Corvel Rail"), split in its parts, unless the verb opens a campaign's name
("Keep Tarnmoor Wild"); an organisation's name with the first of two conjoined
proper names the model left out ("Kellingmoor and Wyre Hospitals Trust"); a body noun
capitalised only because it opens a sentence ("Council leader ..."), dropped.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from kit.lenses.shared import doc_array, doc_text


def split_at_verbs(ent: Span) -> list[Span]:
    """An entity the model ran over a verb ("the Ministry fined Corvel Rail") or an adverb
    ("The ministry later said"), in its parts."""
    if not any(t.pos_ in ("VERB", "AUX", "ADV") for t in ent):
        return [ent]
    parts, start = [], ent.start
    for tok in ent:
        if tok.i == ent.start and tok.is_title and tok.pos_ == "VERB" and len(ent) > 1 and (
            tok.lemma_.lower() not in ("say", "tell", "add", "claim", "warn")
        ):
            continue  # "Keep Tarnmoor Wild", "Save Pellow Meadow": a campaign named by its aim
        if tok.pos_ in ("VERB", "AUX", "ADV"):
            if tok.i > start:
                parts.append(Span(ent.doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    if start < ent.end:
        parts.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return [p for p in parts if any(t.pos_ == "PROPN" for t in p)]


def joined_name(ent: Span) -> Span:
    """An organisation's name with the first of two conjoined proper names the model
    left out: "Kellingmoor and Wyre Hospitals Trust", "Glass and Ceramics Union"
    (the earlier name depends on a word of the entity, or is a single word the
    entity's multi-word name is joined to, so both name one body; "Tesco and
    Sainsbury's said" and "Harlow Foods and Brantwick Dairies" are two)."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return ent
    first = doc[start - 2]
    inside = ent.start <= first.head.i < ent.end or (  # "the Kellingmoor and Wyre ... Trust"
        ent.root.dep_ == "conj" and ent.root.head == first and len(ent) > 1
        and (first.ent_type_ not in ("PERSON", "DATE") or place_elsewhere(first))
        and not any(c.dep_ == "compound" for c in first.children)  # not "Harlow Foods and"
    )  # fmt: skip
    if first.pos_ != "PROPN" or not first.is_title or not inside:
        return ent
    begin = first.i
    while begin > 0 and doc[begin - 1].pos_ == "PROPN" and doc[begin - 1].dep_ == "compound":
        begin -= 1
    return Span(doc, begin, ent.end, label=ent.label_)


def place_elsewhere(word: Token) -> bool:
    """ "Radwinter and Crossfell Fire and Rescue Service" with "Radwinter" tagged a person:
    a one-word "person" that the text elsewhere sets before a lower-case body word
    ("Radwinter police") or inside a place's or body's name ("Radwinter Wireless") is a
    place, never a person (round AD)."""
    if word.ent_type_ == "PERSON" and (word.ent_iob_ != "B" or (
        word.i + 1 < len(word.doc) and word.doc[word.i + 1].ent_iob_ == "I"
    )):  # fmt: skip
        return False  # part of a longer person's name
    same_text = np.flatnonzero(doc_array(word.doc, ORTH) == word.orth)  # (no Token per word)
    for tok in (word.doc[i] for i in same_text.tolist() if i != word.i):
        if tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
            return True
        if tok.dep_ == "compound" and tok.head.is_lower and tok.head.pos_ == "NOUN":
            return True
    return False


def plural_noun_opening(ent: Span) -> bool:
    """ "Campaigners, who collected 3,000 signatures, said": a one-word "person" that opens
    its sentence and that the parser reads as a plural common noun (NNS) is a group
    capitalised by its place, never a person's name."""
    if len(ent) != 1 or ent[0].tag_ != "NNS" or ent[0].pos_ != "NOUN":
        return False
    tok = ent[0]
    return all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start : tok.i])


def capitalised_by_position(ent: Span) -> bool:
    """'Council leader Desmond Orrell ...': a one-word "organisation" that opens its
    sentence and is written in lower case elsewhere in the text ("the borough council")
    is a common noun capitalised by its place, not a name."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    sent = tok.sent
    if any(not (t.is_space or t.is_punct) for t in tok.doc[sent.start : tok.i]):
        return False
    word = tok.text.lower()
    text = doc_text(tok.doc)  # (the lens's copy: Doc.text joins every token anew)
    return (
        word != tok.text
        and word in text  # (the cheap test first: a pattern per word is compiled anew)
        and re.search(rf"\b{re.escape(word)}\b", text) is not None
    )
