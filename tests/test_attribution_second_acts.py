"""A second act of one speaker, and cues whose content is a phrase (issue 11): "said ...
and accused Y of ...", "... and called for ...", "... and advised ... to ...", a
document that "boasts of" or "suggests" something, a forecast of named or unnamed
analysts; each beside a look-alike that reports nothing. Sentences written for these
tests.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, canonical source, content) of every attribution, in reading order."""
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else None)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


# -- two acts, one subject -------------------------------------------------------------
def test_said_the_claim_was_and_accused_are_two_acts_of_one_speaker(nlp):
    text = (
        'Councillor Edda Wren said the audit was "a whitewash" and accused the mayor of '
        "hiding the bill."
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("said", "Edda Wren"), ("accused", "Edda Wren")]
    assert found[0][2] == 'the audit was "a whitewash"'
    assert found[1][2].startswith("the mayor of hiding the bill")


def test_said_he_had_and_called_the_plan_are_two_acts(nlp):
    text = (
        "Bram Ossery, a ferryman, said he had already sold his boat and called the toll "
        '"a tax on the river."'
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("said", "Bram Ossery"), ("called", "Bram Ossery")]
    assert found[0][2] == "he had already sold his boat"


def test_a_second_plain_verb_in_the_reported_clause_stays_content(nlp):
    text = "Ilse Varro said the firm had cut prices and raised wages."
    ((cue, _, content),) = acts(nlp, text)
    assert cue == "said"
    assert content == "the firm had cut prices and raised wages."


def test_called_for_is_a_demand_with_its_own_content(nlp):
    text = (
        "The Tenants' Union said in a statement that the rise was unfair, "
        "and called for the rent board to be scrapped."
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found][-1] == ("called for", "Tenants' Union")
    assert found[-1][2] == "the rent board to be scrapped"


def test_a_demand_named_by_an_abstract_noun_or_its_topic_is_content(nlp):
    # neither "resignation" nor "inquiry into" is in any word list: an ending and a topic
    found = acts(nlp, "The councillor called for the treasurer's resignation.")
    assert [(c, t) for c, _, t in found] == [("called for", "the treasurer's resignation")]
    found = acts(nlp, "Anglers called for an inquiry into the fish deaths.")
    assert [c for c, _, _ in found] == ["called for"]


def test_called_a_taxi_and_a_recipe_that_calls_for_eggs_report_nothing(nlp):
    assert acts(nlp, "After the match she called a taxi and went home.") == []
    assert acts(nlp, "He called for a taxi after the party.") == []
    assert acts(nlp, "The driver called for a doctor at the roadside.") == []
    assert acts(nlp, "The recipe calls for two eggs and a cup of flour.") == []
    assert acts(nlp, "The situation calls for patience.") == []


def test_advised_passengers_to_is_a_second_act_of_the_operator(nlp):
    text = (
        'Glenmoor Buses said routes may be "badly delayed" and advised travellers to leave early.'
    )
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["said", "advised"]
    assert found[0][1] == found[1][1]
    assert found[1][2].startswith("to leave early")


def test_a_cue_after_before_continues_the_first_act(nlp):
    text = '"Look at the figures," she added, before urging readers to "judge for themselves."'
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["added"]


def test_low_prices_that_encourage_buyers_report_no_one(nlp):
    assert acts(nlp, "Low prices encouraged buyers to return to the high street.") == []


def test_a_person_who_encourages_others_is_a_source(nlp):
    found = acts(nlp, "The school's director encouraged parents to read with their children.")
    assert [c for c, _, _ in found] == ["encouraged"]


# -- accused in a passive names no accuser --------------------------------------------
def test_accused_of_fraud_in_a_passive_is_no_attribution(nlp):
    assert acts(nlp, "The treasurer was accused of fraud in 2019.") == []
    assert acts(nlp, "Accused of fraud, the treasurer resigned on Monday.") == []


# -- content that is a phrase --------------------------------------------------------------
def test_a_report_that_boasts_of_a_quoted_phrase_is_a_direct_attribution(nlp):
    text = 'Harl Water\'s annual review boasts of "a cleaner river than at any time since 1950."'
    ((cue, source, content),) = acts(nlp, text)
    assert cue == "boasts of"
    assert "annual review" in source
    assert content.startswith("a cleaner river")
    kinds = [a.label for a in kit.annotate(text, nlp=nlp).attributions]
    assert kinds == ["direct"]


def test_a_hotel_that_boasts_of_sea_views_reports_nothing(nlp):
    assert acts(nlp, "The old hotel boasts of sea views from every room.") == []


def test_a_forecast_that_suggests_growth_is_a_document_speaking(nlp):
    text = "The treasury's spring forecast suggests a deficit of 2 per cent next year."
    ((cue, _, content),) = acts(nlp, text)
    assert cue == "suggests"
    assert content.startswith("a deficit of 2 per cent")


def test_a_name_that_suggests_a_link_reports_nothing(nlp):
    assert acts(nlp, "The name of the street suggests a link to the old mill.") == []


def test_analysts_who_expect_a_loss_are_a_source_but_drivers_should_expect_delays(nlp):
    found = acts(nlp, "Economists surveyed by the Herald expect a loss of 3 million euros.")
    assert [c for c, _, _ in found] == ["expect"]
    assert found[0][2].startswith("a loss of 3 million euros")
    assert acts(nlp, "Drivers should expect delays on the ring road until Friday.") == []
    assert acts(nlp, "Both teams are expected to name their squads on Monday.") == []


def test_a_forecaster_not_in_any_word_list_still_counts_by_its_ending(nlp):
    # "bookmakers" is in no lexicon: a plural noun for people by what they do
    found = acts(nlp, "Bookmakers forecast a narrow win for the home side.")
    assert [c for c, _, _ in found] == ["forecast"]


def test_fumed_is_a_cue_of_anger(nlp):
    text = '"Nobody asked us," fumed Petra Holm, who has lived on the lane for 40 years.'
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source, content) == ("fumed", "Petra Holm", "Nobody asked us")


# -- participles and nouns that report -----------------------------------------------
def test_a_statement_put_out_claiming_and_accusing_is_two_acts_of_its_issuer(nlp):
    text = (
        "The Brannock campaign issued a statement after the hustings claiming he "
        'had "won the room" and accusing Selby of "dodging every question."'
    )
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["claiming", "accusing"]
    assert found[0][1] == found[1][1]
    assert found[0][2] == 'he had "won the room"'
    speakers = [a.speaker.text for a in kit.annotate(text, nlp=nlp).attributions]
    assert speakers == ["The Brannock campaign"] * 2


def test_a_man_claiming_to_be_someone_is_no_statement(nlp):
    assert acts(nlp, "Police arrested a man claiming to be a priest outside the station.") == []


def test_told_a_paper_at_the_time_that_reports_what_follows(nlp):
    text = (
        "Her brother, Ivo Penhale, told a radio station at the time that the mill would "
        "never close."
    )
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("told a radio station", "Ivo Penhale")
    assert content.startswith("the mill would never close")


def test_the_time_that_we_spent_is_not_what_was_told(nlp):
    assert acts(nlp, "He told me about the time that we had spent in Paris.") == []


def test_a_caption_in_quotation_marks_is_the_posters_words(nlp):
    text = (
        'Oduya shared a video of the flooded road with the caption "This is what they '
        'call maintenance."'
    )
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("shared", "Oduya")
    assert content == "This is what they call maintenance."
    assert [a.label for a in kit.annotate(text, nlp=nlp).attributions] == ["direct"]


def test_a_photo_shared_with_friends_and_a_loss_posted_report_nothing(nlp):
    assert acts(nlp, "She shared a photo of her new puppy with friends.") == []
    assert acts(nlp, "The club posted a loss of 2 million pounds for the year.") == []


def test_a_name_then_its_description_then_accused_is_that_speaker(nlp):
    # the parser can read "accused" as an adjective of "management"
    text = (
        "Okafor, who spoke on local radio on Thursday morning, accused management of "
        '"stalling" the talks.'
    )
    found = acts(nlp, text)
    assert [c for c, _, _ in found] == ["accused"]
    spans = kit.annotate(text, nlp=nlp).attributions
    assert spans[0].speaker.text == "Okafor"


# -- what the learner reads ------------------------------------------------------------
def test_each_new_kind_of_act_tells_the_learner_how_it_was_found(nlp):
    cases = {
        'Edda Wren said the audit was "a whitewash" and accused the mayor of hiding it.': (
            "accused",
            "joins two things Edda Wren did",
        ),
        "The ferry ran late, according to its operator, Harrowgate Marine, which said "
        "two engines had failed.": ("said", "stands for Harrowgate Marine"),
        'Oduya shared a video with the caption "This is what they call maintenance."': (
            "shared",
            "A caption is writing",
        ),
        "The Lowmere Trust said catches rose, although it cautioned that the weather "
        "may explain the rise.": ("cautioned", "sets this second report beside the first"),
    }
    for text, (cue, words) in cases.items():
        marks = {a.cue.text: a.explanation for a in kit.annotate(text, nlp=nlp).attributions}
        assert words in marks[cue], (text, marks)
