"""The judgement lexicons (``kit/lexicons/judgement*.yaml``) and one pass over a Doc.

A lexicon file maps word classes (``judgement_adjective``, ``people_noun``, ...) to
categories and their words; :class:`JudgementLexicon` indexes them so that
:func:`scan` finds every candidate in one numpy pre-filter and one dict lookup per
candidate token. The rules that decide whether a candidate is a judgement live in
:mod:`kit.lenses.judgement`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.lang.en import English
from spacy.symbols import ADV, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.errors import KitError
from kit.lenses.shared import doc_array, doc_ids, doc_in, entity_at, is_name, sentence_of

LEXICON_FILES = (
    "judgement", "judgement_acts", "judgement_frames", "judgement_words", "judgement_force",
)  # fmt: skip
#: Classes whose words the token pass looks for (the others are frames, read by rules).
INDEXED = {
    "judgement_adjective", "people_label", "attack_verb", "attack_phrase",
    "capitulation_verb", "accusation_noun", "motive_noun", "sarcasm_phrase",
    "manipulation_verb", "accusation_verb", "insinuation_adverb", "doubt_adverb",
    # judgement_words.yaml (kit/lenses/judgement_words.py)
    "appreciation_adjective", "mock_title", "verdict_modifier", "group_noun_label",
    "verdict_noun", "ingratiation_phrase", "fabrication_verb", "theft_verb", "sneer_adverb",
    "simile_verb", "disaster_hype",
    # speech and acts told as figures, people named by a sneer (judgement_figures.py)
    "speech_verb", "evasion_verb", "greed_verb", "concealment_verb", "disguise_verb",
    "drain_verb", "destruction_verb", "panic_verb", "manhandle_verb", "sleep_verb",
    "starve_verb", "prowl_verb", "dismissal_verb", "time_spent_verb",
    "trade_label", "people_sneer",
    "patron_word", "metonym_label", "body_label",
    # handling, craving and host figures (judgement_handling.py, loadedX)
    "handling_verb", "host_noun",
    # force and figure (judgement_force.py)
    "force_verb", "figure_noun", "fan_noun", "deploy_verb",
    # plans thrown away, office-holders ambushed (judgement_force.py, loadedY)
    "discard_verb", "ambush_verb",
    # rough handling by a body (judgement_force.py, loadedAI)
    "rough_verb",
    # a speaker's charge kept in a partial quote (judgement_quoted.py, fragmentsAT)
    "quoted_charge_verb",
}  # fmt: skip
#: Second words of a phrasal verb that may stand after its object: "took his rival
#: apart", "covered the report up", "bled the town dry".
PARTICLES = {"apart", "up", "over", "off", "out", "away", "down", "dry", "aside", "white", "as"}
#: How a separated particle attaches to its verb in spaCy's English parse.
PARTICLE_DEPS = {"prt", "advmod", "acomp", "oprd", "xcomp", "ccomp", "amod", "prep", "dobj"}


@dataclass(frozen=True)
class Word:
    """One lexicon entry: a word (or phrase) of a class, with its category."""

    text: str
    cls: str
    category: str
    neutral: str | None = None
    strict: bool = False
    unless: frozenset[str] = frozenset()
    tokens: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    #: no mark unless the sentence holds one of these words (a figure with its frame)
    only_with: frozenset[str] = frozenset()


@dataclass
class WordClass:
    """A class of words (``judgement_adjective``, ``people_noun``, ...) and its notes."""

    name: str
    label: str | None = None
    explanation: str = ""
    neutral: str | None = None
    words: dict[str, Word] = field(default_factory=dict)


def derive_family(adjective: str) -> tuple[set[str], set[str]]:
    """The adverbs and nouns of an adjective's family, by English spelling rules:
    reckless -> recklessly, recklessness; arrogant -> arrogantly, arrogance;
    lazy -> lazily, laziness; idiotic -> idiotically; despicable -> despicably."""
    a = adjective
    adverbs: set[str] = set()
    nouns = {a[:-1] + "iness" if a.endswith("y") else a + "ness"}
    if a.endswith("ly"):
        return adverbs, nouns  # "cowardly" has no adverb of its own
    if a.endswith("y"):
        adverbs.add(a[:-1] + "ily")
    elif a.endswith("ic"):
        adverbs.add(a + "ally")
    elif a.endswith("le"):
        adverbs.add(a[:-1] + "y")
    else:
        adverbs.add(a + "ly")
    if a.endswith("ant"):
        nouns.add(a[:-1] + "ce")
    elif a.endswith("ent"):
        nouns.add(a[:-2] + "ence")
    return adverbs, nouns


class JudgementLexicon:
    """The word classes of ``kit/lexicons/judgement*.yaml``, indexed for one token pass."""

    def __init__(
        self, data: dict[str, dict[str, Any]] | None = None, verbs: Iterable[str] = ()
    ) -> None:
        """``data``: the parsed files (default: kit/lexicons/judgement*.yaml); ``verbs``:
        the English verb lemmas (from the pipeline's lemmatizer, see :meth:`for_pipeline`),
        used to tell agent nouns ("inspector") from others ("winter")."""
        data = data if data is not None else {n: _read(n) for n in LEXICON_FILES}
        self.verbs = frozenset(verbs)
        tokenizer = _tokenizer()
        self.classes: dict[str, WordClass] = {}
        for fname, content in data.items():
            classes = content.get("classes") if isinstance(content, dict) else None
            if not isinstance(classes, dict):
                raise KitError(f"{fname}.yaml needs a top-level 'classes:' mapping")
            for cname, spec in classes.items():
                self.classes[cname] = _word_class(fname, cname, spec, tokenizer)
        needed = {"judgement_adjective", "people_label", "people_noun", "act_noun"}
        if missing := needed - set(self.classes):
            raise KitError(f"judgement lexicons lack the classes {', '.join(sorted(missing))}")
        #: first token -> entries starting with it (one dict lookup per token).
        self.first: dict[str, list[Word]] = {}
        for wc in self.classes.values():
            if wc.name in INDEXED:
                for w in wc.words.values():
                    self.first.setdefault(w.tokens[0], []).append(w)
        #: rhetorical openers as token tuples (normalised: "isn’t" == "isn't").
        self.openers = sorted(
            (
                tuple(norm(t) for t in _tokenizer()(w.text))
                for w in self.classes.get("rhetorical_opener", WordClass("")).words.values()
            ),
            key=len,
            reverse=True,
        )
        self.adverbs: dict[str, Word] = {}
        self.nouns: dict[str, Word] = {}
        for w in self.classes["judgement_adjective"].words.values():
            adverbs, nouns = derive_family(w.text)
            for form in adverbs:
                self.adverbs.setdefault(form, w)
            for form in (*nouns, *w.forms):
                self.nouns.setdefault(form, w)
        self._ids: np.ndarray | None = None
        self._sets: dict[str, frozenset[str]] = {}

    @classmethod
    def for_pipeline(
        cls, nlp: Any, data: dict[str, dict[str, Any]] | None = None
    ) -> JudgementLexicon:
        """The lexicon (``data``, default the shipped files), with the verb lemmas of
        ``nlp``'s rule lemmatizer."""
        verbs: Iterable[str] = ()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                verbs = lookups.get_table("lemma_index").get("verb", ())
        return cls(data, verbs=verbs)

    def set_of(self, cls: str) -> frozenset[str]:
        """The words of a class, as a set (built once)."""
        found = self._sets.get(cls)
        if found is None:
            wc = self.classes.get(cls)
            found = self._sets[cls] = frozenset(wc.words) if wc else frozenset()
        return found

    def ids(self, doc: Doc) -> np.ndarray:
        """Hash ids of every form a rule starts from (for a numpy pre-filter)."""
        if self._ids is None:
            strings = doc.vocab.strings
            forms = {*self.first, *self.adverbs, *self.nouns, "?"}
            self._ids = np.array(sorted(strings.add(f) for f in forms), dtype="uint64")
        return self._ids


@cache
def _tokenizer() -> Any:
    return English().tokenizer


def _read(name: str) -> dict[str, Any]:
    """A judgement lexicon shipped in kit/lexicons/, through the kit's one loader."""
    return lexicon.load("default", name)


def _word_class(fname: str, cname: str, spec: Any, tokenizer: Any) -> WordClass:
    where = f"{fname}.yaml class {cname}"
    if not isinstance(spec, dict) or not isinstance(spec.get("entries"), dict):
        raise KitError(f"{where} needs 'entries:' mapping each category to its words")
    wc = WordClass(
        cname,
        spec.get("label"),
        " ".join(str(spec.get("explanation", "")).split()),
        spec.get("neutral"),
    )
    for category, entries in spec["entries"].items():
        if not isinstance(entries, list):
            raise KitError(f"{where}: category {category!r} needs a list of words")
        for raw in entries:
            raw = raw if isinstance(raw, dict) else {"word": raw}
            if not isinstance(raw.get("word"), str):
                raise KitError(f"{where}: {raw!r} is not a word (quote yes/no/on)")
            text = raw["word"].lower()
            tokens = tuple(t.lower_ for t in tokenizer(text))
            wc.words[text] = Word(
                text,
                cname,
                str(category),
                raw.get("neutral", wc.neutral),
                bool(raw.get("strict", False)),
                frozenset(str(u).lower() for u in raw.get("unless") or ()),
                tokens,
                tuple(str(f).lower() for f in raw.get("forms") or ()),
                frozenset(str(u).lower() for u in raw.get("only_with") or ()),
            )
    return wc


@cache
def default_lexicon() -> JudgementLexicon:
    """The lexicon shipped in kit/lexicons/ (read once per process)."""
    return JudgementLexicon()


# -- one pass over the tokens ---------------------------------------------------------
class Hit(NamedTuple):
    word: Word
    start: int
    end: int


def norm(tok: Token) -> str:
    return tok.lower_.replace("’", "'")


@cache
def _phrase_index(phrases: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, longest first (built once per class)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        parts = tuple(phrase.split())
        index.setdefault(parts[0], []).append(parts)
    return index


#: The document in hand and its tokens' norms and lower-cased lemmas (see doc_forms)
_FORMS: dict[str, Any] = {}
_NORMS: dict[int, str] = {}  # LOWER id -> norm (an id always names the same string)
_LEMMAS: dict[int, str] = {}  # LEMMA id -> the lemma in lower case


def _strings_of(ids: list[int], known: dict[int, str], strings: Any, how: Any) -> list[str]:
    """``how(strings[h])`` for each id, each distinct id's string worked out once."""
    try:
        return list(map(known.__getitem__, ids))
    except KeyError:
        for h in ids:
            if h not in known:
                known[h] = how(strings[h])
        return list(map(known.__getitem__, ids))


def doc_forms(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's :func:`norm` and lower-cased lemma, read from the ids once per
    document (a phrase test then builds no Token objects). The judgement scan starts
    each document afresh (:func:`forget_forms`)."""
    if _FORMS.get("doc") is not doc:
        norms = _forms_of(doc, LOWER, _NORMS, lambda s: s.replace("’", "'"))
        lemmas = _forms_of(doc, LEMMA, _LEMMAS, str.lower)
        _FORMS.update(doc=doc, forms=(norms, lemmas))
    return _FORMS["forms"]


def _forms_of(doc: Doc, attr: int, known: dict[int, str], how: Any) -> list[str]:
    """``how(strings[h])`` for each token's id of ``attr``: each distinct id looked up
    once (:func:`doc_ids`, read for the lexicon scan anyway), then spread over the tokens
    by one numpy take, a third cheaper than a dictionary lookup per token."""
    distinct, inverse = doc_ids(doc, attr)
    texts = _strings_of(distinct.tolist(), known, doc.vocab.strings, how)
    return np.array(texts, dtype=object)[inverse].tolist()


def forget_forms() -> None:
    """Drop the kept forms (a document may change between two lens runs)."""
    _FORMS.clear()


def phrase_end(doc: Doc, i: int, phrases: frozenset[str]) -> int | None:
    """The end of the longest phrase of ``phrases`` that starts at token ``i``, matching
    each word's form or (for the first) its lemma."""
    norms, lemmas = doc_forms(doc)
    index = _phrase_index_by_second(phrases)
    n = len(norms)
    second = norms[i + 1] if i + 1 < n else None
    for key in {norms[i], lemmas[i]}:
        found = index.get(key)
        if found is None:
            continue
        by_second, single = found  # (longest first, as in _phrase_index)
        for parts in by_second.get(second, ()) if second is not None else ():
            end = i + len(parts)
            if end <= n and all(norms[i + k] == parts[k] for k in range(2, len(parts))):
                return end
        if single:
            return i + 1
    return None


@cache
def _phrase_index_by_second(
    phrases: frozenset[str],
) -> dict[str, tuple[dict[str, list[tuple[str, ...]]], bool]]:
    """:func:`_phrase_index` with each first word's longer phrases grouped by their
    second word, in the same order, and whether the first word is a phrase by itself
    (phrases of one word come last): a phrase whose second word is not the next word's
    is never tried."""
    index: dict[str, tuple[dict[str, list[tuple[str, ...]]], bool]] = {}
    for key, all_parts in _phrase_index(phrases).items():
        by_second: dict[str, list[tuple[str, ...]]] = {}
        for parts in all_parts:
            if len(parts) > 1:
                by_second.setdefault(parts[1], []).append(parts)
        index[key] = (by_second, any(len(parts) == 1 for parts in all_parts))
    return index


def scan(doc: Doc, lex: JudgementLexicon) -> dict[str, list[Hit]]:
    """Every lexicon hit in ``doc``, by class (plus ``adverb``, ``noun``, ``?``)."""
    hits: dict[str, list[Hit]] = {}
    if not len(doc):
        return hits
    ids = lex.ids(doc)
    candidates = np.flatnonzero(doc_in(doc, LOWER, ids) | doc_in(doc, LEMMA, ids)).tolist()
    n = len(doc)
    norms, lemmas = doc_forms(doc)
    pos = doc_array(doc, POS).tolist()  # (parts of speech as ids: no Token object per hit)
    for i in candidates:
        forms = (norms[i], lemmas[i])
        if forms[0] == "?":
            hits.setdefault("?", []).append(Hit(Word("?", "?", "?"), i, i + 1))
            continue
        for form in set(forms):
            for w in lex.first.get(form, ()):
                end = i + len(w.tokens)
                if end > n:
                    continue
                # (the second word first, without a generator: most phrases fail there)
                if len(w.tokens) == 1 or w.tokens[1] in (norms[i + 1], lemmas[i + 1]) and all(
                    w.tokens[k] == norms[i + k] or w.tokens[k] == lemmas[i + k]
                    for k in range(2, len(w.tokens))
                ):
                    hits.setdefault(w.cls, []).append(Hit(w, i, end))
                elif len(w.tokens) == 2 and w.tokens[1] in PARTICLES and pos[i] == VERB:
                    particle = _separated(doc[i], w.tokens[1])
                    if particle is not None:  # "took his challenger apart"
                        hits.setdefault(w.cls, []).append(Hit(w, i, particle + 1))
            if form in lex.adverbs and pos[i] == ADV:
                hits.setdefault("adverb", []).append(Hit(lex.adverbs[form], i, i + 1))
            if form in lex.nouns and pos[i] == NOUN:
                hits.setdefault("noun", []).append(Hit(lex.nouns[form], i, i + 1))
    return hits


Hits = dict[str, list[Hit]]


def _separated(verb: Token, particle: str) -> int | None:
    """The index of ``particle`` standing a few words after ``verb``'s object and
    attached to the verb ("took his challenger apart"), else None."""
    for c in verb.children:
        if 1 < c.i - verb.i <= 6 and c.lower_ == particle and c.dep_ in PARTICLE_DEPS:
            return c.i
    return None


PERSON_ENTITIES = {"PERSON", "NORP", "ORG", "GPE"}
PERSON_PRONOUNS = {
    "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "whom",
    "everyone", "anyone", "someone", "nobody", "somebody", "everybody",
}  # fmt: skip
#: Roles in which a label with no literal sense ("liar", "crook") names someone.
FREE_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT"}
SCORELINE = re.compile(r"\b\d+\s*[-–]\s*\d+\b")


class Judgement(NamedTuple):
    """One find: ``span.label_`` is the guide's label (emotive, labeling, ...)."""

    span: Span
    explanation: str
    neutral: str | None
    rule: str


# -- what a word is applied to --------------------------------------------------------
def is_person(tok: Token, lex: JudgementLexicon) -> bool:
    """A person or group: a name of a person, group, organisation or country, a
    personal pronoun, a noun for people ("the minister", "voters"), or a noun built
    like one ("treasurer", "inspectors", "trustee", "lobbyist", "librarian")."""
    if tok.ent_type_ in PERSON_ENTITIES:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.is_title and lemma.endswith("s") and tok.is_sent_start:
        # a plural opening a sentence, tagged as a name: "Pensioners were ripped off"
        lemma = lemma[:-1]
    if is_plank(tok):
        return False  # "the old diving board": a plank, not a body of people
    if _aged(tok) or _titled(tok):
        return True
    for cls in ("people_noun", "human_noun"):
        if lemma in lex.set_of(cls) or tok.lower_ in lex.set_of(cls):
            return True
    if lemma in lex.set_of("quantity_noun") or tok.lower_ in lex.set_of("quantity_noun"):
        return _counted_people(tok, lex)
    if tok.pos_ == "PROPN" and tok.dep_ != "compound" and lemma in lex.set_of("body_name_head"):
        return True  # "the Haldane Gallery", a body the model tagged no organisation
    if tok.pos_ == "NOUN" and lemma.endswith(PERSON_ENDINGS) and lemma not in NOT_PEOPLE:
        return True  # "the pompous headmaster", "a surly doorman", "the shopkeeper"
    return tok.pos_ == "NOUN" and len(lemma) > 5 and is_agent_noun(lemma, lex.verbs)


#: Last parts of a compound that make it a person: head-master, door-man, shop-keeper.
PERSON_ENDINGS = ("master", "mistress", "woman", "person", "keeper", "sman", "rman", "eman", "goer")
#: Words with such an ending that are not people.
NOT_PEOPLE = frozenset({"ottoman", "doberman", "caiman", "walkman", "timekeeper"})
def is_plank(tok: Token) -> bool:
    """A "board" its modifier makes a thing: "the diving board", "a notice board"."""
    return tok.lemma_.lower() == "board" and any(c.lower_ in PLANK_BOARDS for c in tok.children)


#: What makes a "board" a plank, a panel or a game rather than a body of people.
PLANK_BOARDS = frozenset({
    "diving", "notice", "skirting", "ironing", "chopping", "cutting", "bread", "dart",
    "surf", "snow", "key", "circuit", "floor", "drawing", "dashboard", "chess", "sign",
    "message", "bulletin", "departure", "departures", "score", "skate", "paddle",
    "cheese", "running", "white", "black", "clip", "ouija", "plaster", "sounding",
})  # fmt: skip


#: Courtesy titles before a surname: "Mr Pennefather" is a person though the model
#: tagged no entity.
COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "cllr", "councillor"}
)


def _aged(tok: Token) -> bool:
    """An age used as a noun for the person: "the indefatigable 44-year-old" (the
    head "old" after "year -"; not "a 200-year-old oak", where "old" modifies "oak")."""
    i = tok.i
    if tok.lower_ not in ("old", "olds") or i < 2 or tok.dep_ in ("amod", "compound"):
        return False
    doc = tok.doc
    return doc[i - 1].text == "-" and doc[i - 2].lower_ in ("year", "years")


def _titled(tok: Token) -> bool:
    """A surname after a courtesy title: "Mr Pennefather simpered"."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_.rstrip(".") in COURTESY_TITLES for c in tok.children
    )


def _counted_people(tok: Token, lex: JudgementLexicon) -> bool:
    """A count of people stands for them: "a handful of grumblers", "a bunch of cowboys"
    (not "a handful of sand", "a number of delays")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(o.dep_ == "pobj" and is_person(o, lex) for o in prep.children)
    return False


def is_agent_noun(lemma: str, verbs: frozenset[str]) -> bool:
    """A noun for a person who does something: "-ist"/"-ian" ("lobbyist", "librarian"),
    or "-er"/"-or"/"-ee" after a verb ("treasurer", "inspector", "trustee"), so that
    "winter", "paper" and "coffee" are not people."""
    if lemma.endswith(("ist", "ian")):
        return True
    if lemma.endswith(("er", "or", "ee")):
        stem = lemma[:-2]
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stem = stem[:-1]  # a doubled consonant: "planner", "shopper", "robber"
        return stem in verbs or stem + "e" in verbs
    return False


def subject_of(verb: Token) -> Token | None:
    """The active subject of a verb (or of the verb it is conjoined to, or, for a "to"
    clause of purpose or control, of the verb it depends on: "have taken to social
    media to moan", "went on to blast")."""
    controlled = verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    for t in (verb, verb.head if verb.dep_ == "conj" or controlled else None):
        if t is None:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def target_of(tok: Token) -> str:
    """A readable name for the one judged: the whole name or the noun phrase's head."""
    if tok.ent_type_ in PERSON_ENTITIES:
        ent = entity_at(tok)
        if ent is not None:
            return f"'{ent.text}'"
    if tok.pos_ == "PRON":
        return "the people it describes"
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
    if _aged(tok):
        age = tok.doc[tok.i - 4 : tok.i + 1].text if tok.i >= 4 else tok.text
        return f"'{det} {age}'" if det else f"'{age}'"
    return f"'{det} {tok.text}'" if det in ("the", "this", "these", "those") else f"'{tok.text}'"


def written_name(tok: Token) -> str:
    """The name as the article writes it, with its compound words and a leading "the":
    "Halden Homes", "the Marsh Street surgery", not the last word alone."""
    parts = [c.left_edge.i for c in tok.children if c.dep_ in ("compound", "flat") and c.i < tok.i]
    named = tok.doc[min([*parts, tok.i]) : tok.i + 1].text
    det = next((c.lower_ for c in tok.children if c.dep_ == "det" and c.i < tok.i), "")
    return f"the {named}" if det == "the" else named


def literal_context(
    sent: Span, lex: JudgementLexicon, kinds: tuple[str, ...], skip: Span | None = None
) -> bool:
    """The sentence is about a real war, a real game or a real court case (not counting
    the words of ``skip``, a figure that holds such a word itself: "under siege")."""
    wc = lex.classes.get("literal_context")
    words = {w.text for w in wc.words.values() if w.category in kinds} if wc else set()
    if "sport" in kinds and SCORELINE.search(sent.text):
        return True
    return any(
        (t.lemma_.lower() in words or t.lower_ in words)
        and not _verb_sense(t)
        and not (skip is not None and skip.start <= t.i < skip.end)
        for t in sent
    )


#: Words of the literal-context lists that keep their literal sense as verbs ("he was
#: charged with fraud", "they pleaded guilty", "rebels shelled the town").
LITERAL_VERBS = frozenset(
    {"plead", "convict", "indict", "acquit", "arrest", "prosecute", "sentence", "shell", "bomb"}
)


def _verb_sense(tok: Token) -> bool:
    """A list word used as a plain verb of another sense: "a supplier that forces them
    to buy", "a woman who charges £49" (not armed forces, not a criminal charge)."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in LITERAL_VERBS:
        return False
    return not (lemma == "charge" and any(c.lower_ == "with" for c in tok.children))


def in_name(span: Span) -> bool:
    """Part of a name or title: a proper noun, or a capitalised word that does not open
    its sentence or quotation ('the novel "The Traitor"'), not just a capital at the
    start of a sentence."""
    sent_start = sentence_of(span).start
    for tok in span:
        if tok.i == sent_start or (tok.i > 0 and tok.nbor(-1).is_quote):
            continue
        if tok.is_title or is_name(tok.doc[tok.i : tok.i + 1]):
            return True
    return False


def make(
    doc: Doc, hit: Hit, lex: JudgementLexicon, rule: str, target: str, label: str | None = None
) -> Judgement:
    wc = lex.classes[hit.word.cls]
    span = Span(doc, hit.start, hit.end, label=label or wc.label or "emotive")
    explanation = wc.explanation.replace("{text}", span.text).replace("{target}", target)
    return Judgement(span, explanation, hit.word.neutral or wc.neutral, rule)


def objects_of(verb: Token, last: Token) -> list[Token]:
    """What a verb (or a phrase ending in a preposition) acts on."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (last, *[c for c in verb.children if c.dep_ == "prep"]):
        if prep.dep_ == "prep" or prep.pos_ == "ADP":
            objs += [c for c in prep.children if c.dep_ == "pobj"]
    return objs


def opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of its sentence (after quotes, dashes, brackets)."""
    start = sentence_of(doc[i]).start
    return all(t.is_punct or t.is_space for t in doc[start:i])


def antecedent(pron: Token, words: frozenset[str]) -> Token | None:
    """The noun of ``words`` that "it" or "them" stands for: the nearest one before it in
    its sentence, of the same number ("published 140 reports, and ministers tried to
    bury them": the reports); with no noun before it in its sentence, the subject of the
    sentence before ("The warning was clear. They sat on it.": the warning)."""
    plural = {"them": True, "it": False}.get(pron.lower_)
    if plural is None:
        return None
    sent = sentence_of(pron)
    before = sent[: pron.i - sent.start]
    for tok in reversed(before):
        fits = tok.pos_ == "NOUN" and (tok.tag_ == "NNS") == plural
        if fits and (tok.lemma_.lower() in words or tok.lower_ in words):
            return tok
    if sent.start == 0 or any(t.pos_ == "NOUN" and t.dep_ != "nsubj" for t in before):
        return None  # a nearer thing it may stand for ("the bench ... sat on it")
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    agent = subject_of(verb)
    if agent is None or not is_person(agent, default_lexicon()):
        return None  # "The cat sat on it": no one kept a warning back
    # no noun before it in its own sentence: the topic of the sentence before, its subject
    # ('"The warning was there in black and white," ... "They simply sat on it."')
    for tok in sentence_of(pron.doc[sent.start - 1]):
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ == "NOUN"
            and (tok.tag_ == "NNS") == plural
            and (tok.lemma_.lower() in words or tok.lower_ in words)
        ):
            return tok
    return None
