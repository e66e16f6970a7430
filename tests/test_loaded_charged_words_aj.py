"""Charged words that generalise (issue 11 item 2, loadedAJ): a decision or a finding told
as hidden in a document ("smuggled into page forty", "buried in appendix 9"), a time spent
in a mood of scorn or complaint ("spent the hearing smirking"), a charge told as a
pickpocketing, and a person thrown overboard (kit/lenses/loaded_hidden.py,
kit/lenses/judgement_figures.py spent_moods, kit/lexicons/judgement_force.yaml,
kit/lexicons/press_idioms.yaml).

Every sentence here was written for these tests (none comes from data/). Each family has
sentences it must mark and literal senses of the same words it must leave alone. A short
plain sentence goes first, as in an article's body.
"""

from __future__ import annotations

import pytest

LEAD = "Officials met on Monday. "


def emotive(nlp, text: str) -> list[str]:
    """The text of every emotive mark the whole pipeline makes after the lead sentence."""
    return [s.text for s in nlp(LEAD + text).spans["loaded"] if s.label_ == "emotive"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The levy was smuggled into page thirty of the spending plan.", "smuggled"),
        ("The trust paid for the survey and then buried it in appendix 9.", "buried"),
        ("A consultants' review, which the board commissioned and then buried in a drawer, "
         "warned of damp.", "buried"),
        ("An engineer's survey from 2019, which the trust paid for and then, it seems, buried "
         "in a drawer, found cracks in the dam.", "buried"),
        ("The warning was buried beneath a notice about road closures.", "buried"),
        ("Ministers slipped the change into the small print of the bill.", "slipped"),
        ("The cut was sneaked into a footnote.", "sneaked"),
    ],
)
def test_hidden_in_a_document_is_emotive(nlp, text, word):
    assert word in emotive(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He smuggled cigarettes into the port.",
        "Her grandfather is buried in the churchyard.",
        "She slipped a note into his pocket.",
        "He hid the keys in a drawer.",
        "The family hid the letters in a biscuit tin in the cellar.",
        "She kept the old documents in a drawer for safety.",
        "The cat hid under the bed.",
        "The dog buried a bone in the garden.",
        "He slipped on the ice outside the office.",
        "The gang smuggled migrants into the country.",
    ],
)
def test_literal_hiding_is_plain(nlp, text):
    assert emotive(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He spent most of the hearing smirking at the reporters.", "smirking"),
        ("The committee has spent the summer whingeing that the fixtures are unfair.",
         "whingeing"),
        ("Rival fans who have spent the month crowing that the club is finished were quiet.",
         "crowing"),
        ("She spent the debate sneering at the opposition benches.", "sneering"),
        ("The minister spent the evening gloating about the result.", "gloating"),
    ],
)
def test_time_spent_in_scorn_is_emotive(nlp, text, word):
    assert word in emotive(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cockerel spent the morning crowing on the fence.",
        "The baby spent the night grumbling in her cot.",
        "He spent the afternoon smiling at visitors.",
        "She spent the week laughing with friends.",
        "They spent the summer walking in the hills.",
        "The council spent two million pounds resurfacing the road.",
    ],
)
def test_time_spent_plainly_is_plain(nlp, text):
    assert emotive(nlp, text) == []


def test_a_charge_called_a_pickpocketing_is_emotive(nlp):
    text = 'The opposition said the new levy was "a pickpocketing in broad daylight".'
    assert "pickpocketing" in emotive(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the theft of her purse was a pickpocketing, not a mugging.",
        "Pickpocketing is rife on the metro in summer.",
        "Two men were arrested for pickpocketing at the festival.",
    ],
)
def test_a_real_pickpocketing_is_plain(nlp, text):
    assert "pickpocketing" not in " ".join(emotive(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The board have thrown their head coach overboard after nine matches.",
        "The party threw its leader overboard within a week of the vote.",
        "Ministers have thrown Lena Haskett overboard to save the budget.",
    ],
)
def test_a_person_thrown_overboard_is_emotive(nlp, text):
    assert any("overboard" in m for m in emotive(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The crew threw the cargo overboard to keep the ship afloat.",
        "A passenger was thrown overboard when the ferry hit a wave.",
        "He threw the anchor overboard.",
    ],
)
def test_a_real_overboard_is_plain(nlp, text):
    assert not any("overboard" in m for m in emotive(nlp, text))


def test_a_sentence_opening_so_is_no_intensifier(nlp):
    text = LEAD + "So the board have thrown their head coach overboard after nine matches."
    marks = [(s.text, s.label_) for s in nlp(text).spans["loaded"]]
    assert ("So", "intensifier") not in marks
    assert any("overboard" in text for text, _ in marks)
