"""Read a lens's word list (a YAML file in ``kit/lexicons/``) into spaCy matchers.

A word list is data a teacher can read and extend. Each entry gives one of

- ``term``: a word or phrase (or a list of variants), matched case-insensitively
  in the exact form written (``it's confirmed that`` also matches ``it’s``);
- ``lemma``: a word or phrase by its dictionary forms (``lemma: seem`` matches
  *seem*, *seems*, *seemed*);
- ``pattern``: a spaCy ``Matcher`` token pattern, for the rare case that needs it;

plus ``label`` and ``explanation``. Optional keys: ``rule`` (the name of a
sense rule the lens checks before marking), ``pos`` (the parts of speech the
first word may have), ``neutral`` (for loaded words), and any other notes.
``{text}`` in an explanation is replaced by the words found.

Context keys, each a list of dictionary forms (lemmas), keep a word from being
marked in a sense that is not the listed one, without any code:

- ``unless``: no mark when the sentence holds one of these words ("flood" is
  literal in a sentence about rain or a river);
- ``only_with``: mark only when the sentence holds one of these words;
- ``not_before``: no mark when the next word, as written or as its dictionary
  form, is one of these ("chaos theory", "stunt double");
- ``not_after``: the same for the word before ("flash mob", "best possible").

The file is read once, when a lens component is created; matching a document
then costs one ``PhraseMatcher`` pass and, for the token patterns, a ``Matcher``
pass per pattern over the few sentences that hold that pattern's required words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from kit import lexicon
from kit.errors import KitError
from kit.lenses.shared import doc_array, doc_in, sentence_of

LEXICONS = lexicon.LEXICON_DIR


@dataclass(frozen=True)
class Entry:
    """One word-list entry."""

    key: str
    label: str
    explanation: str
    rule: str | None = None
    pos: tuple[str, ...] = ()
    neutral: str | None = None
    unless: frozenset[str] = frozenset()
    only_with: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def explain(self, text: str) -> str:
        return self.explanation.replace("{text}", text)

    def fits_context(self, span: Span) -> bool:
        """The entry's context keys (``unless``, ``only_with``, ``not_before``,
        ``not_after``) allow a mark on ``span``."""
        doc = span.doc
        if self.not_before and span.end < len(doc) and _forms(doc[span.end]) & self.not_before:
            return False
        if self.not_after and span.start > 0 and _forms(doc[span.start - 1]) & self.not_after:
            return False
        if self.unless or self.only_with:
            words = {_lemma(t) for t in sentence_of(span)}
            if self.unless and words & self.unless:
                return False
            if self.only_with and not words & self.only_with:
                return False
        return True


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _forms(tok: Any) -> set[str]:
    """A word as written and as its dictionary form ("best" and "good")."""
    return {tok.lower_, tok.lemma_.lower()}


#: Where a participle the tagger read as a verb stands as an adjective: before a noun,
#: after a copula, or opening a headline-like sentence ("Trailblazing Tollbridge start-up").
PARTICIPLE_DEPS = ("amod", "acomp", "oprd", "csubj", "conj", "ROOT")


def _adjectival(tok: Any) -> bool:
    """A participle used as an adjective: before a noun, or after a copula ("testers are
    smitten"), not a passive done to a thing ("the fish will be gutted on deck")."""
    if tok.dep_ not in PARTICIPLE_DEPS:
        return False
    if tok.dep_ in ("amod", "csubj"):
        return True
    from kit.lenses.judgement_lexicon import default_lexicon, is_person

    aux = [c for c in tok.children if c.dep_ == "auxpass"]
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not passive and not aux:
        return True  # "testers are smitten", "the men gutted on shore"
    # the subject, also when the parser hung it on the auxiliary ("Investors are, it
    # seems, besotted")
    passive += [s for a in aux for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(is_person(s, default_lexicon()) for s in passive)


def _pos_fits(span: Span, pos: tuple[str, ...]) -> bool:
    """The first word has one of the parts of speech. A hyphenated word ("eye-watering",
    three tokens) is not checked: the tagger reads its parts, not the whole word.
    A rare common noun the small tagger calls a proper noun ("the brazen lout", "lout"
    tagged PROPN) is still a noun when it is written in lower case: names are capitalised.
    An adjective the tagger reads as the first noun of a compound ("These crackpot
    proposals": "crackpot" tagged NOUN, compound of "proposals") is still an adjective
    when it stands alone, in lower case, straight before the noun it describes (only for
    entries that are adjectives and nothing else: "scheme" and "stun" are verbs too)."""
    first = span[0]
    if first.pos_ == "PROPN" and "NOUN" in pos and first.text.islower():
        return True
    if pos == ("ADJ",) and _attributive_noun(span):
        return True
    return first.pos_ in pos or any(t.text == "-" for t in span)


def _attributive_noun(span: Span) -> bool:
    """One lower-case word tagged NOUN, a compound of the very next word, itself a noun."""
    first = span[0]
    return (
        len(span) == 1
        and first.pos_ == "NOUN"
        and first.dep_ == "compound"
        and first.text.islower()
        and first.head.i == first.i + 1
        and first.head.pos_ == "NOUN"
    )


CONTEXT_KEYS = ("unless", "only_with", "not_before", "not_after")


def _words(value: Any, where: str, key: str) -> frozenset[str]:
    """A context key's word list as a set of lower-case lemmas."""
    if value is None:
        return frozenset()
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise KitError(f"{where}: {key} must be a list of words (put yes/no/on in quotes)")
    return frozenset(v.lower() for v in values)


def read_lexicon(spec: str | Path) -> dict[str, Any]:
    """The parsed YAML of a word list ("hedges" for ``kit/lexicons/hedges.yaml``, or a
    path), read by the one loader (:func:`kit.lexicon.load_entries`)."""
    return lexicon.load_entries(spec)


def check_entries(data: dict[str, Any], where: str) -> dict[str, Any]:
    """A word list needs a top-level ``entries:`` list."""
    if not isinstance(data.get("entries"), list):
        raise KitError(f"word list {where} needs a top-level 'entries:' list")
    return data


_ANCHOR_ATTRS = ("LOWER", "LEMMA", "ORTH", "NORM")
# words in nearly every sentence: the worst anchors (stop words are the next worst)
_VERY_COMMON = frozenset({
    "a", "an", "the", "be", "have", "do", "to", "of", "in", "on", "at", "by", "for", "with",
    "as", "and", "or", "but", "that", "this", "it", "which", "not", "no", "'s", "-", ",", ".",
})  # fmt: skip


#: The sentence starts and each token's sentence, with the ``SENT_START`` column they
#: were read from: the word lists of one component call share them (the column is kept
#: per call by ``doc_array``, and read-only, so the same object means the same bounds).
_SENTENCES: dict[str, Any] = {}


def _sentence_index(doc: Doc) -> tuple[list[int], np.ndarray]:
    """Each sentence's first token, and each token's sentence number."""
    column = doc_array(doc, "SENT_START")
    if _SENTENCES.get("column") is not column:
        is_start = column == 1
        is_start[0] = True
        sent_of = np.cumsum(is_start) - 1
        sent_of.flags.writeable = False
        _SENTENCES.update(column=column, found=(np.flatnonzero(is_start).tolist(), sent_of))
    return _SENTENCES["found"]


class Anchors:
    """For each token pattern, the words it cannot match without ("their" and "boss" in
    "their boss").

    Matching costs time for every pattern at every token, but most sentences hold the
    required words of no pattern, and a sentence that holds some seldom holds those of
    more than one or two: each entry's patterns then run only over the sentences that
    hold every required word of one of them. A pattern that requires only very common
    words ("no") is anchored on those; one made only of optional or shape-only tokens
    (nothing to require) makes every document matched whole, as before.
    """

    def __init__(self, nlp: Language) -> None:
        self.word_sets: dict[tuple[str, frozenset[str]], int] = {}  # (attr, words) -> id
        self.required: list[tuple[int, ...]] = []  # per pattern: the word sets it needs
        self.owners: list[int] = []  # per pattern: the entry (its matcher) it belongs to
        self.whole_doc = False
        self._entries = 0  # how many entries have anchored patterns
        self._lookup: dict[str, dict[int, list[int]]] | None = None  # attr -> word -> sets
        self._ids: dict[str, np.ndarray] = {}
        #: first word set -> the patterns that need it first (only those can match when
        #: it is present: most documents hold the first word of a few patterns only)
        self._by_first: dict[int, list[int]] = {}

    def add(self, pattern: list[dict[str, Any]], owner: int = 0) -> None:
        """Record the word sets one token pattern (of entry ``owner``) needs, one per
        required token and attribute."""
        needed, common = set(), []
        for spec in pattern:
            if spec.get("OP") not in (None, "+", "1"):
                continue
            for attr in _ANCHOR_ATTRS:
                value = spec.get(attr)
                if isinstance(value, dict) and list(value) == ["IN"]:
                    words = frozenset(str(v) for v in value["IN"])
                elif isinstance(value, str):
                    words = frozenset({value})
                else:
                    continue
                if words and not words & _VERY_COMMON:  # "the" or "be" rules nothing out
                    needed.add(self.word_sets.setdefault((attr, words), len(self.word_sets)))
                elif words:
                    common.append((attr, words))
        if not needed and common:
            # only very common words to require ("no" in "no sensible person"): still
            # fewer sentences than the whole document
            needed = {self.word_sets.setdefault(key, len(self.word_sets)) for key in common}
        if not needed:
            self.whole_doc = True
            return
        self.required.append(tuple(sorted(needed)))
        self.owners.append(owner)
        self._entries = len(set(self.owners))
        self._lookup = None

    def _compile(self, doc: Doc) -> dict[str, dict[int, list[int]]]:
        strings = doc.vocab.strings
        lookup: dict[str, dict[int, list[int]]] = {}
        for (attr, words), set_id in self.word_sets.items():
            for word in words:
                lookup.setdefault(attr, {}).setdefault(strings.add(word), []).append(set_id)
        self._ids = {a: np.array(sorted(ws), dtype="uint64") for a, ws in lookup.items()}
        self._by_first = {}
        for k, needed in enumerate(self.required):
            self._by_first.setdefault(needed[0], []).append(k)
        return lookup

    def sentences(self, doc: Doc) -> list[tuple[int, int]] | None:
        """(start, end) of each sentence holding every required word of some pattern,
        or None to match the whole doc."""
        found = self.candidates(doc)
        return None if found is None else [(start, end) for start, end, _ in found]

    def candidates(self, doc: Doc) -> list[tuple[int, int, list[int]]] | None:
        """(start, end, owners) of each sentence holding every required word of some
        pattern, with the entries (owners) of those patterns; or None to match the whole
        doc with every pattern."""
        if self.whole_doc or not doc.has_annotation("SENT_START") or not len(doc):
            return None
        if self._lookup is None:
            self._lookup = self._compile(doc)
        starts, sent_of = _sentence_index(doc)
        present: dict[int, set[int]] = {}  # word set -> the sentences holding one
        for attr, lookup in self._lookup.items():
            values = doc_array(doc, attr)
            hits = np.flatnonzero(doc_in(doc, attr, self._ids[attr]))
            # each (word, sentence) once: a common anchor word recurs within a sentence
            # (the order is of no account: what is found is sorted below)
            pairs = set(zip(values[hits].tolist(), sent_of[hits].tolist(), strict=True))
            for word, sent in pairs:
                for set_id in lookup[word]:
                    present.setdefault(set_id, set()).add(sent)
        wanted: dict[int, set[int]] = {}  # sentence -> the owners of patterns it may hold
        by_first = self._by_first
        for k in [k for first in present if first in by_first for k in by_first[first]]:
            needed, owner = self.required[k], self.owners[k]
            found = present[needed[0]]
            for set_id in needed[1:]:
                if not found:
                    break
                found = found & present.get(set_id, set())
            for sent in found:
                wanted.setdefault(sent, set()).add(owner)
        ends = [*starts[1:], len(doc)]
        found_spans = [(starts[s], ends[s], sorted(wanted[s])) for s in sorted(wanted)]
        # a sentence costs its length times the entries whose patterns run over it; the
        # whole doc, its length times every entry (a long list is dearer whole than over
        # even most of its sentences entry by entry)
        work = sum((end - start) * len(owners) for start, end, owners in found_spans)
        if work > len(doc) * self._entries // 2:
            return None  # one pass over the whole doc is cheaper
        return found_spans


class WordList:
    """The entries of one word list, compiled into a Matcher and a PhraseMatcher."""

    def __init__(
        self,
        nlp: Language,
        spec: str | Path,
        labels: tuple[str, ...] = (),
        data: dict[str, Any] | None = None,
    ) -> None:
        """``spec``: a name in ``kit/lexicons/`` or a path; ``data``: its parsed YAML, if
        already read (a component passes what it loaded, or what ``from_disk`` restored)."""
        name = lexicon.lexicon_path(spec, str(spec)).stem
        data = read_lexicon(spec) if data is None else check_entries(data, f"{name}.yaml")
        self._header = {k: v for k, v in data.items() if k != "entries"}
        self.name = name
        self.entries: dict[str, Entry] = {}
        self.matcher = Matcher(nlp.vocab)  # every token pattern, for a whole-doc pass
        self._own: list[Matcher] = []  # per entry with token patterns: its patterns alone
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.lemma_index: dict[int, list[str]] = {}
        self._lemma_array: np.ndarray | None = None
        self.anchors = Anchors(nlp)
        known = {"term", "lemma", "pattern", "label", "explanation", "rule", "pos", "neutral",
                 *CONTEXT_KEYS}  # fmt: skip
        for i, raw in enumerate(data["entries"]):
            where = f"{name}.yaml entry {i + 1}"
            if not isinstance(raw, dict):
                raise KitError(f"{where} is not a mapping")
            label, explanation = raw.get("label"), raw.get("explanation")
            if not label or not explanation:
                raise KitError(f"{where} needs a label and an explanation")
            if labels and label not in labels:
                raise KitError(f"{where}: label {label!r} is not one of {', '.join(labels)}")
            key = f"{name}:{i}"
            pos = raw.get("pos") or ()
            self.entries[key] = Entry(
                key=key,
                label=str(label),
                explanation=" ".join(str(explanation).split()),
                rule=raw.get("rule"),
                pos=tuple([pos] if isinstance(pos, str) else pos),
                neutral=raw.get("neutral"),
                **{k: _words(raw.get(k), where, k) for k in CONTEXT_KEYS},
                extra={k: v for k, v in raw.items() if k not in known},
            )
            for k in ("term", "lemma"):
                values = raw.get(k)
                for v in values if isinstance(values, list) else [values]:
                    if k in raw and not isinstance(v, str):
                        raise KitError(
                            f"{where}: {k} {v!r} is not text; put words like on, no, yes "
                            "or numbers in quotation marks"
                        )
            if "term" in raw:
                terms = raw["term"] if isinstance(raw["term"], list) else [raw["term"]]
                self.phrases.add(key, [nlp.make_doc(str(t)) for t in terms])
            elif "lemma" in raw:
                lemmas = raw["lemma"] if isinstance(raw["lemma"], list) else [raw["lemma"]]
                pats = []
                for lem in map(str, lemmas):
                    if " " in lem.strip():
                        pats.append([{"LEMMA": w} for w in lem.split()])
                    elif len(pieces := [t.lower_ for t in nlp.make_doc(lem.strip())]) > 1:
                        # "world-class" is three tokens: the last one inflects
                        first = [{"LOWER": w} for w in pieces[:-1]]
                        pats.append([*first, {"LEMMA": pieces[-1]}])
                        pats.append([*first, {"LOWER": pieces[-1]}])
                    else:  # one word: a hash lookup, cheaper than a Matcher pattern
                        lemma_id = nlp.vocab.strings.add(lem.strip())
                        self.lemma_index.setdefault(lemma_id, []).append(key)
                if pats:
                    self._add_patterns(nlp, key, pats)
            elif "pattern" in raw:
                try:
                    self._add_patterns(nlp, key, [raw["pattern"]])
                except (ValueError, TypeError) as err:
                    raise KitError(f"{where}: bad token pattern: {err}") from err
            else:
                raise KitError(f"{where} needs a term, a lemma or a pattern")

    def _add_patterns(self, nlp: Language, key: str, pats: list[list[dict[str, Any]]]) -> None:
        own = Matcher(nlp.vocab)
        own.add(key, pats)
        self.matcher.add(key, pats)
        for pat in pats:
            self.anchors.add(pat, len(self._own))
        self._own.append(own)

    def _pattern_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The token patterns' matches: each entry's patterns run only over the sentences
        holding the required words of one of them. Two entries matching the very same
        words of a sentence take that sentence's one-matcher pass instead, so that the
        matches come in the order one ``Matcher`` gives them (the first of two equal
        spans wins later on)."""
        found = self.anchors.candidates(doc)
        if found is None:
            return list(self.matcher(doc))
        out = []
        for sent_start, sent_end, owners in found:
            sent = Span(doc, sent_start, sent_end)  # (no slice: its bounds check costs as much)
            matches = [m for owner in owners for m in self._own[owner](sent)]
            if len(owners) > 1 and len({m[1:] for m in matches}) < len(matches):
                matches = self.matcher(sent)
            out += [(key, sent_start + start, sent_start + end) for key, start, end in matches]
        return out

    @property
    def _lemma_ids(self) -> np.ndarray:
        if self._lemma_array is None:
            self._lemma_array = np.array(sorted(self.lemma_index), dtype="uint64")
        return self._lemma_array

    @property
    def header(self) -> dict[str, Any]:
        """The word list's top-level notes (name, source, ...), without the entries."""
        return dict(self._header)

    def __call__(self, doc: Doc) -> list[tuple[Entry, Span]]:
        """Every match in ``doc`` as (entry, span), in text order, overlaps kept."""
        matches = [
            (self.entries[doc.vocab.strings[match_id]], start, end)
            for match_id, start, end in [
                *(self._pattern_matches(doc) if len(self.matcher) else ()),
                *(self.phrases(doc) if len(self.phrases) else ()),
            ]
        ]
        participles: set[tuple[str, int]] = set()
        if self.lemma_index and len(doc):
            lemmas, forms = doc_array(doc, LEMMA), doc_array(doc, LOWER)
            hits = np.flatnonzero(doc_in(doc, LEMMA, self._lemma_ids))
            for i in hits.tolist():
                for key in self.lemma_index[int(lemmas[i])]:
                    matches.append((self.entries[key], i, i + 1))
            # a listed adjective in -ing/-en that the tagger read as a verb form, whose
            # lemma is then the verb ("a dazzling app": "dazzle"; "smitten": "smite")
            hits = np.flatnonzero(doc_in(doc, LOWER, self._lemma_ids) & (forms != lemmas))
            for i in hits.tolist():
                if doc[i].tag_ in ("VBG", "VBN") and _adjectival(doc[i]):
                    for key in self.lemma_index[int(forms[i])]:
                        participles.add((key, i))
                        matches.append((self.entries[key], i, i + 1))
        found = []
        for entry, start, end in matches:
            participle = (entry.key, start) in participles and "ADJ" in (entry.pos or ("ADJ",))
            if entry.pos and not participle and not _pos_fits(doc[start:end], entry.pos):
                continue
            span = Span(doc, start, end)
            if not entry.fits_context(span):
                continue
            found.append((entry, span))
        found.sort(key=lambda m: (m[1].start, -len(m[1])))
        return found
