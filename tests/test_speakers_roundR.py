"""Canonical speakers from helper spkR1's fresh probes, on sentences written for these
tests (docs/annotation_rules.md, section 1: one canonical source, the fullest name;
section 5: an unnamed individual known by an owner is recorded with the owner
resolved; guide section 2: a source with no name to check is anonymous). Rules in
kit/lenses/speaker_people.py (a name marked as not the real one), speakers.py (a
speaker inside someone's quotation; "its makers"), speaker_owners.py ("The Argus's
editorial"), attribution.py ("my dad" in a quotation whose cue follows it) and
sourcing.py (the type of those sources).
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    """The canonical source of every attribution, in reading order."""
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def sources(nlp, text: str) -> dict[str, str]:
    """Each source row's canonical name and type."""
    return {s.canonical: s.type for s in kit.annotate(text, nlp=nlp).sources}


# -- a name the text marks as not the real one --------------------------------------------------
CARER = (
    "Corran, not his real name, is twelve and looks after his father. He told the Gazette "
    'that the club\'s Saturday sessions were "the only time I am just a kid". "My dad always '
    "says, 'Go and enjoy yourself,'\" he said. \"So I go.\" His father said he was \"proud "
    'beyond words".'
)


def test_a_stand_in_name_is_the_person_he_and_his_point_back_to(nlp):
    assert canonicals(nlp, CARER) == [
        "Corran", "father of Corran", "Corran", "father of Corran",
    ]  # fmt: skip


def test_a_stand_in_name_is_an_anonymous_source(nlp):
    assert sources(nlp, CARER)["Corran"] == "anonymous"


def test_her_stand_in_name_gives_she(nlp):
    text = (
        "Ana, not her real name, has lived in the shelter since March. She said staff had "
        'been "kinder than family".'
    )
    assert canonicals(nlp, text) == ["Ana"]
    assert sources(nlp, text) == {"Ana": "anonymous"}


# -- "its makers": the people, owner resolved ---------------------------------------------------
def test_its_makers_are_the_makers_of_the_body(nlp):
    text = (
        "The Hallowmere Bee Company sells a hive that it says will halve winter losses. Its "
        "makers say the design was tested on six farms."
    )
    assert canonicals(nlp, text)[-1].replace("the ", "") == "makers of Hallowmere Bee Company"


# -- a paper's document by its short name -------------------------------------------------------
def test_the_papers_editorial_by_its_short_name_has_the_full_name(nlp):
    text = (
        "The Daily Ledger's rival, the Kestwick Argus, was more cautious. The Argus's "
        'editorial says the deal "solves nothing".'
    )
    assert canonicals(nlp, text) == ["Kestwick Argus's editorial"]
    assert sources(nlp, text) == {"Kestwick Argus's editorial": "document"}


# -- a word for a person capitalised to open the sentence before a name -------------------------
def test_winner_before_a_name_is_no_part_of_it(nlp):
    text = (
        'Winner Odalys Kerrow, who led from the first mile, said the course had been "brutal". '
        '"I nearly stopped at the ferry," Kerrow said.'
    )
    assert canonicals(nlp, text) == ["Odalys Kerrow", "Odalys Kerrow"]


# -- a speaker inside someone's quotation ------------------------------------------------------
def test_a_role_in_a_patients_quotation_is_not_the_person_described_with_it(nlp):
    text = (
        "The trust's medical director, Dr Ines Marl, a former surgeon, said waiting lists "
        "were falling. Bartholomew Tench, 70, said he had waited two years for a new knee. "
        "\"The surgeon came round on the Monday and said, 'You will walk to the pub by "
        "Easter,'\" he said."
    )
    assert canonicals(nlp, text) == [
        "Ines Marl", "Bartholomew Tench", "surgeon", "Bartholomew Tench",
    ]  # fmt: skip


def test_a_manager_in_a_volunteers_quotation_is_the_bodys(nlp):
    text = (
        "The Corrin Food Bank Trust runs four depots. Its depot manager, Colm Arkwright, said "
        "the vans were old but safe. Volunteer Hesper Lund, 66, said she disagreed. \"The "
        "regional manager came in and said, 'There is no money for new vans,'\" she said."
    )
    found = [c.replace("the ", "") for c in canonicals(nlp, text)]
    assert found == [
        "Colm Arkwright", "Hesper Lund", "regional manager of Corrin Food Bank Trust",
        "Hesper Lund",
    ]  # fmt: skip
