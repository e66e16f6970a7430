"""Name handling for speaker resolution: people's names and titles, the
descriptions around a name, organisation keys and the lexicons of anaphors,
gendered words and document heads (annotation guide, section 1).

Also the word lists the reference rules read (:mod:`kit.lenses.speaker_refs`):
roles that speak for someone, titles that only stand before a person's name,
words never part of a name, roles of unnamed individuals, and heads of bodies
and of groups of people.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.lenses.shared import children_by_dep, person_heads, proper_nouns, span_text
from kit.lenses.speaker_appositions import descriptor_before_name, owner_apposition

PERSON_PRONOUNS = lexicon.word_set("source_words", "person_pronouns")
GROUP_PRONOUNS = lexicon.word_set("source_words", "group_pronouns")
PARTITIVES = lexicon.word_set("source_words", "partitive_pronouns")
FEELINGS = lexicon.word_set("source_words", "feeling_adjectives")
_INSTITUTION = re.compile(r"^(?P<head>Department|Ministry|Office|Bureau) of (?P<field>.+)$")
DESCRIBING_DEPS = {"appos", "prep", "acl", "relcl"}


@dataclass
class Person:
    """A person named in full somewhere in the article."""

    name: str
    tokens: set[str]
    first: int
    description: str = ""
    quoted_at: int = -1
    mentions: list[int] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    pronoun: str = ""  # "he" or "she" once the text has used one for this person

    def __post_init__(self) -> None:
        # "Ana de la Vega" ... "De la Vega said": a lower-case particle of the name is
        # capitalised when the surname opens a sentence; both spellings are the name's
        self.tokens = self.tokens | {w.capitalize() for w in self.tokens if w.islower()}


#: Patterns the name and description helpers ask of nearly every mention, compiled once:
#: runs of white space, an opening article, a trailing possessive ("Ann Lee's")
_SPACES = re.compile(r"\s+")
_OPENING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_OPENING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
#: where a description's head phrase ends, and its words (see description_head)
_DESCRIPTION_BREAK = re.compile(
    r"\s+(?:of|at|in|for|on|with|from|who|which|that|and|based|owned|run|backed|founded"
    r"|headquartered)\s+|,"
)
_DESCRIPTION_WORD = re.compile(r"[A-Za-z][\w-]*")

#: "mum-of-three", "father-of-two": a counted family role before a name
COUNTED_ROLE = re.compile(r"^[a-z]+-of-[a-z]+$", re.IGNORECASE)


def person_name(ent: Span, titles: frozenset[str] = frozenset()) -> str:
    """An entity's name without leading titles or descriptors ("Pensioner", "board
    chair", "career lobbyist", "mum-of-three") or a trailing possessive."""
    return _person_name(span_text(ent), titles)


# (the name depends on the text alone, and the speaker and source rules ask it of every
# mention of every entity)
@lru_cache(maxsize=4096)
def _person_name(text: str, titles: frozenset[str]) -> str:
    words = text.split()
    skip = _skipped_before_name(titles)
    while len(words) > 1 and not_name_start(words[0], skip):
        words = words[1:]
    # "Shopper Bronwen Cadoc", "Stallholder Ann Lee": an everyday noun for a person
    # capitalised only because it opens the sentence, before a full name of two words; so
    # is a trade noun that is also a surname ("Farmer Ebbe Wyndle", "Nurse Ann Lee"): it
    # stands first, where no surname stands, before a full name of two words (round AD)
    capitalised = all(w[:1].isupper() for w in words[1:])
    if capitalised and (
        len(words) >= 3 and everyday_person(words[0])
        or len(words) == 3 and trade_surname(words[0])
    ):
        words = words[1:]
    # "Housing Minister Leontyne Marsh-Obi", "Foreign Ministry spokesperson Dorota Kesslyn":
    # a title phrase ends with a title word; the name is what follows it (two words or more)
    last_title = max(
        (k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in titles), default=-1
    )
    words = words[max(last_title, _lower_case_title_end(words)) + 1 :]
    while len(words) > 2 and re.fullmatch(r"[A-Z]{2,4}", words[-1]):  # "X Y KC", "X Y OBE"
        words = words[:-1]
    return _POSSESSIVE_END.sub("", " ".join(words)).strip()


@cache
def _skipped_before_name(titles: frozenset[str]) -> frozenset[str]:
    """The titles with the words never part of a name (joined once per title list)."""
    return titles | words_of("not_name_words")


def trade_surname(word: str) -> bool:
    """A trade noun that is also a surname ("Farmer", "Driver", "Nurse"; ``surname_nouns``),
    not one that is mostly a given name or a part of one ("Guy", "Son", "Fan")."""
    low = word.lower()
    return low in words_of("surname_nouns") and low in person_heads() and (
        low.endswith("er") or low == "nurse"
    )


def everyday_person(word: str) -> bool:
    """An everyday noun for a person ("shopper", "stallholder", ``person_heads``),
    never a word that is also a common surname (Farmer, Baker, Driver)."""
    low = word.lower()
    return low in person_heads() and low not in words_of("surname_nouns")


def _lower_case_title_end(words: list[str]) -> int:
    """Where a title phrase with a lower-case word ends: "Council leader Imogen Lee",
    "Opposition whip Ann Lee" (a name has no lower-case words but its particles). Only a
    phrase of content words followed by two or more name words counts, so "Ann Lee of
    the Kestrel Institute" keeps its name first."""
    particles = words_of("name_particles")
    for k in range(len(words) - 3, -1, -1):
        word = words[k]
        if not word[:1].islower() or word.lower() in particles:
            continue
        head = words[: k + 1]
        if any(w.lower() in STOP_WORDS for w in head):
            return -1
        if all(w[:1].isupper() or w.lower() in particles for w in words[k + 1 :]):
            return k
        return -1
    return -1


def not_name_start(word: str, skip: frozenset[str]) -> bool:
    """A word that may stand before a name but is no part of it: a title or
    descriptor, a counted family role, or any lower-case word that is not a name
    particle ("career lobbyist Ann Lee"; "van" in "van Dyke" stays)."""
    low = word.lower().rstrip(".")
    if low in skip or COUNTED_ROLE.match(low):
        return True
    return word[:1].islower() and low not in words_of("name_particles")


_AGENTIVE = re.compile(r"[a-z]{3}(?:ist|er|or|ian|ee)$")
_AGENT_PLURAL = re.compile(r"[a-z]{3}(?:ist|er|or|ian|ee|ant|ent)s$")


def people_plural(tok: Token) -> bool:
    """A plural noun for a group of people: a group head of the lexicon ("officials",
    "residents") or a plural agent noun ("economists", "consultants", "campaigners")
    that names no body or document."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma in document_heads() or lemma in body_heads():
        return False
    audience = words_of("audience_heads")  # "Some fans were less forgiving. One wrote"
    return lemma in people_group_heads() | audience or bool(_AGENT_PLURAL.search(tok.lower_))


#: Endings of nouns for a person ("striker", "actor", "novelist", "veteran", "actress")
PERSON_ENDINGS = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ess|ee|old|eur)$")


def person_noun(head: Token, titles: frozenset[str]) -> bool:
    """A noun that can stand for a person: a title or descriptor, an everyday word for
    a person (``person_heads``), or a word built like one ("striker", "45-year-old")."""
    lemma = head.lemma_.lower()
    return lemma in titles or lemma in person_heads() or bool(PERSON_ENDINGS.search(head.lower_))


def person_descriptor(doc: Doc, start: int) -> bool:
    """True when the word right before ``start`` (a name) describes a person:
    a counted family role ("mum-of-three"), a family word, or a lower-case
    agent noun that names no body ("career lobbyist", "retired plumber";
    not "the company", "the developer")."""
    if start == 0:
        return False
    first = start - 1
    while first > 0 and not doc[first - 1].whitespace_:
        first -= 1  # "mum-of-three" is five tokens
    word = doc[first:start].text.lower()
    if COUNTED_ROLE.match(word) or word in load_gender_words():
        return True
    tok = doc[start - 1]
    return (
        tok.is_lower and tok.pos_ == "NOUN" and bool(_AGENTIVE.search(tok.lower_))
        and tok.lemma_.lower() not in body_heads() | load_anaphors()[0] | document_heads()
    )  # fmt: skip


@cache
def _anaphors() -> dict:
    """``kit/lexicons/anaphors.yaml``: packaged data, read once through the one loader."""
    return lexicon.load("anaphors", "anaphors")


@cache
def _business_endings() -> frozenset[str]:
    return lexicon.word_set("source_words", "business_name_endings")


def introduced_body(ent: Span, nouns: frozenset[str]) -> bool:
    """ "... a deal with X Ltd, a company that supplies hotels": a name the sentence
    introduces with an indefinite body noun in apposition ("a company", "a firm", "a
    charity"; ``nouns``) is the body a following "its" is about, wherever the name
    stands in its clause."""
    return any(
        c.dep_ == "appos" and c.i > ent.root.i and c.tag_ == "NN"
        and c.lemma_.lower() in nouns
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in ent.root.children
    )  # fmt: skip


def trading_name(ent: Span) -> bool:
    """ "Marlow Quay Brewery", "Dunmore Foods Ltd": a name of two words or more whose
    last word is a trade word or legal suffix (``business_name_endings``) is a business,
    even where the model tagged it a person."""
    return len(ent) > 1 and ent[-1].lower_ in _business_endings() and ent[0].is_title


@cache
def load_anaphors() -> tuple[frozenset[str], frozenset[str]]:
    """Organisation nouns and quantifiers (``kit/lexicons/anaphors.yaml``, read once)."""
    data = _anaphors()
    return (
        frozenset(lexicon.words(data, "organization_nouns") + lexicon.words(data, "body_nouns")),
        frozenset(lexicon.words(data, "quantifiers")),
    )


@cache
def load_body_nouns() -> frozenset[str]:
    """Kinds of body that need not be businesses ("the orchestra", ``anaphors.yaml``)."""
    return frozenset(lexicon.words(_anaphors(), "body_nouns")) | {"organisation", "organization"}


@cache
def load_not_businesses() -> frozenset[str]:
    """Name words of public bodies and publications (``anaphors.yaml``)."""
    return frozenset(lexicon.words(_anaphors(), "not_businesses"))


@cache
def load_gender_words() -> dict[str, str]:
    """Words that tell a person's gender ("sister" -> "f"), from ``anaphors.yaml``."""
    data = _anaphors()
    words = dict.fromkeys(lexicon.words(data, "female_words"), "f")
    words.update(dict.fromkeys(lexicon.words(data, "male_words"), "m"))
    return words


@cache
def document_heads() -> frozenset[str]:
    """Head nouns of documents (``source_types.yaml``): "he" never refers to a report."""
    return frozenset(lexicon.words(lexicon.load("source_types", "source_types"), "document_heads"))


def titles_of(data: dict) -> frozenset[str]:
    """The titles and descriptors that may stand before a name
    (``kit/lexicons/titles.yaml``): never part of the canonical name."""
    return _title_set(tuple(lexicon.words(data, "titles") + lexicon.words(data, "descriptors")))


@cache
def _title_set(words: tuple[str, ...]) -> frozenset[str]:
    """One set object for one list of titles, whichever component reads the list: the
    caches keyed by a title set (:func:`_person_name`) then find their entries by the
    object itself, not by comparing two equal sets of some hundred words on each call."""
    return frozenset(words)


def description_of(name_token: Token, titles: bool = True) -> str:
    """The credential given with a name: its apposition, or the title before it.

    "Tom Reyes, director of the X Institute" -> "director of the X Institute";
    "Foreign Minister Ana Ruiz" -> "Foreign Minister";
    "the city's mayor, Lisa Grant," -> "the city's mayor".
    """
    doc = name_token.doc
    for child in children_by_dep(name_token, ("appos",)):
        if child.pos_ not in ("PROPN", "NUM"):
            return strip_text(span_text(doc[child.left_edge.i : child.right_edge.i + 1]))
    head = name_token.head
    if name_token.dep_ == "appos" and head.pos_ == "NOUN":
        start = min([head.i] + [c.left_edge.i for c in head.children if c.i < head.i])
        return strip_text(span_text(doc[start : head.i + 1]))  # (the left subtrees' first word)
    if not titles:
        return ""
    ent_start = name_token.i
    while ent_start > 0 and _name_part(name_token.doc[ent_start - 1], name_token):
        ent_start -= 1
    left = name_token.left_edge.i
    if left < ent_start:
        title = name_token.doc[left:ent_start]
        words = [t for t in title if t.is_alpha]
        if words and not all(t.pos_ == "DET" for t in words):
            return strip_text(span_text(title))
    return ""


def _name_part(tok: Token, name: Token) -> bool:
    """A word of the name itself, not of the title or descriptor before it ("Hanne" in
    "Furious mum Hanne Kovac", whatever label the model gave it)."""
    if tok.ent_type_ == "PERSON":
        return True
    return (
        tok.dep_ == "compound" and tok.head == name and name_word(tok)
        and tok.lower_ not in _descriptors()
    )  # fmt: skip


@cache
def _descriptors() -> frozenset[str]:
    """Titles and descriptors of ``titles.yaml``: words before a name, never of it."""
    return titles_of(lexicon.load("titles", "titles"))


@cache
def name_stops() -> frozenset[str]:
    """Words never a first name before a joined double-barrelled name: titles, body
    words, anaphors and weekdays (for :func:`kit.lenses.names.settle_joined_names`)."""
    return _descriptors() | body_heads() | load_anaphors()[0] | words_of("not_name_words")


def name_word(tok: Token) -> bool:
    """A capitalised word of a name, hyphenated or not ("Shaw", "Morrow-Bell")."""
    return tok.is_title and tok.text.replace("-", "").isalpha()


def strip_text(text: str) -> str:
    """A speaker's words without spacing, an opening article or an aside in brackets
    ("A report on 3 May (\"Library hours cut\")" -> "report on 3 May"; a speaker span
    may end inside the brackets, "An obituary of X (10 May")."""
    if "(" in text:
        text = _UNCLOSED.sub("", _BRACKETED.sub("", text))
    if "so-called" in text:  # "Ferrowby's so-called \"network review\"": the writer's doubt,
        text = _SO_CALLED.sub(r"\1", text)  # no part of the document's name
    text = _SPACES.sub(" ", text).strip(" ,;")
    return _OPENING_ARTICLE.sub("", text)


#: an aside in brackets inside a speaker's words, and one the speaker's span cuts off
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_UNCLOSED = re.compile(r"\s*\([^()]*$")
#: "so-called" and the scare quotes after it (closed or cut off by the speaker's span)
_SO_CALLED = re.compile(r"\bso-called\s+[\"\u201c]?([^\"\u201d]*)[\"\u201d]?")


def strip_quantifier(text: str) -> str:
    """ "some experts" -> "experts": a quantifier is not part of the name, nor is a
    share of a group ("Nine out of ten complainants", "17 of 20 economists")."""
    quantifiers = load_anaphors()[1]
    words = text.split()
    share = len(words) > 3 and like_num(words[0]) and (
        words[1:3] == ["out", "of"] and like_num(words[3]) and len(words) > 4
        or words[1] == "of" and like_num(words[2])
    )  # fmt: skip
    if share:
        words = words[4:] if words[1] == "out" else words[3:]
    if len(words) > 2 and words[0].lower() == "not":  # "Not all members are happy"
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _AMOUNT_NOUNS and words[1].lower() == "of":
        words = words[2:]  # "a number of residents": an amount, not part of the name
    kept = counts_kept()  # "two members of staff", "several readers": the keys keep it
    while (
        len(words) > 1 and words[0].lower() in quantifiers - kept and words[1].lower() != "of"
    ):
        words = words[1:]
    if len(words) > 1 and words[0].lower() in kept and words[1].lower() != "of":
        words[0] = words[0].lower()  # "Two members of staff" -> "two members of staff"
    return " ".join(words)


#: Nouns of an amount that open a group's description ("a number of residents")
_AMOUNT_NOUNS = frozenset({"number", "handful"})


@cache
def counts_kept() -> frozenset[str]:
    """Count words an unnamed group keeps in its name (``anaphors.yaml``, counts_kept)."""
    return frozenset(lexicon.words(_anaphors(), "counts_kept"))


def plain_text(span: Span) -> str:
    """A speaker's words without the feelings the writer gives it: "furious residents"
    -> "residents", "some very worried parents" -> "some parents". Only adjectives
    before the head noun go; "local residents" keeps its classifying adjective."""
    root = span.root
    drop = {
        t.i for c in root.children
        if c.dep_ == "amod" and c.i < root.i and c.lower_ in FEELINGS
        for t in c.subtree
    }  # fmt: skip
    drop |= {t.i for c in _placed_after_name(root) for t in c.subtree}
    drop |= {t.i for c in root.children if _writers_contact(c) for t in c.subtree}
    if people_plural(root) or root.like_num or _made_by(root):  # "economists polled by X
        # last week", "figures published last month by X": when,
        drop |= {  # not who
            t.i for w in span
            if w.dep_ in ("npadvmod", "tmod") and w.ent_type_ in ("DATE", "TIME")
            and not _in_hyphened_word(w)  # not "One nine-year-old": an age, who it is
            for t in w.subtree
        }  # fmt: skip
    if _made_by(root):  # "report released on Friday by X": "on Friday" says when
        drop |= {
            t.i for w in span
            if w.dep_ == "prep" and w.head.head == root and w.head.dep_ == "acl"
            and all(k.ent_type_ in ("DATE", "TIME") for k in w.subtree if k != w)
            for t in w.subtree
        }  # fmt: skip
    drop |= owner_apposition(span) | descriptor_before_name(span)
    if not drop:
        return span.text
    return "".join(t.text_with_ws for t in span if t.i not in drop).strip()


def _in_hyphened_word(tok: Token) -> bool:
    """ "year" in "nine-year-old": a word joined to the next by a hyphen with no space,
    part of one written word (an age), not a phrase that says when."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


#: Prepositions of a point in time ("on Saturday", "in May"), not of a span ("for a
#: decade", "since 1998": how long someone has done it says who they are)
_POINT_IN_TIME = frozenset({"on", "in", "at", "during"})


def dated_adjuncts(root: Token) -> list[Token]:
    """ "A walker who passed the pair earlier in the afternoon", "a steward who saw the
    crash on Saturday": in a clause after the speaker's noun that already says who the
    speaker is by an object or an agent ("passed the pair", "commissioned by X"), a
    phrase that only says when is no part of the name (the keys write "walker who passed
    the pair"). A clause with nothing else keeps its date: "data released on Friday",
    "the accounts X filed in September" (the date is what tells the document apart)."""
    found: list[Token] = []
    for clause in root.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < root.i:
            continue
        kids = list(clause.children)
        if not any(c.dep_ in ("dobj", "agent", "dative") for c in kids):
            continue
        for c in kids:
            if c.i < clause.i or c.dep_ not in ("npadvmod", "tmod", "advmod", "prep"):
                continue
            if c.dep_ == "prep" and c.lower_ not in _POINT_IN_TIME:
                continue  # "who shod the horses for a decade": how long, who they are
            inner = [t for t in c.subtree if t != c or c.dep_ != "prep"]
            if inner and all(t.ent_type_ in ("DATE", "TIME") for t in inner):
                found.append(c)
    return found


def _writers_contact(clause: Token) -> bool:
    """ "buyers we spoke to", "parents I asked": a relative clause with no relative word
    whose subject is the writer ("we", "I") says the outlet reached them (the source row's
    outlet_exclusive), not who they are."""
    if clause.dep_ != "relcl" or clause.i < clause.head.i:
        return False
    kids = list(clause.children)
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in kids) and not any(
        c.tag_ in ("WP", "WDT", "WP$") for c in kids
    )


def _made_by(root: Token) -> bool:
    """ "Figures published last month by the Rivers Inspectorate": a document whose
    participle names its maker is known by the maker; a date inside the participle only
    says when (the keys write "figures published by the Rivers Inspectorate")."""
    return root.lemma_.lower() in document_heads() and any(
        c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in root.children
    )


def _placed_after_name(root: Token) -> list[Token]:
    """ "a study of the Quillmere Moss in the northern uplands of Carvath": a document
    about a named thing is known by that name; a place phrase after it only says where
    the named thing lies ("a survey of residents in the spring" keeps its phrase)."""
    if root.lemma_.lower() not in document_heads():
        return []
    named = [
        c for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
    ]  # fmt: skip
    if not named:
        return []
    return [
        c for c in root.children
        if c.dep_ == "prep" and c.i > named[0].i and c.lower_ in ("in", "near", "on", "at")
    ]  # fmt: skip


def description_head(description: str) -> str:
    """The head noun of a description: "her brother" -> "brother",
    "a nephrologist at X Hospital" -> "nephrologist"."""
    # "a developer based in the south", "a firm owned by X": a participle after the head
    # noun opens its modifier
    head = _DESCRIPTION_BREAK.split(description)[0]
    words = _DESCRIPTION_WORD.findall(head)
    return words[-1].lower() if words else ""


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    """A comparison key for an organisation: no article, "Department of X" -> "X Department"."""
    text = _OPENING_THE.sub("", name.strip())
    text = _POSSESSIVE_END.sub("", text)
    words = text.split()
    for i in range(len(words)):
        m = _INSTITUTION.match(" ".join(words[i:]))
        if m:
            text = " ".join(words[:i] + [m["field"], m["head"]])
            break
    return _SPACES.sub(" ", text).lower()


def person_gender(person: Person) -> str | None:
    """ "f" or "m" when a role or title says so ("her brother, X", "Mrs X"), else None."""
    gender_of = load_gender_words()
    if person.pronoun:
        return gender_of.get(person.pronoun)
    words = person.roles | _own_words(person.description)
    found = {gender_of[w] for w in words if w in gender_of and w not in PERSON_PRONOUNS | {"his"}}
    if not found:  # "X, who chairs the panel and spent her career in mining": her own
        return own_clause_gender(person.description)
    return found.pop() if len(found) == 1 else None


def own_clause_gender(text: str) -> str | None:
    """ "who chairs the panel and spent her career in mining" -> "f": the gender a
    possessive before a noun in a person's own "who" clause gives, when only one."""
    gender_of = load_gender_words()
    found = {gender_of[m] for m in _OWN_POSSESSIVE.findall(text.lower()) if m in gender_of}
    return found.pop() if len(found) == 1 else None


#: "who ... spent her career", "who ... sold his farm": a possessive pronoun before a
#: noun in the person's own "who" clause is theirs (not "who worked for her", an object)
_OWN_POSSESSIVE = re.compile(
    r"\bwho\b[^,;]*?\b(her|his)\s+(?!own\b)(?=[a-z]{3,})(?!and\b|but\b|to\b|in\b|on\b"
    r"|at\b|for\b|with\b|from\b|that\b|the\b|a\b|an\b)"
)


def _own_words(description: str) -> set[str]:
    """The words of a description that can say who the person is: not a clause about
    someone else ("a former racer who set up the event with her late husband": the
    husband is not her) nor a word owned by another ("whose son", "her husband")."""
    head = re.split(r"\b(?:who|whose|which|that|with|whom)\b", description.lower())[0]
    head = re.split(r"\w['\u2019]s\b", head)[-1]  # "Mr Fell's deputy": the deputy, not Mr Fell
    words = re.findall(r"\w+", head)
    owned = {k for k, w in enumerate(words) if k and words[k - 1] in _POSSESSIVES}
    owned |= {k for k in range(2, len(words)) if words[k - 2] in _POSSESSIVES}
    return {w for k, w in enumerate(words) if k not in owned}


_POSSESSIVES = frozenset({"her", "his", "their", "my", "our", "your", "its"})


def untagged_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns the model gave no entity label ("Brisk Kettles")."""
    names = []
    for tok in (doc[i] for i in proper_nouns(doc)):
        if tok.dep_ == "compound" or tok.ent_type_:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        if tok.i > start and all(t.is_title for t in doc[start : tok.i + 1]):
            names.append(doc[start : tok.i + 1])
    return names


@cache
def people_group_heads() -> frozenset[str]:
    """Head nouns of groups of people (``source_types.yaml``: anonymous and group heads)."""
    data = lexicon.load("source_types", "source_types")
    return frozenset(lexicon.words(data, "anonymous_heads") + lexicon.words(data, "group_heads"))


@cache
def unnamed_roles() -> frozenset[str]:
    """Roles of unnamed individuals: never resolved to a person named nearby."""
    data = lexicon.load("source_types", "source_types")
    return (
        frozenset(lexicon.words(data, "anonymous_heads"))
        | words_of("speaks_for_nouns")
        | (words_of("unnamed_roles"))
    )


@cache
def body_heads() -> frozenset[str]:
    """Nouns that name bodies, not people (``source_types.yaml``, ``anaphors.yaml``)."""
    data = lexicon.load("source_types", "source_types")
    words = lexicon.words(data, "organization_heads") + lexicon.words(data, "group_heads")
    return frozenset(words) | load_not_businesses()


@cache
def words_of(key: str) -> frozenset[str]:
    """A word list of ``anaphors.yaml``."""
    return frozenset(lexicon.words(_anaphors(), key))


def account_owner(span: Span) -> Span | None:
    """ "Lunthorpe Town Council's official account posted that ...", "the club's feed
    replied": an account (``account_nouns``) with a possessive owner speaks as that
    owner, so the speaker is the owner's words ("Lunthorpe Town Council", "the club");
    "her account of the night" (a telling, no subject) never reaches here."""
    root = span.root
    if root.lemma_.lower() not in words_of("account_nouns") or root.tag_ != "NN":
        return None
    poss = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
    if poss is None or poss.tag_ == "PRP$" or poss.left_edge.i < span.start:
        return None
    return span.doc[poss.left_edge.i : poss.i + 1]


def owner_pronoun(tok: Token) -> str | None:
    """The subject pronoun of a possessive one, read from its morphology:
    "her" -> "she", "his" -> "he", "its" -> "it", "their" -> "they"."""
    if tok.tag_ != "PRP$" or "3" not in tok.morph.get("Person"):
        return None
    if "Plur" in tok.morph.get("Number"):
        return "they"
    gender = tok.morph.get("Gender")
    return {"Fem": "she", "Masc": "he", "Neut": "it"}.get(gender[0]) if gender else None


def in_conjunct(tok: Token, clause: Token) -> bool:
    """True for a token of a clause conjoined to ``clause`` ("who works here and did
    not want to be named": the second part)."""
    for anc in [tok, *tok.ancestors]:
        if anc == clause:
            return False
        if anc.dep_ in ("conj", "cc") and anc.head == clause:
            return True
    return False


def roles_of(name: Token, titles: frozenset[str] = frozenset()) -> set[str]:
    """Head nouns that describe a named person where named: "Tom Reyes, an engineer",
    "her brother, Tom Reyes", "the Ferries Minister, Tom Reyes" -> {"engineer", ...}."""
    roles = {description_head(description_of(name, titles=False))}
    head = name.head
    acronym = head.pos_ == "PROPN" and head.is_upper and 2 <= len(head) <= 4  # "the town's MP"
    capital = head.is_title and head.i > 0 and name.doc[head.i - 1].lower_ == "the"  # "the Dean"
    if name.dep_ == "appos" and (
        head.pos_ == "NOUN" or head.lower_ in titles or acronym or capital and head.i < name.i
    ):
        roles.add(head.lower_)
    office = _office_over_name(name)
    if office is not None:  # "The mayor of Dunhallow, Perpetua Voss": her office
        roles.add(office.lower_)
    after = name.nbor(2) if name.i + 2 < len(name.doc) and name.nbor().text == "," else None
    beside = [after] if after is not None and after.head == name.head else []  # a 2nd subject
    for child in [c for c in name.children if c.dep_ == "appos"] + beside:
        office = child.pos_ == "PROPN" and any(c.lower_ == "of" for c in child.children)
        if child.pos_ == "NOUN" and child.dep_ == "appos" or office:
            roles.add(child.lower_)  # (or an office in capitals: "X, Archdeacon of Marrowby")
    return roles - {""}


def _office_over_name(name: Token) -> Token | None:
    """ "The mayor of Dunhallow, Perpetua Voss," "the chair of the Kestle Trust, X Y,":
    the parser hangs the person's name on the place or body after "of"/"for"/"at", but
    a person is never in apposition to a place's or a body's name: the name is the
    holder of the role noun that opens the phrase, and "the mayor" later points back to
    her (guide, section 1: a title-only back-reference is the person named with it)."""
    if name.dep_ != "appos" or name.ent_type_ != "PERSON":
        return None
    owner = name.head
    if owner.pos_ != "PROPN" or owner.dep_ != "pobj":
        return None
    doc = name.doc
    if owner.ent_type_ == "PERSON" and (  # a one-word place the model tagged a person
        owner.ent_iob_ != "B" or owner.i + 1 < len(doc) and doc[owner.i + 1].ent_iob_ == "I"
    ):
        return None
    prep = owner.head
    if prep.lower_ not in ("of", "for", "at") or prep.head.pos_ != "NOUN":
        return None
    role = prep.head
    if role.tag_ != "NN" or not role.is_lower or role.i >= owner.i:
        return None
    return role


def quoted_title(root: Token) -> str | None:
    """The quoted title in apposition to a common noun: the report, "Title," ..."""
    if root.pos_ != "NOUN":
        return None
    doc = root.doc
    for child in root.children:
        if child.dep_ != "appos":
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if start > 0 and doc[start - 1].text in "\"\u201c'\u2018" or doc[start].is_quote:
            text = doc[start:end].text.strip("\"\u201c\u201d'\u2018\u2019 ,")
            if text[:1].isupper():  # a title; 'one councillor, "a betrayal"' are words said
                return text
    return None


def context_words(speaker: Span) -> set[str]:
    """Words that describe a speaker where it is named ("Wu from the X Institute")."""
    root = speaker.root
    words: set[str] = set()
    for child in root.children:
        if child.dep_ in DESCRIBING_DEPS:
            words |= content_words(" ".join(t.text for t in child.subtree))
    return words


def content_words(text: str) -> set[str]:
    """Content words of a description, for matching it against context."""
    return {w.lower() for w in re.findall(r"\w+", text) if w.lower() not in STOP_WORDS}


def shared_words(context: set[str], description: set[str]) -> int:
    """How many context words a description shares, a word's inflection counted as it
    ("who has judged terriers" against "the judge"; "trained" against "trainer")."""

    def alike(w: str, d: str) -> bool:
        common = len(os.path.commonprefix([w, d]))
        near = abs(len(w) - len(d)) <= 2  # not "council" for "councillor"
        return w == d or near and common >= max(4, min(len(w), len(d)) - 2)

    return sum(any(alike(w, d) for d in description) for w in context if len(w) > 1)
