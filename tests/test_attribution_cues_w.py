"""Forms of reporting the kit met in round W (helper cuesX): a that-clause the parser
hung on a noun or a participle deep inside the cue's phrase ("said in a decision
published after the race that ...", "told reporters in the paddock that ..."), and a
colon cue that closes its paragraph with the quotation standing as the next one. Every
sentence is written for this file (none is copied from data/); each class has a
look-alike that must stay unmarked or keep its plain reading.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The returning officer said in a ruling published an hour after the count "
         "that the ballot papers had been stored correctly.",
         "the ballot papers had been stored correctly"),
        ("The chair said in a note circulated after the hustings that questions on the "
         "bypass had been cut for time.",
         "questions on the bypass had been cut for time"),
        ("The candidate told voters in the village hall that the council would "
         '"never sell" its allotments.',
         'the council would "never sell" its allotments'),
    ],
)
def test_that_clause_misread_inside_the_cue_phrase(nlp, text, content):
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].content.text.rstrip(".") == content


def test_a_relative_clause_in_the_cue_phrase_stays_out(nlp):
    # "the hall that the council built": "that" is the object of "built"
    text = "The candidate spoke in the hall that the council built in 1960."
    assert _cues(nlp, text) == []
    assert _cues(nlp, "She sang it at the house that her uncle sold in 1990.") == []


def test_colon_cue_closing_its_paragraph_takes_the_next_paragraphs_quotation(nlp):
    text = (
        "The water company's head of resources, Ines Marwood, spoke at the depot. "
        'She said:\n\n"We know this is unwelcome. The reservoirs are at their lowest '
        'since 1976."\n\nThe ban starts on Friday.'
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said"]
    assert acts[0].label == "direct"
    assert acts[0].content.text.startswith("We know this is unwelcome.")


def test_a_quotation_in_the_next_paragraph_after_a_full_stop_is_not_taken(nlp):
    text = (
        "The host said the episode was recorded in March.\n\n"
        '"It was a very cold shed," the producer remembered.'
    )
    said = [a for a in _acts(nlp, text) if a.cue.text == "said"]
    assert len(said) == 1
    assert "cold shed" not in said[0].content.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The hustings chair was accused of cutting questions. She denied this. "We ran '
         'out of time," she said.', "this"),
        ("The water company denied the allegations.", "the allegations"),
        ("The podcast's producer denied it.", "it"),
    ],
)
def test_a_denial_of_a_claim_just_reported(nlp, text, content):
    denied = [a for a in _acts(nlp, text) if a.cue.text.startswith(("denied", "denies"))]
    assert len(denied) == 1
    assert denied[0].content.text == content
    assert denied[0].label == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The magistrates denied bail.",
        "The candidate was denied entry to the count.",
        "The referee denied the striker a penalty.",
        "The stewards denied this request for a delay.",
    ],
)
def test_a_thing_refused_is_no_denial(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('A sign at the reservoir reads: "Water levels are low. Do not swim."',
         "A sign at the reservoir", "Water levels are low. Do not swim."),
        ('The plaque by the door reads: "Opened by the Mayor of Brackenfold in 1962."',
         "The plaque by the door", "Opened by the Mayor of Brackenfold in 1962."),
    ],
)
def test_a_sign_that_reads_gives_its_words(nlp, text, speaker, content):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [text.split(":")[0].split()[-1]]
    assert acts[0].speaker.text == speaker
    assert acts[0].content.text == content


def test_a_person_reading_a_sign_reports_nothing(nlp):
    assert _cues(nlp, "The candidate read the sign aloud and laughed.") == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("The treasurer is minuted as saying that the hall's roof needed repair.",
         "treasurer"),
        ("The water company's director is quoted as saying the ban could last all summer.",
         "water company's director"),
    ],
)
def test_passive_record_of_speech_keeps_its_subject(nlp, text, canonical):
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].canonical == canonical


@pytest.mark.parametrize(
    "text",
    [
        "The village hall was repainted as agreed.",
        "The hosepipe ban was lifted in September, as promised.",
    ],
)
def test_as_agreed_names_no_speaker(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Every August the county show reminds us that farming is hard work.",
        "The hosepipe ban probably tells us everything about the state of the pipes.",
    ],
)
def test_a_lesson_drawn_for_us_in_the_writers_voice_is_no_act(nlp, text):
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The water company told us that the ban would last a month.", "told us"),
        ('"The council tells us nothing," said one allotment holder.', "said"),
    ],
)
def test_us_as_the_outlet_or_in_a_quotation_still_reports(nlp, text, cue):
    assert _cues(nlp, text) == [cue]


def test_a_that_clause_read_as_a_relative_on_the_listener(nlp):
    acts = _acts(nlp, "The company reminds customers that hosepipes are banned.")
    assert [a.cue.text for a in acts] == ["reminds"]
    assert acts[0].content.text.rstrip(".") == "hosepipes are banned"


def test_a_relative_clause_on_the_listener_stays_out(nlp):
    text = "The host reminded the guests who had arrived late about the fire exits."
    assert _cues(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The scrutiny panel summoned her to explain why the reservoir was half empty.",
        "The council invited residents to say whether they supported the hosepipe ban.",
    ],
)
def test_an_act_asked_of_someone_else_is_not_done(nlp, text):
    assert not any(a.cue.text in ("explain", "say") for a in _acts(nlp, text))


def test_a_thing_used_to_argue_is_the_subjects_own_act(nlp):
    acts = _acts(nlp, "The host used the episode to argue that slugs are misunderstood.")
    assert [a.cue.text for a in acts] == ["argue"]
    assert acts[0].canonical == "host"


def test_a_second_speaker_after_and_is_a_new_act(nlp):
    text = (
        'The host, Nell Quaife, said the beer trap "has never once worked" in her plot, '
        "and her guest, the soil scientist Amos Kettle, agreed, adding that copper tape "
        "was little better."
    )
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said", "agreed"]
    assert acts[0].content.text == 'the beer trap "has never once worked" in her plot'
    assert acts[1].content.text.rstrip(".") == "copper tape was little better"


def test_agreeing_a_deal_reports_nothing(nlp):
    assert _cues(nlp, "The producers agreed a new sponsorship deal with a seed company.") == []
