"""Forms of reporting (and of no reporting) the kit met in practice round AC (helper
readinAD): an outlet in which a claim was read or heard is its source, and a cue verb the
parser read as a noun after an infinitival "to". Every sentence is written for this file
(none is copied from data/); each rule has a look-alike that must keep its plain reading.
"""

from __future__ import annotations

import pytest

from kit.annotated import AnnotatedArticle


def _acts(nlp, text):
    return AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")


def _cues(nlp, text):
    return [a.cue.text for a in _acts(nlp, text)]


# -- "read in X that ...": the outlet speaks, not the reader ---------------------------
@pytest.mark.parametrize(
    ("text", "cue", "canonical", "content"),
    [
        ("Some of our members read in the Dunmere Courier on Friday that the lido would "
         "close.", "read in the Dunmere Courier", "Dunmere Courier", "the lido would close"),
        ("My neighbour heard on the radio that the ferry had been cancelled.",
         "heard on the radio", "radio", "the ferry had been cancelled"),
        ("Most parents saw on the news that the school would shut early.",
         "saw on the news", "news", "the school would shut early"),
        ("I read in the parish newsletter that the hall was "
         '"a danger to the public".', "read in the parish newsletter", "parish newsletter",
         'the hall was "a danger to the public"'),
    ],
)
def test_the_outlet_read_or_heard_is_the_speaker(nlp, text, cue, canonical, content):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [cue]
    assert canonical.lower() in acts[0].canonical.lower()
    assert acts[0].canonical != "I" and "parents" not in acts[0].canonical.lower()
    assert acts[0].content.text.rstrip(".") == content


@pytest.mark.parametrize(
    "text",
    [
        "I read in bed that night.",  # a place and a time, no clause
        "She read in the library that afternoon.",
        "He saw in the new year with friends.",
        "We saw on the map that the road was closed.",  # a map states nothing
        "They saw in his face that he was lying.",
        "I never read in the paper that the mayor had resigned.",  # denied
    ],
)
def test_reading_a_place_a_time_or_a_map_reports_no_one(nlp, text):
    assert _cues(nlp, text) == []


def test_a_quotation_in_what_an_outlet_said_is_no_scare_quote(nlp):
    doc = nlp('Many of you read in the Westby Gazette that our choir is "a noise nuisance".')
    assert [s.label_ for s in doc.spans["loaded"] if "nuisance" in s.text] != ["scare_quote"]


# -- "to <cue read as a noun> that ...": the verb -------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "canonical"),
    [
        # (*purr* tagged a plural noun: an adverbial clause, and the pobj of "to")
        ("Then came the restaurant critic Bo Lund, who stayed an hour, to purr that "
         'the menu was "pure theatre".', "purr", "Bo Lund"),
        ("Then came the critic Mia Sand, who stayed all night, to purr that the show was "
         '"a marvel".', "purr", "Mia Sand"),
        ("Then came the food blogger Ann Pell, who stayed an hour, to coo that the yard was "
         '"a little slice of heaven".', "coo", "Ann Pell"),
    ],
)
def test_a_cue_read_as_a_noun_after_to_is_a_verb(nlp, text, cue, canonical):
    acts = _acts(nlp, text)
    assert [a.cue.text for a in acts] == [cue]
    assert canonical.lower() in acts[0].canonical.lower()


@pytest.mark.parametrize(
    "text",
    [
        "We made a trip to Bray that week.",
        "She gave a nod to Coo that afternoon and left.",
        "The plan to merge that the board approved has stalled.",
    ],
)
def test_a_noun_after_to_keeps_its_noun(nlp, text):
    assert _cues(nlp, text) == []


def test_an_outlet_read_inside_someone_elses_report_is_dropped_like_any_nested_act(nlp):
    # "Ann Lee said the ministry announced ...": only the outer act (rules, section 1)
    assert _cues(nlp, "The warden said she had read in the Gazette that rents would rise.") == [
        "said"
    ]
