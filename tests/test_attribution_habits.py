"""Habitual speech, self-description and a reader's own relatives (issue 11, spkJ; round J
misses): "keeps telling us we would ..." (the parser hangs the clause on "keeps"),
"describes himself on his website as a ..." without quotation marks, and "my X" in a
reader's letter signed "- Initials, Place". Sentences written for this file, each with a
look-alike that gets no mark or keeps its old reading.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def test_keeps_telling_with_a_bare_clause_is_an_act(nlp):
    text = (
        "My neighbour, who breeds ferrets for shows, keeps telling us we should sell "
        "the allotment."
    )
    assert [cue for cue, _ in acts(nlp, text)] == ["telling us"]


def test_keeps_an_object_with_no_speech_is_no_act(nlp):
    text = "My neighbour, who breeds ferrets for shows, keeps telling jokes at the allotment."
    assert acts(nlp, text) == []


def test_describes_himself_as_without_quotes_is_an_act(nlp):
    text = "Mr Pelloquin-Strode describes himself on his blog as a citizen scientist."
    assert acts(nlp, text) == [("describes", "Pelloquin-Strode")]


def test_describing_someone_else_without_quotes_is_no_act(nlp):
    text = "Mr Pelloquin-Strode described the shed on his blog as a laboratory."
    assert acts(nlp, text) == []


def test_my_relative_in_a_signed_letter_is_the_signer_s(nlp):
    text = (
        "Q: My wife and I retire next year. My stepson, who sells timeshares, keeps telling us "
        "we should buy one in "
        "Lanzarote. He says prices will double. - R.T., Wokingham"
    )
    found = acts(nlp, text)
    assert found and all(who == "stepson of R.T." for _, who in found)


def test_my_relative_in_an_unsigned_paragraph_keeps_the_plain_words(nlp):
    text = (
        "Q: My wife and I retire next year. My stepson, who sells timeshares, keeps telling us "
        "we should buy one in "
        "Lanzarote. He says prices will double."
    )
    assert not any("R.T." in (who or "") for _, who in acts(nlp, text))
