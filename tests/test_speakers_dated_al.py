"""A document that names its maker is known by that name, and a participle that only says
when it came out is no part of it, also when the parser hangs the participle on the maker
("a survey by the X Panel, published in April"), when the maker follows "of" ("the annual
report of the X Commission published on Tuesday") and when the maker is a body's noun
("a report by the district council's safety advisory group, published in March") (helper
sourcesAL; rounds AH6, AJ, AK3). Without a maker the date may be what tells the document
apart and stays ("a poll of likely voters published last week"). The sentences follow
those of the practice articles (all fictional), with the names kept.
"""

from __future__ import annotations

import pytest
from speaker_acts import canonicals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to a survey by the Farrowmoor Patients' Panel, published in April, 41 "
            "per cent of adults in the region had not seen a dentist in two years.",
            "survey by the Farrowmoor Patients' Panel",
        ),
        (
            "A report by the district council's safety advisory group, published in March, "
            "found that the old runway could not take heavier aircraft.",
            "report by the district council's safety advisory group",
        ),
        (
            "More than one in four children in Marravel are living in relative poverty, "
            "according to the annual report of the Childhood Equity Commission published on "
            "Tuesday.",
            "annual report of the Childhood Equity Commission",
        ),
    ],
)
def test_a_date_of_publication_is_no_part_of_a_documents_name(nlp, text, expected):
    assert canonicals(nlp, text) == [expected]


def test_without_a_maker_the_date_stays(nlp):
    text = "According to a poll of likely voters published last week, the mayor is behind."
    assert canonicals(nlp, text) == ["poll of likely voters published last week"]
