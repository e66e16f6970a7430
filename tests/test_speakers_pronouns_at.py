"""Who "he" or "she" picks when the model left a name untagged (helper speakersAT), on
sentences from the practice articles (rounds AS, AL3) and look-alikes written for these
tests: a full name the writer makes the subject of a sentence, taken up by "he"/"she"
opening the next one, is a person's, so the pronoun that follows goes back to it, not to
a person named paragraphs earlier. The newsagent case fails without the rule; the
scaffolder and the two men already read right in these short texts and guard the rule's
reach, as the look-alikes guard its limits.
"""

from __future__ import annotations

from speaker_acts import canonicals

# round AS (asylumhotel): the newsagent "told me", then "She said"; the minister spoke first
NEWSAGENT = (
    "Osbeth Varrick, the interior minister, who lives forty miles away behind a security "
    "gate in Lammerhythe, told the National Chamber in April that hotels were \"the least "
    "bad option while we clear the backlog\". Least bad for whom?\n\n"
    "Gellany Thrushwick has run the newsagent opposite the Sorrelmont for 31 years. \"I've "
    'never had bother on this street, not once, until last summer," she told me. "Now I '
    'lock the door at six." She said police had been called to the hotel 47 times in a year.'
)

# round AL3 (unpaidsubbies): "He is owed" takes the name up before the quotation
SCAFFOLDER = (
    "Kervedale's managing director, Perdix Ashkettle, who drove a 90,000-pound company car "
    "to the creditors' meeting, said in a statement that the collapse was caused by "
    '"unforeseeable cost inflation" and a client that paid late.\n\n'
    'Which brings us to the "clean slate". Mr Ashkettle said the new company was "entirely '
    'separate" and had been "properly advised at every stage". I am sure it will.\n\n'
    "Kessock Delahoy runs a scaffolding firm with eleven staff. He is owed 214,000 pounds. "
    '"I\'ve paid my lads out of the house money for two months," he told me.'
)


def test_the_newsagent_told_me(nlp):
    assert canonicals(nlp, NEWSAGENT) == [
        "Osbeth Varrick",
        "Gellany Thrushwick",
        "Gellany Thrushwick",
    ]


def test_the_scaffolder_told_me(nlp):
    assert canonicals(nlp, SCAFFOLDER) == [
        "Perdix Ashkettle",
        "Perdix Ashkettle",
        "Kessock Delahoy",
    ]


def test_two_men_the_new_subject_wins(nlp):
    text = (
        "Dorian Pelkwater, the mayor, said the bypass was sound.\n\n"
        "Ambrin Tollowsett has farmed the valley for forty years. \"They never asked us,\" he "
        "said."
    )
    assert canonicals(nlp, text) == ["Dorian Pelkwater", "Ambrin Tollowsett"]


# -- look-alikes that keep the earlier speaker ---------------------------------------------


def test_a_firm_named_as_subject_is_no_she(nlp):
    # a name ending in a business word is a body: "she" still goes to the minister
    text = (
        "Osbeth Varrick, the interior minister, told the Chamber in April that hotels were "
        '"the least bad option".\n\nHarrowvale Foods has run the shop opposite the hotel '
        'since 1990. "We have never had bother," she told me.'
    )
    assert canonicals(nlp, text) == ["Osbeth Varrick", "Osbeth Varrick"]


def test_the_writer_speaks_first_in_the_next_sentence(nlp):
    # the next sentence opens with the writer's words, not the pronoun: no take-up
    text = (
        "Osbeth Varrick, the interior minister, told the Chamber in April that hotels were "
        '"the least bad option".\n\nGellany Thrushwick has run the newsagent for 31 '
        'years. Last week the minister repeated the claim. "It is working," she said.'
    )
    assert canonicals(nlp, text)[-1] == "Osbeth Varrick"


# -- a place fronted with "At", read as the subject: the person named after it speaks --------

# round AP3 (moderated): the college is where, the student is who; his "he said" follows
COLLEGE = (
    "At Marrowcliffe Sixth Form College, where students collected their envelopes from "
    "8am, Tobeyn Venndale, 18, said he had missed his offer to study medicine by a single "
    'grade. "I could answer every past paper in the book by Easter," he said.'
)


def test_the_student_at_the_college_speaks(nlp):
    assert canonicals(nlp, COLLEGE) == ["Tobeyn Venndale", "Tobeyn Venndale"]


def test_a_place_with_no_name_after_it_keeps_its_reading(nlp):
    # look-alike: no person hung on the place, so the parse's own subject stands
    text = (
        "At Marrowcliffe Sixth Form College, where students collected their envelopes "
        "from 8am, staff said the queue had been calm."
    )
    assert canonicals(nlp, text) == ["staff"]
