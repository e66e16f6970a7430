"""The fullest mention of a body or a described person (helper speakersAR; guide, section
1: the canonical source is "the fullest name the article gives"), one resolver step for
every speaker that is not a named person (:mod:`kit.lenses.speaker_fullest`):

- a body's name the model tagged without the proper noun right before it ("The
  Gorsewell Tenants' Association said", tagged "Tenants' Association") is written in
  full, from the speaker's own words or else from the one fuller mention in the article
  ("the society said" after "the Ashwelthorpe Giant Vegetable Society's weigh-off");
- a relative clause on an unnamed person is left out when the words before it already
  tie the person to a name or a place ("former Lumenhawk engineer", "retired teacher
  from Skelvorn"), as the keys write it.

Sentences from the practice articles (rounds AQ, AQ3, AK4, AN3, AH1, AI, Z1, A, AO2);
the traps are look-alikes written for these tests, or practice sentences the keys keep
whole: two guilds with the same short name, a bare described person whose clause is all
that says who she is.
"""

from __future__ import annotations

from speaker_acts import canonicals

from kit.evaluate import same_source

# -- a body's name cut short: written in full -----------------------------------------


def test_a_plural_possessive_name_keeps_the_place_before_it(nlp):
    text = (
        "The Gorsewell Tenants' Association said in a letter to the council on Monday that "
        "it had raised concerns in April."
    )
    assert canonicals(nlp, text) == ["Gorsewell Tenants' Association"]


def test_a_guild_says_in_a_leaflet_under_its_full_name(nlp):
    text = (
        "The Fellingdrow Traders' Guild says in a leaflet now taped to half the shop "
        "windows on Market Street that 60 businesses could close within two years."
    )
    assert same_source(canonicals(nlp, text)[0], "Fellingdrow Traders' Guild")


def test_a_guild_with_a_relative_clause_keeps_its_place_name(nlp):
    text = (
        "The Cheapmarrow Traders' Guild, which represents about 180 stallholders, said the "
        "rise could force a third of its members out within a year."
    )
    assert same_source(canonicals(nlp, text)[0], "Cheapmarrow Traders' Guild")


def test_a_short_name_takes_the_one_fuller_mention_in_the_article(nlp):
    text = (
        "A pumpkin weighing 612 kilograms won the Ashwelthorpe Giant Vegetable Society's "
        "annual weigh-off on Saturday.\n\n"
        "The Society said the winner had been weighed twice."
    )
    assert same_source(canonicals(nlp, text)[-1], "Ashwelthorpe Giant Vegetable Society")


def test_two_fuller_mentions_leave_the_short_name_as_written(nlp):
    # trap: two different guilds end in the same words; the bare one could be either
    text = (
        "The Quarrow Traders' Guild and the Fellingdrow Traders' Guild met on Monday.\n\n"
        "Later the Traders' Guild said it was disappointed."
    )
    found = canonicals(nlp, text)[-1]
    assert not same_source(found, "Quarrow Traders' Guild")
    assert not same_source(found, "Fellingdrow Traders' Guild")


def test_a_sentence_opening_word_is_no_part_of_the_name(nlp):
    # trap: a capitalised adverb opening the sentence is not the body's first word
    text = "Yesterday the Cleator Leisure Trust said the sauna would not reopen."
    assert same_source(canonicals(nlp, text)[0], "Cleator Leisure Trust")


# -- a description longer than the name: the clause left out --------------------------


def test_a_former_engineer_of_a_named_firm_without_what_she_did(nlp):
    text = (
        "A former Lumenhawk engineer, who worked on the Iris until last spring and asked "
        "me not to name her, told me the outward cameras were added late."
    )
    assert canonicals(nlp, text) == ["former Lumenhawk engineer"]


def test_a_teacher_from_a_place_loses_the_anonymity_clause(nlp):
    """A request not to be named goes in every shape (the keys drop it 298 times of 304,
    33 of 35 without commas; helper ownersAS; tests/test_speakers_roundQ2.py): the post
    ("retired teacher from Skelvorn", the round AI key) and the role stay."""
    text = (
        "One of them, a retired teacher from Skelvorn who asked not to be named, said she "
        "had lost most of her pension savings."
    )
    assert canonicals(nlp, text) == ["retired teacher from Skelvorn"]
    text = (
        "A Harrowbeck player who asked not to be named said the squad had not been paid "
        "since March."
    )
    assert canonicals(nlp, text) == ["Harrowbeck player"]


def test_a_diplomat_from_a_third_country_without_what_he_follows(nlp):
    text = (
        "A diplomat from a third country who follows the talks told the Ferravel Press "
        'Agency that both governments were "probably technically correct".'
    )
    assert same_source(canonicals(nlp, text)[0], "diplomat from a third country")


def test_a_nurse_from_a_town_without_her_history(nlp):
    text = (
        "One of them, a nurse from Fellgate who has used Velmora since the first batch, "
        'told us the new balm was "the first thing that has ever worked".'
    )
    assert same_source(canonicals(nlp, text)[0], "nurse from Fellgate")


def test_a_bare_woman_keeps_the_clause_that_says_who_she_is(nlp):
    # trap (round A): nothing before the clause ties her to a name; the key keeps it
    text = "A woman who works in a nearby bank said the queue had been there since dawn."
    assert canonicals(nlp, text) == ["woman who works in a nearby bank"]


def test_a_bare_engineer_keeps_the_clause_that_says_who_he_is(nlp):
    # trap (round AO2): "engineer who helped install the system", as the key writes it
    text = (
        "An engineer who helped install the system said the sensors had never been "
        "calibrated."
    )
    assert canonicals(nlp, text) == ["engineer who helped install the system"]
