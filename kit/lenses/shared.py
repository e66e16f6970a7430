"""Helpers shared by more than one lens: name checks, sentence bounds, overlaps, stance.

Nothing here knows about a particular lens; a lens imports from here, never
from another lens.
"""

from __future__ import annotations

import re
import sys
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import (
    DEP,
    HEAD,
    IDS,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kit import lexicon
from kit.quotes import Quote, find_quotes

#: Quotation marks as single tokens.
QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}

#: Named-entity types whose words are names or titles, never cue words: "Will" the
#: person, "Sun" the surname. Month and day names ("May", "Mar") are proper nouns.
NAME_ENTITIES = {
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "FAC",
    "LOC",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "PRODUCT",
    "LANGUAGE",
}


def is_name(span: Span) -> bool:
    """True if the span's words belong to a name or are proper nouns ("May", "Will")."""
    return any(
        tok.tag_ in ("NNP", "NNPS")
        or (tok.ent_type_ in NAME_ENTITIES and tok.tag_ not in COMMON_WORD_TAGS)
        for tok in span
    )


#: Tags of ordinary words the entity recogniser sometimes swallows into a name
#: ("Heartbroken reality queen ..." read as an organisation). A modal inside a
#: name ("Will" Smith) is not among them.
COMMON_WORD_TAGS = {
    "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
}  # fmt: skip


@cache
def person_heads() -> frozenset[str]:
    """Everyday nouns for a person (``source_types.yaml``, ``person_heads``): the
    attribution, speaker and hedging lenses all tell a person from a thing with them."""
    return frozenset(lexicon.words(lexicon.load("source_types", "source_types"), "person_heads"))


def keep_longest(spans: list[tuple[Any, Span]]) -> list[tuple[Any, Span]]:
    """Drop matches overlapping a longer (or earlier, equally long) one."""
    taken: set[int] = set()
    kept = []
    for item in sorted(spans, key=lambda m: (-len(m[1]), m[1].start)):
        span = item[1]
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(item)
    return sorted(kept, key=lambda m: m[1].start)


_ARRAYS_KEY = "kit_doc_arrays"


def doc_array(doc: Doc, attr: int | str) -> np.ndarray:
    """``doc.to_array(attr)`` for one attribute, read once per component call: each
    ``to_array`` walks every token again, and the lenses read the same few attributes
    dozens of times a document (dropped by :func:`forget_sentences`). Read-only: a caller
    that would change it works on a copy."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None:
        arrays = _fresh_store(doc)
    key = IDS[attr] if isinstance(attr, str) else attr
    found = arrays.get(key)
    if found is None:
        kept = _lexical(doc) if key in LEXICAL_ATTRS else None
        found = kept.get(key) if kept is not None else None
        if found is None:
            found = doc.to_array(key)
            found.flags.writeable = False
            if kept is not None:
                kept[key] = found
        arrays[key] = found
    return found


#: What the last component read of each live Doc (its token arrays, their distinct ids
#: and the sentence bounds), kept beside the Doc when it was done with
#: it (:func:`forget_sentences`); never in it, so nothing goes out with the doc.
_CARRIED: weakref.WeakKeyDictionary[Doc, dict] = weakref.WeakKeyDictionary()


def _fresh_store(doc: Doc) -> dict:
    """A component's first read of ``doc``: it takes over what the component before it
    read, array by array, where the Doc still holds the same values (all compared in one
    pass), so the lenses that run one after another do not read and sort the same
    attributes again; an attribute a component changed in between is read afresh."""
    store: dict = {}
    carried = _CARRIED.pop(doc, None)
    # (a lexeme's attributes are kept per Doc already, while the token texts stay the
    # same: _lexical, which reads the texts the store takes over here)
    attrs = [k for k in carried or () if isinstance(k, int) and k not in LEXICAL_ATTRS]
    if attrs and len(doc):
        now = doc.to_array(attrs)
        for col, attr in enumerate(attrs):
            if np.array_equal(now[:, col], carried[attr]):
                store[attr] = carried[attr]
                if ("ids", attr) in carried:
                    store[("ids", attr)] = carried[("ids", attr)]
        if carried.get(_SENT_KEY) is not None and SENT_START in store:
            doc.user_data.setdefault(_SENT_KEY, carried[_SENT_KEY])
    doc.user_data[_ARRAYS_KEY] = store
    return store


def drop_carried(doc: Doc) -> None:
    """Forget what an earlier pass of the kit's components read of ``doc`` (the kit's
    first component calls this: a new pass starts from the Doc itself)."""
    _CARRIED.pop(doc, None)


#: Attributes of a token's lexeme (its text's lower case, length and shape flags): the
#: same while the tokens' texts are, so read once per Doc for all the lenses (see
#: :func:`_lexical`), not once per component call.
LEXICAL_ATTRS = frozenset({LOWER, LENGTH, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_UPPER, IS_TITLE})

#: Each live Doc's lexeme arrays and their distinct ids (:func:`doc_ids`), with the token
#: texts and trailing spaces they were read with; kept beside the Doc, never in it.
_DOC_LEXICAL: weakref.WeakKeyDictionary[Doc, dict] = weakref.WeakKeyDictionary()


#: Where a component call's store (:func:`doc_array`) notes the lexeme arrays it checked.
_LEXICAL_KEY = "lexical"


def _lexical(doc: Doc) -> dict:
    """The lexeme arrays kept for ``doc``, or a fresh store if its tokens are not the ones
    they were read from (a component that merges or splits tokens changes their texts):
    the tokens' texts and spaces are read in each component call anyway, and while they
    are the same, so is every attribute of their lexemes. Checked once per component
    call: the call's store notes what it found (its texts and spaces, read once, are
    what any later check in the call would compare again)."""
    store = doc.user_data[_ARRAYS_KEY]
    kept = store.get(_LEXICAL_KEY)
    if kept is not None:
        return kept
    orth, space = doc_array(doc, ORTH), doc_array(doc, SPACY)
    kept = _DOC_LEXICAL.get(doc)
    if kept is None or not (
        # the very arrays: taken over from the component before, checked then (_fresh_store)
        kept[ORTH] is orth and kept[SPACY] is space
        or np.array_equal(kept[ORTH], orth) and np.array_equal(kept[SPACY], space)
    ):
        kept = _DOC_LEXICAL[doc] = {ORTH: orth, SPACY: space}
    store[_LEXICAL_KEY] = kept
    return kept


def doc_ids(doc: Doc, attr: int | str) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ids of one attribute, sorted, and where each token's id stands among
    them (``np.unique(..., return_inverse=True)``), once per component call like
    :func:`doc_array` (once per Doc for a lexeme attribute, or the token texts): a test
    of the tokens against a word list then searches each distinct id once, not each
    token's."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None:
        arrays = _fresh_store(doc)
    attr_id = IDS[attr] if isinstance(attr, str) else attr
    key = ("ids", attr_id)
    found = arrays.get(key)
    if found is None:
        kept = _lexical(doc) if attr_id in LEXICAL_ATTRS or attr_id == ORTH else None
        found = kept.get(key) if kept is not None else None
        if found is None:
            distinct, inverse = np.unique(doc_array(doc, attr), return_inverse=True)
            distinct.flags.writeable = inverse.flags.writeable = False
            found = (distinct, inverse)
            if kept is not None:
                kept[key] = found
        doc.user_data[_ARRAYS_KEY][key] = found
    return found


def doc_in(doc: Doc, attr: int | str, ids: np.ndarray) -> np.ndarray:
    """``in_sorted(doc_array(doc, attr), ids)``, by way of :func:`doc_ids`."""
    distinct, inverse = doc_ids(doc, attr)
    return in_sorted(distinct, ids)[inverse]


def doc_arrays(doc: Doc, attrs: list[int | str]) -> np.ndarray:
    """``doc.to_array(attrs)`` (one column an attribute) from :func:`doc_array`'s columns."""
    if not len(doc):
        return np.zeros((0, len(attrs)), dtype="uint64")
    return np.column_stack([doc_array(doc, a) for a in attrs])


class DocTree(NamedTuple):
    """A document's parse as plain lists, one entry a token (see :func:`doc_tree`): each
    token's head (its offset, not spaCy's relative one), dependency label and coarse
    tag as string ids, and every token's children in text order (what ``Token.children``
    gives: ``kids[starts[i] : starts[i + 1]]``, see :meth:`children`). A rule that walks
    the tree reads these instead of a Token object per step (``doc[i]``, ``token.head``,
    ``token.children`` each build new ones). Plain data (a tuple of lists, few objects:
    read for every document, kept only for one component call)."""

    heads: list[int]
    deps: list[int]
    pos: list[int]
    kids: list[int]
    starts: list[int]

    @classmethod
    def read(cls, doc: Doc) -> DocTree:
        """The tree of ``doc`` as it stands."""
        n = len(doc)
        if not n:
            return cls([], [], [], [], [0])
        rel = doc_array(doc, HEAD).astype(np.int64)  # (negative offsets come as uint64)
        heads = rel + np.arange(n)
        # each token under its head (a root under none: n), in text order within a head
        under = np.where(rel == 0, n, heads)
        kids = np.argsort(under, kind="stable")
        starts = np.concatenate(([0], np.cumsum(np.bincount(under, minlength=n + 1))))
        return cls(
            heads.tolist(),
            doc_array(doc, DEP).tolist(),
            doc_array(doc, POS).tolist(),
            kids.tolist(),
            starts.tolist(),
        )

    def children(self, i: int) -> list[int]:
        """Token ``i``'s children, in text order."""
        return self.kids[self.starts[i] : self.starts[i + 1]]


@cache
def label_ids(labels: tuple[str, ...] | frozenset[str]) -> frozenset[int]:
    """The string ids of ``labels`` (dependency labels, tags: a label spaCy knows as a
    symbol has the symbol's id, as in the parse's arrays), worked out once per label set."""
    return frozenset(get_string_id(label) for label in labels)


def children_by_dep(tok: Token, labels: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """``[c for c in tok.children if c.dep_ in labels]``, read from the parse's lists
    where the component call has read them (:func:`doc_tree`): a Token object only for
    each child kept, none to ask the others' labels."""
    doc = tok.doc
    arrays = doc.user_data.get(_ARRAYS_KEY)
    tree = arrays.get(_TREE_KEY) if arrays is not None else None
    if tree is None:  # (a component that walks little reads no tree for it)
        return [c for c in tok.children if c.dep_ in labels]
    ids, deps = label_ids(labels), tree.deps
    return [doc[c] for c in tree.children(tok.i) if deps[c] in ids]


#: Where :func:`doc_tree` keeps a component call's tree: in the call's store of arrays
#: (:func:`doc_array`), so it goes with them (:func:`forget_sentences`) and never out
#: with the doc; the next component reads its own (a component may change the parse).
_TREE_KEY = "tree"


def doc_tree(doc: Doc) -> DocTree:
    """The document's parse as plain lists (:class:`DocTree`), read once per component
    call like :func:`doc_array`."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None:
        arrays = _fresh_store(doc)
    tree = arrays.get(_TREE_KEY)
    if tree is None:
        tree = DocTree.read(doc)
        doc.user_data[_ARRAYS_KEY][_TREE_KEY] = tree
    return tree


_CHARS_KEY = "chars"


def token_chars(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and the character after its last (``token.idx`` and
    ``token.idx + len(token)``) as two lists, read once per component call like
    :func:`doc_array` (kept with its arrays): no Token object to ask a token's offsets."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None:
        arrays = _fresh_store(doc)
    found = arrays.get(_CHARS_KEY)
    if found is None:
        if len(doc):
            starts = doc_array(doc, IDX).astype(np.int64)
            found = (starts.tolist(), (starts + doc_array(doc, LENGTH).astype(np.int64)).tolist())
        else:
            found = ([], [])
        doc.user_data[_ARRAYS_KEY][_CHARS_KEY] = found
    return found


_SENT_KEY = "kit_sentence_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Every sentence's (start, end) token offsets, computed once per Doc (``doc.sents``
    builds its spans again on each call)."""
    bounds = doc.user_data.get(_SENT_KEY)
    if bounds is None:
        if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
            # what doc.sents gives, read from the sentence-start flags (no Span objects):
            # a sentence starts at 0 and at every later token flagged 1
            flags = doc_array(doc, SENT_START)
            bounds = doc.user_data.get(_SENT_KEY)  # (the component before may have left them)
            if bounds is not None:
                return bounds
            starts = [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()]
            bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True)) if len(doc) else []
        elif doc.has_annotation("SENT_START"):
            bounds = [(s.start, s.end) for s in doc.sents]
        else:
            bounds = [(0, len(doc))]
        doc.user_data[_SENT_KEY] = bounds
    return bounds


def sentence_of(span: Span | Any) -> Span:
    """The sentence holding ``span`` (or a token), without spaCy's per-call scan of
    every sentence: bounds are computed once per Doc and kept as plain ints."""
    doc = span.doc
    i = span.i if hasattr(span, "i") else span.start
    bounds = sentence_bounds(doc)
    # the last sentence starting at or before i (bounds are sorted, starts distinct)
    start, end = bounds[max(bisect_right(bounds, (i, sys.maxsize)) - 1, 0)]
    return Span(doc, start, end)  # (doc[start:end] checks the bounds again, in Python)


def entity_at(token: Any) -> Span | None:
    """The named entity a token is part of, found from the token's own IOB tags.

    ``doc.ents`` builds every entity on each call, so searching it once per speaker
    makes a long article quadratic; this walks only the entity's own tokens.
    """
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def entities_in(span: Span) -> list[Span]:
    """The named entities that lie wholly inside ``span`` (what ``span.ents`` gives),
    found in the span's own tokens rather than by scanning every entity of the doc."""
    found = []
    i = span.start
    while i < span.end:
        ent = entity_at(span.doc[i])
        if ent is None:
            i += 1
            continue
        if ent.start >= span.start and ent.end <= span.end:
            found.append(ent)
        i = max(ent.end, i + 1)
    return found


#: Each string id's text, kept across documents (a hash names the same string whatever
#: attribute it came from: ORTH, LOWER, LEMMA).
_STRINGS: dict[int, str] = {}


def strings_of(ids: list[int], doc: Doc) -> list[str]:
    """The texts of string ids, looked up in the vocabulary once per distinct id."""
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:  # a word not seen before
        strings = doc.vocab.strings
        for h in ids:
            if h not in _STRINGS:
                _STRINGS[h] = strings[h]
        return list(map(_STRINGS.__getitem__, ids))


#: Each live Doc's text, joined once for all the lenses: a Doc's text never changes (a
#: retokenizer merges and splits tokens within it), and an entry goes with its Doc.
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


#: Characters outside ASCII that a case-blind regex takes for an ASCII letter ("ſ" for
#: "s", the Kelvin sign for "k", "ı" and "İ" for "i"): a text holding one gets no
#: precheck by lower-cased substrings (:func:`may_match`).
CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_match(text: str, words: tuple[str, ...]) -> bool:
    """False only when a case-blind regex cannot match ``text``: ``words`` (lower case)
    holds, for each alternative of the regex, a word that every match of it contains. A
    few substring tests, far cheaper than the regex, which tries its alternation at every
    position of the text."""
    if any(c in text for c in CASE_TRAPS):
        return True
    return any(map(text.lower().__contains__, words))


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (``Doc.text`` joins every token anew each time
    it is read), from the tokens' ids and trailing spaces rather than from a Token object
    per token; kept beside the Doc, never in it (nothing goes out with the doc)."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = joined_text(doc)
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text joined once (:func:`doc_text`) at the span's
    character offsets: ``Span.text`` builds a Token object for every word to join their
    texts again, and the speaker and source rules ask it of every entity."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


#: Each live Doc's quotations (``find_quotes`` of its text), found once for all the lenses.
_DOC_QUOTES: weakref.WeakKeyDictionary[Doc, tuple[Quote, ...]] = weakref.WeakKeyDictionary()


def doc_quotes(doc: Doc) -> list[Quote]:
    """``find_quotes(doc_text(doc))``, found once per Doc like :func:`doc_text` (the
    text never changes, and a Quote is immutable)."""
    found = _DOC_QUOTES.get(doc)
    if found is None:
        found = _DOC_QUOTES[doc] = tuple(find_quotes(doc_text(doc)))
    return list(found)


#: The writer's own article, perhaps with a word or two of their own, before a quotation that
#: names a thing ('promised a "hedgerow plan"', 'a new "hub"'); read by the attribution lens
#: (no content) and the loaded lens (a scare quote) alike.
WRITERS_ARTICLE = r"\s+(?:an?|the)(?:\s+[a-z][a-z'’-]*){0,2}?"


def short_lowercase_label(inner: str) -> bool:
    """A quotation of one to four lower-case words with no sentence punctuation
    ('"hedgerow plan"'): a name for a thing, not a sentence someone said."""
    words = re.findall(r"[\w'’-]+", inner)
    return 0 < len(words) <= 4 and inner.islower() and not re.search(r"[.!?;:]", inner)


#: A separator between the short segments of a furniture line: "THE CRIER | No. 211".
_FURNITURE_SPLIT = re.compile(r"\s[|\u2022\u00b7]\s")
#: The most words a segment of a furniture line holds: a title, "Free to every
#: household", "Share on social", "Height: 18 m"; a sentence of prose is longer.
FURNITURE_SEGMENT_WORDS = 8
_FURNITURE_IDS = np.array(
    sorted(get_string_id(m) for m in ("|", "\u2022", "\u00b7")), dtype=np.uint64
)


def furniture_lines(doc: Doc) -> list[tuple[int, int]]:
    """The lines of page furniture (character ranges): a line of two or more short
    segments split by "|" (or a bullet), as a masthead ("THE CRIER | Independent since
    1979 | Free to every household | No. 211"), a fact box or a row of links prints them.
    Furniture is the page's, never a claim of the writer's, so no lens marks in it."""
    if not furniture_bars(doc):
        return []  # (the common case: no "|" token, and the text is never joined)
    text = doc_text(doc)
    out, start = [], 0
    for line in text.split("\n"):
        if _FURNITURE_SPLIT.search(line):
            parts = [p for p in _FURNITURE_SPLIT.split(line) if p.strip()]
            if len(parts) >= 2 and all(len(p.split()) <= FURNITURE_SEGMENT_WORDS for p in parts):
                out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def furniture_bars(doc: Doc) -> list[int]:
    """The positions of the separator tokens furniture lines are split by ("|"), read
    as ids: a lens checks a mark against :func:`furniture_lines` only near one."""
    if not len(doc):
        return []
    return np.flatnonzero(doc_in(doc, ORTH, _FURNITURE_IDS)).tolist()


def near_bar(start: int, bars: list[int]) -> bool:
    """A separator within a furniture segment's reach of token ``start``."""
    i = bisect_right(bars, start)
    reach = FURNITURE_SEGMENT_WORDS + 4
    return (i < len(bars) and bars[i] - start <= reach) or (i > 0 and start - bars[i - 1] <= reach)


def within(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the characters ``start``..``end`` lie inside one of ``ranges``."""
    return any(s <= start and end <= e for s, e in ranges)


def joined_text(doc: Doc) -> str:
    """``doc.text`` (each token's text, then a space where it has one), built from the
    tokens' ids; not kept (see :func:`doc_text` for a lens's cached copy)."""
    if not len(doc):
        return ""
    words = strings_of(doc_array(doc, ORTH).tolist(), doc)
    for i in np.flatnonzero(doc_array(doc, SPACY)).tolist():
        words[i] += " "
    return "".join(words)


def tokens_where(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """The positions of the tokens whose string attribute ``attr`` (``ORTH``, ``LOWER``,
    ``LEMMA`` from ``spacy.attrs``) passes ``keep``, in order. The values are read as
    hashes and each distinct string is tested once: a rule that looks for a few words
    need not build every token's string."""
    if not len(doc):
        return []
    distinct, inverse = doc_ids(doc, attr)
    strings = doc.vocab.strings
    kept = np.array([keep(strings[h]) for h in distinct.tolist()], dtype=bool)
    if not kept.any():
        return []
    return np.flatnonzero(kept[inverse]).tolist()


def tokens_back(doc: Doc, where: np.ndarray, end: int, start: int = 0) -> Iterator[Token]:
    """``reversed(doc[start:end])``, only the tokens flagged in ``where`` (one flag a token
    of the doc, from its arrays: ``doc_array(doc, LOWER) == tok.lower``): a walk back that
    builds a Token only for a word that can match."""
    for i in np.flatnonzero(where[start:end])[::-1].tolist():
        yield doc[start + i]


class Verdicts(dict):
    """Each string id's verdict (hash -> bool), kept across documents by a caller of
    :func:`tokens_where_known`, with the ids already judged also held as sorted arrays:
    a document's ids are then sorted out by binary search, and only ids judged since the
    arrays were last built are looked up one by one (the arrays are built again once
    enough new ids have come in)."""

    def __init__(self) -> None:
        super().__init__()
        self.judged = np.zeros(0, dtype="uint64")  # every id in the arrays, sorted
        self.kept = np.zeros(0, dtype="uint64")  # those whose verdict is True, sorted
        self.in_arrays = 0  # how many verdicts the arrays hold

    def refresh(self) -> None:
        """Build the arrays again when a good share of the verdicts is not in them."""
        if len(self) - self.in_arrays > max(256, self.in_arrays // 8):
            self.judged = np.array(sorted(self), dtype="uint64")
            self.kept = np.array(sorted(h for h, v in self.items() if v), dtype="uint64")
            self.in_arrays = len(self)


def tokens_where_known(
    doc: Doc, attr: int, keep: Callable[[str], bool], known: dict[int, bool]
) -> list[int]:
    """:func:`tokens_where` for a ``keep`` that depends on the string alone: each string's
    verdict is kept in ``known`` (hash -> verdict, held by the caller across documents;
    a :class:`Verdicts` for the fastest lookups), and the tokens are matched as an
    array, not one by one."""
    if not len(doc):
        return []
    distinct, inverse = doc_ids(doc, attr)
    ids = distinct
    kept_before = None
    if isinstance(known, Verdicts) and known.in_arrays:
        kept_before = known.kept
        ids = ids[~in_sorted(ids, known.judged)]  # the rest were judged before
    strings = doc.vocab.strings
    kept = []
    for h in ids.tolist():
        verdict = known.get(h)
        if verdict is None:
            verdict = known[h] = keep(strings[h])
        if verdict:
            kept.append(h)
    if isinstance(known, Verdicts):
        known.refresh()
    found = in_sorted(distinct, np.array(kept, dtype=distinct.dtype)) if kept else None
    if kept_before is not None and len(kept_before):
        before = in_sorted(distinct, kept_before)
        found = before if found is None else found | before
    return [] if found is None else np.flatnonzero(found[inverse]).tolist()


def in_sorted(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(values, ids)`` for ``ids`` sorted: one binary search per value, a tenth
    of ``np.isin``'s time on a document's few hundred hash ids."""
    if not len(ids):
        return np.zeros(len(values), dtype=bool)
    # (an id past the last is compared with the last: "clip" keeps the index in range;
    # the array's own searchsorted, not np.searchsorted's wrapper: this runs thousands
    # of times an article)
    return ids.take(ids.searchsorted(values), mode="clip") == values


def tokens_labelled(doc: Doc, dep: str, tag: str) -> list[Token]:
    """The tokens whose dependency label is ``dep`` and whose fine tag is ``tag``, in
    order, found in the parse's arrays (:func:`doc_array`): a rule that starts only from
    such tokens ("appos" nouns tagged "NNS") builds no Token object for the others."""
    if not len(doc):
        return []
    found = doc_array(doc, DEP) == get_string_id(dep)
    found &= doc_array(doc, TAG) == get_string_id(tag)
    return [doc[i] for i in np.flatnonzero(found).tolist()]


def proper_nouns(doc: Doc) -> list[int]:
    """The positions of the tokens tagged ``PROPN`` (read as ids, not as strings)."""
    return np.flatnonzero(doc_array(doc, POS) == PROPN).tolist() if len(doc) else []


_LOWER_KEY = "kit_doc_lowers"


def doc_lowers(doc: Doc) -> list[str]:
    """Each token's ``lower_``, read from the ids once per component call (dropped with
    the sentence bounds by :func:`forget_sentences`)."""
    lowers = doc.user_data.get(_LOWER_KEY)
    if lowers is None:
        ids = doc_array(doc, LOWER).tolist() if len(doc) else []
        lowers = strings_of(ids, doc)
        doc.user_data[_LOWER_KEY] = lowers
    return lowers


def forget_sentences(doc: Doc) -> None:
    """Drop the cached sentence bounds, lower-case forms and token arrays (a
    component calls this when done: they must not go out with the doc)."""
    store = doc.user_data.pop(_ARRAYS_KEY, None)
    bounds = doc.user_data.pop(_SENT_KEY, None)
    doc.user_data.pop(_LOWER_KEY, None)
    if store:  # (kept beside the doc for the next component: see _fresh_store)
        store.pop(_TREE_KEY, None)  # (never taken over: read afresh, and a tree's
        store.pop(_CHARS_KEY, None)  # lists kept for every doc in a batch weigh on the GC)
        if bounds is not None and "sents" not in doc.user_hooks:
            store[_SENT_KEY] = bounds
        _CARRIED[doc] = store


#: Verbs that "clearly" describes the manner of: "clearly marked", "spoke clearly".
MANNER_VERBS = lexicon.word_set("hedge_senses", "manner_verbs")
# verbs of proof ("show", "prove"): a booster in the hedging lens, no cue in attribution
EVIDENCE_VERBS = lexicon.word_set("hedge_senses", "evidence_verbs")


def stance_adverb(span: Span) -> bool:
    """ "obviously needs", "is clearly wrong"; not manner: "clearly marked", "spoke clearly"."""
    adverb = span[0]
    head = adverb.head
    if head is adverb:
        return True
    if head.dep_ in ("amod", "acl", "compound") and head.tag_ in ("VBN", "VBG", "JJ") and not (
        _quoted_after_have(adverb)
    ):
        return False  # "clearly marked lanes"
    if _manner_verb(head) and adverb.lower_ in ("clearly", "plainly") and not _document_act(head):
        return False  # "the rules are clearly defined", "she clearly explained the rules"
    nxt = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    if nxt is not None and nxt.lemma_ in MANNER_VERBS and nxt.tag_ in ("VBN", "JJ"):
        return False  # "signs are clearly visible"
    return not (adverb.i > head.i and head.pos_ == "VERB" and head.lemma_ != "be")


def _quoted_after_have(adverb: Token) -> bool:
    """ 'the bank had "clearly underestimated" inflation': a partial quote opened between
    "had" and the adverb, which the parser reads as an adjective before the noun; the
    participle after "had" is the verb of the clause, not a description (modalsAI)."""
    doc = adverb.doc
    if adverb.i < 2 or doc[adverb.i - 1].text not in QUOTE_MARKS:
        return False
    return doc[adverb.i - 2].lower_ in ("had", "has", "have", "'d", "'s", "'ve")


def _manner_verb(word: Token) -> bool:
    """A verb of the manner class, also as a participle the tagger read as an adjective
    ("the footpaths were clearly marked": "marked" tagged JJ, lemma "marked")."""
    if word.lemma_ in MANNER_VERBS:
        return True
    low = word.lower_
    if word.tag_ != "JJ" or not low.endswith("ed"):
        return False
    stems = (low[:-3] + "y", low[:-2], low[:-1], low[:-3])  # identified, marked, dated, labelled
    return any(stem in MANNER_VERBS for stem in stems)


#: Documents and findings that can flag or mark a problem ("the report clearly flagged").
DOCUMENT_NOUNS = frozenset(
    lexicon.words(lexicon.load("source_types", "source_types"), "document_heads")
) | lexicon.word_set("hedge_senses", "evidence_nouns")


def _document_act(verb: Token) -> bool:
    """ "The report clearly flagged the problem", "the memo plainly identified the
    valve": a document's own act (an active verb with an object, no place where a mark
    is put) that the writer vouches for; "the council has clearly marked it on its
    website" and "clearly marked paths" stay manner."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("on", "in", "at") for c in verb.children)


def noun_read_as_verb(word: Token) -> bool:
    """ "The quiz show that everyone watched": the tagger read the noun "show" as a
    plural-form verb (VBP) of a singular noun ("quiz"), which English does not allow
    ("the quiz shows"); the two words are one noun. Not "The data show that ..." nor
    "Surveys show that ..." (a plural subject)."""
    if word.tag_ != "VBP":
        return False
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ == "NN"
        and subject.i == word.i - 1
        and subject.lemma_.lower() not in ("data", "media", "staff", "police", "people")
    )


#: What a cinema, a theatre or a gallery shows (kit/lexicons/loaded_senses.yaml).
SHOWN_THINGS = lexicon.word_set("loaded_senses", "shown_things")


def exhibits(verb: Token) -> bool:
    """ "It shows 300 films a year", "the museum displays the charter": a verb of showing
    whose direct object is a film, a play or a work on display exhibits it and proves
    nothing, whatever the parser hangs after it (a quoted name read as a clause)."""
    if verb.lemma_.lower() not in ("show", "display", "screen", "exhibit"):
        return False
    if any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in SHOWN_THINGS
        for c in verb.children
    ):
        return True
    # a counted plural the parser read as a verb: "shows about 40 plays a season"
    for tok in verb.doc[verb.i + 1 : verb.i + 5]:
        if tok.is_punct or tok.lower_ == "that":
            return False
        if tok.i > 0 and tok.nbor(-1).like_num and tok.lower_.endswith("s"):
            return tok.lower_[:-1] in SHOWN_THINGS
    return False


def scene(clause: Token) -> bool:
    """A clause with no "that" and no tense of its own, what a picture holds: "(a video
    that showed) its fighters raising a flag", "(It shows the mayor, in a borrowed cap,)
    being pushed in by the clerk" (an -ing verb, or a passive with "being"); "shows
    that the fighters raised a flag" is a claim."""
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    if clause.tag_ == "VBG":
        return True
    return clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBG" for c in clause.children
    )


def depicts(verb: Token) -> bool:
    """ "It shows the mayor being pushed in": a verb of showing whose clause is a scene
    (:func:`scene`), what a photograph or a film holds, not a conclusion drawn."""
    return verb.lemma_.lower() in ("show", "depict", "capture") and any(
        c.dep_ == "ccomp" and scene(c) for c in verb.children
    )


#: A photo credit closing a caption paragraph ("Picture: Advertiser", "Photo: J. Roe").
CREDIT = re.compile(
    r"(?:^|\s)(?:photo(?:graph)?|picture|image|illustration)s?(?:\s+credit)?\s*:\s*"
    r"[^.!?:]{1,60}$",
    re.IGNORECASE,
)


def caption_at(doc: Doc, idx: int) -> bool:
    """Character ``idx`` stands in a photo caption, a short paragraph that ends with a
    picture credit ("Pupils enjoy a brilliant sports day. Photo: Ashby Academy"): the
    caption describes a picture, page furniture like a masthead, not the writer's claim."""
    text = doc_text(doc)
    found = _DOC_BREAKS.get(doc)
    if found is None:  # every "\n\n" of the text (overlapping, as str.find sees them)
        breaks, at = [], text.find("\n\n")
        while at >= 0:
            breaks.append(at)
            at = text.find("\n\n", at + 1)
        found = _DOC_BREAKS[doc] = (breaks, {})
    breaks, verdicts = found
    k = bisect_left(breaks, idx)  # text.find("\n\n", idx)
    end = breaks[k] if k < len(breaks) else len(text)
    k = bisect_right(breaks, idx - 2) - 1  # text.rfind("\n\n", 0, idx)
    start = breaks[k] if k >= 0 else -1
    verdict = verdicts.get((start, end))
    if verdict is None:
        para = text[0 if start < 0 else start + 2 : end].strip()
        verdict = verdicts[start, end] = len(para) < 400 and _credit(para)
    return verdict


#: Each live Doc's paragraph breaks and the caption verdict of each paragraph read so far
#: (both read from its text alone, which never changes).
_DOC_BREAKS: weakref.WeakKeyDictionary[Doc, tuple[list[int], dict]] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=256)
def _credit(para: str) -> bool:
    """A paragraph that is a picture credit (searched once per paragraph, not per cue)."""
    return bool(CREDIT.search(para))


#: What may close a one-word reply: "Absolutely.", "Certainly," she said.
_REPLY_ENDS = frozenset({".", "!", "?", ",", ";", "\u2014", "-", "--"})


def bare_reply(span: Span) -> bool:
    """A one-word answer: "Absolutely." or "Certainly," she said, or "Absolutely not,"
    he laughed. The adverb stands for a plain "yes" (or "no"), it strengthens no claim
    and no charged word; "Absolutely, the plan will fail" (a comma, then a claim) and
    "absolutely appalling" still count."""
    if len(span) != 1:
        return False
    doc = span.doc
    word = span[0]
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and not (word.is_sent_start or before.is_punct):
        return False  # (a quote mark, a colon or a question mark before the answer)
    i = word.i + 1
    if i < len(doc) and doc[i].lower_ == "not":
        i += 1
    if i >= len(doc) or doc[i].text not in _REPLY_ENDS:
        return False
    if doc[i].text in (".", "!", "?"):
        return True  # "Absolutely." "Absolutely not!"
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_quote  # "Certainly," she said: the reply ends the quote


def hyphen_joined(a: Token, b: Token) -> bool:
    """ "vice-chancellor" split by the tokenizer into "vice", "-", "chancellor" with no
    space between: one word, whose head is the last part."""
    doc = a.doc
    return (
        b.i == a.i + 2 and doc[a.i + 1].text == "-"
        and not a.whitespace_ and not doc[a.i + 1].whitespace_
    )  # fmt: skip
