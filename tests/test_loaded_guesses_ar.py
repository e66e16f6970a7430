"""The writer's own guess about others, opening a main clause (jibesAR), learned from round
AQ and counted across the 691 practice keys before the rule was written (keyed items missed /
plain sentences or traps newly marked / rounds of the gains):

- ``writer_guesses`` (3 / 0 / 3 rounds; 16 more "I suspect ..." sentences already found by
  the writer's-comment model): "I" or "we" with a verb of guessing (suspect, imagine, fancy,
  daresay, wager ...) and a clause about other people: "I suspect the three bosses have
  already read it." The verb owns up to a guess, then states what others think, know or
  will do with no source.

Sentences written for this file (none copied from data/); GUARDS are look-alikes that stay
unmarked: a guess about the writer or the reader, a modal or negated guess, the noun
"suspect", a third party's suspicion (a report), and a guess in a quotation.
"""

from __future__ import annotations

import pytest
from loaded_marks import claims

from kit.lenses.judgement_devices import writer_guesses

GUESSES = [
    ("The panel promised its findings before the recess. I suspect the four chief executives "
     "have already read them.", "I suspect the four chief executives"),
    ("I suspect the harbour board would have sold the pier years ago, given half a chance.",
     "I suspect the harbour board"),
    ("I imagine the trustees knew about the leak long before the auditors did.",
     "I imagine the trustees knew"),
    ("We suspect the operator will find a reason to keep the surcharge.",
     "We suspect the operator"),
]

GUARDS = [
    # a guess about the writer or the reader is no claim on others
    "I suspect I know what happened next.",
    "I imagine you have been asked this before.",
    # hedged or denied guesses
    "I would imagine the roads will be busy on Friday.",
    "I don't suppose the timetable will change.",
    # the noun, and a third party's suspicion (a report with its source)
    "Police arrested the suspect at a house in the town on Tuesday.",
    "Detectives suspect the fire was started deliberately.",
]

#: A guess in a quotation is the speaker's: the loaded lens keeps no claim there.
QUOTED = ['"I suspect the council will back down," said Ms Harrow.']


@pytest.mark.parametrize(("text", "inside"), GUESSES)
def test_the_writer_s_guess_about_others_is_a_claim(nlp, text, inside):
    found = claims(nlp, text)
    assert any(inside in c for c in found), found


@pytest.mark.parametrize("text", GUARDS)
def test_guesses_about_oneself_hedged_guesses_and_reports_are_not_this_rule(nlp, text):
    assert not [j.span.text for j in writer_guesses(nlp(text))]


@pytest.mark.parametrize("text", QUOTED)
def test_a_quoted_guess_is_the_speaker_s(nlp, text):
    assert not claims(nlp, text)
