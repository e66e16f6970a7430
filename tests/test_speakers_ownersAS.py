"""Unnamed sources' canonical forms as the keys write them (helper ownersAS;
docs/annotation_rules.md: "a request for anonymity is dropped from an unnamed source",
"the owner resolved"), on sentences of the shapes met in the practice articles.
Rules in kit/lenses/speaker_unnamed.py (``asks_anonymity``), kit/lenses/speaker_fullest.py
(``_without_request``), kit/lenses/speaker_appositions.py (a lower-case noun the tagger
called a name) and kit/lenses/speaker_owners.py (``_definite_possessive``).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- a request for anonymity goes, in every shape ------------------------------------------------
def test_request_joined_by_and_after_an_experience_clause_goes(nlp):
    text = (
        "Hearthward manages 4,000 homes. A repairs worker who has been with Hearthward for "
        "nine years, and who asked not to be identified, said crews were given 40 minutes a job."
    )
    assert canonicals(nlp, text) == ["repairs worker"]


def test_request_in_an_apposition_after_one_goes(nlp):
    text = (
        'Readers wrote in. One, a teacher who asked us not to name her, wrote: "I just want '
        'my keys."'
    )
    assert canonicals(nlp, text) == ["teacher"]


def test_request_as_a_second_verb_of_the_clause_goes(nlp):
    text = (
        "The fete went ahead. One stallholder, who has run the bottle tombola for eleven years "
        "and asked me not to print her name, told me the quarrel had nothing to do with cakes."
    )
    assert canonicals(nlp, text) == ["stallholder"]


def test_request_goes_and_the_clause_that_says_who_stays(nlp):
    text = (
        "The food bank is busy. A mother of three who uses the food bank, and who asked that "
        "her name not be printed, told the Messenger she had started coming in September."
    )
    assert canonicals(nlp, text) == ["mother of three who uses the food bank"]


def test_bare_request_not_set_off_goes(nlp):
    text = (
        "Riders protested on Friday. A rider who asked not to be named said the app appeared "
        "to offer fewer orders to riders who had joined the protest."
    )
    assert canonicals(nlp, text) == ["rider"]


def test_a_clause_that_asks_nothing_stays(nlp):
    # look-alike: "named" as the clause's own act, not a request
    text = (
        "The harbour was busy. A fisherman who named his boat Molly said the quota was unfair."
    )
    assert canonicals(nlp, text) == ["fisherman who named his boat Molly"]
    text = (
        "The harbour was busy. A fisherman who was named in the report said the quota was "
        "unfair."
    )
    assert canonicals(nlp, text) == ["fisherman who was named in the report"]


def test_a_reason_that_says_who_stays(nlp):
    text = (
        "Tenants met on Monday. A man, who did not want to be named because he rents his flat "
        "from a board member, said the repairs had stopped."
    )
    assert canonicals(nlp, text) == ["man who rents his flat from a board member"]


# -- an owner given by a definite description ------------------------------------------------------
def test_the_councils_department_keeps_its_words_and_names_the_council(nlp):
    text = (
        "The Brannockfield Borough Council approved the hypermarket. An official in the "
        "council's planning department, who was not authorised to speak publicly, said the "
        "decision was rushed."
    )
    assert canonicals(nlp, text) == [
        "official in the Brannockfield Borough Council's planning department"
    ]


def test_the_boards_staff_is_the_board_named(nlp):
    text = (
        "The Airwaves Licensing Board shut the station. A member of the board's staff, who "
        'asked me not to print her name, told me the decision had been "signed off before".'
    )
    assert canonicals(nlp, text) == ["member of the Airwaves Licensing Board's staff"]


def test_two_councils_named_leave_the_owner_as_written(nlp):
    text = (
        "Brannockfield Borough Council and Ostrey District Council both backed the plan. An "
        "official in the council's planning department said the decision was rushed."
    )
    assert canonicals(nlp, text) == ["official in the council's planning department"]


def test_no_board_named_leaves_the_owner_as_written(nlp):
    text = (
        "The station closed in March. A member of the board's staff told me the decision had "
        "been signed off early."
    )
    assert canonicals(nlp, text) == ["member of the board's staff"]


def test_a_named_official_is_known_by_name(nlp):
    text = (
        "The Brannockfield Borough Council approved the hypermarket. Ms Ada Pell, an official "
        "in the council's planning department, said the decision was rushed."
    )
    assert canonicals(nlp, text) == ["Ada Pell"]


def test_a_person_familiar_with_the_bodys_work_keeps_the_owner_as_written(nlp):
    # look-alike: the owner says what the person knows of, not where they work
    text = (
        "The Civil Air Safety Authority visited the site. A person familiar with the "
        "authority's inspection said two other operators had been warned."
    )
    assert canonicals(nlp, text) == ["person familiar with the authority's inspection"]


def test_a_document_by_the_councils_officers_names_the_council(nlp):
    text = (
        "Saltcote District Council has reviewed the distillery. A report by the council's "
        "environmental health officers found that complaints had doubled."
    )
    assert canonicals(nlp, text) == [
        "report by Saltcote District Council's environmental health officers"
    ]


def test_a_body_the_owner_has_keeps_the_owner_as_written(nlp):
    # look-alike: the insurer is another body; "the gallery's" only says whose it is
    text = (
        "The Vennamore Gallery got its painting back. An expert from the gallery's insurer, "
        'who asked not to be named, said the recovery was "very likely" the result of a tip.'
    )
    assert canonicals(nlp, text) == ["expert from the gallery's insurer"]
