"""Appositions inside an unnamed speaker's description (:mod:`kit.lenses.speaker_names`).

- "A person close to Oskar Brennholt, the finance minister": the role in apposition to
  a name inside the description is dropped.
- "Data from the vessel-tracking site SeaLantern": the descriptor set before a name
  inside the description is dropped ("data from SeaLantern").
"""

from __future__ import annotations

from spacy.tokens import Span


def owner_apposition(span: Span) -> set[int]:
    """ "A person close to Oskar Brennholt, the finance minister": the role in apposition
    to a name inside the description says who that person is, not who spoke; the
    source is known without it (the role stays in the article for the description)."""
    root = span.root
    drop: set[int] = set()
    for tok in span:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.head == root:
            continue
        name = tok.head
        if name.pos_ != "PROPN" or not span.start <= name.i < span.end:
            continue
        drop |= {t.i for t in tok.subtree}
        drop |= {c.i for c in name.children if c.is_punct and c.i > name.i}
    return drop


def descriptor_before_name(span: Span) -> set[int]:
    """ "Data from the vessel-tracking site SeaLantern": common nouns set before a name
    inside the description only say what the named thing is (the "false title" of news
    style); the source is "data from SeaLantern"."""
    drop: set[int] = set()
    for tok in span:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and not tok.is_lower:  # parsed as a
            # compound on the name (not "the council's planning department", a common noun
            # the tagger called a proper one: its words are the owner's and the unit's)
            common = [c for c in tok.children if c.dep_ in ("compound", "amod")
                      and c.pos_ in ("NOUN", "ADJ")  # ("the boatbuilder X Y", read as ADJ)
                      and c.is_lower and c.i < tok.i]  # fmt: skip
            rest = tok.doc[common[-1].right_edge.i + 1 : tok.i] if common else None
            if rest is not None and all(t.pos_ == "PROPN" for t in rest):
                drop |= set(range(tok.left_edge.i, common[-1].right_edge.i + 1))
            continue
        if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or not tok.is_lower:
            continue
        names = [
            c for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1
            and c.i < span.end  # (its aside may run past the speaker: "X (10 May)")
        ]  # fmt: skip
        if names:
            drop |= set(range(tok.left_edge.i, tok.i + 1))
            continue
        # "A spokeswoman for the contractor, Wagford Tillotson,": the name set off by a
        # comma after the object of "for"/"of" names that object (the source is the role
        # for the name: "spokeswoman for Wagford Tillotson")
        if tok.head.lower_ not in ("for", "of") or tok.i + 1 >= span.end:
            continue
        comma = tok.doc[tok.i + 1]
        set_off = [
            c for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and comma.text == ","
            and c.left_edge.i == tok.i + 2 and c.i < span.end
        ]  # fmt: skip
        if set_off:
            drop |= set(range(tok.left_edge.i, tok.i + 2))
            drop |= {c.i for c in set_off[0].children if c.is_punct and c.i > set_off[0].i}
    return drop
