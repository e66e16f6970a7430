"""A verb of making public with a thing as its object ("the council published its
accounts") says that the thing came out, not what it says: no attribution (helper
sourcesAL; false marks in rounds AA1, AC, AF2, AI4 and AK). Information itself ("released
the same information") and a thing whose words are given ("published a report saying ...")
are still reports. The sentences follow those of the practice articles (all fictional).
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _cues(nlp, text):
    return [a.cue.text for a in AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")]


# -- 1. "published its accounts": a thing came out, nobody's words are reported ---------
@pytest.mark.parametrize(
    "text",
    [
        'The trust has now published three "fix-it" plans in two years.',
        "According to the clinical review behind the decision, which the board published "
        "only after a freedom of information request, the unit is safe.",
        "But until the trust publishes the terms of this licence, our members will draw "
        "their own conclusions.",
        "The council published its accounts on Friday.",
    ],
)
def test_a_thing_published_is_no_report(nlp, text):
    assert not {"published", "publishes", "publish"} & set(_cues(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The US Department of State released the same information on Wednesday.", "released"),
        ("The council published a report saying the bridge was unsafe.", "published"),
        ("The charity published figures showing a rise in calls.", "published"),
        ("The ministry released details of the deal on Monday.", "released"),
    ],
)
def test_information_published_is_still_a_report(nlp, text, cue):
    assert cue in _cues(nlp, text)
