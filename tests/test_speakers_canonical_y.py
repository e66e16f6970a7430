"""Canonical names learned from round X's speaker misses (helper canonY), on sentences
written for these tests (not copied from data/): a civic title before a name, a title
phrase that ends in a title word, the outlet's short name where the body gives it in full,
a short name owning a team inside an unnamed person's description, an aside in brackets,
a firm named after "a spokeswoman for the contractor," that the model tagged a person, a
lower-case body of another kind than the one named, a request for anonymity set off by
commas and a clause that says where a role holder works. Each rule has a trap that keeps
its old reading.
"""

from __future__ import annotations

import kit
from kit.article import Article


def speakers(nlp, text: str, outlet: str = "The Probe") -> list[str | None]:
    article = Article(body=text, meta={"outlet": outlet})
    return [a.canonical for a in kit.annotate(article, nlp=nlp).attributions]


def rows(nlp, text: str, outlet: str = "The Probe") -> dict[str, str]:
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical: s.type for s in kit.annotate(article, nlp=nlp).sources}


# -- a civic title is no part of the name ----------------------------------------------
def test_an_alderman_is_the_person_the_title_introduces(nlp):
    text = (
        "Alderman Ruthven Haskett told the school governors that the new hall would be "
        "finished by Easter."
    )
    assert rows(nlp, text) == {"Ruthven Haskett": "named_person"}


def test_a_title_phrase_ending_in_a_title_word_is_left_out_of_the_name(nlp):
    text = (
        "Senior Coroner Marigold Featherstonehaugh opened the inquest on Monday. "
        "Ms Featherstonehaugh said the rower had drowned when the boat capsized."
    )
    assert speakers(nlp, text) == ["Marigold Featherstonehaugh"]
    # trap: a three-word name with no title in it stays whole
    text = (
        "Mary Ellen Pargeter coached the crew for a decade. "
        "Ms Pargeter said the crew had never rowed better."
    )
    assert speakers(nlp, text) == ["Mary Ellen Pargeter"]


# -- the outlet's short name, where the body gives the name in full --------------------
_CLARION = (
    "THE WEXCOMBE CLARION | Sport\n\n"
    "The regatta was first held in 1924. The Clarion reported that the river had flooded "
    "the towpath. The Clarion's reporter noted that the mayor arrived by punt. According "
    "to the Clarion's report, the winning crew \"rowed like men possessed\"."
)


def test_the_outlets_short_name_is_written_in_full(nlp):
    found = rows(nlp, _CLARION, outlet="The Wexcombe Clarion")
    assert found["Wexcombe Clarion"] == "named_organization"
    assert speakers(nlp, _CLARION, outlet="The Wexcombe Clarion") == [
        "Wexcombe Clarion",
        "reporter of Wexcombe Clarion",
        "Wexcombe Clarion's report",
    ]


def test_the_outlets_short_name_stays_when_the_body_never_gives_it_in_full(nlp):
    text = _CLARION.split("\n\n", 1)[1]  # trap: no masthead line
    found = speakers(nlp, text, outlet="The Wexcombe Clarion")
    assert "Clarion's report" in found and "Wexcombe Clarion's report" not in found


# -- a short name owning a team in an unnamed person's description ---------------------
def test_a_short_owner_in_a_role_is_the_fullest_name(nlp):
    text = (
        "Tidewell Marine built the new eight. A former member of Tidewell's sales team, "
        "who asked not to be named, said the hull had been rushed."
    )
    assert speakers(nlp, text) == ["former member of Tidewell Marine's sales team"]
    # trap: a person's surname owning the squad stays as written
    text = (
        "Annabel Tidewell coached the crew for years. A former member of Tidewell's squad, "
        "who asked not to be named, said the training had been brutal."
    )
    assert speakers(nlp, text) == ["former member of Tidewell's squad"]


def test_a_document_keeps_the_owner_word_as_written(nlp):
    text = (
        "Tidewell Marine built the new eight. Tidewell's brochure says the hull is the "
        "lightest on the river."
    )
    assert speakers(nlp, text) == ["Tidewell's brochure"]  # trap: a document


# -- an aside in brackets --------------------------------------------------------------
def test_an_aside_in_brackets_is_no_part_of_the_source(nlp):
    text = (
        'Our notice on 4 March ("Pool closed for repairs") said the pool would reopen in '
        "April. An obituary of the boatbuilder Lionel Sayce (2 June) said he was born in "
        "Wexcombe."
    )
    found = speakers(nlp, text, outlet="The Wexcombe Clarion")
    assert found[0] is not None and "(" not in found[0] and found[0].endswith("notice on 4 March")
    assert found[1] == "obituary of Lionel Sayce"
    assert rows(nlp, text)["obituary of Lionel Sayce"] == "document"
    # trap: the person who wrote it is no document
    text = "The obituary writer, who asked not to be named, said the family had approved it."
    assert rows(nlp, text) == {"obituary writer": "anonymous"}


# -- a firm after "a spokeswoman for the contractor," ----------------------------------
def test_a_name_after_a_business_word_is_the_body_spoken_for(nlp):
    text = (
        "A spokeswoman for the contractor, Wagford Tillotson, said the roof of the sports "
        "hall would be mended over half-term."
    )
    assert speakers(nlp, text) == ["spokeswoman for Wagford Tillotson"]
    # trap: the spokeswoman named after the firm's own word is the speaker
    text = (
        "The firm's spokeswoman, Delia Marchbank, said the roof of the sports hall would "
        "be mended over half-term."
    )
    assert speakers(nlp, text) == ["Delia Marchbank"]


# -- a lower-case body of another kind ---------------------------------------------------
def test_a_body_of_another_kind_is_not_the_named_one(nlp):
    text = (
        "The parish council says the boathouse is a listed building. Ollerby District "
        "Council says it will decide in May."
    )
    assert speakers(nlp, text)[0] == "parish council"
    # trap: the same kind of body is the one named
    text = (
        "Ollerby District Council owns the boathouse. The district council says it will "
        "decide in May."
    )
    assert speakers(nlp, text) == ["Ollerby District Council"]


# -- relative clauses after an unnamed role ----------------------------------------------
def test_a_request_set_off_by_commas_is_an_aside(nlp):
    text = (
        "The caretaker, who asked us not to print his name, said the boiler had failed "
        "twice this term."
    )
    assert speakers(nlp, text) == ["caretaker"]


def test_where_a_role_holder_works_is_no_part_of_the_source(nlp):
    text = "A groundsman who works at the boathouse said the slipway was cracked."
    assert speakers(nlp, text) == ["groundsman"]
    # trap: after a bare noun for a person the clause is who they are
    text = "A woman who works at the boathouse said the slipway was cracked."
    assert speakers(nlp, text) == ["woman who works at the boathouse"]


# -- a relative clause with no relative word, and the outlet's contact -----------------
def test_a_group_the_writer_spoke_to_is_the_speaker_not_we(nlp):
    text = (
        "The old timetable is on the school website. Two teaching assistants we spoke to "
        "said they had not been told about the new one."
    )
    assert speakers(nlp, text) == ["two teaching assistants"]  # (the count stays: round AB)
    # trap: "we" as the subject of its own cue is still the outlet's voice
    text = "We spoke to two teaching assistants. We said the timetable was on the website."
    assert speakers(nlp, text) != ["teaching assistants"]


# -- a role with a bare person noun in it -------------------------------------------------
def test_a_dinner_lady_is_a_role_and_the_aside_goes(nlp):
    text = (
        "A dinner lady, who asked us not to print her name, said the lunch queue now took "
        "twenty minutes."
    )
    assert speakers(nlp, text) == ["dinner lady"]
    # a bare "woman" loses it too: the keys drop a request for anonymity in every shape
    # (33 of 35 without commas; helper ownersAS)
    text = (
        "A woman, who asked us not to print her name, said the lunch queue now took "
        "twenty minutes."
    )
    assert speakers(nlp, text) == ["woman"]


# -- rowing seats written as titles --------------------------------------------------------
def test_a_rowing_seat_before_a_name_is_no_part_of_it(nlp):
    text = 'Stroke Imogen Fairweather-Lund said the crew had "rowed the race of our lives".'
    assert speakers(nlp, text) == ["Imogen Fairweather-Lund"]


# -- "so-called" and its scare quotes ------------------------------------------------------
def test_so_called_and_its_scare_quotes_are_the_writers_not_the_name(nlp):
    text = (
        'The school\'s so-called "wellbeing review", published in June, claims that pupils '
        "sleep nine hours a night."
    )
    assert speakers(nlp, text) == ["school's wellbeing review"]
    # trap: a title in quotation marks with no "so-called" stays as written
    text = "The club's \"Row for Life\" leaflet says rowing is safe."
    assert speakers(nlp, text) == ['club\'s "Row for Life" leaflet']
