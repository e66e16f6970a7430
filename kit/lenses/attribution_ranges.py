"""Where an attribution's parts end (annotation guide, section 1): the cue with its
listener, the frame of speaker and cue that the content must stay out of, the extent
of a phrase, and which verbs and objects carry the content on. Split from
:mod:`kit.lenses.attribution_frames`, which finds the cue's speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from kit.lenses.attribution_apposed import role_before_span
from kit.lenses.attribution_frames import (
    FRAME_DEPS,
    _in_quote,
    _subject,
    _subject_taken_by_clause,
)
from kit.lenses.attribution_links import letter_request, purpose_of
from kit.lenses.shared import DocTree, children_by_dep, doc_array, doc_tree, label_ids

if TYPE_CHECKING:  # pragma: no cover
    from kit.lenses.attribution import AttributionComponent


def _cue_range(verb: Token) -> tuple[int, int]:
    """The cue verb (with its particle), and the listener of *tell* ("told reporters")."""
    end = verb.i + 1
    start = verb.i
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.i and verb.head.i == verb.i - 1:
        start = verb.i - 1 if verb.head.lower_ == "as" else start  # "quoted her as saying"
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    if verb.lemma_.lower() == "tell":
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.i > verb.i:
                end = _name_end(verb.doc, max(end, _phrase_extent(child)[1] + 1))
                break
    return start, end


def _name_end(doc: Doc, end: int) -> int:
    """Extend a listener over the rest of a capitalised name ("told Valley News Today")."""
    if doc[end - 1].is_title or doc[end - 1].pos_ == "PROPN":
        while end < len(doc) and doc[end].is_title and doc[end].pos_ != "PUNCT":
            end += 1
    return end


def _frame_range(verb: Token, speaker: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """Token range of the reporting frame: speaker (with its description) and cue."""
    ids = [speaker[0], speaker[1] - 1, cue[0], cue[1] - 1]
    subject = _subject(verb)
    if subject is not None and subject.head == verb:
        ids += [subject.left_edge.i, subject.right_edge.i]
    elif subject is not None and _same(subject, _subject_taken_by_clause(verb)):
        ids += [subject.left_edge.i, verb.i]  # the apposition and its clauses are framing
    role = role_before_span(verb) if subject is not None and subject.head != verb else None
    if role is not None:  # '"...," the group's chair, Ann Lee, told ...': all framing
        ids += [role[0], role[1] - 1]
    split = clause_subject_as_object(verb)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not _same(child, subject):
            continue  # a second subject the parser found inside a quotation
        if _same(child, split):
            continue  # "told the committee the nets were torn": the clause's subject
        framing = child.dep_ in FRAME_DEPS and child.dep_ not in ("punct", "cc", "mark")
        if framing and _in_quote(child):
            continue  # '"Not here," she said': a quoted word hung on the cue is said
        if framing and abs(child.i - verb.i) <= 12 and not _is_content_object(child):
            ids += list(_phrase_extent(child))
    start, end = min(ids), max(ids) + 1
    doc = verb.doc
    punct, space = doc_array(doc, IS_PUNCT), doc_array(doc, IS_SPACE)
    while start < verb.i and (punct[start] or space[start]):
        start += 1  # a closing quotation mark the parser hung on the speaker
    while end - 1 > verb.i and (punct[end - 1] or space[end - 1]):
        end -= 1
    return start, end


def _same(tok: Token, other: Token | None) -> bool:
    """The same token of the same doc (spaCy makes a new Token object on each access, so
    ``is`` between two tokens is almost never true)."""
    return other is not None and tok.i == other.i and tok.doc is other.doc


_CLAUSE_DEPS = frozenset({"mark", "nsubj", "nsubjpass"})


_CLAUSE_HEADS = ("acl", "relcl", "ccomp", "advcl")
_VERB_POS = frozenset({VERB, AUX})


def _phrase_extent(tok: Token) -> tuple[int, int]:
    """First and last token of a phrase, leaving out clauses hung on it (also one the
    parser headed by an adjective: 'in a statement that they were "heartbroken"'). Walked
    on the parse read once as lists (:func:`doc_tree`), not on a Token object a step."""
    tree = doc_tree(tok.doc)
    return _extent(tree, tok.i, label_ids(_CLAUSE_HEADS), label_ids(_CLAUSE_DEPS))


def _extent(tree: DocTree, i: int, heads: frozenset[int], inner: frozenset[int]) -> tuple[int, int]:
    """:func:`_phrase_extent` of token ``i``: a child heading a clause (a verb, or a word
    with a subject or marker of its own) is left out, every other child's phrase taken in."""
    first = last = i
    deps, pos, children = tree.deps, tree.pos, tree.children
    for c in children(i):
        if deps[c] in heads and (pos[c] in _VERB_POS or any(deps[g] in inner for g in children(c))):
            continue
        lo, hi = _extent(tree, c, heads, inner)
        first, last = min(first, lo), max(last, hi)
    return first, last


def _is_content_object(tok: Token) -> bool:
    edge = tok.left_edge.i  # 'promises "a holiday ..."': quoted words are never framing
    quoted = tok.i > tok.head.i and (tok.doc[edge].is_quote or tok.doc[edge - 1].is_quote)
    plain = tok.dep_ == "dobj" and tok.head.lemma_.lower() != "tell"
    return plain or quoted or _clause_as_object(tok)


def _continues_cue(tok: Token, comp: AttributionComponent, blocked: set[int]) -> bool:
    """ "X said, adding that ...": *adding* continues the cue of its head; so does the
    "to say" of "wrote to the Gazette to say that ..." (a plain reporting verb's purpose)."""
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        # '"...," she added, before urging voters to ...': one act, its cue "added"
        return tok.head.head.i < tok.i and comp._is_cue_verb(tok.head.head, blocked)
    if purpose_of(tok) and comp._is_cue_verb(tok.head, blocked):
        entry = comp.lexicon.verbs[tok.head.lemma_.lower()]
        return bool(entry.get("listener"))
    host = tok.head.head.head if tok.dep_ == "acl" else tok.head  # "to the paper demanding"
    if tok.tag_ == "VBG" and letter_request(host) == tok and comp._is_cue_verb(host, blocked):
        return bool(comp.lexicon.verbs[host.lemma_.lower()].get("listener"))  # "asking"
    return (
        tok.lemma_.lower() == "add"
        and tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "conj", "xcomp")
        and comp._is_cue_verb(tok.head, blocked)
    )


def _clause_as_object(tok: Token) -> bool:
    """ "said the first season matters most": a clause the parser took for an object."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "say":
        return False
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return False
    return sum(t.is_alpha for t in tok.subtree) >= 4


_QUOTE_MARKS = '"\u201c\u201d'
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")


def closed_quotes(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content that opens a partial quote keeps its closing mark: 'a policy that they
    claim treats children "like suspects".' (the parser may hang the mark on the main
    verb, outside the reported clause)."""
    closed = []
    for start, end in parts:
        marks = [m.start() for m in _QUOTE_MARK.finditer(text, start, end)]
        # one mark, opening a partial quote (not a quotation run over paragraphs)
        opened = len(marks) == 1 and marks[0] > start and text[marks[0] - 1] == " "
        if opened and text[end : end + 1] in ('"', "\u201d"):
            end += 1
        closed.append((start, end))
    return closed


def clause_subject_as_object(verb: Token) -> Token | None:
    """ "told the committee the nets were torn": the parser may read the reported clause's
    subject as a second object of the cue and leave the clause ("were torn") without one.
    The later of two objects, right before a subjectless clause of the cue, is its subject."""
    objects = [c for c in children_by_dep(verb, ("dobj",)) if c.i > verb.i]
    if len(objects) != 2:
        return None
    second = objects[1]
    clause = next((c for c in children_by_dep(verb, ("ccomp",)) if c.i > second.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return second if second.right_edge.i + 1 == clause.left_edge.i else None
