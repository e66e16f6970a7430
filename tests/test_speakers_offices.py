"""Offices in capitals tied to a name (issue 11, spkJ; round J's "the Keeper said" and round
I's "the archdeacon said"): after "X, the Warden of Y," or "X, Provost of Y," (the model
tags the office an organisation), "the Warden" / "the provost" is X. Sentences written for
this file, each with a look-alike where the office was never tied to the person.
"""

from __future__ import annotations

import kit


def canonicals(nlp, text: str) -> list[str | None]:
    return [a.canonical for a in kit.annotate(text, nlp=nlp).attributions]


def test_the_office_in_apposition_is_the_person_later(nlp):
    text = (
        "Dame Eulalie Pemberthy-Vane, the Warden of the Cinque Marshes, said the sluices "
        'would be repaired. "We cannot wait for another winter," the Warden said.'
    )
    assert canonicals(nlp, text) == ["Eulalie Pemberthy-Vane", "Eulalie Pemberthy-Vane"]


def test_an_office_beside_the_name_as_a_second_subject_is_the_person_later(nlp):
    text = (
        "The Very Reverend Crispinian Hollowbeck-Drax, Provost of Wendlebury, said the spire "
        'was safe. "It has stood for six hundred years," the provost said.'
    )
    assert canonicals(nlp, text)[-1] == "Crispinian Hollowbeck-Drax"


def test_an_office_never_tied_to_the_person_stays_apart(nlp):
    text = (
        "Dame Eulalie Pemberthy-Vane, a retired judge, said the sluices would be repaired. "
        "The Warden of the Cinque Marshes said the money had not been found."
    )
    assert canonicals(nlp, text)[-1] != "Eulalie Pemberthy-Vane"


# -- a job noun in capitals before a name; a body named with a plural owner ----------------
def test_a_job_noun_before_a_name_is_no_part_of_it(nlp):
    text = "Archivist Wilhelmus Odiaka-Brent said the ledgers had been found in a cellar."
    assert canonicals(nlp, text) == ["Wilhelmus Odiaka-Brent"]


def test_the_same_word_as_a_surname_stays_in_the_name(nlp):
    text = "Rosabel Warden, 61, said the ledgers had been found in a cellar."
    assert canonicals(nlp, text) == ["Rosabel Warden"]


def test_a_capitalised_plural_owner_opens_a_body_s_name(nlp):
    text = "The Glaziers' Guild, which represents 300 firms, said the rules were unclear."
    assert canonicals(nlp, text) == ["Glaziers' Guild"]


def test_a_plural_owner_of_a_common_noun_is_no_body_name(nlp):
    text = "The glaziers' spokesman said the rules were unclear."
    assert canonicals(nlp, text) == ["glaziers' spokesman"]
