"""Source rows learned from round J's misses and fresh probe prose (helper srcJ;
benchmarks/fresh_probe/sources4.yaml).

Every sentence here is written for this file. Each class has a sentence the fix marks
and a look-alike that must keep its old row.
"""

from __future__ import annotations

import kit
from kit.article import Article


def sources(nlp, text: str, outlet: str = "The Dunholm Ledger"):
    article = Article(body=text, meta={"outlet": outlet})
    return {s.canonical.lower(): s for s in kit.annotate(article, nlp=nlp).sources}


def test_a_second_who_clause_that_only_asks_for_anonymity_is_not_part_of_the_name(nlp):
    found = sources(
        nlp,
        "A lorry driver who saw the collision, and who asked not to be named because he "
        "feared losing his job, said the lights were green.",
    )
    assert list(found) == ["lorry driver who saw the collision"]
    assert found["lorry driver who saw the collision"].type == "anonymous"
    trap = sources(
        nlp,
        "A lorry driver who saw the collision, and who later helped the injured, said the "
        "lights were green.",
    )
    (name,) = trap
    assert "helped the injured" in name  # a second clause that describes stays
    assert trap[name].type == "anonymous"  # one driver, not a group


def test_asking_for_anonymity_for_fear_of_reprisals_says_why_not_who(nlp):
    found = sources(
        nlp,
        "A shopkeeper who asked not to be named for fear of reprisals said the gang came "
        "back every night.",
    )
    assert list(found) == ["shopkeeper"]
    # with no reason the request goes as well: the keys drop a request for anonymity in every shape
    bare = sources(nlp, "A shopkeeper who asked not to be named said the gang came back nightly.")
    assert list(bare) == ["shopkeeper"]


def test_a_possessive_inside_the_speakers_own_who_clause_is_the_speakers_own(nlp):
    found = sources(
        nlp,
        "Orla Benn, the depot manager, said the shifts were fair. A fitter who feared for "
        "his job said the line was unsafe.",
    )
    assert "fitter who feared for his job" in found
    trap = sources(
        nlp,
        "Orla Benn chairs the depot board. A spokesperson for her office said the vote "
        "would go ahead.",
    )
    assert "spokesperson for orla benn's office" in trap


def test_a_descriptor_before_a_name_inside_a_document_is_dropped(nlp):
    found = sources(nlp, "Data from the flight-tracking service SkyPlume shows the jet circled.")
    assert list(found) == ["data from skyplume"]
    assert found["data from skyplume"].type == "document"
    trap = sources(nlp, "Data from the flight-tracking service shows the jet circled.")
    assert list(trap) == ["data from the flight-tracking service"]


def test_a_bare_plural_of_a_learned_profession_is_a_generic_source(nlp):
    found = sources(nlp, "Glaciologists warn that the ice shelf could break up within a decade.")
    assert [s.type for s in found.values()] == ["anonymous"]
    trap = sources(
        nlp, "Glaciologists at the Polar Survey Institute said the ice shelf had thinned."
    )
    assert [s.type for s in trap.values()] == ["unnamed_group"]


def test_a_document_handed_to_the_outlet_is_its_exclusive(nlp):
    found = sources(nlp, "A memo handed to the Ledger says the depot will close in May.")
    assert [s.outlet_exclusive for s in found.values()] == [True]
    trap = sources(nlp, "A memo handed to drivers says the depot will close in May.")
    assert [s.outlet_exclusive for s in trap.values()] == [False]


def test_a_body_known_by_what_it_is_is_an_organisation(nlp):
    found = sources(nlp, "The harbour authority said the quay would reopen on Friday.")
    assert [s.type for s in found.values()] == ["named_organization"]
    trap = sources(nlp, "The harbour master said the quay would reopen on Friday.")
    assert [s.type for s in trap.values()] == ["anonymous"]


def test_told_and_the_outlets_one_word_name_is_its_exclusive(nlp):
    text = 'Bryn Aske found the meteorite in a ditch. "It was still warm," he told Skyward.'
    found = sources(nlp, text, outlet="Skyward")
    assert found["bryn aske"].outlet_exclusive is True
    trap = sources(nlp, text.replace("Skyward", "Gemma"), outlet="Skyward")
    assert trap["bryn aske"].outlet_exclusive is False


def test_a_clause_saying_the_source_spoke_to_the_outlet_is_its_exclusive(nlp):
    text = (
        "The gates opened late, according to one usher who spoke to Ringside Monthly "
        "on condition of anonymity."
    )
    found = sources(nlp, text, outlet="Ringside Monthly")
    assert [s.outlet_exclusive for s in found.values()] == [True]
    trap = sources(nlp, text.replace("Ringside Monthly", "the police"), outlet="Ringside Monthly")
    assert [s.outlet_exclusive for s in trap.values()] == [False]


def test_a_name_in_apposition_to_a_plural_gives_the_type(nlp):
    found = sources(
        nlp, 'The headliners, the Gannetby Choir, said on Sunday that they were "heartbroken".'
    )
    assert [s.type for s in found.values()] == ["named_organization"]
    trap = sources(nlp, 'The headliners said on Sunday that they were "heartbroken".')
    assert [s.type for s in trap.values()] == ["unnamed_group"]


def test_a_list_cited_with_according_to_is_a_document(nlp):
    found = sources(nlp, "Suppliers are owed £40,000, according to a creditor list.")
    assert [s.type for s in found.values()] == ["document"]
    trap = sources(nlp, "Suppliers are owed £40,000, according to a creditor.")
    assert [s.type for s in trap.values()] == ["anonymous"]


def test_the_countys_officer_is_not_the_officer_of_the_village_the_story_is_in(nlp):
    found = sources(
        nlp,
        "A hoard of coins found near Ashwick is likely to be treasure. The county's "
        "archaeologist said on Tuesday it was a rare find.",
    )
    assert "county's archaeologist" in found
    trap = sources(
        nlp,
        "Barns across Marlstone County burned down on Monday. The county's fire safety "
        "officer said the blazes had started in hay stores.",
    )
    assert "fire safety officer of marlstone county" in trap


def test_a_one_word_name_used_as_a_modifier_does_not_take_the(nlp):
    found = sources(
        nlp,
        "Drivers at the Quickvan depot walked out on Friday. Quickvan said talks would "
        "resume. A company spokesman added that pay had risen by 6%.",
    )
    assert "spokesman for quickvan" in found
    trap = sources(
        nlp,
        "The Ordnance Guild said talks would resume. A spokesman for the guild added that "
        "pay had risen by 6%.",
    )
    assert "spokesman for the ordnance guild" in trap


def test_the_company_does_not_take_up_a_public_body_that_just_spoke(nlp):
    text = (
        "A drone built by the start-up Kestrelwing Aerial Systems crashed into a field on "
        "Sunday. The Fire and Rescue Agency said nobody was hurt.\n\n"
        "The company said in a statement that a battery had failed."
    )
    found = sources(nlp, text)
    assert "kestrelwing aerial systems" in found
    assert found["fire and rescue agency"].attributions == 1
    trap = sources(
        nlp,
        "Harwood Freight Ltd said on Sunday that a lorry had crashed on the bypass. The "
        "company said in a statement that nobody was hurt.",
    )
    assert list(trap) == ["harwood freight ltd"]  # a business that just spoke


def test_a_body_named_after_a_spokespersons_owner_is_the_owner(nlp):
    found = sources(
        nlp,
        "A spokesman for the operator, Harnbury Buses Ltd, said the route would be cut.",
    )
    assert list(found) == ["spokesman for harnbury buses ltd"]
    assert found["spokesman for harnbury buses ltd"].type == "anonymous"
    trap = sources(
        nlp,
        "The owner of the bakery, Mrs Delia Farrant, said the route would be missed.",
    )
    assert list(trap) == ["delia farrant"]  # a person in apposition is the speaker


def test_a_written_decision_that_says_is_a_document(nlp):
    found = sources(nlp, "The panel's written decision says the crew crossed the wrong buoy.")
    assert [s.type for s in found.values()] == ["document"]
    trap = sources(nlp, "The panel's chairman says the crew crossed the wrong buoy.")
    assert [s.type for s in trap.values()] == ["anonymous"]


def test_a_document_taken_up_keeps_the_nouns_that_say_which_kind_it_is(nlp):
    text = (
        "In a discussion paper published on Monday, the regulator says that fares may "
        "rise. The paper concedes that rural lines will suffer most."
    )
    found = sources(nlp, text)
    assert "regulator's discussion paper" in found
    trap = sources(
        nlp,
        "In a paper published on Monday, the regulator says that fares may rise. The "
        "paper concedes that rural lines will suffer most.",
    )
    assert "regulator's paper" in trap
