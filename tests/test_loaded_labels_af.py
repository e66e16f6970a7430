"""Loaded language that generalises (issue 11, labelsAF): labels coined for a party
already named (an office object before a group or a trade, a company renamed as a gate
trade), jargon in the writer's scare quotes, sarcasm that deflates, a short reply joined
to the writer's own question or to the counter-claim after it, verdicts handed to the
reader; with the traps that stay unmarked (plain jobs and things, a person's real trade,
partial quotes with a cue, quoted titles and names, "hardly" of degree, a question a
source answers, a dance called the snowflakes).

Every sentence here was written for these tests; none is copied from data/.
"""

from __future__ import annotations

import pytest
from loaded_marks import covers


def _marks(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["loaded"]]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a thing of office work before a group or a trade that is not theirs
        ("We will keep the library open, whatever the lanyard platoon at county hall says.",
         "lanyard platoon"),
        ("The spreadsheet surgeons on the top corridor have cut the night shift again.",
         "spreadsheet surgeons"),
        ("Their powerpoint warriors want yet another restructure.", "powerpoint warriors"),
        # a company renamed in apposition by a trade that takes a fee at a gate
        ("Then there is Barrowgate Ltd, the tollkeepers who run the ferry ramp.", "tollkeepers"),
        ("Hallam Lettings, the gaolers of Block C, have raised the service charge.", "gaolers"),
    ],
)
def test_coined_labels_are_marked(nlp, text, span):
    assert covers(nlp, text, span, "labeling"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ask the ticket office staff about refunds.", "staff"),
        ("The spreadsheet team will publish the figures on Monday.", "team"),
        ("A clipboard volunteer stopped me outside the bank.", "volunteer"),
        ("The whiteboard markers had run dry by ten.", "markers"),
        ("The lanyard suppliers delivered 400 lanyards.", "suppliers"),
        ("Ann Pell, the tollkeeper at the old bridge, retired in 1962.", "tollkeeper"),
        ("Gatekeepers Ltd, the gatekeepers of the estate, made no comment.", "gatekeepers"),
        # a label must name people being judged: the dance in a Christmas show
        ("The mayor came to the panto and wept during the snowflakes.",
         "snowflakes"),
    ],
)
def test_plain_jobs_things_and_events_are_not_labels(nlp, text, word):
    assert not covers(nlp, text, word), _marks(nlp, text)


def test_a_name_calling_noun_for_people_is_still_a_label(nlp):
    text = "The snowflakes who complained about the pantomime should stay at home."
    assert covers(nlp, text, "snowflakes", "labeling"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('The council will hold a "resident engagement" evening in June.',
         '"resident engagement"'),
        ('Instead of the branch there is now a "seamless banking experience" on an app.',
         '"seamless banking experience"'),
        ('Every letter set out a "renewal journey" that no tenant had asked for.',
         '"renewal journey"'),
        ('The firm\'s self-described "dialogue with neighbours" was one leaflet.',
         '"dialogue with neighbours"'),
    ],
)
def test_jargon_in_the_writers_quotation_marks_is_a_scare_quote(nlp, text, span):
    assert covers(nlp, text, span, "scare_quote"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a partial quote with a cue: the speaker's words
        ('The council said a "resident engagement" evening would follow in June.',
         '"resident engagement"'),
        ('The trust has promised "a full review" of the charges.', '"a full review"'),
        # a coined name for a kind of thing, a title and a product name
        ('The club held a "two-plus-two" meeting on Friday.', '"two-plus-two"'),
        ('Staff watched the training film "Customer Journey" twice.', '"Customer Journey"'),
        ('The bank launched its "Pathway" app in May.', '"Pathway"'),
    ],
)
def test_quoted_words_that_are_not_the_writers_doubt(nlp, text, span):
    assert not covers(nlp, text, span, "scare_quote"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pupils could watch the eclipse on a laptop. They can already do that at home.",
         "They can already do that at home."),
        ("The agency ignored its own surveyors; a petition of 500 names will hardly "
         "worry it.", "will hardly worry it"),
        ("The fine would hardly dent the company's profits.", "would hardly dent"),
    ],
)
def test_deflating_sarcasm_is_a_claim(nlp, text, span):
    assert covers(nlp, text, span, "unattributed_claim"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She could hardly hear the speaker over the wind.", "hardly"),
        ("Hardly any rain fell in June.", "Hardly"),
        ("The noise hardly bothered the neighbours, who slept through it.", "hardly"),
        ("The council has already spent £2m on the scheme.", "already"),
        ("Tenants will be able to pay by phone from May. Many can already do that at the "
         "library, the council said.", "already"),
    ],
)
def test_hardly_of_degree_and_plain_already_stay_unmarked(nlp, text, word):
    assert not covers(nlp, text, word, "unattributed_claim"), _marks(nlp, text)


def _claim(nlp, text: str, phrase: str):
    doc = nlp(text)
    start = text.index(phrase)
    return next(
        (s for s in doc.spans["loaded"]
         if s.label_ == "unattributed_claim" and s.start_char <= start < s.end_char),
        None,
    )  # fmt: skip


def test_a_reply_joins_the_writers_own_question(nlp):
    text = ("The depot closed in May. Has a single councillor ever waited for the night "
            "bus? Obviously not. The route was cut in June.")
    claim = _claim(nlp, text, "Has a single")
    assert claim is not None and claim.text.endswith("Obviously not."), _marks(nlp, text)


def test_a_reply_to_a_report_joins_the_counter_claim_after_it(nlp):
    text = ('The chairman said the closure was "not about money". Of course not. It was '
            "about the land. The hall will be sold in May.")
    claim = _claim(nlp, text, "Of course not.")
    assert claim is not None, _marks(nlp, text)
    assert claim.text == "Of course not. It was about the land.", claim.text
    assert "The hall will be sold" not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "Will the pool reopen this summer? The council says it will. Swimmers are pleased.",
        'Has the council ever asked residents? "Of course not," said one tenant.',
    ],
)
def test_a_question_a_source_answers_is_no_retort(nlp, text):
    assert not any(s.label_ == "unattributed_claim" for s in nlp(text).spans["loaded"]), (
        _marks(nlp, text)
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The mayor sold the depot to his cousin in March. You decide.", "You decide."),
        ("The chairman owns the firm that won the bid. Judge for yourself.",
         "Judge for yourself."),
        ("The minister was on holiday during the floods. Make of that what you will.",
         "Make of that what you will."),
        ("The same three men sit on both boards. I will let you decide.", "let you decide"),
    ],
)
def test_a_verdict_handed_to_the_reader_is_a_claim(nlp, text, span):
    assert covers(nlp, text, span, "unattributed_claim"), _marks(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If you decide to go, take a coat.", "decide"),
        ("Visitors can decide for themselves which path to take.", "decide"),
        ("Try the lemon tart and judge for yourself.", "judge"),
    ],
)
def test_plain_choices_are_not_verdicts(nlp, text, word):
    assert not covers(nlp, text, word, "unattributed_claim"), _marks(nlp, text)


def test_a_short_question_joins_the_verdict_that_answers_it(nlp):
    text = "The landlord visited the street twice in May. Coincidence? You decide. The shop shuts."
    claim = _claim(nlp, text, "Coincidence?")
    assert claim is not None and claim.text == "Coincidence? You decide.", _marks(nlp, text)
