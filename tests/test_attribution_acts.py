"""Acts of reporting in political news (issue 11, item 3), on sentences written for
these tests: two reporting verbs of one speaker, an accusation, a sharp reply, a
dismissive label, a proposal with a gerund, and "So said X" after a quotation; each
with a literal sense that must not be marked.
"""

from __future__ import annotations

import kit
from kit.article import Article


def acts(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, canonical source, content) of every attribution, in reading order."""
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else None)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


def test_two_verbs_of_one_speaker_joined_by_and_are_two_acts(nlp):
    text = (
        "The Audit Office confirmed it had opened a file and said it would report "
        '"before the summer."'
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [
        ("confirmed", "Audit Office"),
        ("said", "Audit Office"),
    ]
    assert found[0][2] == "it had opened a file"


def test_a_second_clause_with_its_own_subject_is_not_a_second_act(nlp):
    text = (
        "Rosa Imre told the Post that the council needs this deal more than the port does, "
        "so the port released the figures quickly."
    )
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("told the Post", "Rosa Imre")
    assert content.endswith("released the figures quickly.")  # still her words


def test_accused_of_takes_the_charge_as_content(nlp):
    (found,) = acts(nlp, 'The union accused the board of "a quiet sell-off of the depots."')
    assert found[0] == "accused" and found[1] == "union"
    assert "sell-off" in found[2]


def test_being_accused_is_not_an_act_of_the_accused(nlp):
    assert acts(nlp, "She was accused of theft in 2019 and cleared a year later.") == []


def test_shot_back_is_a_cue_with_its_particle(nlp):
    text = '"That number is pure invention," Mayor Ilka Lind shot back.'
    (found,) = acts(nlp, text)
    assert found[:2] == ("shot back", "Ilka Lind")


def test_shot_back_into_the_lead_reports_nothing(nlp):
    assert acts(nlp, "The Dutch rider shot back into the lead on the final climb.") == []


def test_dismissed_as_with_a_quoted_label_is_an_act(nlp):
    (found,) = acts(nlp, 'One backbencher dismissed the audit as "a fishing trip."')
    assert found[0] == "dismissed" and "fishing trip" in found[2]


def test_dismissing_a_case_or_a_worker_is_not_an_act(nlp):
    text = "The judge dismissed the case on Monday. The firm dismissed two drivers."
    assert acts(nlp, text) == []


def test_a_proposal_with_a_gerund_is_an_act(nlp):
    (found,) = acts(nlp, "The envoys have proposed moving the talks to Geneva.")
    assert found[:2] == ("proposed", "envoys")
    assert found[2].startswith("moving the talks")


def test_data_that_suggest_a_trend_report_nothing(nlp):
    assert acts(nlp, "The latest figures suggest a slowdown in hiring.") == []


def test_so_said_points_back_to_the_quotation_before_it(nlp):
    text = '"We build roads, not excuses." So said Oskar Brandt-Lehr, the roads minister.'
    (found,) = acts(nlp, text)
    assert found[:2] == ("said", "Oskar Brandt-Lehr")
    assert found[2] == "We build roads, not excuses."


def test_a_second_reporting_verb_hung_inside_the_first_clause_is_its_own_act(nlp):
    text = (
        'The Farmers\' League said it would "resist this levy in every county" and called '
        'the vote "a raid on the countryside."'
    )
    found = acts(nlp, text)
    league = "Farmers' League"
    assert [(c, s) for c, s, _ in found] == [("said", league), ("called", league)]
    assert "called" not in found[0][2]


def test_a_past_verb_of_the_reported_clause_stays_in_the_content(nlp):
    text = "Ina Sorel said the firm had cut prices and raised wages."
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source) == ("said", "Ina Sorel")
    assert content.endswith("raised wages.")


def test_an_instruction_told_to_a_listener_is_reported_but_a_passive_one_names_no_speaker(nlp):
    text = "The handbook lists the rules and tells drivers to report every dent."
    found = acts(nlp, text)
    assert ("tells drivers", "handbook", "to report every dent.") in found
    # the subject of "were told to" is the listener: no speaker is given
    assert acts(nlp, "Tenants were told to leave their keys at the desk.") == []
    assert acts(nlp, "Pupils were urged to bring water.") == []


def test_a_document_the_parser_read_as_the_subject_of_its_own_content(nlp):
    # here the parser hangs "memo" and "cuts" both on "will fall" and leaves "says" aside
    text = (
        "The council will raise rents, according to a memo seen by the Post.\n\n"
        'The memo, sent to senior staff on Friday and marked "strictly private," says the '
        "cuts will fall mostly on the night shift and on the team behind Harlow Bake, the "
        "company's ailing bread brand."
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [("according to", "memo seen by the Post"),
                                             ("says", "memo seen by the Post")]  # fmt: skip
    assert found[1][2].startswith("the cuts will fall mostly")


def test_two_subjects_on_one_verb_give_the_first_to_the_cue():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kit.lenses.attribution_frames import subject_given_to_content

    words = ["The", "memo", ",", "says", "the", "cuts", "will", "fall", "."]
    heads = [1, 7, 1, 7, 5, 7, 7, 7, 7]
    deps = ["det", "nsubj", "punct", "parataxis", "det", "nsubj", "aux", "ROOT", "punct"]
    tags = ["DT", "NN", ",", "VBZ", "DT", "NNS", "MD", "VB", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    assert subject_given_to_content(doc[3]).text == "memo"
    deps[5] = "dobj"  # one subject only: nothing to repair
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    assert subject_given_to_content(doc[3]) is None


def test_a_relative_clause_describing_a_name_reports_what_that_source_said(nlp):
    text = "Osk Lind, a ferry pilot who says the harbour lights failed twice, has quit."
    assert acts(nlp, text) == [("says", "Osk Lind", "the harbour lights failed twice")]
    text = "Corvane Rail, the operator that told riders in May it had fixed the doors, is late."
    assert [(c, s) for c, s, _ in acts(nlp, text)] == [("told riders", "Corvane Rail")]
    # near-misses: a kind of person, and a clause that reports a thing, not words
    assert acts(nlp, "Pilots who say the lights failed are rare.") == []
    assert acts(nlp, "Osk Lind, the pilot who released two memoirs, has quit.") == []


def test_a_memory_verb_after_a_quotation_reports_the_quotation(nlp):
    text = '"I said to her, that boat will sink," Mr Ruud remembered.'
    ((cue, source, content),) = acts(nlp, text)
    assert (cue, source, content) == ("remembered", "Ruud", "I said to her, that boat will sink")
    # near-misses: a memory of a thing, and a quotation the memory verb does not close
    assert acts(nlp, "Mr Ruud remembered the storm of 1987 well.") == []
    assert acts(nlp, '"Go home," Mr Ruud remembered, and then he left the quay.') == []


def test_an_appeal_after_a_condition_is_the_speakers_second_act(nlp):
    # the parser hangs "urged" on "forced" inside the condition; ", and" closes it
    text = (
        "The Harwell Tenants' Union (HTU) said it would be \"an act of pure betrayal after "
        'everything this town has done for him" if the manager forced a transfer '
        'mid-season, and urged the directors to "say no".'
    )
    found = acts(nlp, text)
    assert [(c, s) for c, s, _ in found] == [
        ("said", "Harwell Tenants' Union"),
        ("urged", "Harwell Tenants' Union"),
    ]
    assert found[0][2].endswith("forced a transfer mid-season")
    # near-miss: a second verb of the condition itself stays in the content
    ((cue, _, content),) = acts(
        nlp, "The union said it would strike if the firm cut pay and closed the depot."
    )
    assert cue == "said" and content.endswith("closed the depot.")


def test_a_study_or_its_researchers_finding_a_thing_report_a_finding(nlp):
    assert acts(nlp, "The survey found a sharp rise in loneliness among carers.") == [
        ("found", "survey", "a sharp rise in loneliness among carers")
    ]
    assert [(c, s) for c, s, _ in acts(nlp, "A trial in Oslo reported similar gains.")] == [
        ("reported", "trial in Oslo")
    ]
    text = "The researchers fed the seedlings salt water and found a slower growth rate."
    assert [(c, s) for c, s, _ in acts(nlp, text)] == [("found", "researchers")]
    # near-misses: finding a thing, a symptom, and a finding held back by a modal
    assert acts(nlp, "Divers found a wreck off the point.") == []
    assert acts(nlp, "Several patients reported dizziness.") == []
    assert acts(nlp, "The researchers could find no effect at all.") == []


def test_calling_for_a_measure_named_without_an_abstract_ending_is_a_demand(nlp):
    assert acts(nlp, "The union called for a moratorium.") == [
        ("called for", "union", "a moratorium")
    ]
    assert [c for c, _, _ in acts(nlp, "The mayor called for a recount.")] == ["called for"]
    # near-misses: things one calls for that are no demand of a measure
    assert acts(nlp, "The mayor called for a taxi.") == []
    assert acts(nlp, "The referee called for a stretcher.") == []


def test_it_after_a_body_that_spoke_can_call_for_or_expect_something(nlp):
    text = "The Walkers' Trust said paths were closing. It called for an urgent audit."
    assert acts(nlp, text)[-1] == ("called for", "Walkers' Trust", "an urgent audit")
    # near-miss: "it" of a thing, with no body before it
    assert acts(nlp, "The recipe is simple. It calls for two eggs and an audit.") == []


# -- a transcript line in a report (round V, spkV2) ------------------------------------


def markdown_acts(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """As :func:`acts`, for a body in the data/ format (pasted text would lose the lines
    before a "Name:" label as page clutter)."""
    article = Article.from_markdown("---\ntitle: Probe\n---\n" + text)
    return [
        (a.cue.text, a.canonical, a.content.text if a.content else None)
        for a in kit.annotate(article, nlp=nlp).attributions
    ]


def test_a_labelled_quotation_paragraph_is_the_labels_act(nlp):
    text = (
        "Petra Hollins, a retired ferry pilot who has fished the lake since 1990, stood "
        "up first. The exchange went like this:\n\n"
        'Ms Hollins: "Why were the sluices left open all winter?"\n\n'
        'The warden: "I was not told they were."'
    )
    found = markdown_acts(nlp, text)
    labelled = [(c, s) for c, s, _ in found if c.endswith(":")]
    assert labelled == [("Ms Hollins:", "Petra Hollins"), ("The warden:", "warden")]
    assert ("Ms Hollins:", "Petra Hollins", "Why were the sluices left open all winter?") in found


def test_a_heading_or_a_letter_label_before_a_quotation_is_no_act(nlp):
    text = (
        'THE VERDICT: "Mostly false."\n\n'
        'Q: "Was the door locked?"\n\n'
        'Rumour: "The pier will close."'
    )
    assert not [c for c, _, _ in markdown_acts(nlp, text) if c.endswith(":")]
