"""The press's scoop formula is the outlet's own voice, not a source (guide, section 1:
cue-like words that report nothing; the keys list "can reveal" as a trap): "The Echo can
reveal that ...", "..., this newspaper can disclose.", "We can reveal ...". A person or
body that reveals something is still reported. Sentences written for these tests."""

from __future__ import annotations

from kit.annotate import annotate
from kit.article import Article


def acts(nlp, body: str, outlet: str | None = None) -> list[tuple[str, str | None]]:
    """(cue, canonical source) of every attribution, in reading order."""
    meta = {"title": "test"} | ({"outlet": outlet} if outlet else {})
    return [
        (a.cue.text, a.canonical)
        for a in annotate(Article(body=body, meta=meta), nlp=nlp).attributions
    ]


def test_the_outlet_announcing_its_own_story_is_no_source(nlp):
    outlet = "The Marshfield Lantern"
    assert (
        acts(nlp, "The Lantern can reveal that the bypass will cost twice the estimate.", outlet)
        == []
    )
    assert (
        acts(nlp, "The bypass will cost twice the estimate, the Lantern can reveal.", outlet) == []
    )
    assert acts(nlp, "The bypass will cost twice the estimate, this newspaper can reveal.") == []
    assert acts(nlp, "We can reveal that the bypass will cost twice the estimate.") == []
    assert acts(nlp, "Our website can disclose that the contract was signed in March.") == []
    # with no outlet given, a bare title with "the" reads as the outlet
    assert acts(nlp, "The Courier can reveal that the bypass will cost twice the estimate.") == []


def test_people_and_bodies_that_reveal_are_still_reported(nlp):
    outlet = "The Marshfield Lantern"
    found = acts(
        nlp, "The treasurer revealed that the bypass would cost twice the estimate.", outlet
    )
    assert [cue for cue, _ in found] == ["revealed"]
    found = acts(nlp, "Police can now reveal that the driver was 34.", outlet)
    assert [cue for cue, _ in found] == ["reveal"]
    # another title than the outlet's own is a source
    found = acts(nlp, "The Courier can reveal that the bypass will cost more.", outlet)
    assert [cue for cue, _ in found] == ["reveal"]
