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
