"""Unnamed participants of the event or site an article is about (:mod:`kit.lenses.speakers`).

"One competitor, who asked not to be named, said" in a report of "the Brackley Cheese
Rolling Championship" is a competitor *in* that championship; "A steward said" is a
steward *at* it; "A guide said" in a piece on "Morwick Cathedral" a guide at the
cathedral; "One resident said" a resident of the village the article is about. The
answer keys from round AE7 on write every such singular speaker with the event, site or
place resolved (12 of 12; guide, section 1: an unnamed individual known by an owner is
recorded with the owner resolved). So is a counted or bare group ("Several stewards" ->
"several stewards at the X Show": 8 of 13 from round AE7 on, helper ownersAI) and a
participant of a kind ("A rope steward" -> "rope steward at the X Championship").

Left as written: a noun with an owner or a description of its own ("a competitor from
Leeds", "a steward who runs the car park"), a noun with an adjective ("a young
exhibitor"), a share of a crowd ("Some spectators"), a crowd of residents, and an
article that names two events or sites as often as each other.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kit.lenses.speaker_names import Person, body_heads, counts_kept, org_key, words_of
from kit.lenses.speaker_unnamed import asks_for_anonymity, set_off

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Dependants of a bare participant noun that say nothing more of who it is
_BARE_DEPS = frozenset({"det", "nummod", "punct", "relcl"})

#: Small words inside an event's name ("the Marlow and District Show")
_LINKS = frozenset({"and", "of", "&"})


def events_named(doc: Doc, kinds: frozenset[str], end: int) -> dict[str, list[str]]:
    """The names before ``end`` whose last word is one of ``kinds`` ("Brackley Cheese
    Rolling Championship", "Marlow and District Show"): a capitalised last word after one
    or more proper nouns, joined by "and" or "of"; each name's mentions, keyed by its
    words in lower case (the first spelling first). BodyRules._event_named
    (speaker_bodies.py) is the older, stricter scan of the same kind (no "and"/"of")."""
    names: dict[str, list[str]] = {}
    for tok in doc[:end]:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in kinds:
            continue
        after = doc[tok.i + 1 : tok.i + 3]
        if after and (_proper(after[0]) or after[0].lower_ in _LINKS and _proper(after[-1])):
            continue  # "the X Competition and Markets Authority": the name goes on
        start = tok.i
        while start > 0 and (
            _proper(doc[start - 1])
            or doc[start - 1].lower_ in _LINKS and start > 1 and _proper(doc[start - 2])
            or _hyphened(doc[start - 1])  # "the Westby Tug-of-War Championship"
        ):
            start -= 1
        while start < tok.i and not _proper(doc[start]):
            start += 1  # (a name opens with a capitalised word, not "-" or "of")
        if start < tok.i:
            name = doc[start : tok.i + 1].text
            names.setdefault(org_key(name), []).append(name)
    return names


def place_named_most(doc: Doc, end: int, people: set[str]) -> str | None:
    """The place the text before ``end`` names most: of the places the model tagged and
    the proper nouns that open a name ("Harnby Parish Council", "Harnby green") or own
    something ("Harnby's pond"), the one written most often; None on a tie. A title
    ("Mrs") or a word of a known person's name (``people``) is never a place."""
    titles = words_of("personal_titles") | words_of("place_nouns") | body_heads()  # "City"
    found: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ == "GPE" and e.end <= end and not {t.text for t in e} & people and (
            e.root.lower_ not in titles  # "Village", "the City": a kind, no name
        ):
            found[e.text] = 0
    for tok in doc[: max(end - 1, 0)]:
        if not tok.is_title or not tok.is_alpha or tok.text in people or tok.ent_type_ in (
            "DATE", "TIME", "NORP"
        ):  # fmt: skip
            continue
        if tok.is_sent_start or tok.lower_ in titles or tok.is_stop or _in_name(doc[tok.i - 1]):
            continue  # "Mrs X"; inside a name, not opening it ("Harnby" the tagger may call
        after = doc[tok.i + 1]  # an adjective: "Harnby green")
        if after.tag_ == "POS" or tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
            found[tok.text] = 0
    if not found:
        return None
    text = doc[:end].text
    for place in found:
        found[place] = len(re.findall(rf"\b{re.escape(place)}\b", text))
    ranked = sorted(found.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def kind_at_place(doc: Doc, kinds: frozenset[str], end: int, people: set[str]) -> str | None:
    """ "The Harnby Model Railway Society's annual exhibition" and no capitalised event
    name: the event is known by the place and its kind, as local news names it ("Harnby
    exhibition"); the kind is the event noun written most often on its own (not "show
    report"), the place the one named most (:func:`place_named_most`)."""
    counts: dict[str, int] = {}
    for tok in doc[:end]:
        if tok.is_lower and tok.lower_ in kinds and tok.tag_ == "NN" and tok.dep_ != "compound":
            counts[tok.lower_] = counts.get(tok.lower_, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    place = place_named_most(doc, end, people)
    return f"{place} {ranked[0][0]}" if place else None


@cache
def _participant_nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The entrant, participant and resident nouns, read once."""
    return (
        words_of("event_entrants"), words_of("event_participants"), words_of("place_residents")
    )


class ParticipantRules:
    """The participant half of :class:`kit.lenses.speakers.SpeakerResolver`.

    Relies on the resolver's ``doc``, ``people`` and ``org_nouns``.
    """

    doc: Doc
    people: dict[str, Person]
    org_nouns: frozenset[str]

    def _participant_at_focus(self, span: Span, root: Token) -> str | None:
        """ "One steward, who asked not to be named," -> "steward at the Haddon Ploughing
        Match": a bare participant noun (``event_participants``, ``event_entrants``)
        brought in with "a", "an" or "one" is at the event the article names most
        (``event_heads``, ``contest_heads``; else a site, ``site_heads``); a resident
        (``place_residents``) is of the place the article is about. A group brought in
        with "several" or a count, or with no word before it ("Several stewards", "Two
        entrants", "Stallholders"), is so too and keeps its count ("several stewards at
        the Haddon Ploughing Match"). A kind of participant given by a common noun before
        it ("a gate steward") is one all the same; a clause set off by commas after a group
        is an aside (the source row's description). None when the noun has an owner, an adjective or
        a clause of its own that says more than a request for anonymity ("a steward who
        runs the car park"), or when two events are named as often as each other."""
        entrants, participants, residents = _participant_nouns()
        plural = root.tag_ in ("NNS", "NNPS")
        lemma = root.lemma_.lower() if plural else root.lower_
        if lemma not in entrants and lemma not in participants and lemma not in residents:
            return None  # (first: the cheapest test, most speakers fail it)
        if not root.is_lower or not root.is_alpha:
            return None  # (a singular noun the tagger may call anything: "steward" as RB)
        lead = self._participant_lead(span, root, plural)
        if lead is None or plural and lemma in residents:
            return None  # ("Several residents": the keys leave a crowd of them as written)
        kinds = body_heads() | self.org_nouns  # ("a council steward": the council's)
        for child in root.children:
            if child == span[0] and lead:
                continue  # "Several" (the parser may call it an adjective)
            if child.dep_ == "compound" and child.i < root.i:
                if any(t.pos_ != "NOUN" or not t.is_lower or t.lower_ in kinds
                       for t in _kind_words(child)):  # fmt: skip
                    return None  # ("a car park steward": "car" hangs on "park")
            elif child.dep_ not in _BARE_DEPS or child.dep_ == "relcl" and not (
                plural and set_off(list(child.subtree)) or asks_for_anonymity(list(child.subtree))
            ):
                return None  # "a steward who runs the car park": known by the clause
        kind = [t for c in root.children if c.dep_ == "compound" and c.i < root.i
                for t in _kind_words(c)]  # fmt: skip
        if span[0] != root and span[0].head != root and span[0].head not in kind:
            return None  # ("A" may hang on the kind word: "A rope steward")
        events = words_of("event_heads") | words_of("contest_heads")
        sites = words_of("site_heads")
        named = events | sites  # "A festival volunteer": the festival's, named below
        words = [t.lower_ for t in kind if t.lower_ not in named]
        noun = " ".join([lead, *words, root.lower_]).strip()
        if lemma in residents:
            place = place_named_most(self.doc, span.start, self._person_words())
            return f"{noun} of {place}" if place else None
        entrant = lemma in entrants
        prep = "in" if entrant and not plural else "at"  # "several competitors at the X"
        focus = self._focus_name(events, span.start)
        if focus is None and not entrant:
            site = self._focus_name(sites, span.start)
            if site is not None:  # "guide at Morwick Cathedral": a place's name, no "the"
                return f"{noun} {prep} {site}"
        if focus is None:
            focus = kind_at_place(self.doc, events, span.start, self._person_words())
        return f"{noun} {prep} the {focus}" if focus else None

    @staticmethod
    def _participant_lead(span: Span, root: Token, plural: bool) -> str | None:
        """The word a participant keeps before its noun: none for one person ("a", "an",
        "one" go) and for a bare group ("Stallholders"), "several" or the count for a
        counted group; None for any other opening ("the steward", "some spectators",
        "every exhibitor": a known one, or a share of a crowd)."""
        first = span[0]
        if not plural:
            return "" if first.lower_ in ("a", "an", "one") else None
        if first == root or first.dep_ == "compound" and first.head == root:
            return ""  # "Stallholders", "Gate stewards"
        if first.lower_ in counts_kept() and root in (first.head, first.head.head):
            return first.lower_  # ("Several" may hang on the kind word)
        return None

    def _person_words(self) -> set[str]:
        """The words of the names of the people the text names."""
        return {w for p in self.people.values() for w in p.tokens}

    def _focus_name(self, kinds: frozenset[str], end: int) -> str | None:
        """The one event or site of these kinds named before ``end`` that the text names
        most; None when none is, or two are named as often."""
        named = events_named(self.doc, kinds, end)
        if not named:
            return None
        ranked = sorted(named.values(), key=len, reverse=True)
        if len(ranked) > 1 and len(ranked[0]) == len(ranked[1]):
            return None
        name = ranked[0][0]
        return name[4:] if name.lower().startswith("the ") else name


def _kind_words(compound: Token) -> list[Token]:
    """The words of a kind before a participant noun: the compound and the compounds it
    holds ("car park" in "a car park steward"), never the "A" the parser may hang on it."""
    return [t for t in compound.subtree if t.dep_ == "compound"]


def _hyphened(tok: Token) -> bool:
    """A hyphen, or a word, inside a hyphenated word of a name ("Tug-of-War"): joined to
    the token after it with no space, and a hyphen on one side or the other."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if tok.text == "-":
        return tok.i > 0 and not doc[tok.i - 1].whitespace_ and nxt.is_alpha
    return tok.is_alpha and nxt.text == "-"


def _in_name(tok: Token) -> bool:
    """A capitalised word that is part of a name, not "The" or "At" opening one."""
    return tok.is_title and not tok.is_stop


def _proper(tok: Token) -> bool:
    """A capitalised proper noun of letters only, a word of a name."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.text.isalpha()
