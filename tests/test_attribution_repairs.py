"""Classes of English reporting frames the attribution lens reads past the parser
(issue 11, round F's practice misses taken as classes): a memory with a quoted
description, a cue in an "as" clause, a labelling verb with "as a/an", a phrase that
lends a quotation its speaker, a document that promises in quoted words, a participle
of *tell* with its clause, a document's second act after a passive clause, a share of
a group as speaker, and "they" inside a relative clause. Each class has a trap that
must stay unmarked. Sentences written for these tests.
"""

from __future__ import annotations

import kit


def acts(nlp, text: str) -> list[tuple[str, str | None, str, str | None]]:
    """(cue, canonical source, label, content) of every attribution, in reading order."""
    return [
        (a.cue.text, a.canonical, a.label, a.content.text if a.content else None)
        for a in kit.annotate(text, nlp=nlp).attributions
    ]


# -- memory with a quoted description ------------------------------------------------
def test_a_present_tense_memory_with_a_quoted_description_is_an_act(nlp):
    text = (
        'Greta Solberg, who ran the ferry office for thirty years, recalls a manager who '
        '"signed every letter in green ink."'
    )
    assert acts(nlp, text) == [
        ("recalls", "Greta Solberg", "mixed", 'a manager who "signed every letter in green ink."')
    ]
    text = 'Her old skipper, Bram Tully, remembers a girl who "knew every rock in the bay by name."'
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, source, label) == ("remembers", "Bram Tully", "mixed")


def test_remembering_a_thing_reports_no_words(nlp):
    assert acts(nlp, "Older residents remember the floods of 1968.") == []
    assert acts(nlp, "Remember to lock the gate when you leave.") == []


# -- a cue in an "as" clause -----------------------------------------------------------
def test_an_as_clause_reports_the_clause_it_leans_on(nlp):
    text = (
        "The bridge will close for repairs in March, as the county engineer, Priya "
        "Castellane, explained at the briefing."
    )
    assert acts(nlp, text) == [
        ("explained", "Priya Castellane", "indirect", "The bridge will close for repairs in March")
    ]
    text = "As the harbourmaster warned last winter, the breakwater is crumbling."
    ((cue, _, _, content),) = acts(nlp, text)
    assert (cue, content) == ("warned", "the breakwater is crumbling")


def test_an_as_clause_of_time_or_a_bare_as_expected_is_no_report(nlp):
    assert acts(nlp, "As she explained the rota, the lights went out.") == []
    assert acts(nlp, "As expected, the vote was close.") == []


# -- a label after "a"/"an" ----------------------------------------------------------------
def test_a_quoted_label_after_an_article_is_the_speakers_word(nlp):
    text = 'What the landlord described as a "refurbishment" was a coat of paint.'
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, source, label) == ("described", "landlord", "mixed")
    text = 'Councillor Ames called the levy a "stealth tax on families."'
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, source, label) == ("called", "Ames", "mixed")


def test_a_nickname_given_to_its_bearer_is_no_report(nlp):
    assert acts(nlp, 'Everyone at the depot calls him "Nobby."') == []


# -- phrases that lend a quotation its speaker --------------------------------------
def test_in_the_words_of_and_to_quote_take_the_quotation_beside_them(nlp):
    text = (
        'The mill closed in 1979, leaving, in the words of Ivo Brandt, "a town with nothing '
        'to do on a Monday."'
    )
    assert acts(nlp, text) == [
        ("in the words of", "Ivo Brandt", "direct", "a town with nothing to do on a Monday.")
    ]
    text = 'To quote the ferry\'s captain: "The sea does not read timetables."'
    ((cue, _, label, content),) = acts(nlp, text)
    assert (cue, label, content) == ("To quote", "direct", "The sea does not read timetables.")


def test_the_same_words_without_a_quotation_report_nothing(nlp):
    assert acts(nlp, "She found comfort in the words of her grandmother's letters.") == []
    assert acts(nlp, "The builder declined to quote a price for the roof.") == []


# -- a document that promises in quoted words ------------------------------------------
def test_a_brochure_or_manifesto_that_promises_quoted_words_is_a_source(nlp):
    text = 'The hotel\'s glossy brochure promises "sea views from every room."'
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, label) == ("promises", "direct")
    assert source.endswith("brochure")
    text = 'The party\'s manifesto pledges "a fairer deal for renters."'  # "pledges" read as a noun
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, source, label) == ("pledges", "party's manifesto", "direct")


def test_a_promise_of_a_thing_or_the_noun_pledges_is_no_report(nlp):
    assert acts(nlp, "The brochure promises sunshine all year.") == []
    assert acts(nlp, "The pledges were broken within a year.") == []


# -- a participle of tell with its clause ------------------------------------------------
def test_telling_someone_a_clause_after_another_verb_is_an_act(nlp):
    text = (
        "The skipper stormed out of the meeting at the town hall, telling councillors they "
        'were "wrecking the harbour for the tourists."'
    )
    ((cue, source, label, content),) = acts(nlp, text)
    assert (cue, source, label) == ("telling councillors", "skipper", "mixed")
    assert content.startswith("they were")


def test_telling_stories_reports_nothing(nlp):
    assert acts(nlp, "She spent the morning telling stories to the children.") == []


# -- a document's second act after a passive clause ---------------------------------------
def test_a_documents_second_act_after_a_passive_clause_is_its_own(nlp):
    text = (
        "The audit concluded that the money had been moved without approval and called "
        'the transfer "a serious lapse."'
    )
    assert acts(nlp, text) == [
        ("concluded", "audit", "indirect", "the money had been moved without approval"),
        ("called", "audit", "mixed", 'the transfer "a serious lapse."'),
    ]


def test_a_person_who_was_acted_on_keeps_the_second_verb(nlp):
    # "he had been sacked and called ...": he called it, inside what he said
    text = 'He said he had been sacked without warning and called the decision "unfair."'
    assert [(c, s) for c, s, _, _ in acts(nlp, text)] == [("said", "he")]


# -- a share of a group --------------------------------------------------------------------
def test_a_share_of_a_group_speaks_for_the_group(nlp):
    text = (
        "Four in five parents said the fees were too high, and nearly half said they had "
        "never been consulted."
    )
    assert [(c, s, content) for c, s, _, content in acts(nlp, text)] == [
        ("said", "parents", "the fees were too high"),
        ("said", "parents", "they had never been consulted."),
    ]
    ((_, source, _, _),) = acts(nlp, "Most of the drivers said the road was safe.")
    assert source == "drivers"


def test_we_after_and_goes_on_in_the_speakers_own_words(nlp):
    # trap for the second act: "we" after "said A, and" is the speaker still talking
    text = (
        "Okafor said the board plainly would not drop its appeal, and we should not expect "
        "the two sides to settle every dispute before the summer."
    )
    assert acts(nlp, text) == [
        (
            "said",
            "Okafor",
            "indirect",
            "the board plainly would not drop its appeal, and we should not expect the two "
            "sides to settle every dispute before the summer.",
        )
    ]


def test_a_share_of_a_thing_is_no_speaker(nlp):
    assert acts(nlp, "Half the cake was eaten before noon.") == []


# -- "they" inside a relative clause -----------------------------------------------------
def test_they_in_a_relative_clause_is_the_subject_of_the_main_clause(nlp):
    text = (
        "Fishermen say the quota is too low. Scientists praised the new reserve, which they "
        'said gave young cod "room to grow," and noted that stocks were recovering.'
    )
    assert [(c, s, label) for c, s, label, _ in acts(nlp, text)] == [
        ("say", "Fishermen", "indirect"),
        ("said", "Scientists", "mixed"),
        ("noted", "Scientists", "indirect"),
    ]


def test_a_relative_word_as_subject_is_the_name_it_follows(nlp):
    text = "Residents praised the bus driver, who said the route was safe."
    ((cue, source, _, _),) = acts(nlp, text)
    assert (cue, source) == ("said", "bus driver")


# -- a register that records ---------------------------------------------------------------
def test_minutes_that_record_a_clause_are_a_source(nlp):
    ((cue, source, _, content),) = acts(nlp, "The minutes record that the vote was tied.")
    assert (cue, source, content) == ("record", "minutes", "the vote was tied.")


def test_recording_an_album_reports_nothing(nlp):
    assert acts(nlp, "The band records its new album in May.") == []


def test_a_misread_documents_owner_stays_with_the_document(nlp):
    text = 'Harbour Bank\'s sleek advertising promises "no hidden fees, ever."'
    ((cue, source, label, _),) = acts(nlp, text)
    assert (cue, source, label) == ("promises", "Harbour Bank's advertising", "direct")
    text = 'The council\'s glossy leaflet promises "cleaner streets by spring."'
    ((cue, source, _, _),) = acts(nlp, text)
    assert (cue, source) == ("promises", "council's leaflet")


# -- praise or a listing in the other's own quoted words ---------------------------------
def test_praise_or_a_listing_in_quoted_words_reports_them(nlp):
    text = (
        "Oriel Vance, the most loyal member on the back benches, rose to commend the "
        'minister on her "fearless fiscal plan." The plan is a spreadsheet.'
    )
    assert [(c, s, content) for c, s, _, content in acts(nlp, text)] == [
        ("commend", "Oriel Vance", 'the minister on her "fearless fiscal plan."')
    ]
    text = 'The council\'s own register lists the mill as "beyond repair" since 2019.'
    ((cue, source, _, content),) = acts(nlp, text)
    assert (cue, source) == ("lists", "council's own register")
    assert content == 'the mill as "beyond repair"'


def test_praise_without_quoted_words_or_before_another_act_reports_nothing(nlp):
    assert acts(nlp, "The mayor congratulated the team on Sunday.") == []
    assert acts(nlp, "The shop lists bread and milk among its best sellers.") == []
    text = 'In a short speech she congratulated Merrow and said the party would "regroup."'
    assert [c for c, *_ in acts(nlp, text)] == ["said"]


def test_a_name_after_an_inverted_cue_is_the_speaker_even_when_read_as_its_clauses_subject(nlp):
    # the parser reads "Feld" as the subject of "uplands" (taken for a verb) and leaves
    # "said" with none; the name right after the cue is the speaker, and the clause that
    # describes him is not what he said
    text = (
        '"We are done waiting," said Jonah Feld, who runs the Corran uplands dairy and '
        "drove through the night to get here."
    )
    found = kit.annotate(text, nlp=nlp).attributions
    assert [(a.cue.text, a.canonical, a.label) for a in found] == [
        ("said", "Jonah Feld", "direct")
    ]
    assert found[0].content.text == "We are done waiting"
    # near-miss: a name the parser gave the cue itself is unchanged
    (plain,) = kit.annotate('"We are done," said Jonah Feld, a dairy farmer.', nlp=nlp).attributions
    assert (plain.canonical, plain.content.text) == ("Jonah Feld", "We are done")


def test_in_the_words_of_lends_even_a_short_quotation_its_speaker(nlp):
    text = 'The toll rise was, in the words of one ferry captain, "daylight robbery".'
    annotated = kit.annotate(text, nlp=nlp)
    (act,) = annotated.attributions
    assert (act.cue.text, act.canonical, act.content.text) == (
        "in the words of",
        "ferry captain",
        "daylight robbery",
    )
    # the captain's words, so no scare quote of the writer's
    assert not [a for a in annotated.annotations if a.label == "scare_quote"]
    # a title in quotation marks still names its document
    text = 'The study, "Rivers at Risk," says pollution has doubled.'
    assert [a.canonical for a in kit.annotate(text, nlp=nlp).attributions] == ["Rivers at Risk"]


def test_a_caption_and_a_document_that_reads_give_their_words(nlp):
    text = 'The skipper posted a photo of the catch with the caption "Best day".'
    assert [(a.cue.text, a.canonical, a.content.text)
            for a in kit.annotate(text, nlp=nlp).attributions] == [
        ("posted", "skipper", "Best day")
    ]  # fmt: skip
    text = 'The notice reads: "The footpath will close for repairs on 1 June."'
    assert [(a.cue.text, a.canonical) for a in kit.annotate(text, nlp=nlp).attributions] == [
        ("reads", "notice")
    ]
    # near-misses: a person reading, and "read like"
    assert kit.annotate("She read the notice twice.", nlp=nlp).attributions == []
    assert kit.annotate("The notice read like a threat.", nlp=nlp).attributions == []


def test_a_short_quotation_closed_by_a_comma_before_its_cue_is_speech(nlp):
    text = 'The councillor reacted within minutes. "Pure theatre," she wrote.'
    assert [(a.cue.text, a.content.text) for a in kit.annotate(text, nlp=nlp).attributions] == [
        ("wrote", "Pure theatre")
    ]
    # near-miss: a term with a comma inside American-style punctuation is no speech
    text = 'The "reforms," which began in May, have stalled.'
    assert kit.annotate(text, nlp=nlp).attributions == []


def test_shouted_chanted_and_whispered_words_are_reported(nlp):
    found = kit.annotate('"Disgraceful!" shouted one trader.', nlp=nlp).attributions
    assert [(a.cue.text, a.canonical) for a in found] == [("shouted", "trader")]
    text = 'Marchers outside the depot were chanting "Save our buses".'
    assert [a.cue.text for a in kit.annotate(text, nlp=nlp).attributions] == ["chanting"]
    found = kit.annotate('"Not here," she whispered.', nlp=nlp).attributions
    assert [(a.cue.text, a.content.text) for a in found] == [("whispered", "Not here")]
    # near-misses: shouting at someone, and chanting with no words given
    assert kit.annotate("He shouted at the referee.", nlp=nlp).attributions == []
    assert kit.annotate("The crowd chanted for an hour.", nlp=nlp).attributions == []


def test_a_quoted_not_is_said_and_declining_to_say_reports_nothing(nlp):
    text = 'Asked whether she would quit, the mayor replied: "Certainly not."'
    found = kit.annotate(text, nlp=nlp).attributions
    assert [(a.cue.text, a.content.text) for a in found] == [("replied", "Certainly not.")]
    for text in (
        "The regulator declined to say whether it would act.",
        "The club refused to say how much it had paid.",
        "The mayor did not say when the works would end.",
    ):
        assert kit.annotate(text, nlp=nlp).attributions == [], text
