"""Canonical speakers from helper spkP's fresh probes (benchmarks/fresh_probe/speakers18.yaml),
on sentences written for these tests in tabloid, partisan and press-release voices
(docs/annotation_rules.md, section 1: one canonical source, the fullest name the article
gives; a surname must go to the right one of two people sharing it; section 5: a document
keeps the owner word). Rules in kit/lenses/speaker_chains.py.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def sources(nlp, text: str) -> dict[str, str]:
    """Each source row's canonical name and type."""
    return {s.canonical: s.type for s in kit.annotate(text, nlp=nlp).sources}


# -- a name along a chain of descriptions ------------------------------------------------------
def test_one_of_the_objectors_then_a_described_name(nlp):
    text = (
        "Plans for a phone mast on Cobley Hill were rejected on Monday.\n\n"
        "One of the villagers who objected, the retired vicar Anselm Trudgeon, said the mast "
        'would have been "a blot". He said the parish had won.'
    )
    assert canonicals(nlp, text) == ["Anselm Trudgeon", "Anselm Trudgeon"]


def test_a_whose_role_with_a_name_and_no_verb_of_its_own(nlp):
    text = (
        "Until then the trophy goes to the runner-up, Silver Minnow, whose skipper, "
        'Ewart Pellingham, said he would "take it, but not like this".'
    )
    assert canonicals(nlp, text) == ["Ewart Pellingham"]


def test_who_gave_only_her_first_name(nlp):
    text = (
        "Shoppers queued from dawn for the closing-down sale at Harlow's department store.\n\n"
        "One of the shoppers, who gave only her first name, Morwenna, said she had bought "
        "three lamps she did not need."
    )
    assert canonicals(nlp, text) == ["Morwenna"]
    assert sources(nlp, text) == {"Morwenna": "named_person"}


# -- hyphenated given names and descriptors before a name ---------------------------------------
def test_a_hyphenated_given_name_the_model_split_off(nlp):
    from spacy.tokens import Span

    from kit.lenses.speakers import SpeakerResolver

    doc = nlp("Kerry-Lou Brenchley, 47, who sells flowers, said the fees were too high.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # the model tagged only "Brenchley"
    assert SpeakerResolver(doc).resolve([(1, 2)], [None]) == ["Kerry-Lou Brenchley"]


def test_a_false_title_inside_an_apposition(nlp):
    text = (
        "The greyhound's owner, the Carnbrook scaffolding boss Lucan Merridew, said in a "
        'statement that the dog had been "got at".'
    )
    assert canonicals(nlp, text) == ["Lucan Merridew"]


# -- bodies: a club that takes a plural verb, a council with a possessive -----------------------
def test_the_club_is_the_team_named_with_a_plural_verb(nlp):
    text = (
        "Dunstable Wanderers have parted company with their head coach after eleven games.\n\n"
        "Orrin Vance left the role on Tuesday, the club announced. It said the search for a "
        'successor was "under way".'
    )
    assert canonicals(nlp, text) == ["Dunstable Wanderers", "Dunstable Wanderers"]


def test_a_council_spokesman_after_the_councils_committee(nlp):
    text = (
        "Brackenholt District Council's planning committee voted 5-2 to refuse the scheme.\n\n"
        "The developer can appeal within six months, a council spokesman said."
    )
    assert canonicals(nlp, text) == ["spokesman for Brackenholt District Council"]


# -- "Its ruling": the body that was the subject just before ------------------------------------
def test_its_ruling_after_the_panel_rejected(nlp):
    text = (
        "Greyhound trainer Madoc Treharne, 47, was banned for a year by the Kennel Standards "
        "Board. He said he would appeal.\n\n"
        "The panel rejected his account. Its ruling says his paperwork was "
        '"careless at best".'
    )
    assert canonicals(nlp, text)[-1] == "panel's ruling"


# -- "the younger Mr X", "the elder Mrs X" ------------------------------------------------------
def test_the_elder_of_a_father_and_son(nlp):
    text = (
        "Gideon Salter, 70, was fined £4,000 on Friday. He said he was ashamed.\n\n"
        'His son, Rufus Salter, told the Gazette the family was "devastated". The elder '
        "Mr Salter said he would retire."
    )
    assert canonicals(nlp, text) == ["Gideon Salter", "Rufus Salter", "Gideon Salter"]


def test_the_elder_by_the_ages_given(nlp):
    text = (
        "Idris Penhallow, 74, and his nephew Tomos Penhallow, 39, run the ferry together. "
        'The elder Mr Penhallow said the crossing was "safe as houses".'
    )
    assert canonicals(nlp, text) == ["Idris Penhallow"]



# -- a title named in the sentences after it --------------------------------------------------
def test_a_title_that_the_next_sentence_ties_to_a_name(nlp):
    text = (
        "Bosses at Ravensholm Zoo have admitted that two penguins escaped for a weekend.\n\n"
        "The zoo's head keeper said the birds had been \"perfectly safe\". The head keeper, "
        "Ottilie Vandermeer, said the fence would be raised."
    )
    assert canonicals(nlp, text)[-2:] == ["Ottilie Vandermeer", "Ottilie Vandermeer"]

