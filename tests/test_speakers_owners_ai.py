"""Anonymous individuals and groups tied to the firm, event or body an article is about
(issue 11 item 3, helper ownersAI): a counted group of participants, a participant of a
kind ("a gate steward"), a trader; an employer given in an aside set off by commas
("Another analyst, at a fund in X,"); "a colleague who still works there". With the
traps that must stay as written. Sentences
written for this file.
"""

from __future__ import annotations

from speaker_acts import canonicals

_FAIR = (
    "The Dunmere Pumpkin Fair was called off on Friday after a week of rain, and the "
    "Dunmere Pumpkin Fair will not return until next autumn.\n\n"
)


def test_a_counted_group_of_participants_is_at_the_named_event(nlp):
    text = _FAIR + "Several stewards said the car park had been under water since Tuesday."
    assert canonicals(nlp, text)[-1] == "several stewards at the Dunmere Pumpkin Fair"


def test_a_group_with_an_aside_set_off_by_commas_is_at_the_event(nlp):
    text = _FAIR + (
        "Several traders, who had paid for their stalls in March, said they had heard "
        "nothing about refunds."
    )
    assert canonicals(nlp, text)[-1] == "several traders at the Dunmere Pumpkin Fair"


def test_a_share_of_a_crowd_is_not_resolved(nlp):
    text = _FAIR + "Some spectators said the field had been a bog for days."
    assert "Fair" not in (canonicals(nlp, text)[-1] or "")


def test_an_anonymous_trader_is_at_the_named_event(nlp):
    text = _FAIR + "One trader, who asked not to be named, said the organisers had known for weeks."
    assert canonicals(nlp, text)[-1] == "trader at the Dunmere Pumpkin Fair"


def test_a_participant_of_a_kind_keeps_the_kind_word(nlp):
    text = _FAIR + "A course marshal, who asked not to be named, said the lane had flooded by noon."
    assert canonicals(nlp, text)[-1] == "course marshal at the Dunmere Pumpkin Fair"


def test_a_participant_with_an_adjective_stays_as_written(nlp):
    text = _FAIR + "A young steward said the lane had flooded by noon."
    assert "Fair" not in (canonicals(nlp, text)[-1] or "")


_RATES = (
    "The central bank of Ostrevia raised its main interest rate by a quarter point on "
    "Thursday, its third rise this year.\n\n"
)


def test_an_employer_set_off_by_commas_belongs_to_the_role(nlp):
    text = _RATES + (
        "Another analyst, at a fund in Carrowby, who asked not to be named because of "
        "company policy, said the rise could cool the housing market."
    )
    assert canonicals(nlp, text)[-1] == "analyst at a fund in Carrowby"


def test_a_place_and_time_set_off_by_commas_is_no_employer(nlp):
    text = _RATES + (
        "A shopkeeper, at a meeting in Carrowby on Friday, said the rise would hurt trade."
    )
    assert "meeting" not in (canonicals(nlp, text)[-1] or "")


def test_a_named_role_with_an_aside_stays_as_written(nlp):
    text = _RATES + "The finance minister, at a rally in Carrowby, said the rise was regrettable."
    assert "rally" not in (canonicals(nlp, text)[-1] or "")


_FIRM = (
    "I worked at Quillon Systems for six years, until the morning the firm cut 300 jobs "
    "by email. Quillon Systems said the cuts were painful but necessary.\n\n"
)


def test_a_colleague_who_works_there_is_at_the_firm_the_article_is_about(nlp):
    text = _FIRM + (
        "A colleague who still works there, and who asked me not to name him, told me "
        "that the night shift had gone."
    )
    assert canonicals(nlp, text)[-1] == "colleague at Quillon Systems"


def test_with_two_firms_named_as_often_the_colleague_is_not_resolved(nlp):
    text = (
        "Quillon Systems and Brandle Foods both cut jobs on Monday. Quillon Systems "
        "blamed demand, and Brandle Foods blamed costs.\n\n"
        "A colleague who still works there, and who asked me not to name him, told me "
        "that the night shift had gone."
    )
    assert "Pelham" not in (canonicals(nlp, text)[-1] or "")
    assert "Quarry" not in (canonicals(nlp, text)[-1] or "")


def test_a_relative_clause_that_is_no_tie_does_not_resolve(nlp):
    text = _FIRM + (
        "A colleague who still lives nearby, and who asked me not to name him, told me "
        "that the night shift had gone."
    )
    assert "Pelham" not in (canonicals(nlp, text)[-1] or "")


def test_one_inside_a_description_stays_as_written(nlp):
    # (the keys write it both ways: 2 keep "one", 1 writes "a"; helper ownersAI)
    text = (
        "Talks at the Varnholm Climate Summit ran through the night on Friday.\n\n"
        "A negotiator from one Baltic delegation, who was not authorised to speak "
        "publicly, said the talks had twice come close to collapse."
    )
    assert canonicals(nlp, text)[-1] == "negotiator from one Baltic delegation"


def test_one_of_a_group_inside_a_description_stays(nlp):
    text = (
        "The county plans to close four of its libraries next year.\n\n"
        "A librarian at one of the threatened branches said staff had not been told."
    )
    assert "one of the threatened branches" in (canonicals(nlp, text)[-1] or "")


def test_a_resident_of_a_town_the_article_does_not_centre_on_keeps_it(nlp):
    text = (
        "A bypass around Orley will open in May, after ten years of delay. Traffic in "
        "Orley is expected to halve, and Orley's high street will be closed to lorries.\n\n"
        "One resident of Stannard, who asked not to be named, said the lorries would "
        "simply come through Stannard instead."
    )
    assert canonicals(nlp, text)[-1] == "resident of Stannard"
