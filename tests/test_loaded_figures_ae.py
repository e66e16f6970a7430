"""Loaded language that generalises (issue 11, figuresAE): figures said of people or
bodies (an animal nosing about, a siege, a hostile message addressed to a group, a plan
pinned on sneered authors), scare quotes on a speakers' label and on a slogan set against
a deed, and a short question or mocking echo joined to the comment after it; with the
literal senses that stay unmarked.

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers

from kit.lenses.judgement_voice import MOCK_ECHO
from kit.lenses.loaded import _leads_into, _Mark


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # an animal verb said of a company or of people
        (
            "Meanwhile Brackwell, the chain that wants the empty unit, has been sniffing "
            "around.",
            "sniffing around",
            "emotive",
        ),
        ("Property developers are prowling the coast for cheap farmland.", "prowling", "emotive"),
        (
            "Rival bidders have been circling like sharks since the club went into "
            "administration.",
            "circling like sharks",
            "emotive",
        ),
        # a military idiom with a civilian subject
        (
            "Shopkeepers on the high street have been under siege since the bollards went in.",
            "under siege",
            "emotive",
        ),
        # a decision told as a hostile message addressed to a group
        (
            "We called the new parking charge what it was: a ransom note to motorists.",
            "ransom note",
            "emotive",
        ),
        # a plan pinned on authors named by a sneer
        (
            "The permit scheme was the brainchild of a few faceless officials at the county "
            "hall.",
            "brainchild",
            "emotive",
        ),
        # scare quotes on the speakers' own label, before what they said
        (
            'A few "wellness gurus" have told readers to skip breakfast altogether.',
            '"wellness gurus"',
            "scare_quote",
        ),
        # a body's slogan set against what it does
        (
            'The trust talks proudly of "patient partnership" while closing two wards at '
            "Elmbury.",
            '"patient partnership"',
            "scare_quote",
        ),
    ],
)
def test_figures_marked(nlp, text, span, label):
    assert covers(nlp, text, span, label)


def test_slogan_against_deed_is_also_a_claim(nlp):
    text = (
        'The ministry, which praises "local resilience" while freezing the hardship fund, '
        "opened a new office in March."
    )
    doc = nlp(text)
    claims = [s for s in doc.spans["loaded"] if s.label_ == "unattributed_claim"]
    assert claims and "freezing" in claims[0].text
    assert "hypocrisy" in claims[0]._.kit_explanation


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # animals and people really nosing about
        ("The dog was sniffing around the bins behind the chip shop.", "sniffing around"),
        ("A fox prowled the gardens of Larch Avenue after dark.", "prowled"),
        # a real siege
        ("The castle was under siege in 1644 until the royalists gave it up.", "under siege"),
        # a real ransom note, with no group it is addressed to
        ("The kidnappers left a ransom note on the kitchen table.", "ransom note"),
        # a real war on a country
        ("The declaration of war on Prussia came two days later.", "declaration of war"),
        # a plain credit for an idea
        ("The cheese fair was the brainchild of two teachers at the village school.", "brainchild"),
        # a work's title, and a quoted term the next words attribute before the report
        ('She has just read the novel "The Quiet Harbour" for the third time.', "Quiet Harbour"),
        (
            'The "wellbeing champions", the title the board gave its volunteers, told staff '
            "to take breaks.",
            "wellbeing champions",
        ),
        # a slogan beside a plain "while" of time
        ('The mayor praised "civic pride" while opening the new library.', "civic pride"),
    ],
)
def test_literal_senses_unmarked(nlp, text, span):
    doc = nlp(text)
    start = text.index(span)
    end = start + len(span)
    assert not any(
        s.start_char < end and start < s.end_char and s.label_ in ("emotive", "scare_quote")
        for s in doc.spans["loaded"]
    ), [(s.text, s.label_) for s in doc.spans["loaded"]]


def _mark(text, part, explanation="Whose judgement is this?"):
    start = text.index(part)
    return _Mark(start, start + len(part), "unattributed_claim", explanation, None)


def test_short_question_leads_into_the_comment_after_it():
    text = "Did anyone read it? Plainly not. The vote went ahead."
    question = _mark(text, "Did anyone read it?")
    assert _leads_into(text, question, text.index("Plainly"))


def test_mocking_echo_leads_into_the_comment_after_it():
    text = "The firm says its prices are fair. Of course they are. Nobody checks."
    echo = _mark(text, "Of course they are.", f"'Of course they are.' {MOCK_ECHO}")
    assert _leads_into(text, echo, text.index("Nobody"))


def test_no_join_across_a_paragraph_or_after_a_plain_claim():
    text = "Did anyone read it?\n\nPlainly not."
    question = _mark(text, "Did anyone read it?")
    assert not _leads_into(text, question, text.index("Plainly"))
    text = "The council has ignored every letter sent to it since May. Typical."
    claim = _mark(text, "The council has ignored every letter sent to it since May.")
    assert not _leads_into(text, claim, text.index("Typical"))
