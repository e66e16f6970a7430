"""Canonical speakers learned from round T, second pass (spkT2): kin listed by first
names before one surname ("sisters Maud and Petronella Haverkamp ... Her sister said"),
a surname with an age resolving to a full name the model tagged as a body, a definite
owner that closes a name given before ("the show's first-aid team"), and a title with a
named owner tied to the name given later ("Grindlow's director of tenant relations ...
The company's director of tenant relations, X Y,"). Sentences written for this file,
each with the expected canonical source (guide, section 1; docs/annotation_rules.md).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_kin_word_points_to_the_other_of_two_listed_names(nlp):
    text = (
        "The buyers, sisters Maud and Petronella Haverkamp, bought the mill from a cousin "
        "in 2019. Maud Haverkamp told the Ledger they had almost sold the clock for scrap. "
        "Her sister said she wanted to keep it in the hall."
    )
    assert canonicals(nlp, text) == ["Maud Haverkamp", "Petronella Haverkamp"]


def test_a_surname_with_an_age_is_the_full_name_tagged_as_a_body(nlp):
    text = (
        "In the sheep pens, the supreme title went to Peregrine Wetherhead's Wensleydale ram "
        "Bosun. Wetherhead, 59, who farms above Kettle Beck, told the Argus the ram was "
        '"a born show-off".'
    )
    assert canonicals(nlp, text) == ["Peregrine Wetherhead"]


def test_the_shows_team_is_the_team_of_the_show_named_before(nlp):
    text = (
        "Thousands of visitors came to the Brackenby Show on Saturday, the biggest in the "
        "county. In the ridden pony class a rider fell at the first fence; she was unhurt, "
        "the show's first-aid team said."
    )
    assert canonicals(nlp, text) == ["first-aid team of Brackenby Show"]


def test_an_untagged_event_name_is_the_owner_too(nlp):
    text = (
        "The Marrowdale Regatta drew record crowds. One rower was pulled from the water "
        "after a collision, but was unhurt, the regatta's safety crew said."
    )
    assert canonicals(nlp, text) == ["safety crew of Marrowdale Regatta"]


def test_a_title_with_a_named_owner_is_the_person_the_text_names_later(nlp):
    text = (
        "Asked about the leak, Grindlow's director of tenant relations, in effect the "
        'firm\'s chief excuse-maker, said the company "regrets any inconvenience".\n\n'
        "Tenants have complained for months.\n\n"
        "The company's director of tenant relations, Barnabas Quillfeather, later told the "
        'Post that repairs were "in hand".'
    )
    assert canonicals(nlp, text) == ["Barnabas Quillfeather", "Barnabas Quillfeather"]


def test_a_persons_lawyer_stays_as_written_without_a_later_tie(nlp):
    text = (
        "Orla Venning's lawyer said the claim was false.\n\n"
        "The firm's lawyer, Tristram Kell, said the contract was clear."
    )
    assert canonicals(nlp, text)[0] != "Tristram Kell"


def test_a_kin_word_the_tagger_read_as_a_verb_still_lists_two_people(nlp):
    # "sisters" and "twins" before the names are often tagged as verbs; the spelling of a
    # plural noun for people is enough (written after spkT2, scored once: failed before)
    text = (
        "The sellers, sisters Ottilie and Rosalind Grayburn, inherited the clock from an "
        "aunt. Ottilie Grayburn said it had stood in the hall for decades. Her sister said "
        "she was sorry to see it go."
    )
    assert canonicals(nlp, text) == ["Ottilie Grayburn", "Rosalind Grayburn"]
    text = (
        "The twins Osgar and Tobin Frayling opened the cafe in May. Osgar Frayling said "
        "business was good. His twin said the rent was too high."
    )
    assert canonicals(nlp, text) == ["Osgar Frayling", "Tobin Frayling"]


def test_a_plural_noun_for_things_before_two_names_lists_nobody(nlp):
    # near-miss: "shops" is no noun for people, so "Marks Group" and "Spencer Group" are
    # never taken for two people
    text = (
        "The shops Marks and Spencer Group had run for years closed. A spokesman for Marks "
        "and Spencer Group said the leases had ended."
    )
    assert canonicals(nlp, text) == ["spokesman for Marks and Spencer Group"]


def test_a_name_set_off_after_its_role_before_a_long_aside_is_the_speaker(nlp):
    # the parser hangs both the role and the name on the verb when a long apposition
    # follows the name; the name is the speaker, the role its title
    text = (
        "The county's cabinet member for highways, Councillor Perpetua Vane, a woman who "
        "has never once been spotted on a bicycle, insisted the new lanes were popular."
    )
    assert canonicals(nlp, text) == ["Perpetua Vane"]
    # near-miss: a document with its author set off after it still speaks for itself
    text = (
        "A report from the trust's surveyors, Halloway Brisk, a firm that has worked for "
        "the trust since 2011, found the roof was failing."
    )
    assert canonicals(nlp, text) != ["Halloway Brisk"]
