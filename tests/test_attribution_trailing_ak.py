"""A cue that closes a sentence after a comma, with an adverbial phrase or clause the
parser hung on the cue (helper ownersAK): after it, set off by a comma ("..., the foreign
ministry said, in an exchange that negotiators described as ...", "..., the society said,
despite overnight rain that turned ..."), or before the speaker ("X has cancelled the tour
after doctors found a bleed, her management company said"). The sentence before the
speaker is the content, as when nothing stands between (rounds AF4, AF6, AI2 and AI6
missed these). The sentences are written for these tests in the shape of the practice
articles; each positive has a near miss that must keep its reading.
"""

from __future__ import annotations

from speaker_acts import acts

import kit
from kit.article import Article


def _contents(nlp, text: str) -> list[str | None]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [a.content.text if a.content else None for a in doc.attributions]


def test_a_trailing_cue_before_a_despite_phrase_reports_the_sentence(nlp):
    text = (
        "Four hundred stalls were booked for the summer fair on Saturday, the Kessington "
        "Traders' Association said, despite heavy rain that flooded the car park."
    )
    assert [c for _, _, c in acts(nlp, text)] == ["Kessington Traders' Association"]
    assert _contents(nlp, text) == [
        "Four hundred stalls were booked for the summer fair on Saturday"
    ]


def test_a_trailing_cue_before_an_in_phrase_with_a_clause_reports_the_sentence(nlp):
    text = (
        "Two fishermen held for a week by the coastguard were freed on Monday, the harbour "
        "board said, in a statement that gave no reason."
    )
    assert [s for _, s, _ in acts(nlp, text)] == ["the harbour board"]
    assert _contents(nlp, text) == [
        "Two fishermen held for a week by the coastguard were freed on Monday"
    ]


def test_a_relative_clause_on_a_person_with_such_a_phrase_reports_nothing(nlp):
    text = (
        "The chairman thanked Ann Lee, who wrote to the board on Monday, despite a long "
        "illness that kept her at home."
    )
    assert acts(nlp, text) == []


def test_a_relative_clause_with_an_in_phrase_reports_nothing(nlp):
    text = (
        "The chairman thanked the treasurer, who spoke at the meeting on Monday, in a voice "
        "that shook."
    )
    assert acts(nlp, text) == []


# -- the reported clause's own adverbial clause, hung by the parser on the cue --------------
def test_an_after_clause_between_the_content_and_a_closing_cue_is_content(nlp):
    text = (
        "Pop singer Nyxa Brell has cancelled the last 22 dates of her arena tour after "
        "doctors found a bleed on her vocal cords, her management company, Ravenhurst "
        "Artists, said on Friday."
    )
    assert [c for _, _, c in acts(nlp, text)] == ["Ravenhurst Artists"]
    assert _contents(nlp, text) == [
        "Pop singer Nyxa Brell has cancelled the last 22 dates of her arena tour after "
        "doctors found a bleed on her vocal cords"
    ]


def test_a_cue_with_its_own_clause_after_it_keeps_that_clause(nlp):
    text = "Prices rose after the storm, and the bank said rents would follow."
    assert _contents(nlp, text) == ["rents would follow."]


def test_neither_side_reports_nothing(nlp):
    text = (
        "The guns fell silent around noon; whether that was a pause or an exhausted "
        "stalemate, neither side would say. Neither council said when the road would reopen."
    )
    assert acts(nlp, text) == []
