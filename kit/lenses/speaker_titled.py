"""Names behind a title the model did not tag as a person (:mod:`kit.lenses.speakers`).

Fresh prose (benchmarks/fresh_probe/speakers*.yaml) shows the model tagging a name an
organisation, or nothing, when a title stands before it, and the parser splitting a
title phrase from its name:

- "Ms Rastogi-Mead said", "Lady Felicity Anstruther said": a personal title before
  capitalised words names a person, by one name or more;
- "Co-founder Anjali Rastogi-Mead said": a role title, also a hyphenated one whose
  tail is a title word ("co-founder", "vice-chair"), before two or more capitalised
  words names a person, unless the last of them is a body's word ("Chair Harbour
  Board");
- such a person becomes known to the resolver from then on, so that a later surname
  or "she" finds the full name.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kit.lenses.shared import Verdicts, tokens_where, tokens_where_known
from kit.lenses.speaker_names import body_heads, load_gender_words, words_of


def title_word(text: str, titles: frozenset[str]) -> bool:
    """A title before a name: "Dr", "Councillor", and a hyphenated role whose
    lower-case tail is a title word ("Co-founder", "Vice-chair"); never a
    double-barrelled name ("Rees-Lord")."""
    low = text.lower().rstrip(".")
    if low in titles or low in words_of("personal_titles"):
        return True
    head, _, tail = text.rpartition("-")
    return bool(head) and tail.islower() and tail in titles


def titled_person(span: Span, titles: frozenset[str], org_nouns: frozenset[str]) -> str | None:
    """The bare name of a person a title introduces ("Ms Rastogi-Mead" ->
    "Rastogi-Mead", "Co-founder Anjali Rastogi-Mead" -> "Anjali Rastogi-Mead"), or None."""
    words = [w for w in span.text.strip(" ,;").split() if w.lower() != "the"]
    k = 0
    while k < len(words) and title_word(words[k], titles):
        k += 1
    name = words[k:]
    if k == 0 or not name or not all(_name(w) for w in name):
        return None
    personal = any(w.lower().rstrip(".") in words_of("personal_titles") for w in words[:k])
    if len(name) < (1 if personal else 2):
        return None
    if name[-1].lower() in body_heads() | org_nouns:
        return None  # "Chair Harbour Board": a body
    return " ".join(name)


def _name(word: str) -> bool:
    """A capitalised word of a name, hyphenated or not ("Lark", "Rastogi-Mead")."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def honorific_name(span: Span, titles: frozenset[str]) -> bool:
    """ "Dr Ines Marvell": a title before two capitalised words names a person."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 3
        and words[0].lower_.rstrip(".") in titles
        and words[0].lower_.rstrip(".") in words_of("personal_titles")
        and all(t.is_title for t in words[1:])
    )

#: LOWER hash -> a personal title? (per title list, kept across documents)
_TITLE_WORDS: dict[frozenset[str], Verdicts] = {}


def names_called_by_title(
    doc: Doc, called: set[str], ents: tuple[Span, ...] | None = None
) -> list[Span]:
    """ "The owner, Costas Papadakis, ... Mr Papadakis said": a name of two or more
    capitalised words that the model tagged something other than a person is a person's
    when the text elsewhere calls its last word by a personal title (Mr, Ms, Dr); never a
    name ending in a body's word ("Dr Barnardo's Homes"). One pass over the document;
    ``called`` is :func:`titled_surnames` of ``doc`` (the caller reads it once), ``ents``
    the caller's ``doc.ents`` where it holds them (spaCy builds every entity anew each
    time ``doc.ents`` is read)."""
    personal = words_of("personal_titles")
    found = []
    for ent in (doc.ents if ents is None else ents) if called else ():
        if ent.label_ == "PERSON":
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if len(words) < 2 or words[-1].text not in called:
            continue
        if words[0].i > 0 and doc[words[0].i - 1].lower_.rstrip(".") in personal:
            continue  # "Mr Papadakis" itself, or "Dr Ann Lee": found by the title rules
        if all(_name(t.text) for t in words) and words[-1].lower_ not in body_heads():
            found.append(doc[words[0].i : words[-1].i + 1])
    return found + _untagged_full_names(doc, called, personal)


def titled_surnames(doc: Doc) -> set[str]:
    """The capitalised words the text puts right after a personal title ("Mr Lark",
    "Ms Rastogi-Mead"): surnames of people, whatever the model tagged them."""
    personal = words_of("personal_titles")
    known = _TITLE_WORDS.get(personal)
    if known is None:
        known = _TITLE_WORDS[personal] = Verdicts()
    found = {
        doc[i + 1].text
        for i in tokens_where_known(doc, LOWER, lambda w: w.rstrip(".") in personal, known)
        if i < len(doc) - 1 and _name(doc[i + 1].text)
    }  # fmt: skip
    return found


def _untagged_full_names(doc: Doc, called: set[str], personal: frozenset[str]) -> list[Span]:
    """ "Odo Lark won the class ... Mr Lark said": a capitalised first name and a surname
    the model left untagged (both words outside any entity) name a person when the text
    elsewhere calls the surname by a personal title; never after a title or a stop word
    ("The Lark", "Mr Lark" itself), nor a surname that is a body's word, nor a name
    after "the" or before a noun ("the Marsh Lark trophy")."""
    found = []
    lowered = {w.lower() for w in called}  # (the lower-case arrays are read already)
    at = tokens_where(doc, LOWER, lowered.__contains__) if called else []
    for tok in (doc[i] for i in at if i > 0):
        if tok.text not in called or tok.ent_type_ or tok.lower_ in body_heads():
            continue
        if tok.dep_ == "compound" or tok.i > 1 and doc[tok.i - 2].lower_ == "the":
            continue  # "the Marsh Lark trophy": a thing named after someone
        first = doc[tok.i - 1]
        if first.ent_type_ or first.pos_ != "PROPN" or not _name(first.text):
            continue
        if first.lower_.rstrip(".") in personal or first.lower_ in STOP_WORDS:
            continue
        if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not doc[first.i - 1].is_sent_start:
            continue  # "Upper Odo Lark": a longer name, left to the other rules
        found.append(doc[first.i : tok.i + 1])
    return found


def honorific_gender(speaker: Span) -> str | None:
    """The gender a capitalised honorific or kin title before a name gives ("Mrs", "Mr")."""
    gender_of = load_gender_words()
    for tok in speaker[:-1]:
        if tok.is_title and tok.pos_ != "PRON" and tok.lower_ in gender_of and tok.nbor().is_title:
            return gender_of[tok.lower_]
    return None
