"""Acts inside someone's quotation (issue 11, spkJ): a cue in a quotation that hands on a
quotation of its own ("the clerk said, 'Come back Tuesday'") is that speaker's own act;
a cue that only reports within the quotation stays part of it. Sentences written for
this file; each rule has a look-alike that keeps its old reading.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None]]:
    """(cue, canonical source) of every attribution, in reading order."""
    return [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions]


def test_a_cue_inside_a_quotation_that_hands_on_a_quotation_is_its_own_act(nlp):
    text = (
        "Ines Albarrán-Cole queued for four hours at the passport office. "
        '"At the end of it the clerk said, \'Come back on Tuesday,\'" she said.'
    )
    found = acts(nlp, text)
    assert ("said", "clerk") in found
    assert ("said", "Ines Albarrán-Cole") in found  # the outer "she" is not the clerk


def test_a_cue_inside_a_quotation_that_only_reports_stays_part_of_it(nlp):
    text = (
        "Ines Albarrán-Cole queued for four hours at the passport office. "
        '"At the end of it the clerk said I should come back on Tuesday," she said.'
    )
    assert acts(nlp, text) == [("said", "Ines Albarrán-Cole")]


def test_my_in_the_handed_on_quotation_is_the_quoted_speaker_s(nlp):
    text = (
        "Obadiah Wethercombe-Sykes trained as a farrier in the 1970s. "
        '"My first boss kept saying, \'Mind the back legs,\'" he said.'
    )
    assert ("saying", "first boss of Obadiah Wethercombe-Sykes") in acts(nlp, text)


def test_a_cue_then_a_colon_and_a_quotation_inside_a_paraphrase_is_its_own_act(nlp):
    text = (
        "The harbourmaster, Maelona Threlkeld-Barr, said the pier would reopen, "
        'recalling that the engineer had once warned her: "Salt eats everything."'
    )
    cues = [cue for cue, _ in acts(nlp, text)]
    assert "said" in cues and any("warned" in cue for cue in cues)
    assert not any("recalling" in cue for cue in cues)  # one act with "said"


def test_a_finite_report_inside_a_question_is_not_the_first_of_a_pair(nlp):
    text = (
        "I asked Barnabas Quilley-Ross, a ferry pilot, what he tells new crews. "
        '"Respect the tide," he told me.'
    )
    assert not any(cue == "asked" for cue, _ in acts(nlp, text))


def test_mrs_picks_the_woman_of_two_people_sharing_a_surname(nlp):
    text = (
        "Petronilla Haverbrook, 88, opened the bakery in 1961. Her grandson, Silas Haverbrook, "
        "runs it now. He said the ovens would stay, recalling that Mrs Haverbrook had "
        'told him: "Bread waits for nobody."'
    )
    found = acts(nlp, text)
    assert ("told him", "Petronilla Haverbrook") in found or any(
        "told" in cue and who == "Petronilla Haverbrook" for cue, who in found
    )


def test_mr_picks_the_man_of_two_people_sharing_a_surname(nlp):
    text = (
        "Petronilla Haverbrook, 88, opened the bakery in 1961. Her grandson, Silas Haverbrook, "
        "runs it now. Mr Haverbrook said the ovens would stay."
    )
    assert acts(nlp, text) == [("said", "Silas Haverbrook")]


def test_the_main_verb_s_act_after_a_finding_in_an_adverbial_clause(nlp):
    text = (
        "The Ambleworth Rowing Club has been suspended from the regatta after an inquiry "
        "found that two crews used a banned hull, the organisers said on Sunday."
    )
    assert "organisers said on Sunday" in [cue for cue, _ in acts(nlp, text)] or any(
        "said" in cue and who == "organisers" for cue, who in acts(nlp, text)
    )


def test_a_finding_with_no_act_around_it_keeps_its_own_act(nlp):
    text = "An inquiry found that two crews of the Ambleworth Rowing Club used a banned hull."
    assert [cue for cue, _ in acts(nlp, text)] == ["found that"] or [
        cue for cue, _ in acts(nlp, text)
    ] == ["found"]
