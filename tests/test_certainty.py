"""The certainty profile: hedges and boosters per sentence, paragraph and speaker."""

from __future__ import annotations

import pytest

from kit.annotate import annotate
from kit.annotated import AnnotatedArticle, Annotation, Part
from kit.certainty import WRITER, certainty_profile, certainty_score
from kit.errors import KitError

TEXT = (
    "The plan might fail. It will obviously never work.\n\n"
    "Experts said the talks could perhaps help."
)


def test_score_is_bounded_and_documented():
    assert certainty_score(0, 0) == 0
    assert certainty_score(0, 1) == 0.5
    assert certainty_score(2, 0) == pytest.approx(-2 / 3)
    assert certainty_score(0, 3) == 0.75
    for h in range(6):
        for b in range(6):
            assert -1 < certainty_score(h, b) < 1


def test_profile_by_sentence_and_paragraph_from_the_pipeline(nlp):
    annotated = annotate(TEXT, nlp=nlp)
    by_sentence = annotated.certainty_frame(by="sentence")
    assert list(by_sentence.columns) == [
        "sentence", "start", "end", "text",
        "hedges", "boosters", "hedge_words", "booster_words", "certainty",
    ]  # fmt: skip
    rows = by_sentence.set_index("sentence")
    assert rows.loc[0, "hedges"] == 1 and rows.loc[0, "boosters"] == 0
    assert rows.loc[0, "certainty"] == -0.5
    assert rows.loc[1, "booster_words"] == "obviously, never"
    assert rows.loc[1, "certainty"] == round(2 / 3, 3)
    assert rows.loc[2, "hedge_words"] == "could, perhaps"
    by_paragraph = certainty_profile(annotated, by="paragraph")
    assert list(by_paragraph["hedges"]) == [1, 2]
    assert list(by_paragraph["boosters"]) == [2, 0]
    assert "certainty" in by_paragraph.attrs["certainty"]


def _article_with_a_speaker() -> AnnotatedArticle:
    text = TEXT
    content_start = text.index("the talks")
    content_end = len(text) - 1
    cue_start = text.index("said")

    def mark(category, label, word):
        start = text.index(word)
        return Annotation(category, label, start, start + len(word), word, f"'{word}'")

    attribution = Annotation(
        "attribution",
        "indirect",
        text.index("Experts"),
        content_end,
        text[text.index("Experts") : content_end],
        "",
        speaker=Part("Experts", text.index("Experts"), text.index("Experts") + 7, "experts"),
        cue=Part("said", cue_start, cue_start + 4),
        content=Part(text[content_start:content_end], content_start, content_end),
    )
    annotations = [
        attribution,
        mark("hedge", "modal", "might"),
        mark("booster", "adverb", "obviously"),
        mark("booster", "absolute", "never"),
        mark("hedge", "modal", "could"),
        mark("hedge", "adverb", "perhaps"),
    ]
    return AnnotatedArticle(text=text, meta={}, annotations=annotations)


def test_profile_by_speaker_uses_canonical_sources_and_the_writer():
    frame = certainty_profile(_article_with_a_speaker(), by="speaker").set_index("speaker")
    assert set(frame.index) == {WRITER, "experts"}
    assert frame.loc[WRITER, "hedges"] == 1 and frame.loc[WRITER, "boosters"] == 2
    assert frame.loc["experts", "hedges"] == 2 and frame.loc["experts", "boosters"] == 0
    assert frame.loc["experts", "certainty"] == round(-2 / 3, 3)
    assert frame.loc["experts", "words"] == 5  # "the talks could perhaps help"
    assert frame.loc[WRITER, "words"] == len(TEXT.split()) - 5


def test_unknown_unit_is_a_clear_error():
    with pytest.raises(KitError, match="sentence', 'paragraph' or 'speaker"):
        certainty_profile(_article_with_a_speaker(), by="word")


def test_nested_reports_count_words_for_the_innermost_speaker():
    text = "According to the report, experts said the plan might fail. The end."
    outer_start = text.index("experts")
    inner_start = text.index("the plan")
    end = text.index(".") + 1
    annotations = [
        Annotation(
            "attribution", "indirect", 0, end, text[:end], "",
            speaker=Part("the report", 13, 23, "the report"),
            cue=Part("According to", 0, 12),
            content=Part(text[outer_start:end], outer_start, end),
        ),
        Annotation(
            "attribution", "indirect", outer_start, end, text[outer_start:end], "",
            speaker=Part("experts", outer_start, outer_start + 7, "experts"),
            cue=Part("said", text.index("said"), text.index("said") + 4),
            content=Part(text[inner_start:end], inner_start, end),
        ),
        Annotation("hedge", "modal", text.index("might"), text.index("might") + 5, "might", ""),
    ]  # fmt: skip
    annotated = AnnotatedArticle(text=text, meta={}, annotations=annotations)
    frame = certainty_profile(annotated, by="speaker").set_index("speaker")
    assert frame.loc["experts", "words"] == 4  # "the plan might fail."
    assert frame.loc["experts", "hedges"] == 1
    assert frame.loc["the report", "words"] == 2  # "experts said"
    assert frame.loc[WRITER, "words"] == 6


def test_a_follow_on_quotation_after_the_cue_is_the_speakers_voice(nlp):
    """'"A," she said. "B."': the content ends at A, as the keys end it, but a hedge in B
    is still hers, not the writer's (and survives a save and reload)."""
    text = (
        "The ferry committee met on Thursday.\n\n"
        '"We have waited three winters for this," Nessa Corrigan said. "The pier may not '
        'last another one."'
    )
    annotated = annotate(text)
    for article in (annotated, AnnotatedArticle.from_dict(annotated.to_dict())):
        frame = certainty_profile(article, by="speaker").set_index("speaker")
        assert frame.loc["Nessa Corrigan", "hedges"] == 1
        assert WRITER not in frame.index or frame.loc[WRITER, "hedges"] == 0


def test_a_follow_on_quotation_is_not_a_sentence_without_attribution(nlp):
    """The summary's sentences without attribution leave out a follow-on quotation."""
    text = (
        "The ferry committee met on Thursday.\n\n"
        '"We have waited three winters for this," Nessa Corrigan said. "The pier may not '
        'last another one."'
    )
    summary = annotate(text).summary()
    assert summary["sentences_without_attribution"] == [0]  # only the opening report
