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
