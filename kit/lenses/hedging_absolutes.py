"""Absolutes that claim nothing about all (everyAT, from round AS).

``never``, ``always``, ``nobody`` and ``every`` are `absolute` boosters when they claim
that something holds for all times, all people or all of a set (Hyland 2005,
"Metadiscourse": boosters that close down alternatives). Some uses of the same words
make no such claim (docs/annotation_rules.md, section 3 and the conventions on
absolutes), and each test here reads only the word the lexicon matched and its
neighbours in the parse:

- a fixed phrase (``absolute_idioms``): "but never mind" shrugs a point off;
- an approximator before the word (``absolute_approximators``): "nearly everything",
  "almost every runner", "almost always" are hedged, not absolute;
- a denied "all": "could not measure everything", "cannot subsidise every route" say
  that only some are so, like "not everyone agrees";
- a routine at a clock time or in a slot that comes round again, told with "as
  always": "starting at 10pm as always", "will hold its next count in the first week
  of June, as it always does" (the timetable item of section 3);
- "every" before a slot of the day told as a time ("ate one bar every school day"),
  as "every weekday" is.

Each was counted on the 733 practice keys before it was written (see the commit). The
word classes are in ``kit/lexicons/hedge_senses.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kit import lexicon
from kit.lenses.hedging_registers import clock_time

#: Fixed phrases that open with an absolute and claim nothing (``absolute_idioms``).
ABSOLUTE_IDIOMS = tuple(tuple(p.split()) for p in lexicon.ordered_words(
    "hedge_senses", "absolute_idioms"))  # fmt: skip
#: Words that make an absolute approximate: "nearly everything" (``absolute_approximators``).
APPROXIMATORS = lexicon.word_set("hedge_senses", "absolute_approximators")
#: Slots of a timetable: "every weekday", and of the calendar: "June" (``hedge_senses.yaml``).
_SLOTS = lexicon.word_set("hedge_senses", "timetable_slots") | lexicon.word_set(
    "hedge_senses", "every_slots"
)
_DENIALS = frozenset({"not", "n't"})
_ALL_WORDS = frozenset({"every", "everything", "everyone", "everybody"})


def absolute_idiom(span: Span) -> bool:
    """ "These are the decades in which it has jailed four cartoonists, but never mind.":
    a fixed phrase that opens with the absolute (``absolute_idioms``) shrugs a point off
    or sets it aside; it says nothing about all times. "He never minded the noise" (a
    verb with its own object, not the phrase) is read by the word alone."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.start : span.start + 4]]
    return any(tuple(words[: len(p)]) == p for p in ABSOLUTE_IDIOMS)


def approximated(span: Span) -> bool:
    """ 'she had lost "nearly everything"', "almost every runner caught this decade",
    "studios that delay a game almost always ...": an approximator right before the
    absolute admits exceptions, so the phrase is hedged, not a claim about all (an
    approximator before an amount is not marked either, section 3)."""
    start = span.start
    return start > 0 and span.doc[start - 1].lower_ in APPROXIMATORS


def denied_all(span: Span) -> bool:
    """ 'the team "could not measure everything"', 'the county "cannot subsidise every
    route"': "every" or "everything" in the object of a verb with "not" says that not
    all are so, only some, like "not everyone agrees". "Nobody checked everything" (no
    "not") and "it did not fail a single test" (no "every") are read by the other
    tests."""
    word = span[-1]
    if len(span) != 1 or word.lower_ not in _ALL_WORDS:
        return False
    noun = word.head if word.dep_ == "det" else word
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "neg" and c.lower_ in _DENIALS for c in verb.children
    )


def routine_as_always(span: Span) -> bool:
    """ "The fireworks will go ahead, starting at 10pm as always", "the group will hold its
    next count in the first week of June, as it always does": "always" in an "as" phrase
    or clause beside an act set at a clock time or in a slot of the calendar that comes
    round again (a day of the week, a month) tells the routine of a timetable, not a
    claim about all times (section 3: a thing's routine at a clock time, a habit set in
    a slot). "The trouble began, as it always does, with the leader" (no time) and "we
    will look at the figures every year, as we always have" (a year is no slot) stay."""
    word = span[0]
    if word.lower_ != "always":
        return False
    if word.dep_ == "pcomp" and word.head.lower_ == "as":
        act = word.head.head  # "starting at 10pm as always"
        skip = set(range(word.head.i, word.i + 1))
    elif word.dep_ == "advmod" and word.head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in word.head.children
    ):
        act = word.head.head  # "hold its next count in June, as it always does"
        skip = {t.i for t in word.head.subtree}
    else:
        return False
    tokens = [t for t in act.subtree if t.i not in skip and t.sent == word.sent]
    if clock_time(tokens):
        return True
    return any(
        t.ent_type_ == "DATE" and t.lower_ in _SLOTS and not _every_near(t) for t in tokens
    )


def _every_near(tok: Token) -> bool:
    """The slot counted by "every" in the same phrase: "every June" claims all of them
    ("as we always have" after it is a record, left to the period rules)."""
    return any(t.lower_ == "every" for t in tok.doc[max(tok.i - 3, 0) : tok.i])


def slot_of_day(word: Token) -> bool:
    """ "a child who ate one bar every school day", "every market day": "every" before a
    noun naming a kind of slot of the timetable ("school day", "market day") told as a
    time (``npadvmod``) gives a schedule, like "every weekday". "She knows every pension
    day by heart" (an object: all of them known) keeps its mark."""
    noun = word.head
    if word.dep_ != "det" or noun.dep_ != "npadvmod" or noun.lower_ not in _SLOTS:
        return False
    between = word.doc[word.i + 1 : noun.i]
    return len(between) > 0 and all(t.dep_ == "compound" for t in between)
