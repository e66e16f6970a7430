"""Hyphenated proper names as one token, set before the model runs.

spaCy's English tokenizer splits every hyphen between letters, so a
double-barrelled surname ("Leontyne Marsh-Obi", "Agnes Morrow-Bell") reaches
the tagger and the entity recogniser as three tokens. The small model then
often tags only half of it as a person ("Leontyne Marsh"), or the whole as an
organisation, and the speaker rules lose the person: "Marsh-Obi said" is
read as a body, "she said" cannot find her, and the canonical name is cut.
A name is one word to a reader, so this component joins capitalised words
written with a hyphen and no spaces ("Marsh-Obi", "Guinea-Bissau") into one
token before any model component sees the text. Lower-case compounds
("well-known", "cost-of-living") and spaced dashes ("Monday - Friday") are
left alone.

Add it first: ``nlp.add_pipe("kit_names", first=True)``
(:func:`kit.pipeline.add_kit_components` does).

Joined, the name is a word the model has never seen, and it often reads it as a
common noun, an adjective or an adverb, and the first name before it as an
adjective ("Precious Amankwah-Deane": ADJ + NOUN). :func:`settle_joined_names`
puts that right once, after the model and before any lens reads the parse, so
every rule sees a proper name: the joined name and the capitalised first names
right before it become proper nouns (``PROPN``/``NNP``) and ``compound`` parts
of it; a surname the parser hung on the verb ("Dr Ilse Brannagh-Tully, said":
"Ilse" the subject, the surname an adverb) becomes the head of the name in the
first name's place (in apposition to a subject before it: "The warden, Dr Ilse
Brannagh-Tully, said"); a joined name opening a clause whose verb has no subject
("Brannagh-Tully added that ...") becomes its subject, as does a joined name the
parser made the root with the sentence's verb hung on it ("X-Y, the minister,
seized on ..."); and a first name plus joined surname is a PERSON entity (also
when the model called it an organisation or the surname alone a place), unless
a longer name runs on ("Hallam-Brooke Logistics"). Titles, body words and
weekdays are never first names. It is its own component, ``kit_joined_names``,
added right after the model and before the lenses
(:func:`kit.pipeline.add_kit_components` does): the lenses only read the parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kit.lenses.shared import Verdicts, forget_sentences, tokens_where_known

__all__ = ["join_hyphenated_names", "make_joined_names", "make_names", "settle_joined_names"]

HYPHENS = {"-", "\u2010", "\u2011"}


def _name_word(tok: Token) -> bool:
    """A capitalised word: "Marsh", "Obi", "O'Hara" (not "US", not "well")."""
    return tok.is_title if tok.is_alpha else _name_part(tok.text)


def _name_part(text: str) -> bool:
    """ "Marsh", or with an apostrophe inside it, "O'Hara", "D’Arcy" (each piece
    capitalised): one part of a joined name."""
    pieces = _APOSTROPHE.split(text)
    return len(pieces) <= 2 and all(p.isalpha() and p.istitle() for p in pieces)


_APOSTROPHE = re.compile("['’]")


def join_hyphenated_names(doc: Doc) -> Doc:
    """Merge runs of capitalised words joined by hyphens without spaces into one token."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        if _name_word(doc[i]):
            while (
                j + 2 < n
                and doc[j + 1].text in HYPHENS
                and not doc[j].whitespace_
                and not doc[j + 1].whitespace_
                and _name_word(doc[j + 2])
            ):
                j += 2
        if j > i:
            runs.append((i, j + 1))
        i = j + 1
    if runs:
        with doc.retokenize() as retokenizer:
            for start, end in runs:
                retokenizer.merge(doc[start:end])
    return doc


#: Labels a mis-tagged joined surname or its first name may carry on a verb
_LOOSE_DEPS = {"advmod", "npadvmod", "amod", "nmod", "nummod", "dep", "compound", "acomp", "oprd"}
#: Entity labels the model gives a person's name by mistake (never a place's)
_MISLABELLED = {"ORG", "PRODUCT", "WORK_OF_ART", "NORP"}


def _joined_text(text: str) -> bool:
    """The text of a token :func:`join_hyphenated_names` made: capitalised words and
    hyphens."""
    parts = text.replace("\u2010", "-").replace("\u2011", "-").split("-")
    return len(parts) > 1 and all(_name_part(p) for p in parts)


#: ORTH hash -> the text of a joined name? (kept across documents)
_JOINED = Verdicts()


def _first_names(tok: Token, not_names: frozenset[str]) -> list[Token]:
    """The capitalised words right before a joined surname that are its first names
    (at most two): in one entity with it, tagged a proper noun, or capitalised inside a
    sentence; never a title ("Dr"), a body word, a weekday or a word of a date or place."""
    doc, found = tok.doc, []
    i = tok.i - 1
    while i >= 0 and len(found) < 2:
        prev = doc[i]
        if not (prev.is_alpha and prev.is_title and prev.whitespace_):
            break
        if prev.lower_.rstrip(".") in not_names or prev.tag_ in ("DT", "PRP$", "IN", "CC"):
            break
        one_entity = bool(prev.ent_type_) and tok.ent_iob_ == "I" or _tied_alone(prev, tok)
        opening = prev.is_sent_start and not _named_subject(tok)
        if prev.ent_type_ not in ("", "PERSON") and not one_entity and not (
            prev.is_sent_start and prev.ent_type_ in ("GPE", "NORP", "ORG") and not opening
        ):  # (but "Fergal Pennock-Vyse, from Oban, had ...", "Fergal" tagged a place)
            break  # "On Monday", "in Leeds"
        if not (one_entity or prev.pos_ == "PROPN" or not opening):
            break  # "Furious Marsh-Obi fans": a sentence-opening adjective
        found.insert(0, prev)
        i -= 1
    return found


def _tied_alone(prev: Token, tok: Token) -> bool:
    """ "The chief judge, Wulfram Tessington-Blye, said": the model made the first name a
    one-word organisation on its own and the parser hung the surname on it (or it on the
    surname); a first name and surname tied in the tree, with no longer name running on
    after the surname, are one person's name whatever the model called the first."""
    doc = tok.doc
    alone = prev.ent_iob_ == "B" and (prev.i + 1 == len(doc) or doc[prev.i + 1].ent_iob_ != "I")
    tied = tok.head == prev or prev.head == tok
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    runs_on = after is not None and after.pos_ == "PROPN" and after.is_title
    return alone and prev.ent_type_ in _MISLABELLED and tied and not tok.ent_type_ and not runs_on


def _named_subject(tok: Token) -> bool:
    """A joined surname that is the subject itself, with no noun after it ("Fergus
    Anyanwu-Brodie, from Dundee, was ...": the tagger took the first name for an
    adjective), unlike "Furious Marsh-Obi fans", where it describes the noun."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    noun_after = after is not None and after.pos_ in ("NOUN", "PROPN")
    return tok.dep_ in ("nsubj", "nsubjpass") and not noun_after


def _title_before(tok: Token, not_names: frozenset[str]) -> Token | None:
    """ "Dr Brannagh-Tully said": a capitalised title right before a joined surname."""
    if tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.is_title and prev.lower_.rstrip(".") in not_names and prev.whitespace_:
        return prev
    return None


def _take_place(name: Token, first: Token) -> None:
    """ "Ilse" the subject and "Brannagh-Tully" an adverb of "said": the surname takes
    the first name's place in the tree, and the first name becomes part of it."""
    role, head = first.dep_, first.head
    for child in list(first.children):
        if child.i > name.i:
            child.head = name
    name.head = name if head == first else head
    name.dep_ = role
    first.head = name
    first.dep_ = "compound"
    _apposition(name)


def _apposition(name: Token) -> None:
    """ "The warden of the reserve, Dr Ilse Brannagh-Tully, said": a name set off by a
    comma after the verb's subject is in apposition to it, not a second subject."""
    doc = name.doc
    start = name.left_edge.i
    if name.dep_ not in ("nsubj", "nsubjpass") or start == 0 or doc[start - 1].text != ",":
        return
    earlier = [
        c for c in name.head.children
        if c.dep_ == name.dep_ and c.i < start and c.right_edge.i == start - 2
    ]  # fmt: skip
    if earlier:
        name.head, name.dep_ = earlier[0], "appos"


def _as_subject(name: Token) -> None:
    """ "Brannagh-Tully added that ...": a joined name before a verb with no subject,
    hung on it as a modifier, is its subject."""
    verb = name.head
    if (
        name.dep_ in _LOOSE_DEPS
        and verb.pos_ in ("VERB", "AUX")
        and name.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    ):
        name.dep_ = "nsubj"


def _person_entity(doc: Doc, name: Span) -> Span | None:
    """The PERSON entity a first name and joined surname make, over the model's
    entities there, unless the model saw a place or date in it or a longer name
    ("Hallam-Brooke Logistics")."""
    over = [e for e in doc.ents if e.start < name.end and name.start < e.end]
    surname = name[-1]
    if name[0].is_sent_start and _named_subject(surname):  # "Fergal" read as a place
        over = [e for e in over if not (e.label_ == "GPE" and e.end <= surname.i)]
    if any(
        e.end > name.end
        or e.label_ not in _MISLABELLED | {"PERSON"}
        and not (e.start == surname.i and e.end == surname.i + 1)  # the surname alone
        for e in over
    ):
        return None
    start = min([name.start] + [e.start for e in over if e.label_ == "PERSON"])
    return Span(doc, start, name.end, label="PERSON")


def _finite_clause(name: Token) -> None:
    """ "Callum Draycott-Finch, the minister, seized on the findings.": the parser made
    the name the root and the finite verb a clause hung on it; the name is the verb's
    subject."""
    if name.dep_ != "ROOT":
        return
    verbs = [
        c for c in name.children
        if c.dep_ == "acl" and c.i > name.i and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
    ]  # fmt: skip
    if not verbs:
        return
    verb = verbs[0]
    for child in list(name.children):
        if child.i > verb.i:
            child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"


def settle_joined_names(doc: Doc, not_names: frozenset[str] = frozenset()) -> Doc:
    """Tag each joined capitalised name, and the first names before it, as a proper name
    (module docstring). ``not_names``: lower-case titles, body words and weekdays that
    are never a first name ("dr", "council", "monday")."""
    people: list[Span] = []
    # the joined names, found by their text (each distinct word tested once): the loop
    # below changes tags and heads, never a token's text
    joined = tokens_where_known(doc, ORTH, _joined_text, _JOINED)
    forget_sentences(doc)  # (the arrays it read: this component changes the tokens)
    for i in joined:
        tok = doc[i]
        firsts = _first_names(tok, not_names)
        for word in [*firsts, tok]:
            word.tag_, word.pos_, word.lemma_ = "NNP", "PROPN", word.text
        last = firsts[-1] if firsts else _title_before(tok, not_names)
        if (
            last is not None
            and tok.dep_ in _LOOSE_DEPS
            and (last.head != tok and tok.head != last or firsts and tok.head == last)
        ):  # (or the first name the head and the surname its compound)
            _take_place(tok, last)
        elif last is not None and last.head == tok.head != tok and last.dep_ == tok.dep_:
            # '"...," Mr Farquharson-Bey added.': the title and the surname both hung on
            # the verb as its subject; the title is part of the name, not a second subject
            last.head, last.dep_ = tok, "compound"
        for word in firsts:
            if word.head == tok or word.head in firsts:
                word.dep_ = "compound"
        if not firsts or tok.head != firsts[0]:
            _as_subject(tok)
        _finite_clause(tok)
        if tok.dep_ in ("amod", "nmod", "nummod") and tok.head.pos_ == "PROPN":
            tok.dep_ = "compound"  # "Hallam-Brooke Logistics"
        if firsts:
            person = _person_entity(doc, doc[firsts[0].i : tok.i + 1])
            if person is not None:
                people.append(person)
    if people:
        others = [
            e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in people)
        ]  # fmt: skip
        doc.ents = filter_spans(people + others)
    return doc


@Language.factory("kit_names")
def make_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: no settings, nothing to save."""
    return join_hyphenated_names


@Language.factory("kit_joined_names")
def make_joined_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component after the model: :func:`settle_joined_names` with the speaker rules'
    titles, body words and weekdays as words that are never a first name."""
    from kit.lenses.speaker_names import name_stops  # word lists, read on first use

    def settle(doc: Doc) -> Doc:
        return settle_joined_names(doc, name_stops())

    return settle
