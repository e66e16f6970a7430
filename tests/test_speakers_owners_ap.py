"""Owners spelled out (helper speakersAP; guide, section 1: the canonical source is the
fullest name the article gives, without titles such as *Mr*; an unnamed individual known
by an owner is recorded with the owner resolved):

- an honorific and a surname inside an unnamed source's name are the person's full
  name: "former colleague of Mr Grennaway" -> "former colleague of Bertolin Grennaway",
  "Mrs Doveridge's family" -> "family of Alarica Doveridge" (no key keeps an honorific in
  a canonical source);
- "it" and "its" never stand for the writer's "me" or "us" ("Let me tell you ... One
  member of its advisory panel"), as they never stood for "I" or "we".

Sentences from the practice articles (rounds AO, AO1, AE4, AK2); the traps are
look-alikes written for these tests: two people who share a surname (the honorific's
gender picking one, or none), a surname the article never gives a full name for.
"""

from __future__ import annotations

from speaker_acts import canonicals

from kit.evaluate import same_source

GRENNAWAY = (
    "Bertolin Grennaway, 58, denies eleven counts of fraud by abuse of position and two of "
    "false accounting. He did not give evidence during the seven-week trial.\n\n"
    "A former colleague of Mr Grennaway, who asked not to be named because he still works "
    "for the company, told the Courtbook that staff had no idea the finance director was "
    "under investigation until police arrived at the head office in 2024."
)

DOVERIDGE = (
    "Officers searching for Alarica Doveridge, 67, who has not been seen since she set out "
    "on a walk on Caddanby Fell on Sunday morning, will resume the search at first light on "
    "Thursday.\n\n"
    "In a statement issued through the force, Mrs Doveridge's family said they were "
    '"overwhelmed" by the help of strangers.'
)

PENNICUICK = (
    "Macsen Pennicuick, television cook and author of eleven books he may even have read, "
    "bailed out on Tuesday, nine days before he was due to close the festival.\n\n"
    "Mr Pennicuick's publicist, one of the spin merchants at Brightlamp PR, said he had "
    'withdrawn "for personal reasons".'
)

PANEL = (
    "The Yselmark Medicines Authority has refused to approve the therapy.\n\n"
    'Let me tell you what the Authority will not put in its next "transparency bulletin". '
    "One member of its advisory panel, who spoke to Wardside Weekly on condition that she "
    "not be named, said the panel had voted seven to four in favour of approval."
)


# -- an honorific and a surname: the full name -----------------------------------------
def test_colleague_of_mr_surname_is_the_colleague_of_the_person_named_in_full(nlp):
    assert canonicals(nlp, GRENNAWAY) == ["former colleague of Bertolin Grennaway"]


def test_mrs_surnames_family_is_the_family_of_the_person_named_in_full(nlp):
    found = canonicals(nlp, DOVERIDGE)
    assert same_source(found[0], "family of Alarica Doveridge")


def test_mr_surnames_publicist_is_the_publicist_for_the_person_named_in_full(nlp):
    found = canonicals(nlp, PENNICUICK)
    assert same_source(found[-1], "publicist for Macsen Pennicuick")


def test_two_people_with_the_surname_leave_the_owner_as_written(nlp):
    # trap: a brother and a sister both named Quallick, nothing yet gives their genders
    text = (
        "Tobin Quallick and Merewen Quallick were both at the hearing.\n\n"
        "A friend of Mr Quallick, who asked not to be named, said the family had waited "
        "fourteen years."
    )
    assert canonicals(nlp, text) == ["friend of Mr Quallick"]


def test_the_honorifics_gender_picks_the_one_of_two_sharing_the_surname(nlp):
    # trap turned right: "Mrs" is the one of the two the text makes a woman
    text = (
        "Harwin Ulvering, 71, lost his savings, and so did his sister-in-law. "
        "Evangeline Ulvering, his brother's widow, said she had lost her pension.\n\n"
        "A neighbour of Mrs Ulvering said the family had been \"destroyed\"."
    )
    assert canonicals(nlp, text)[-1] == "neighbour of Evangeline Ulvering"


def test_a_surname_with_no_full_name_stays_as_written(nlp):
    # trap: the article never gives Mr Hallam's first name (a later name is someone else's)
    text = (
        "A friend of Mr Hallam said the shop had been in the family for forty years. "
        "Ysolde Pettifer, who runs the bakery next door, said she would miss him."
    )
    assert canonicals(nlp, text)[0] == "friend of Mr Hallam"


# -- "its" is never the writer's "me" ---------------------------------------------------
def test_its_after_let_me_tell_you_is_not_the_writer(nlp):
    # "its" is the Authority the writer's clause names (short, as the key writes it:
    # "member of the Authority's advisory panel"), never the writer's "me"
    assert canonicals(nlp, PANEL)[-1] == "member of Authority's advisory panel"


def test_it_after_let_me_tell_you_is_the_body_that_spoke_before(nlp):
    # trap: the writer's "me" in between takes nothing from the body "it" stands for
    text = (
        "The Yselmark Medicines Authority said the trial was too small.\n\n"
        "Let me tell you what the Authority will not say. It said in March that the "
        "committee had not met."
    )
    assert canonicals(nlp, text)[-1] == "Yselmark Medicines Authority"
