"""Find quotation marks in text: pairs of straight or curly quotes.

A low-level helper shared by the lenses. It decides where quotations are,
not what they are for (speech, a partial quote, a scare quote, a title): the
attribution and loaded lenses classify them. Apostrophes (``don't``,
``countries'``, ``US'``, ``’90s``) are never taken as quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_OPEN = {'"', "\u201c", "\u201e", "\u00ab"}
DOUBLE_CLOSE = {'"', "\u201d", "\u00bb"}
SINGLE_OPEN = {"'", "\u2018"}
SINGLE_CLOSE = {"'", "\u2019"}
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/") | DOUBLE_OPEN
_PARA_BREAK = re.compile(r"\n\s*\n")
#: the marks each scan stops at (a paragraph is searched for them, not read char by char)
_DOUBLE_MARKS = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE))) + "]")
_SINGLE_MARKS = re.compile("[" + re.escape("".join(sorted(SINGLE_OPEN | SINGLE_CLOSE))) + "]")
#: a word of a quotation, as :meth:`Quote.words` counts them (compiled once: asked of every
#: quotation by several lenses)
_WORD_RUN = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    style: str  # "double" or "single"

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1

    def inner(self, text: str) -> str:
        return text[self.inner_start : self.inner_end]

    def words(self, text: str) -> int:
        """How many words the quotation holds."""
        return len(_WORD_RUN.findall(self.inner(text)))


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _double_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    paragraphs = _paragraphs(text)
    for p, (pstart, pend) in enumerate(paragraphs):
        for mark in _DOUBLE_MARKS.finditer(text, pstart, pend):
            i = mark.start()
            ch = text[i]
            if open_at is None:
                if ch in DOUBLE_OPEN and (ch != '"' or _is_opening(text, i)):
                    open_at = i
            elif ch in DOUBLE_CLOSE and (ch != '"' or _is_closing(text, i)):
                quotes.append(Quote(open_at, i + 1, "double"))
                open_at = None
            elif ch in DOUBLE_OPEN and _is_opening(text, i) and "\n" not in text[open_at:i]:
                # A new opening mark while one is open in the same paragraph:
                # the earlier one was never closed.
                open_at = i
        if open_at is not None:
            # Multi-paragraph quotation: the next paragraph reopens the quote.
            nxt = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else None
            if nxt is None or text[nxt : nxt + 1] not in DOUBLE_OPEN:
                open_at = None  # unbalanced: drop it
    return quotes


def _single_quotes(text: str) -> list[Quote]:
    """Single-quote pairs; an apostrophe has a letter on both sides or closes a word."""
    quotes: list[Quote] = []
    for pstart, pend in _paragraphs(text):
        open_at: int | None = None
        for mark in _SINGLE_MARKS.finditer(text, pstart, pend):
            i = mark.start()
            ch = text[i]
            before = text[i - 1] if i > pstart else " "
            after = text[i + 1] if i + 1 < pend else " "
            if before.isalnum() and after.isalnum():
                continue  # don't, Xi's, O'Brien
            if open_at is None:
                if ch in SINGLE_OPEN and _is_opening(text, i) and not _decade(text, i):
                    open_at = i
            elif ch in SINGLE_CLOSE and not before.isspace() and not after.isalnum():
                if before in "sS" and _looks_possessive(text, open_at, i):
                    continue  # countries' / US' inside an open single quote
                quotes.append(Quote(open_at, i + 1, "single"))
                open_at = None
    return quotes


def _decade(text: str, i: int) -> bool:
    return bool(re.match(r"['\u2019]\d0s\b", text[i : i + 5]))


def _looks_possessive(text: str, open_at: int, i: int) -> bool:
    """A closing mark after -s is possessive if another closing mark follows soon."""
    rest = text[i + 1 : i + 80]
    return bool(re.search(r"\w['\u2019](?!\w)", rest))


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text``, in order of their start."""
    return list(_quotes_of(text))


@lru_cache(maxsize=32)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    """The quotations of one text, found once: several lenses (and the speaker rules
    twice) ask for the same document's quotations; a Quote is immutable. Room for a
    batch of ``nlp.pipe``, which runs each component over the whole batch in turn."""
    doubles = _double_quotes(text)
    singles = _single_quotes(text)
    return tuple(sorted(doubles + singles, key=lambda q: (q.start, -q.end)))


_TWO_LETTERS = re.compile(r"[A-Za-z]{2,}")  # a word of two letters or more
_NAMING_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|so-called|called|dubbed|titled|entitled|named|nicknamed|known as"
    r"|the word|the term|the phrase|the slogan)\s*)$",
    re.IGNORECASE,
)


def is_term(text: str, quote: Quote) -> bool:
    """Quotation marks that name a term, title or nickname rather than report words.

    A quotation is a term when it holds no word of two letters or more
    (``"2+2"``), or when it is short and follows an article or a naming word
    ('a "2+2" meeting', 'so-called "reform"', 'a book titled "Home"').
    """
    inner = quote.inner(text)
    if not _TWO_LETTERS.search(inner):
        return True
    before = text[max(0, quote.start - 20) : quote.start]
    # (the twenty characters before first: counting a long quotation's words costs more)
    return bool(_NAMING_BEFORE.search(before)) and quote.words(text) <= 3
