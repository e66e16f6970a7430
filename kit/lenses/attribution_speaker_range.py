"""The words that name a speaker in the attribution lens (annotation guide, section 1):
a name keeps its compounds, a common noun the words that identify it, and neither
keeps an aside, a time or an age set off by commas.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kit.lenses.attribution_frames import DESCRIPTION_DEPS, _text
from kit.lenses.shared import entity_at, hyphen_joined
from kit.lenses.speaker_people import names_the_owner


def _named_apposition(subject: Token) -> Token | None:
    """ "The city's mayor, Lisa Grant, said": the name in apposition."""
    if subject.pos_ != "NOUN":
        return None
    for child in subject.children:  # (a double-barrelled name may be tagged a noun)
        name = child.pos_ == "PROPN" or child.pos_ == "NOUN" and child.is_title
        if child.dep_ == "appos" and name and child.ent_type_ == "PERSON":
            if names_the_owner(child):  # "A spokeswoman for the contractor, X Y,": the firm
                continue
            return child
    return None


def _speaker_range(subject: Token) -> tuple[int, int]:
    """Tokens that name the speaker.

    A name keeps its compounds but not its apposition or modifiers ("Wu from
    the X Institute" -> "Wu"); a common noun keeps the words that identify it
    ("sources familiar with the talks", "an official who asked not to be named").
    """
    named = _named_apposition(subject)
    if named is not None:
        subject = named
    proper = subject.pos_ == "PROPN"
    drop = DESCRIPTION_DEPS if proper else {"appos", "punct"}
    keep = [subject]
    for child in subject.children:
        if child.dep_ not in drop and not _non_restrictive(child) or _of_name(child):
            keep.extend(_restrictive_subtree(child))
    cut = _adjectival_aside(subject)
    ids = sorted(t.i for t in keep if t.i < cut)
    doc = subject.doc
    start, end = ids[0], ids[-1] + 1
    if start == subject.i and subject.i > 1 and hyphen_joined(doc[subject.i - 2], subject):
        start = doc[subject.i - 2].left_edge.i  # "Its vice-chancellor": "Its vice" split off
    ent = entity_at(subject)
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
        own_end = end
        start, end = min(start, ent.start), max(end, ent.end)  # "the X Department of State"
        while end > own_end and doc[end - 1].pos_ == "ADV":
            end -= 1  # "The ministry later said", the model's entity running on
    start = max(start, _antecedent_end(subject))  # "a decision skippers say": *skippers*
    para_start = _text(doc).rfind("\n\n", 0, subject.idx)
    while start < subject.i and doc[start].idx < para_start:
        start += 1
    while start < subject.i and not _word(doc[start]):
        start += 1
    while end - 1 > subject.i and not _word(doc[end - 1]) and not _name_number(doc, end - 1):
        end -= 1
    return start, end


def _word(tok: Token) -> bool:
    """A word, also a name joined by hyphens ("Caravel-Bissau")."""
    return tok.is_alpha or tok.text.replace("-", "").isalpha()


def _name_number(doc: Doc, i: int) -> bool:
    """A number that ends a name ("Ward 11", "Gate 4", "Route 9"): right after a
    capitalised word, with no comma between (unlike an age: "Kwan, 34")."""
    return i > 0 and doc[i].like_num and doc[i - 1].is_title and doc[i - 1].is_alpha


def _adjectival_aside(subject: Token) -> int:
    """Where an aside of adjectives set off by a comma begins ("Tandy, calm and
    presidential throughout, reminded ..."): it describes the speaker and is no part
    of the name. The end of the document when there is none."""
    for child in subject.children:
        start = child.left_edge.i
        aside = child.i > subject.i and child.pos_ == "ADJ" and start > 0
        if aside and subject.doc[start - 1].text == ",":
            return start - 1
    return len(subject.doc)


def _restrictive_subtree(tok: Token) -> list[Token]:
    """A subtree without the comma-set clauses deeper in it ("familiar with the talks, who ...")."""
    out = [tok]
    for child in tok.children:
        if not _non_restrictive(child) or child.dep_ == "prep":
            out.extend(_restrictive_subtree(child))
    return out



def _non_restrictive(child: Token) -> bool:
    """A modifier set off by a comma ("residents, who live nearby,") only describes."""
    if child.dep_ not in ("relcl", "acl", "prep") or child.i < child.head.i:
        return False
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _of_name(child: Token) -> bool:
    """ "The Diocese of Truro", "the University of Wessex": "of" and a name right after a
    capitalised word that is no person's name belong to one body's name (not "Ann Lee of
    the Kestrel Institute", whose name is a person's)."""
    head = child.head
    if child.dep_ != "prep" or child.lower_ != "of" or child.i != head.i + 1:
        return False
    if not head.is_title or head.pos_ != "PROPN":
        return False
    if head.ent_type_ == "PERSON" and not _one_person_entity(head, child):
        return False  # "the Earl of Hexham" tagged as one person keeps its "of Hexham"
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].pos_ == "PROPN" and (
        objects[0].left_edge.i == child.i + 1  # a bare name, not "of the ..."
    )


def _one_person_entity(head: Token, of: Token) -> bool:
    """ "the Earl of Hexham", "the Bishop of Truro": a title and its place the model
    tagged as one person's name, the title its first word (never "Ann Lee of ...",
    whose entity ends before "of")."""
    ent = entity_at(head)
    return (
        ent is not None and ent.label_ == "PERSON" and ent.end > of.i + 1
        and head.i == next(t.i for t in ent if t.is_alpha and t.lower_ != "the")
    )  # fmt: skip


#: Determiners of one thing only: "a decision skippers" cannot be one noun phrase.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "this", "every", "each", "another"})


def _antecedent_end(subject: Token) -> int:
    """Where a plural subject starts when the parser took the noun before it for its
    compound: "in a decision skippers say could ruin them" (a relative clause with no
    relative word: *decision* is its antecedent, *skippers* the speaker). A singular
    determiner on a plural noun gives the misreading away. 0 when there is none."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return 0
    dets = [c for c in subject.children if c.dep_ == "det" and c.lower_ in _SINGULAR_DETERMINERS]
    nouns = [c for c in subject.children if c.dep_ == "compound" and c.tag_ == "NN"]
    if not dets or not nouns or nouns[-1].i != subject.i - 1:
        return 0
    return subject.i
