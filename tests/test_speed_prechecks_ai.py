"""The speed pass of rule round AI: lower-cased substring prechecks before the
writer's-comment model's case-blind regexes (kit/lenses/shared.py may_match)."""

from __future__ import annotations

import re

from kit.lenses import loaded_commentary
from kit.lenses.shared import may_match


def test_may_match_is_false_only_without_the_words() -> None:
    words = ("sense", "often")
    assert not may_match("The ferry left at noon.", words)
    assert may_match("As is so OFTEN the case, nobody came.", words)  # any case
    assert may_match("Nonsense.", words)  # a piece of a word is enough: only a precheck


def test_may_match_never_rules_out_a_case_trap() -> None:
    # the long s and the Kelvin sign match "s" and "k" in a case-blind regex
    text = "In the \u017fen\u017fe that a burglar has one."
    assert re.search(r"\bsense\b", text, re.I)
    assert may_match(text, ("sense",))
    assert may_match("\u212anew", ("knew",))


def test_the_aside_precheck_keeps_every_aside() -> None:
    for text in (
        "It was handled with all the urgency of a lost umbrella.",
        "A conversation in the sense that a burglar has one.",
        "They hoard receipts the way other people collect stamps.",
        "As these things tend to, the plan slipped.",
        "As is so often the case, nobody was told.",
        "We can only hope the gravy was worth it.",
        "One imagines they noticed.",
    ):
        assert loaded_commentary._ASIDES.search(text), text
        assert may_match(text, loaded_commentary._ASIDE_WORDS), text
    assert not may_match("The bus left at noon.", loaded_commentary._ASIDE_WORDS)


def test_the_shape_prechecks_keep_every_phrase() -> None:
    for text in ("owed rather more than an apology", "no better than the last", "more than a"):
        assert loaded_commentary._COMPARES.search(text)
        assert may_match(text, loaded_commentary._COMPARE_WORDS), text
    for text in (
        "By all accounts", "It must be said", "As ever", "Needless to say", "To be fair",
        "To put it mildly", "Of all people", "It seems", "Who knew", "If anything",
        "In fairness", "Let us be clear", "Let's be clear",
    ):  # fmt: skip
        assert loaded_commentary._STANCE_PHRASES.search(text), text
        assert may_match(text, loaded_commentary._STANCE_WORDS), text
