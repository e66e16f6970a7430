"""Speakers named as the keys name them, round AG (issue 11 item 3, helper namesAG), on
sentences written for these tests (not copied from data/): a full name opening a
paragraph after a photo caption is one name, so a later "Mr X" finds it; an untagged
full name whose surname the text calls by a personal title is a person's; a maker
firm's-looking "Its maker, X Y," is a person when "Mrs Y" follows; "Miss Y" tells her
gender, so "Mr Y" goes to the other Y; a document that names its maker drops a comment
clause, a kind adjective and a commissioning body; "the Dean, the Very Revd X Y," is X Y;
"The chair of the club, X Y," is X Y; "the trail committee" is the named trail's. Each
rule has a near miss that keeps its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def canonicals(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [(a.cue.text, a.canonical) for a in doc.attributions]


# -- 1. a paragraph's first word is no sentence of its own ------------------------------
def test_a_full_name_after_a_photo_caption_is_found_by_its_surname(nlp):
    text = (
        "THE VILLAGE PAGE | News\n\nThe green at dusk. Photo: Bertram Ashcombe\n\n"
        "Odeline Pargeter will keep her title after a complaint was rejected, the club said.\n\n"
        'Mrs Pargeter said she was "delighted". "I never doubted it," she said.'
    )
    assert canonicals(nlp, text)[1:] == [("said", "Odeline Pargeter"), ("said", "Odeline Pargeter")]


def test_a_paragraph_opening_with_one_word_and_a_stop_keeps_its_break(nlp):
    doc = nlp("The hall is shut.\n\nNo. The trustees said it would reopen.")
    assert [s.text.strip() for s in doc.sents][1] == "No."


# -- 2. an untagged full name behind a personal title -----------------------------------
def test_an_untagged_full_name_is_found_by_mr_and_its_surname(nlp):
    text = (
        "Osgar Thrimble won the hedge-laying class at the Brackley Hedging Society's 90th "
        "match on Saturday, the society said.\n\n"
        'Mr Thrimble said the rain had helped. "It softens the stems," he said.'
    )
    found = canonicals(nlp, text)
    assert found[1:] == [("said", "Osgar Thrimble"), ("said", "Osgar Thrimble")]


def test_a_title_phrase_is_not_taken_for_a_first_name(nlp):
    text = "The Marsh Thrimble trophy went to a newcomer. Mr Thrimble said he was pleased."
    assert canonicals(nlp, text)[-1][1] != "Marsh Thrimble"


def test_its_maker_named_and_then_called_mrs_is_a_person(nlp):
    text = (
        'The figure first appeared on Friday. Its maker, Wenna Carthew, 61, said it was "a '
        'bit of fun". Mrs Carthew said it would stay in her garden.'
    )
    assert [c for _, c in canonicals(nlp, text)] == ["Wenna Carthew", "Wenna Carthew"]


# -- 3. two people with one surname: the honorific tells which --------------------------
def test_miss_then_mr_go_to_the_daughter_then_the_father(nlp):
    text = (
        "Rosamund Tellam, 20, won the cup, beating her father, Jory Tellam.\n\n"
        '"I have never beaten him," Miss Tellam said. Mr Tellam said she had earned it.'
    )
    assert canonicals(nlp, text)[-2:] == [("said", "Rosamund Tellam"), ("said", "Jory Tellam")]


# -- 4. documents known by their maker ---------------------------------------------------
def test_a_comment_clause_after_a_named_maker_is_dropped(nlp):
    text = (
        "A viability study by Brackwell & Tull, which the council paid for and then quietly "
        "buried, found that the course covered its costs."
    )
    assert canonicals(nlp, text) == [("found", "viability study by Brackwell & Tull")]


def test_a_clause_that_alone_names_the_document_stays(nlp):
    text = "A report which the council quietly buried found that the course covered its costs."
    assert canonicals(nlp, text) == [("found", "report which the council quietly buried")]


def test_a_kind_adjective_goes_but_a_kind_noun_stays(nlp):
    text = (
        "A structural survey by the engineers Hollin & Pask found that the hide needed "
        "repairs. A noise assessment by Fenwick Acoustics found that the flying was quiet."
    )
    assert [c for _, c in canonicals(nlp, text)] == [
        "survey by Hollin & Pask",
        "noise assessment by Fenwick Acoustics",
    ]


def test_a_survey_paid_for_by_one_body_and_made_by_another_is_the_makers(nlp):
    text = (
        "A survey commissioned by the club from Ashby Research found that most members "
        "came by car."
    )
    assert canonicals(nlp, text) == [("found", "survey by Ashby Research")]


def test_an_owned_survey_carried_out_by_a_firm_is_known_by_the_firm(nlp):
    text = (
        "The club's own survey, carried out by Ashby Research in 2025, found no evidence of "
        "harm. It also found that parking was short."
    )
    assert [c for _, c in canonicals(nlp, text)] == ["survey by Ashby Research"] * 2


def test_a_survey_named_by_whom_it_asked_keeps_that_name(nlp):
    text = (
        "A survey of 400 walkers, carried out for the trust by Ashby Research, found that "
        "most came by car."
    )
    assert canonicals(nlp, text) == [("found", "survey of 400 walkers")]


def test_a_survey_commissioned_by_a_body_alone_is_left_as_written(nlp):
    text = "A survey commissioned by the club found that most members came by car."
    assert canonicals(nlp, text) == [("found", "survey commissioned by the club")]


# -- 5. an office before a name in apposition -------------------------------------------
def test_the_dean_with_the_very_revd_is_the_person_named(nlp):
    text = (
        "The roof needs £2m of repairs, the Dean, the Very Revd Osric Pellew, said on "
        'Tuesday. The Dean said the roof had been patched. "We are safe," he said.'
    )
    assert [c for _, c in canonicals(nlp, text)] == ["Osric Pellew"] * 3


def test_dean_as_a_first_name_stays_a_name(nlp):
    text = "Dean Ashworth, a plumber, said the plan was fine. Mr Ashworth said he would vote."
    assert [c for _, c in canonicals(nlp, text)] == ["Dean Ashworth", "Dean Ashworth"]


def test_the_chair_of_a_body_with_an_untagged_name_is_the_person(nlp):
    text = (
        "The fair will move to the Lower Meadow this year. The chair of the parish council, "
        "Wystan Ockendon, said the insurer had asked for a fence."
    )
    assert canonicals(nlp, text) == [("said", "Wystan Ockendon")]


def test_the_chair_of_a_body_named_in_apposition_is_no_person(nlp):
    text = "The chair of the charity, Hope Trust, said the fund was empty."
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    assert all(s.type != "named_person" for s in doc.sources)


# -- 6. "the trail committee" when the text names the trail -----------------------------
def test_the_trail_committee_is_the_named_trails(nlp):
    text = (
        "The Pellham Scarecrow Trail opened on Friday. A figure was removed after "
        "complaints, the trail committee said on Monday."
    )
    assert canonicals(nlp, text) == [("said", "Pellham Scarecrow Trail committee")]


def test_the_hall_committee_with_no_hall_named_stays(nlp):
    text = "The kitchen will close in May, the hall committee said."
    assert canonicals(nlp, text) == [("said", "hall committee")]


def test_two_named_trails_leave_the_trail_committee_alone(nlp):
    text = (
        "The Pellham Scarecrow Trail and the Ducklow Garden Trail open on Friday. A figure "
        "was removed, the trail committee said."
    )
    assert canonicals(nlp, text) == [("said", "trail committee")]


# -- 7. "The office of the MP, X Y," ----------------------------------------------------
def test_the_office_of_a_titled_person_named_after_it_speaks(nlp):
    text = "The office of the MP, Osric Pellew, said in a statement that he had not asked for it."
    assert canonicals(nlp, text) == [("said in a statement", "office of Osric Pellew")]


def test_a_relative_of_a_titled_person_named_after_it_is_that_person(nlp):
    text = "The daughter of the mayor, Ann Lark, said the fair was fun."
    assert canonicals(nlp, text) == [("said", "Ann Lark")]
