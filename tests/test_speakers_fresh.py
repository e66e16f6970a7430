"""Canonical speakers on fresh prose in genres unlike the practice keys (issue 11, spk8):
each class the fresh probes (benchmarks/fresh_probe/speakers*.yaml) showed, with a
sentence written for this file that shows the fix and a look-alike that must keep its
old reading.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- a personal title before a name in apposition -----------------------------------------
def test_a_name_after_dr_in_apposition_is_a_person_without_the_title(nlp):
    text = (
        "Its medical director, Dr Owain Prydderch, said the wards were full. "
        '"We are doing our best," he said.'
    )
    assert canonicals(nlp, text) == ["Owain Prydderch", "Owain Prydderch"]


def test_a_body_in_apposition_without_a_title_stays_a_body(nlp):
    text = "Its parent company, Harrow Vale Foods, said the site would close."
    assert canonicals(nlp, text) == ["Harrow Vale Foods"]


# -- "the board" after a lower-case body with its place -------------------------------------
def test_the_board_is_the_place_s_board_described_before(nlp):
    text = (
        "Waiting times in the Cwm Tawel health board area rose again in October.\n\n"
        "The board said a new theatre would open in spring."
    )
    assert canonicals(nlp, text) == ["Cwm Tawel health board"]


def test_the_board_after_a_board_with_no_place_keeps_the_plain_description(nlp):
    text = (
        "Complaints to the exam board doubled after the results came out.\n\n"
        "The board said the marking had been checked twice."
    )
    assert canonicals(nlp, text) == ["exam board"]


# -- a title before a name the model did not tag as a person ---------------------------------
def test_a_hyphenated_role_title_opens_a_person_known_later_by_ms_and_surname(nlp):
    text = (
        "Co-founder Marta Ilsley-Vance, who left a job in insurance to start the firm, "
        "said sales had doubled.\n\n"
        "Ms Ilsley-Vance said the new factory would open in June."
    )
    assert canonicals(nlp, text) == ["Marta Ilsley-Vance", "Marta Ilsley-Vance"]


def test_a_double_barrelled_name_ending_in_a_title_word_keeps_it(nlp):
    text = "Ann Rees-Lord said the ferry would not sail on Sunday."
    assert canonicals(nlp, text) == ["Ann Rees-Lord"]


def test_lady_before_a_name_in_apposition_is_a_title(nlp):
    text = (
        "The owner of the hall, Lady Imelda Fairbourne, said she was relieved. "
        '"The gates are back," she said.'
    )
    assert canonicals(nlp, text) == ["Imelda Fairbourne", "Imelda Fairbourne"]


def test_a_title_phrase_the_parser_split_from_its_name_is_that_person(nlp):
    text = "Chair of governors Professor Ruth Anketell said the school would stay open."
    assert canonicals(nlp, text) == ["Ruth Anketell"]


def test_a_description_split_from_a_body_s_name_keeps_the_body(nlp):
    text = "The cycling club Pedal Harwick said the new lanes were too narrow."
    assert canonicals(nlp, text) == ["Pedal Harwick"]


def test_a_title_phrase_with_no_name_stays_the_title(nlp):
    text = "The chair of the governors said the school would stay open."
    assert canonicals(nlp, text) == ["chair of the governors"]
