"""False hedge marks on "could" and "may" removed in the trapsAS round (practice traps),
each with the hedging reading of the same word beside it:

- the reader addressed ("You may remember the estate", "you might ask") against a guess
  about what will happen to the reader ("You may find the members clap", "You may be
  told ...") or a guess about the past ("Some of you may have heard him");
- a page's standing line (a comment section's notice, a letters page's "edit letters for
  length and clarity", a "Related:" link line) against a report's guess;
- a "could" told at a past moment ("when the war began", "in the 1990s, when it could
  field four teams") against a backshifted future under "said" and a present "when";
- a speed before a change the story has told ("Before the slip, the school bus could reach
  Scaurbeck in 20 minutes") against a guess before a coming event.

The traps are sentences of the practice articles; the positives are practice sentences
or written for this file.
"""

from __future__ import annotations

import pytest


def hedge_words(nlp, text: str) -> list[str]:
    return [s.text.lower() for s in nlp(text).spans["hedges"]]


TRAPS = [
    # the reader addressed
    ("You may remember the estate. It burned for three days in 2019.", "may"),
    ("You may wish to read that sentence again.", "may"),
    ("Why, you might ask, would a serious government publish such a document?", "might"),
    # a page's standing line
    ("Comments on this article are moderated and may take a few hours to appear", "may"),
    ("Opinion | The writer is a columnist for the Tidewrit. Comments may be moderated.", "may"),
    ("Comment | The Beaconpost may edit letters for length and clarity", "may"),
    (
        "The council said the signs would be reviewed.\n\nRelated: Why your river may be "
        "dirtier than you think\n\nGet the Gazette's environment newsletter every Thursday",
        "may",
    ),
    # a past moment
    (
        "The club, founded in 1908, has 46 members, down from more than 120 in the 1990s, "
        "when it could field four teams in the county league.",
        "could",
    ),
    (
        "Ulverdane's tanks could cross the border in under an hour when the war began, and "
        "both sides still keep most of their armour in the border districts.",
        "could",
    ),
    (
        "Ormsary led through a Brudenell header after 23 minutes and could have doubled their "
        "lead before half-time when a shot from winger Talwenna Merrigan hit the post.",
        "could",
    ),
    # a speed before a change already told
    (
        "The closure of the crossing has left lorries queuing for nine hours. Freight could "
        "cross Bruneval Gate in under an hour before the closure.",
        "could",
    ),
    (
        "A slip in March closed the valley road. Before the slip, the school bus could "
        "reach Scaurbeck from Kestlewick in 20 minutes.",
        "could",
    ),
]


@pytest.mark.parametrize(("text", "word"), TRAPS)
def test_plain_senses_stay_unmarked(nlp, text, word):
    assert word not in hedge_words(nlp, text)


HEDGES = [
    # a guess about what the reader will meet, or about the past
    ("You may find the members clap.", "may"),
    (
        'You may be told, at the "fully independent" review, that this was a simple mistake.',
        "may",
    ),
    ("Some of you may have heard him.", "may"),
    # a report's guess, not a page's line
    ("The report says the river may be dirtier than the council thinks.", "may"),
    (
        "Officials said the two faults were related: the river may be dirtier than the "
        "council thinks.",
        "may",
    ),
    # a present "when"
    ("Prices could fall when the market opens on Monday.", "could"),
    # a guess before a coming event: no speed, or no change told before
    ("The vote is on Friday. Prices could rise before the vote.", "could"),
    (
        "The bridge could reopen in six weeks before the inquiry, engineers said.",
        "could",
    ),
]


@pytest.mark.parametrize(("text", "word"), HEDGES)
def test_hedging_senses_stay_marked(nlp, text, word):
    assert word in hedge_words(nlp, text)


def test_backshifted_when_is_no_past_moment(nlp):
    """Under "said", a past "when" is a future told in the past ("said the plant could
    close when the contract ended"): :func:`past_when_ability` leaves it to the other
    rules, while the same clause told on its own is a past moment."""
    from kit.lenses.hedging_abilities import past_when_ability

    def could(text):
        modal = next(t for t in nlp(text) if t.lower_ == "could")
        return modal, modal.head

    assert not past_when_ability(*could("The union said the plant could close when the "
                                        "contract ended in March."))
    assert past_when_ability(*could("The plant could close in a day when the contract "
                                    "ended in March."))


def test_a_sentence_opening_with_under_is_read_without_error(nlp):
    # "Under" as the first word has no word before it: the speed test must not look past
    # the start of the document (an IndexError from doc[0].nbor(-1) before the fix)
    text = "Under the old scheme, dairy exporters could apply for loans of up to 9,000 dollars."
    assert "could" not in hedge_words(nlp, text)
    text = "Under an hour before the closure, freight could still cross the bridge."
    assert isinstance(hedge_words(nlp, text), list)
