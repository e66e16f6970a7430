"""``seen_in``, the whole-word search the list-breadth tests run thousands of times, gives
the regex's answer: no letter a-z just before or after the phrase."""

from __future__ import annotations

import random
import re

import pytest
from practice_text import practice_text, seen_in

CORPUS = (
    "the banner said 'ban' — urban bans; x-ban. a ban-ish ban\n"
    "noted: over-the-top, overt, aa a"
)


def by_regex(corpus: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", corpus) is not None


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("ban", True),  # in quotes, after a hyphen, before a hyphen, at the end
        ("banner", True),
        ("bans", True),
        ("urb", False),  # only inside a word
        ("anner", False),
        ("over-the-top", True),
        ("over", True),  # "over-the-top": a hyphen is no letter
        ("overt", True),
        ("ver", False),
        ("the", True),  # at the very start
        ("a", True),  # after "aa " and at the very end, overlapping "aa"
        ("aa a", True),
        ("noted:", True),
        ("ban-ish ban", True),
        ("said 'ban' —", True),
        ("banned", False),
    ],
)
def test_whole_words_as_the_regex_reads_them(phrase, found):
    assert seen_in(CORPUS, phrase) is found
    assert by_regex(CORPUS, phrase) is found


def test_the_same_answers_on_the_practice_text():
    """300 words and word pieces drawn from the practice text itself (seeded), on its first
    400,000 characters: whole words, pieces inside words, and phrases across a space."""
    corpus = practice_text()[:400_000]
    rng = random.Random(7)
    phrases = []
    for _ in range(300):
        at = rng.randrange(len(corpus) - 20)
        phrases.append(corpus[at : at + rng.randrange(2, 14)].strip() or "a")
    answers = [seen_in(corpus, p) for p in phrases]
    assert answers == [by_regex(corpus, p) for p in phrases]
    assert 0 < sum(answers) < len(answers)  # both kinds of answer occur
