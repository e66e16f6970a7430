"""The fullest mention of a body, a document or a described person (guide, section 1:
"the fullest name the article gives"), one resolver step for every speaker that is not
a named person, whatever rule named it (:meth:`FullestRules._fullest_mention`).

Two directions, both read from the article's own words:

- **a name cut short**: a capitalised name the model tagged without the proper noun
  right before it ("The Gorsewell Tenants' Association said" tagged "Tenants'
  Association") is written with it, when every mention of the name in the article
  that is longer is the same fuller name; two fuller names ("Gorsewell Tenants'
  Association", "Brackley Tenants' Association") leave the short one as written;
- **a description longer than the name**: a relative clause that only says what an
  unnamed person did once or whether they may be named ("a former X engineer who
  worked on the Iris until last spring") is left out when the words before it already
  tie the person to a named body or place ("former X engineer"); a bare "woman who
  uses the food bank", where the clause is all that says who she is, keeps it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kit.lenses.shared import doc_text
from kit.lenses.speaker_descriptors import BODY_ROLES

#: A relative clause's opening word, as written in a canonical source
_RELATIVE = re.compile(r",? (?:and )?(?:who|whose|which|that) ")
#: A relative clause about a person ("that" may open the request's own clause: "who
#: asked that her name not be printed")
_WHO = re.compile(r",? (?:and )?(?:who|whose) ")
#: A clause that asks for anonymity ("who asked not to be named", "who asked us not to
#: name her", "who asked that her name not be printed", "who spoke on condition of
#: anonymity"): a request (a negation, *asked*) about a name, or anonymity itself
_ANONYMITY = re.compile(
    r"\banonym|\b(?:not|asked|declined|refused)\b.*\b(?:named?|identified|identify)\b"
    r"|\bnames?\b.*\bnot\b"
)

#: Entity types a name's opening word may carry (not a date, a count or a person)
_NAME_PART_TYPES = frozenset({"", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


class FullestRules:
    """The resolver's fullest-mention step (mixed into the speaker resolver)."""

    doc: Doc
    titles: frozenset[str]

    def _fullest_mention(self, span: Span, canonical: str, kind: str) -> str:
        """``canonical`` at its fullest mention in the article, trimmed of what is no
        part of the name (module docstring). Cheap tests first: a name cut short must
        open with a capital letter, a description must hold a relative word."""
        if kind == "person":
            return canonical
        if kind == "org" and canonical[:1].isupper():  # (not "Parents" opening a sentence)
            return self._name_in_full(span, canonical)
        if _RELATIVE.search(canonical):
            canonical = _without_request(canonical)
        if _RELATIVE.search(canonical):
            return self._without_one_off_clause(span, canonical)
        return canonical

    def _name_in_full(self, span: Span, canonical: str) -> str:
        """The fuller form the speaker's own words give ``canonical``, else the one fuller
        form every longer mention of it in the article gives, or itself."""
        doc = self.doc
        fuller: set[str] = set()
        for at, to in _whole_word_matches(doc_text(doc), canonical):
            name = doc.char_span(at, to, alignment_mode="expand")
            if name is None or name.text != canonical:
                continue
            start, end = name.start, name.end
            while start > 0 and _name_part(doc[start - 1], start, end, self.titles):
                start -= 1
            while end < len(doc) and _name_head(doc[end], start, end, self.titles):
                end += 1
            if (start, end) == (name.start, name.end):
                continue
            if span.start <= name.start < span.end:
                return doc[start:end].text  # the speaker's own words name it in full
            fuller.add(doc[start:end].text)
        return fuller.pop() if len(fuller) == 1 else canonical

    def _without_one_off_clause(self, span: Span, canonical: str) -> str:
        """The unnamed source without its relative clause, when the words before it tie
        the person to a name ("former Lumenhawk engineer", "teacher from Skelvorn")."""
        parts = _RELATIVE.split(canonical, maxsplit=1)
        head = parts[0]
        kept = set(head.split())
        sent = span.sent  # ("One of them, a nurse from X who ...": the words of a chain)
        clause = next(
            (t for t in sent if t.dep_ == "relcl" and t.head.text in kept and t.head.i < t.i),
            None,
        )
        if clause is None:
            return canonical
        noun = clause.head  # "diplomat from a third country who ...": the diplomat
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.text in kept:
            noun = noun.head.head
        if noun.tag_ in ("NNS", "NNPS") or len(head.split()) < 2:
            return canonical  # "fishermen from X who work the bank": the clause says which group
        tied = any(
            t.text in kept and (t.pos_ == "PROPN" or _tying_phrase(t))
            for t in self.doc[noun.left_edge.i : clause.left_edge.i]
        )
        return head if tied else canonical


def _word_char(c: str) -> bool:
    """What a regex's ``\\w`` matches in a text: a letter, a digit or "_"."""
    return c.isalnum() or c == "_"


def _whole_word_matches(text: str, name: str) -> list[tuple[int, int]]:
    """The character ranges of ``name`` in ``text`` with no word character, apostrophe
    or hyphen right before it and no word character or hyphen right after it (what
    ``re.finditer(rf"(?<![\\w'’-]){re.escape(name)}(?![\\w-])", text)`` finds), by
    substring search: a regex compiled for each name costs more than the search."""
    found, at = [], text.find(name)
    while at >= 0:
        to = at + len(name)
        if (at == 0 or not (_word_char(text[at - 1]) or text[at - 1] in "'’-")) and (
            to == len(text) or not (_word_char(text[to]) or text[to] == "-")
        ):
            found.append((at, to))
            at = text.find(name, to)
        else:
            at = text.find(name, at + 1)
    return found


def _without_request(canonical: str) -> str:
    """ "repairs worker who has been with X for nine years, and who asked not to be
    identified" -> "repairs worker who has been with X for nine years": a relative clause
    that asks for anonymity is dropped from an unnamed source, with whatever is joined to
    it by *and* after it (the keys, 298 of 304; docs/annotation_rules.md); the role and
    any other clause stay. A clause that asks nothing ("who named the boat") stays."""
    starts = [m.start() for m in _WHO.finditer(canonical)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(canonical)
        if start == 0 or not _ANONYMITY.search(canonical[start:end]):
            continue
        rest = [s for s in starts[n + 1 :] if "and " not in _WHO.match(canonical, s).group()]
        tail = canonical[rest[0] :] if rest else ""
        return (canonical[:start] + tail).strip(" ,")
    return canonical


def _name_part(tok: Token, start: int, end: int, titles: frozenset[str]) -> bool:
    """A capitalised proper noun right before the name ``start``-``end`` that belongs to
    it: a compound of one of its words, never a date, a count or a person's name, a
    title ("Dr") or a role that opens the sentence ("Receivers X Advisory")."""
    return (
        tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "compound"
        and start <= tok.head.i < end and tok.ent_type_ in _NAME_PART_TYPES
        and tok.lower_ not in titles and tok.lower_ not in BODY_ROLES
    )  # fmt: skip


def _name_head(tok: Token, start: int, end: int, titles: frozenset[str]) -> bool:
    """A capitalised proper noun right after the name ``start``-``end`` that its last
    word is a compound of ("Skelvane" in "Skelvane Petroleum")."""
    last = tok.doc[end - 1]
    return (
        tok.pos_ == "PROPN" and tok.is_title and last.dep_ == "compound"
        and last.head.i == tok.i and tok.ent_type_ in _NAME_PART_TYPES
        and tok.lower_ not in titles
    )  # fmt: skip


def _tying_phrase(tok: Token) -> bool:
    """A preposition whose object is a place, a body or a thing ("from Skelvorn", "from
    a third country"), not a count ("father of three", "grandfather of six")."""
    if tok.dep_ != "prep":
        return False
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].pos_ in ("NOUN", "PROPN") and (
        tok.lower_ != "of" or objects[0].pos_ == "PROPN"
    )
