"""Canonical speakers from helper spkQ2's fresh probes (benchmarks/fresh_probe/speakers24.yaml),
on sentences written for these tests (docs/annotation_rules.md, section 1: one canonical
source, the fullest name; a surname must go to the right one of two people sharing it;
section 5: a title tied to a name is that person). Rules in kit/lenses/speaker_unnamed.py
(a withheld name), kit/lenses/speakers.py (relatives sharing a surname) and
kit/lenses/speaker_chains.py (a title taken up again with its holder's name).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def sources(nlp, text: str) -> dict[str, str]:
    """Each source row's canonical name and type."""
    return {s.canonical: s.type for s in kit.annotate(text, nlp=nlp).sources}


# -- an unnamed speaker whose comma-set clause only says no name was given ----------------------
def test_did_not_want_to_give_her_name_is_no_part_of_the_source(nlp):
    text = (
        "The Tansley Road shelter is full again. A longtime volunteer, who did not want to "
        "give her name, said staff were turning dogs away every week."
    )
    assert canonicals(nlp, text) == ["longtime volunteer"]
    assert sources(nlp, text) == {"longtime volunteer": "anonymous"}


def test_did_not_want_to_be_named_is_no_part_of_the_source(nlp):
    text = (
        "Parents at Hobbin Lane School were told of the merger by text. A parent, who did "
        'not want to be named, said families felt "ambushed".'
    )
    assert canonicals(nlp, text) == ["parent"]


def test_asked_not_to_be_named_goes_even_when_it_is_all_the_text_says(nlp):
    text = (
        "The budget was delayed again on Friday. A Treasury official who asked not to be "
        'named said the figures were "nowhere near ready".'
    )
    # the keys drop a request not set off by commas too (33 of 35; helper ownersAS): the
    # request is the terms of the interview, not who the source is
    assert canonicals(nlp, text) == ["Treasury official"]
    # set off by commas, the request is an aside and the post says who (round X's keys,
    # helper canonY: "committee clerk", "postman")
    text = (
        "The budget was delayed again on Friday. One Treasury official, who asked not to be "
        'named, said the figures were "nowhere near ready".'
    )
    assert canonicals(nlp, text) == ["Treasury official"]


# -- relatives sharing a surname: the one who spoke, not the one only named since ---------------
def test_mr_surname_after_a_relative_who_only_declined(nlp):
    text = (
        "The coach, Barnard Quell, 61, said the club had let the players down. His son, "
        "Emrys Quell, a winger in the squad, declined to comment. Mr Quell said he would "
        "stay on until the summer."
    )
    assert canonicals(nlp, text) == ["Barnard Quell", "Barnard Quell"]


def test_mr_surname_after_a_hyphenated_relative_named(nlp):
    text = (
        "Corby Anstruther-Vail, 70, said the orchard had been in his family for a century. "
        "His son, Lucan Anstruther-Vail, a surveyor, declined to comment. Mr Anstruther-Vail "
        "said he would fight the plan."
    )
    assert canonicals(nlp, text) == ["Corby Anstruther-Vail", "Corby Anstruther-Vail"]


def test_when_both_relatives_spoke_the_latest_is_meant(nlp):
    text = (
        "Ansel Droy, 70, said the orchard had been in his family for a century. His nephew, "
        "Corwen Droy, a surveyor, said the trees were diseased. Mr Droy said the survey was "
        "wrong."
    )
    assert canonicals(nlp, text) == ["Ansel Droy", "Corwen Droy", "Corwen Droy"]


# -- a definite title that spoke, tied to a name paragraphs later ------------------------------
def test_the_head_of_leisure_named_paragraphs_later(nlp):
    text = (
        "The district council will shut four swimming pools. The council's head of leisure "
        "said on Thursday that the closures would save £300,000 a year.\n\n"
        'Campaigners are furious. "Nobody asked us," said Lorna Pike, who chairs Save Our '
        "Pools. She said 4,000 people had signed a petition.\n\n"
        "Swimmers held a vigil at the Carrow baths on Saturday, and a second protest is "
        "planned for next week.\n\n"
        'The head of leisure, Crispin Allard, insisted the decision was "not taken lightly".'
    )
    assert canonicals(nlp, text) == ["Crispin Allard", "Lorna Pike", "Lorna Pike", "Crispin Allard"]


def test_that_manager_named_paragraphs_later(nlp):
    text = (
        "The Pollen Street bakery was given a rating of one. The council's food safety "
        'manager, who signed the report, said in it that the kitchen was "unsafe".\n\n'
        "Regulars queued round the block on Saturday. The baker, Wendel Crout, said the "
        'visit had been "a witch hunt". His wife said they would appeal.\n\n'
        "That manager, Ruth Galloway, told the Clarion that a low rating did not mean the "
        "bread was unsafe."
    )
    assert canonicals(nlp, text) == [
        "Ruth Galloway", "Wendel Crout", "wife of Wendel Crout", "Ruth Galloway"
    ]  # fmt: skip


def test_a_title_with_another_owner_is_someone_else(nlp):
    text = (
        "The hospital's chief executive said the ward would close in May.\n\n"
        "Nurses marched on the town hall on Saturday. Union rep Delia Hock said staff were "
        '"exhausted".\n\n'
        "Across the county, the chief executive of the ambulance trust, Marcus Fell, warned "
        "that waits would grow."
    )
    assert canonicals(nlp, text) == ["hospital's chief executive", "Delia Hock", "Marcus Fell"]


# -- "the campaign" after "the <Name> campaign" -------------------------------------------------
def test_the_campaign_after_the_named_campaign(nlp):
    text = (
        "Gideon Marsh, who chairs the Keep Fellbeck Green campaign, said the plan was "
        '"a disgrace". The council said the homes were needed. The campaign says 2,000 '
        "people have signed its petition."
    )
    assert canonicals(nlp, text) == ["Gideon Marsh", "council", "Keep Fellbeck Green"]
    assert sources(nlp, text)["Keep Fellbeck Green"] == "named_organization"


def test_a_campaign_never_named_stays_a_campaign(nlp):
    text = (
        "Residents have started a campaign against the mast. The campaign says 300 people "
        "have signed its petition."
    )
    assert canonicals(nlp, text) == ["campaign"]


# -- a trading name the model did not tag as a body ---------------------------------------------
def test_a_brewery_name_is_the_company_in_focus(nlp):
    text = (
        "Ottery Pellow Brewery, the cherished pride of the Tamsel valley, has opened a second "
        "taproom. The new taproom will seat 80 people, the company said on Friday."
    )
    assert canonicals(nlp, text) == ["Ottery Pellow Brewery"]
    assert sources(nlp, text) == {"Ottery Pellow Brewery": "named_organization"}


def test_that_manager_named_later_beside_a_manager_named_before(nlp):
    text = (
        "Mabel Ruddock owns the Pollen Street bakery. Her brother, Amos Ruddock, the "
        "bakery's manager, said trade was down. The council's food safety manager, who "
        'signed the report, said in it that the kitchen was "unsafe".\n\n'
        "Regulars queued round the block on Saturday. A petition has 600 names. Its "
        "organisers will hand it in on Monday.\n\n"
        "That manager, Ruth Galloway, told the Clarion that a low rating did not mean the "
        "bread was unsafe."
    )
    assert canonicals(nlp, text) == ["Amos Ruddock", "Ruth Galloway", "Ruth Galloway"]


# -- a second reporting verb the parser hung inside the reported clause -------------------------
def acts(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """Each attribution's cue text and canonical source, in reading order."""
    return [
        (a.cue.text if a.cue else None, a.canonical)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


def test_had_been_consulted_and_warned_that_is_the_speakers_act(nlp):
    text = (
        "Councillor Edda Wren said residents had not been consulted and warned that the "
        "scheme could fail."
    )
    assert acts(nlp, text) == [("said", "Edda Wren"), ("warned", "Edda Wren")]


def test_had_been_losing_money_and_told_the_paper_that(nlp):
    text = (
        "The landlord said the pub had been losing money for years and told the Gazette "
        "that he would sell."
    )
    assert acts(nlp, text) == [("said", "landlord"), ("told the Gazette", "landlord")]


def test_had_been_sacked_and_told_to_leave_is_passive(nlp):
    text = "The union said drivers had been sacked and told to hand in their keys."
    assert acts(nlp, text) == [("said", "union")]
