"""Documents and figures that report, and the writer's "I am told" (helper documentsAT).

A verb of showing or recording reports when its subject is a document or data someone
published (docs/annotation_rules.md, "No act, no attribution"). Three shapes the kit
missed on the practice keys:

- the tagger read the document's verb as a noun right after the document's noun ("the log
  records", "the minutes show", "the film's closing titles state that"); it is the verb
  when the clause after it has a subject of its own, or when the document and its verb
  stand alone between commas after the writer's clause (cues.yaml document_verbs,
  kit/lenses/attribution_documents.py ``noun_read_record``);
- a subject missing from the word lists ("the index showed that", "the tables ... show
  that", "a test found no sign"; source_types.yaml document_heads, cues.yaml
  research_subjects);
- published figures with a plain object ("the figures ... show 4,212 irregular
  crossings"; cues.yaml ``evidence_object``), not a picture ("the map shows a river").

And "I am told ..." / "..., I am told, ...": the writer reports what someone they do not
name told them, an anonymous source like "it is reported" (attribution_formulas
``told_to_writer``); not "we are told", "I was told to wait", "I am told by X" (X speaks).

The reported sentences follow the practice articles (museum_restitution_quillerton_ravu_drum,
housing_association_vennacott_mould_flats, dawnchorus_dunhollow_ferryfares_filibuster,
exitrow_drascombe_hollowgrave_premiere, airport_quornhythe_runway_extension,
housingslump_orlesk_seventh_month, conker_thrupcombe_championship_appeal,
crackdown_drovenmark_veyne_patrols, cider_kersebury_wassail_licence), names changed; the
look-alikes are written for these tests.
"""

from __future__ import annotations

import pytest
from speaker_acts import acts

import kit
from kit.article import Article


def _found(nlp, text: str) -> list[tuple[str, str | None, str]]:
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    return [
        (a.cue.text, a.speaker.text if a.speaker else None, a.content.text if a.content else "")
        for a in doc.attributions
    ]


NOUN_READ = [
    (
        "The expedition met resistance: two sailors were wounded in the skirmish, the log "
        "records.",
        ("records", "the log", "two sailors were wounded in the skirmish"),
    ),
    (
        "She later apologised, the minutes show.",
        ("show", "the minutes", "She later apologised"),
    ),
    (
        "The official transcript records that he quoted his own grandmother eleven times.",
        ("records", "The official transcript", "he quoted his own grandmother eleven times"),
    ),
    (
        "The film's closing titles state that no animals were injured during production.",
        ("state", "The film's closing titles", "no animals were injured during production"),
    ),
    (
        "Planes can already land in strong crosswinds on the existing runway, pilots' "
        "manuals note, so the safety case for the extension is thin at best.",
        (
            "note",
            "pilots' manuals",
            "Planes can already land in strong crosswinds on the existing runway",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_READ)
def test_a_documents_verb_read_as_a_noun_reports(nlp, text, expected):
    assert _found(nlp, text) == [expected]
    (span,) = nlp(text).spans["attributions"]
    assert span._.kit_explanation  # the learner is told what the cue does


LISTED = [
    (
        "The index showed that the average home sold for 212,400 florins.",
        ("showed", "The index", "the average home sold for 212,400 florins."),
    ),
    (
        "The organisers sent the conker to the college, where a test found no sign of "
        "heating or varnish.",
        ("found", "a test", "no sign of heating or varnish"),
    ),
    (
        "The figures, published today by the Border Guard Service, show 4,212 irregular "
        "crossings between July and September.",
        ("show", "The figures", "4,212 irregular crossings between July and September"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_an_index_a_test_and_figures_report(nlp, text, expected):
    assert _found(nlp, text) == [expected]


PLAIN = [
    "The log records were lost in the fire.",
    "He kept the diaries, the letters and the log records.",
    "The brochure promises that were broken still rankle.",
    "The map shows a river.",
    "The photograph shows her smiling.",
    "The river bends east, the map shows.",
    "The table was set for six.",
    "The test will be held in May.",
    "The figures show little.",
    "Its disciplinary records show 14 red cards.",
    "The mood in the hall suggested that the vote was lost.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_records_pictures_and_furniture_report_nothing(nlp, text):
    assert acts(nlp, text) == []


TOLD = [
    (
        "I am told the festival can appeal to the magistrates within 21 days.",
        ("told", None, "the festival can appeal to the magistrates within 21 days."),
    ),
    (
        "The land, I am told, is worth rather more as housing than as a park.",
        ("told", None, "The land, I am told, is worth rather more as housing than as a park"),
    ),
    (
        "I'm told that the vote was close.",
        ("told", None, "the vote was close."),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_i_am_told_is_an_unnamed_source(nlp, text, expected):
    assert _found(nlp, text) == [expected]
    # no words name the teller: no speaker span, an anonymous source in the source list
    doc = nlp(text)
    sources = [(e["canonical"], e["type"]) for e in doc._.kit_sources]
    assert sources == [("unnamed informant of the writer", "anonymous")]
    (span,) = doc.spans["attributions"]
    assert "do not name" in span._.kit_explanation


@pytest.mark.parametrize(
    "text",
    [
        # a hearsay aside in a description stays the loaded lens's (hearsay_asides)
        "Their barrister, who charges, I am told, more per hour than most of us earn in a "
        "week, said the figure was wrong.",
        "The chairman, whose brother-in-law, I am told, sells kitchens, said she was "
        "delighted.",
    ],
)
def test_i_am_told_in_a_description_is_no_attribution(nlp, text):
    assert [cue for cue, _, _ in acts(nlp, text)] == ["said"]


def test_i_am_told_inside_a_report_leaves_the_report_its_source(nlp):
    text = "Their report, I am told, concluded that bedside radio had limited benefit."
    assert [(c, s) for c, s, _ in acts(nlp, text)] == [("concluded", "Their report")]


def test_a_parenthetical_i_am_told_keeps_to_its_clause(nlp):
    # the aside's content is the clause it interrupts, not the rest of the sentence
    text = "The tombola, I am told, will be in the marquee. The committee meets on Friday."
    doc = kit.annotate(Article(body=text, meta={"outlet": "The Probe"}), nlp=nlp)
    (act,) = doc.attributions
    assert "Friday" not in act.content.text


@pytest.mark.parametrize(
    "text",
    [
        "I am told to wait.",
        "We are told this is progress.",
        "I was told to keep quiet.",
        "I am told nothing.",
    ],
)
def test_other_tellings_of_the_writer_report_nothing(nlp, text):
    assert acts(nlp, text) == []


def test_i_am_told_by_someone_names_the_teller(nlp):
    text = "I am told by a former aide that he still writes his own Christmas cards."
    assert [(c, s) for c, s, _ in acts(nlp, text)] == [("told", "a former aide")]
