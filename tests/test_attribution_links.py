"""Acts of reporting that hang on another part of the sentence (issue 11): a cue in a
relative clause, a reported clause the parser split in two, a second act in a clause
of contrast, and look-alikes that must stay unmarked (a "Read more:" line, a clause
closed off by a semicolon, a clause in a list). Sentences written for these tests.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, canonical source, content) of every attribution, in reading order."""
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else None)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


# -- a cue inside a relative clause ------------------------------------------------
def test_a_relative_pronoun_speaks_for_the_name_it_follows(nlp):
    text = (
        "The ferry ran late all week, according to the port authority, Harrowgate Marine, "
        "which said two engines had failed on Monday."
    )
    found = acts(nlp, text)
    assert ("said", "Harrowgate Marine", "two engines had failed on Monday") in found


def test_who_after_a_name_set_off_by_commas_is_that_person(nlp):
    text = (
        "Ines Calloway, who told the hearing the pumps had been switched off, left before the vote."
    )
    ((cue, source, content),) = acts(nlp, text)
    assert source == "Ines Calloway"
    assert cue.startswith("told")
    assert content.startswith("the pumps had been switched off")


def test_a_relative_clause_that_only_describes_people_names_no_source(nlp):
    # "anyone who says", "tenants who believe": a kind of person, not a speaker
    assert acts(nlp, "Anyone who says the bridge is safe has not driven over it.") == []
    assert acts(nlp, "Tenants who believe the rent is too high rarely move out.") == []


def test_the_gap_of_a_relative_clause_starts_the_content_after_the_cue(nlp):
    # the relative word is the subject of the reported clause but stands before the cue
    text = "Quorra Foods launched a cereal bar that its makers say keeps children full until lunch."
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["say"]
    assert found[0][2].startswith("keeps children full")


def test_a_cue_in_a_relative_clause_with_a_plural_speaker(nlp):
    text = "Councillors approved a car park that residents argue will flood the lane."
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("argue", "residents")]
    assert found[0][2].startswith("will flood the lane")


# -- a reported clause the parser split in two -------------------------------------------
def test_a_long_subject_in_the_reported_clause_stays_one_content(nlp):
    text = (
        "The airport said a baggage cart that rolled onto the runway on Sunday, "
        "delaying six flights, had been left without its brake on."
    )
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("said", "airport")
    assert content.startswith("a baggage cart that rolled")
    assert content.rstrip(".").endswith("without its brake on")


def test_said_with_a_plain_object_and_a_second_verb_is_no_report(nlp):
    # "said a prayer" names a thing said, not a claim; "lit" is her own second act
    assert acts(nlp, "At the graveside she said a prayer and lit a candle.") == []


# -- a second act in a clause of contrast ------------------------------------------------
def test_although_it_cautioned_is_an_act_of_its_own(nlp):
    text = (
        "The Lowmere Angling Trust said catches of trout rose by a fifth last summer, "
        "although it cautioned that warm weather may explain much of the rise."
    )
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["said", "cautioned"]
    assert found[0][2] == "catches of trout rose by a fifth last summer"
    assert found[1][2].startswith("warm weather may explain")


def test_a_contrast_with_no_reporting_verb_stays_in_the_content(nlp):
    text = "Mira Osk said prices rose in March, although wages fell."
    ((cue, _, content),) = acts(nlp, text)
    assert cue == "said"
    assert content.endswith("although wages fell.")


# -- writing to someone to say something -------------------------------------------------
def test_wrote_to_a_paper_to_say_is_one_act_whose_cue_names_the_paper(nlp):
    text = (
        "Tobin Marsh, a retired pilot, wrote to the Courier on Friday to say that the "
        "runway was too short."
    )
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("wrote to the Courier", "Tobin Marsh")
    assert content.startswith("the runway was too short")


def test_wrote_a_novel_reports_nothing(nlp):
    assert acts(nlp, "Tobin Marsh wrote to his sister every week for forty years.") == []


# -- look-alikes that stay unmarked ----------------------------------------------------
def test_a_read_more_line_is_not_an_attribution(nlp):
    text = "The budget passed by four votes.\n\nRead more: The water levy explained in six maps"
    assert acts(nlp, text) == []


def test_a_clause_closed_by_a_semicolon_is_not_what_a_later_cue_reports(nlp):
    text = (
        "The league has asked its sponsors for patience; it may find them less patient "
        "than it hopes."
    )
    assert acts(nlp, text) == []


def test_a_reporting_verb_in_a_list_of_events_reports_nothing_around_it(nlp):
    text = (
        "Ash took the first set, Varga conceded after an hour, and the crowd's chant, "
        '"One more game," went on long after the lights were out.'
    )
    assert [c for c, _, _ in acts(nlp, text)] == []


def test_a_frame_set_inside_a_report_still_reports_both_halves(nlp):
    text = "Forty homes were flooded, the fire service said, and two roads were closed."
    ((cue, source, content),) = acts(nlp, text)
    assert cue == "said"
    assert "Forty homes were flooded" in content and "two roads were closed" in content


def test_a_relative_clause_that_reports_ends_where_the_clause_ends(nlp):
    text = "The museum, which says it drew 90,000 visitors last year, is closing its cafe."
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source, content) == ("says", "museum", "it drew 90,000 visitors last year")


def test_the_relative_word_inside_the_reported_clause_is_not_the_speaker(nlp):
    text = "Tenants, who surveys suggest are behind on rent, face a hard winter."
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("suggest", "surveys")
    assert content.startswith("are behind on rent")


def test_a_frame_with_a_medium_between_commas_still_frames_the_report(nlp):
    text = "Sales fell in May, the retailer said in a trading update, and two shops closed."
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("said", "retailer")]
    assert found[0][2].startswith("Sales fell in May")


def test_neither_would_say_and_the_said_property_report_nothing(nlp):
    text = "The two firms meet on Monday, although neither would say whether a deal was near."
    assert acts(nlp, text) == []
    assert acts(nlp, "The bank sold the said property to a developer in 2019.") == []


def test_the_pronoun_of_a_clause_of_contrast_is_the_first_acts_speaker(nlp):
    text = (
        "The walking group Fellwatch Ambry said path repairs fell by a third, although it "
        "warned that volunteers may simply be logging fewer jobs."
    )
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["said", "warned"]
    assert found[0][1] == found[1][1] == "Fellwatch Ambry"
