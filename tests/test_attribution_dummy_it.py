"""A reporting verb as a "to" infinitive under an adjective with an empty "it" ("It is
hard to believe ...", "It is fair to say that ...", "found it hard to explain") is the
writer's verdict, no one's act; with a person as the subject ("She was quick to say
that ...") it is still reported. Sentences written for these tests (a library-hours
report the lead wrote while reading the kit's marks as a learner would)."""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[str]:
    """The cue of every attribution, in reading order."""
    return [a.cue.text for a in kit.annotate(text, nlp=nlp).attributions]


def test_an_empty_it_before_an_adjective_and_a_cue_reports_nothing(nlp):
    assert acts(nlp, "It is hard to believe the council found nothing else to trim.") == []
    assert acts(nlp, "It is fair to say that the plan has its critics.") == []
    assert acts(nlp, "The minister found it hard to explain why the plan failed.") == []


def test_a_person_quick_to_say_something_is_still_reported(nlp):
    assert acts(nlp, "She was quick to say that the plan had failed.") == ["say"]
    assert acts(nlp, "The mayor was keen to stress that the pool would reopen.") == ["stress"]
    found = acts(nlp, "Officials said it was too early to say whether the bridge would reopen.")
    assert found == ["said"]
