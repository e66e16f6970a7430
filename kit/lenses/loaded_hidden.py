"""Sense rule for a decision or a finding told as hidden in a document (issue 11 item 2,
loadedAJ; the loadedAJ block of ``kit/lexicons/loaded.yaml``):

- ``hidden_in_document``: a verb of stealth or burial ("smuggled", "sneaked", "slipped",
  "buried", "tucked", "hid") with a place inside a document ("into page forty of the
  plan", "in appendix 9", "beneath a notice about parking", "in the small print"): it
  says the thing was hidden from readers, which imputes concealment where a plain verb
  ("included", "published on page forty") would say where it was put. A drawer or a
  cupboard is such a place only for papers ("a report ... buried in a drawer"), not for
  keys or a cat. Not a literal smuggling or burial ("smuggled cigarettes into the port",
  "buried in the churchyard", "slipped a note into his pocket").

The places are the ``document_places`` and ``storage_places`` classes of
``kit/lexicons/loaded_senses.yaml``; the papers, ``hidden_papers``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.rules import sense_rule

#: Places inside a document: "page forty", "appendix 14", "the small print".
DOCUMENT_PLACES = lexicon.word_set("loaded_senses", "document_places")
#: Furniture where papers are left unread: "buried in a drawer".
STORAGE_PLACES = lexicon.word_set("loaded_senses", "storage_places")
#: Papers and findings that can be left in a drawer.
HIDDEN_PAPERS = lexicon.word_set("loaded_senses", "hidden_papers")
#: Prepositions of a place something is put in or under.
PLACE_PREPS = frozenset({"in", "into", "inside", "within", "beneath", "under", "underneath",
                         "on", "onto", "among", "amongst", "at"})  # fmt: skip


def _places(verb: Token) -> list[Token]:
    """The nouns of the verb's place phrases, with a noun they name ("page forty OF the
    budget document"): "in appendix 14" -> appendix; "at the bottom of the agenda"."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            found.append(noun)
            found += [g for of in noun.children if of.lower_ == "of" for g in of.children]
    return found


def _hidden(verb: Token) -> list[Token]:
    """What was hidden: the object, the passive subject, or the noun a relative clause
    hangs on (also through "paid for and then buried")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    head = verb.head if verb.dep_ == "conj" else verb
    if head is not verb:
        things += [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("relcl", "acl"):
        noun = head.head
        things.append(noun)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            things.append(noun.head.head)  # "a report from 2024, which ...": the report
    return things


@sense_rule("loaded", "hidden_in_document")
def _hidden_in_document(span: Span, loaded_tokens: set[int]) -> bool:
    """The verb puts something in a place inside a document, or papers in a drawer."""
    verb = span[0]
    places = _places(verb)
    if any(p.lemma_.lower() in DOCUMENT_PLACES or p.lower_ in DOCUMENT_PLACES for p in places):
        return True
    if not any(p.lemma_.lower() in STORAGE_PLACES for p in places):
        return False
    return any(t.lemma_.lower() in HIDDEN_PAPERS for t in _hidden(verb))
