"""An unnamed official known by a kind of body ("A directorate official", "A partnership
official", "One museum official") works for the one body of that kind the article names,
also when the parser tags the kind word as an adjective and when the name is built "X of Y"
("the National Museum of Halvenor", "the Bank of Vardesse") (helper sourcesAL; rounds AI5,
AJ4, AJ5, AJ6, AK4, AK5). The sentences follow those of the practice articles (all
fictional), with the names kept.
"""

from __future__ import annotations

import pytest
from speaker_acts import canonicals


# -- 2. "A directorate official": the one directorate the article names -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The release was approved in March by the Natural Heritage Directorate, which "
            "issued a five-year licence.\n\nA directorate official, speaking on condition "
            'of anonymity, said two more releases were "likely" this year.',
            "official at the Natural Heritage Directorate",
        ),
        (
            "The Marrowdeen Transport Partnership pays the operator a subsidy.\n\nA "
            "partnership official, speaking on condition of anonymity, said a replacement "
            "would probably be found within a fortnight.",
            "official at the Marrowdeen Transport Partnership",
        ),
        (
            "The National Museum of Halvenor will return 42 bronze plaques, the museum said "
            "on Tuesday.\n\nOne museum official, who asked not to be named, said the "
            "decision had been taken in May.",
            "official at the National Museum of Halvenor",
        ),
        (
            "The Bank of Vardesse raised its main rate on Tuesday.\n\nA central bank "
            "official, who asked not to be named, said more rises were likely.",
            "official at the Bank of Vardesse",
        ),
    ],
)
def test_an_official_of_a_kind_of_body_works_for_the_one_named(nlp, text, expected):
    assert expected in canonicals(nlp, text)


def test_a_kind_of_body_named_twice_or_an_adjective_stays_as_written(nlp):
    two = (
        "The Bank of Vardesse and the Bank of Orlume both raised rates.\n\nA central bank "
        "official, who asked not to be named, said more rises were likely."
    )
    assert not any(c and " at " in c for c in canonicals(nlp, two))
    adjective = (
        "The Wexford Independent ran the story on Monday.\n\nAn independent official said "
        "the figures were wrong."
    )
    assert "independent official" in canonicals(nlp, adjective)
