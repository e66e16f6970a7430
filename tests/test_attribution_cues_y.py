"""Forms of reporting the kit met in round X (helper cuesY): a speaker depicted as
speaking by someone else ("quoted the groundsman as saying ..."), a restrictive
relative clause that tells of one past act of reporting ("tenants who said ..."). Every
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


# -- "quoted X as saying": X speaks ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "canonical", "content"),
    [
        ("The newsletter quoted the groundsman, Albert Pike, as saying the square was "
         "ruined by the frost.", "Albert Pike", "the square was ruined by the frost"),
        ("Last month we quoted the association's treasurer as saying that the fund "
         'was "in good heart".', "association's treasurer",
         'the fund was "in good heart"'),
    ],
)
def test_the_object_of_a_depicting_verb_is_the_speaker(nlp, text, canonical, content):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["as saying"]
    assert acts[0].canonical == canonical
    assert acts[0].content.text.rstrip(".") == content


def test_a_passive_depiction_keeps_its_subject(nlp):
    acts = _acts(nlp, "The captain is quoted as saying the pitch was too wet to play.")
    assert len(acts) == 1 and acts[0].canonical == "captain"


def test_an_as_phrase_that_describes_no_speech_stays_unmarked(nlp):
    assert _cues(nlp, "The club described its new captain as being in fine form.") == []
    assert _cues(nlp, "She remembered the old caretaker as a man who said little.") == []


# -- "tenants who said ...": a restrictive relative clause of one past act --------------
@pytest.mark.parametrize(
    ("text", "canonical", "content"),
    [
        ("Most of the letters came from tenants who said the lift had been broken "
         "since March.", "tenants", "the lift had been broken since March"),
        ("The committee heard from members that told the secretary the nets were torn.",
         "members", "the nets were torn"),
    ],
)
def test_a_past_act_in_a_restrictive_relative_clause(nlp, text, canonical, content):
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].canonical == canonical
    assert acts[0].content.text.rstrip(".") == content


def test_a_kind_of_person_described_by_a_view_stays_unmarked(nlp):
    # a present tense describes a kind; "anyone" names nobody; no clause, no report
    assert _cues(nlp, "Tenants who say the heating works have not lived here long.") == []
    assert _cues(nlp, "Anyone who said the lift worked was wrong.") == []
    assert _cues(nlp, "The members who said nothing were the wisest.") == []


def test_the_writers_claim_about_those_who_spoke_stays_a_comment(nlp):
    # the cue is the relative clause's; the main clause is the writer's own verdict
    doc = nlp("Doubters who said the pavilion would never be finished have been left "
              "looking rather foolish.")
    acts = AnnotatedArticle.from_doc(doc, {}).of("attribution")
    assert [a.cue.text for a in acts] == ["said"]
    from kit.lenses.loaded_commentary import context_of
    assert context_of(doc, []).attributions == ()


# -- "answered his critics in the best way there is": nothing reported ----------------
def test_a_bare_there_is_after_a_noun_is_no_reported_clause(nlp):
    text = "The opener answered his critics in the best way there is. He made a century."
    assert _cues(nlp, text) == []
    text = "Our wicketkeeper replied to the doubters in the only way there was."
    assert _cues(nlp, text) == []


def test_a_reported_there_is_keeps_its_content(nlp):
    acts = _acts(nlp, "The secretary replied that there was nothing to add.")
    assert [a.content.text.rstrip(".") for a in acts] == ["there was nothing to add"]


# -- two that-clauses of one cue, and a quotation that goes on with "and" -------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The chair told the bulletin that members had acted alone and that the "
         'notice board had "only carried the minutes".',
         'members had acted alone and that the notice board had "only carried the minutes"'),
        ("The treasurer said that the tea hut had made a profit and that the urn would "
         "be replaced in April.",
         "the tea hut had made a profit and that the urn would be replaced in April"),
    ],
)
def test_a_second_that_clause_belongs_to_the_same_content(nlp, text, content):
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].content.text.rstrip(".") == content


def test_a_quotation_that_goes_on_with_and_stays_in_the_content(nlp):
    text = ("The groundsman told the newsletter he had rolled the square every spring "
            '"and never once lost a match to rain".')
    acts = _acts(nlp, text)
    assert len(acts) == 1
    assert acts[0].content.text.rstrip(".").endswith('"and never once lost a match to rain"')


def test_a_second_act_after_a_closed_quotation_is_still_its_own(nlp):
    # the quotation closes before "and": "called" is the captain's second act
    text = 'The captain said the side would "fight for every run" and called the umpires "blind".'
    assert _cues(nlp, text) == ["said", "called"]
    text = "The captain said that the pitch was wet, and the umpire said that play would wait."
    assert _cues(nlp, text) == ["said", "said"]


# -- a quotation inside a quotation ---------------------------------------------------
def test_the_outer_quotation_is_the_content_when_an_inner_one_closes_it(nlp):
    # the comma before the cue closes the inner quotation; the outer one is the content
    text = ("Mr Oakes said the committee had met. \"The groundsman came to me after nets "
            "and said, 'The square needs a week,'\" he told the newsletter.")
    acts = _acts(nlp, text)
    told = next(a for a in acts if a.cue.text.startswith("told"))
    assert told.content.text.startswith("The groundsman came to me after nets")


def test_i_inside_someones_quotation_is_that_speaker(nlp):
    text = ("Mrs Pell said the boiler had failed twice. \"I told him, 'Fix it or I call "
            "the council,'\" she said.")
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == ["said", "told him", "said"]
    assert acts[1].canonical == "Pell"


def test_he_inside_someones_quotation_is_someone_named_or_left_open(nlp):
    named = ("The treasurer, Ada Finch, said the tea fund was short. She had fallen out "
             "with Harold Bream over the urn. \"He said to me, 'That urn is mine, and you "
             "know it,'\" she said.")
    acts = _acts(nlp, named)
    assert [(a.cue.text, a.canonical) for a in acts][1] == ("said", "Harold Bream")
    # "he" in Crabbe's own words is not Crabbe, and no one else is named: left open
    own = ("Our umpire, Stanley Crabbe, said the light was poor. \"He pointed at the "
           "clouds and said, 'Off you come, gentlemen,'\" Crabbe said.")
    assert [a.canonical for a in _acts(nlp, own)] == ["Stanley Crabbe", "Stanley Crabbe"]


def test_he_after_the_writer_asked_someone_is_the_one_asked(nlp):
    text = ("Our captain, Bertram Oakes, says the side is the strongest in years. Our "
            "opener, Percy Lumb, has scored three fifties this summer.\n\n"
            "I asked Bertram on Friday what he planned for Saturday. \"Percy came to me "
            "after nets and said, 'Skipper, just let me bat,'\" he told me.")
    acts = {a.cue.text: a.canonical for a in _acts(nlp, text)}
    assert acts["told me"] == "Bertram Oakes"
    assert acts["said"] == "Percy Lumb"
    # the look-alike: a person the writer did not ask stays with the last speaker
    text = ("Our captain, Bertram Oakes, says the side is the strongest in years. I "
            "watched the nets on Friday. \"We bat deep,\" he said.")
    assert {a.cue.text: a.canonical for a in _acts(nlp, text)}["said"] == "Bertram Oakes"


# -- "Three tenants we spoke to said ...": a relative clause ending in a preposition -----
def test_a_stranded_preposition_is_no_infinitive(nlp):
    acts = _acts(nlp, "Three tenants we spoke to said they had not been consulted.")
    assert len(acts) == 1
    assert acts[0].speaker.text == "Three tenants"
    assert acts[0].content.text.rstrip(".") == "they had not been consulted"


def test_a_real_infinitive_after_a_relative_clause_stays_unmarked(nlp):
    assert _cues(nlp, "The tenants we wanted to tell had already moved out.") == []


def test_a_clause_subject_read_as_a_second_object_stays_in_the_content(nlp):
    text = "Members who told the committee the nets were torn will be glad of new ones."
    acts = _acts(nlp, text)
    assert [a.content.text for a in acts] == ["the nets were torn"]
    # one object and no clause: nothing reported
    assert _cues(nlp, "She told the club the news on Friday.") == []
