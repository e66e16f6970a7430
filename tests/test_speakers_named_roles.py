"""A speaker phrase that carries a person's name is that person (spkS1, round S; guide,
section 1: the canonical source is the fullest name the article gives, a surname or a
role later the same person). Sentences written for these tests, with names that look
like ordinary words ("Hope Baker", "Patience Hall") and fictional names the model does
not tag; each class with a look-alike that keeps its old reading.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


# -- a name in apposition to a role the model read as a name -------------------------------
def test_a_name_after_an_acronym_role_is_the_person(nlp):
    text = "The firm's CEO, Hope Baker, said the factory would stay open."
    assert canonicals(nlp, text) == ["Hope Baker"]


def test_a_doctor_after_a_lead_gp_is_the_person_and_she_too(nlp):
    text = (
        "The surgery's lead GP, Dr Ottoline Marchbank, said the closure had not been taken "
        'lightly. "Nobody trains for twenty years to shut a surgery," she said.'
    )
    assert canonicals(nlp, text) == ["Ottoline Marchbank", "Ottoline Marchbank"]


def test_the_acronym_role_later_is_the_person_named_with_it(nlp):
    text = (
        "The town's MP, Tamsin Vosper, said the ward would stay open. "
        "The MP said she had written to the minister."
    )
    assert canonicals(nlp, text) == ["Tamsin Vosper", "Tamsin Vosper"]


def test_a_body_in_apposition_to_a_body_word_stays_a_body(nlp):
    text = "The company's parent firm, Harrow Vale Foods, said the site would close."
    assert canonicals(nlp, text) == ["Harrow Vale Foods"]


# -- two titles joined by "and" before a name ----------------------------------------------
def test_a_founder_tagged_as_a_person_is_no_name(nlp):
    text = (
        "Brightwater Ferries has added a night sailing, the company announced on Monday.\n\n"
        'Founder and chairman Leopold Trevanion, who bought the first boat in 1999, said: "We '
        'listened to the islanders."'
    )
    assert canonicals(nlp, text)[-1] == "Leopold Trevanion"


def test_two_titles_before_a_name_with_a_who_clause(nlp):
    text = (
        "Greyfriars Books has opened a second shop in the old bank, the independent chain "
        "said on Tuesday.\n\nFounder and owner Marisol Pennick, who started with a market "
        'stall in 2008, said: "I never thought we would get here."'
    )
    assert canonicals(nlp, text)[-1] == "Marisol Pennick"


# -- an epithet after the person's own quotation -------------------------------------------
def test_an_age_epithet_reaches_past_the_persons_quotation(nlp):
    text = (
        "Hawkesmoor Mills has reopened its weaving shed as a concert hall, the family-run "
        "firm said on Friday.\n\nFounder and chief executive Drusilla Hawkesmoor, who rescued "
        "the mill in 2015 and has since turned it into the valley's busiest venue, said: "
        '"When I first walked in, a pigeon looked at me as if to ask, \'Are you lost?\' Nobody '
        'will want to leave. This is what the mill was built for."\n\nThe tireless 47-year-old, '
        "whose cafe already has a month-long waiting list, says the hall will bring 25 jobs to "
        'a valley that "deserves better".'
    )
    found = canonicals(nlp, text)
    assert found[1] == "Drusilla Hawkesmoor"
    assert found[-1] == "Drusilla Hawkesmoor"


# -- "named X", "called X", "who gave only his first name, X" ------------------------------
def test_a_person_named_in_the_description_is_the_speaker(nlp):
    text = (
        "The committee backed the plan by six votes to one. The only objector, a retired "
        'surveyor named Ambrose Pettigrew, said the wall was "an accident waiting to happen".'
    )
    assert canonicals(nlp, text) == ["Ambrose Pettigrew"]


def test_a_person_called_x_is_the_speaker(nlp):
    text = (
        "Hives on the allotments were moved overnight. A local beekeeper called Lark "
        "Fennimore said the council had given no warning."
    )
    assert canonicals(nlp, text) == ["Lark Fennimore"]


def test_a_nurse_named_with_word_like_names(nlp):
    text = (
        "The ward has been short of staff since August. A nurse named Faith Cooper said she "
        "had worked nine nights in a row."
    )
    assert canonicals(nlp, text) == ["Faith Cooper"]


def test_a_named_thing_or_body_is_not_a_person(nlp):
    text = "A report called Roads to Nowhere says the bypass will cost twice as much."
    assert canonicals(nlp, text) == ["report called Roads to Nowhere"]


def test_the_first_name_a_parent_gave_is_the_speaker(nlp):
    text = (
        "Parents waited outside the locked gates for an hour. One father, who gave only his "
        "first name, Tobias, said nobody from the school had come out to explain."
    )
    assert canonicals(nlp, text) == ["Tobias"]


# -- a capitalised role word before a name --------------------------------------------------
def test_a_viewer_who_wrote_in_is_the_person(nlp):
    text = (
        "Viewer Ebrill Cadwgan emailed to say the road was flooded. She said the council had "
        "not sent sandbags."
    )
    assert canonicals(nlp, text) == ["Ebrill Cadwgan", "Ebrill Cadwgan"]


def test_a_listener_in_a_live_blog_is_he_later(nlp):
    text = (
        "14:10 Listener Jowan Pengelly sent us this from Mousehole: \"The harbour wall is under "
        'water." He said the lifeboat had launched twice.'
    )
    assert canonicals(nlp, text)[-1] == "Jowan Pengelly"


def test_a_title_phrase_with_of_before_a_word_like_name(nlp):
    text = "Chair of governors Patience Hall said the school would appeal."
    assert canonicals(nlp, text) == ["Patience Hall"]


def test_a_team_position_before_a_name_makes_the_surname_the_player(nlp):
    text = (
        "The referee sent off Dunmore prop Iestyn Carrow for a late tackle. Carrow, who needed "
        'ice on his knee, told reporters he had "mistimed it". "I\'m gutted," he said.'
    )
    assert canonicals(nlp, text) == ["Iestyn Carrow", "Iestyn Carrow"]


def test_the_referee_again_is_not_the_player_he_sent_off(nlp):
    text = (
        "The referee sent off Dunmore prop Iestyn Carrow for a late tackle. The referee, a "
        'league official in his first season, told both captains the tackle was "reckless".'
    )
    assert "Iestyn Carrow" not in canonicals(nlp, text)
