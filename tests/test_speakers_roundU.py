"""Canonical speakers learned from round U (spkU): classes of speaker the kit resolved
to the wrong source in spun and new-genre prose. Passages written for this file (none
from data/), each with the expected canonical source (guide, section 1; the forms
follow the older keys: "spokesperson for X", "insiders at X", a body's fullest name).

- a "he"/"she" never stands for an event, place or thing that was the subject of a
  passive act ("The hearing in Dunmarsh was told that ... She told the panel");
- of two people of one gender, the subject of the sentence before beats a person
  introduced as an object there; a role that is the subject of the sentence before,
  named later, is who "he" is;
- a name given inside the speaker's own relative clause ("who gave his name only as
  X", "asked to be known only as X", "who calls himself X") is the speaker;
- a definite role the article ties to one named person, even far off ("X, the
  director", "X, who has chaired the board since 2015"), is that person;
- "its barrister" after the body that is the subject of the same sentence is that
  body's ("barrister of X", as "the department's chief spokesperson" is "chief
  spokesperson of the Department of ...");
- a short form of a body's name ("the parish council") is the fullest name the
  article gives the one body of that kind ("insiders at the authority" stays as
  written: the older keys keep "senior official at the department", "consultant at
  the hospital").
"""

from __future__ import annotations

import kit
from kit.evaluate import same_source


class Source(str):
    """A canonical source compared as the evaluation compares it (without case or
    "the")."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and same_source(self, other)

    __hash__ = str.__hash__


def speakers(nlp, text: str) -> dict[str, Source]:
    """Cue text -> canonical source, for every attribution found."""
    return {a.cue.text: Source(a.canonical) for a in kit.annotate(text, nlp=nlp).attributions}


def sources(nlp, text: str) -> list[Source]:
    """The canonical source of every attribution, in reading order."""
    return [Source(a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


# -- a pronoun is a person -----------------------------------------------------------


def test_she_after_a_passive_hearing_is_the_claimant(nlp):
    text = (
        "Marisol Thwaite, 44, is suing the Kelland Ferry Company for unfair dismissal.\n\n"
        "The hearing in Dunmarsh was told that she had complained about the rota twice.\n\n"
        'She told the panel she had been "frozen out" by her managers.'
    )
    assert speakers(nlp, text)["told the panel"] == "Marisol Thwaite"


def test_he_after_a_passive_meeting_is_the_man_named_before(nlp):
    text = (
        "Derek Polglase, 67, worked at the Corriebank mill for thirty years.\n\n"
        "The appeal panel in Orrin was told that he had lost most of his pension.\n\n"
        'He said the company "owed him a living".'
    )
    assert speakers(nlp, text)["said"] == "Derek Polglase"


# -- two candidates ------------------------------------------------------------------


def test_she_is_the_subject_of_the_sentence_before_not_the_woman_it_introduces(nlp):
    text = (
        "Campaign leader Philippa Dorrington-Vane, a retired midwife, said the hospital "
        'had "betrayed" the town.\n\n'
        "Ms Dorrington-Vane will present the letter to the health secretary, Dame "
        "Ottoline Brackenridge, in London on Monday. She said the group would "
        '"keep marching until the ward reopens".'
    )
    assert sources(nlp, text) == ["Philippa Dorrington-Vane", "Philippa Dorrington-Vane"]


def test_he_is_the_role_that_rang_in_then_named(nlp):
    text = (
        "The first caller, a man who gave his name only as Hamish, said the ferry fares "
        "were a scandal.\n\n"
        "Later in the programme the harbour board's director of moorings came on the "
        "line. He said the pontoons cost £90,000 a year to repair.\n\n"
        "Asked whether he had ever paid a mooring fee himself, Lionel Trevarrick, the "
        "director, said he could not remember."
    )
    assert sources(nlp, text) == ["Hamish", "Lionel Trevarrick", "Lionel Trevarrick"]


# -- a name inside the speaker's own clause --------------------------------------------


def test_a_caller_who_gave_her_name_only_as_x(nlp):
    text = (
        "A listener who gave her name only as Bryony, and who said she had kept bees for "
        'twenty years, said the spraying was "a disgrace".'
    )
    assert speakers(nlp, text)["said"] == "Bryony"


def test_a_regular_who_calls_himself_x(nlp):
    text = "A regular who calls himself Smudger said the pub had lost its soul."
    assert speakers(nlp, text)["said"] == "Smudger"


def test_a_father_who_asked_to_be_known_only_as_x(nlp):
    text = (
        "Parents at Tollgate Primary were told of the closure by text. One father, who "
        "asked to be known only as Rhodri, said the school had ignored him for months."
    )
    assert speakers(nlp, text)["said"] == "Rhodri"


def test_a_postman_known_to_everyone_as_x(nlp):
    text = (
        "A retired postman, known to everyone on the estate as Digger, said the lifts had "
        "failed again."
    )
    assert speakers(nlp, text)["said"] == "Digger"


def test_a_drinker_who_goes_by_the_name_x(nlp):
    text = "One drinker, who goes by the name Spud, said the beer was warm."
    assert speakers(nlp, text)["said"] == "Spud"


# -- a role tied to one named person ---------------------------------------------------


def test_a_director_named_four_sentences_later(nlp):
    text = (
        "The museum's director, who came from a bank in 2023, told the inquiry that the "
        "loan of the Carrow tapestry had been approved properly.\n\n"
        "The tapestry left the building in May. It has not been seen since.\n\n"
        "Lawyers for the Carrow family say the paperwork was never signed.\n\n"
        'Cressida Pomfret, the director, said that was "nonsense".'
    )
    found = speakers(nlp, text)
    assert found["told the inquiry"] == "Cressida Pomfret"


def test_the_chairman_named_later_by_a_clause_of_office(nlp):
    text = (
        'The chairman said afterwards that the vote was "final and fair".\n\n'
        "Fishermen say they were never asked. The old jetty has stood since 1890.\n\n"
        "Nobody came to the drop-in session, which was held on a weekday morning.\n\n"
        "Councillor Osbert Quayle, who has chaired the harbour board since 2015, did not "
        "reply to our calls."
    )
    assert speakers(nlp, text)["said"] == "Osbert Quayle"


# -- a possessive role -------------------------------------------------------------------


def test_its_barrister_is_the_bodys_that_opens_the_sentence(nlp):
    text = (
        "Ewan Roskilly is claiming unfair dismissal against the Brimsley Arts Foundation.\n\n"
        "A spokeswoman for Tellwick Gas said the firm had not asked for anyone to be "
        "sacked.\n\n"
        "The foundation, its barrister argued in closing, had acted fairly throughout."
    )
    # a body's role is written "of" the body ("chief spokesperson of the Department of
    # ...", "official of Lowland Waters Agency"; docs/annotation_rules.md)
    assert speakers(nlp, text)["argued"] == "barrister of Brimsley Arts Foundation"


# -- a short form of a body's name --------------------------------------------------------


def test_the_parish_council_is_the_one_named(nlp):
    text = (
        "Heronsgate Parish Council voted in March to fell the elm on the green.\n\n"
        "In a statement, the parish council said the tree was diseased and unsafe."
    )
    assert speakers(nlp, text)["said"] == "Heronsgate Parish Council"
