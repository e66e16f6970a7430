"""Verbs of manner used as verbs of speaking ('"Not bad," she laughed'): a cue beside
quoted words or a that-clause, nothing when no words are reported ("the crowd
laughed"). And words said at the head of a sentence, set off by their own comma, are
never a scare quote whatever verb follows. Sentences written for these tests."""

from __future__ import annotations

from kit.annotate import annotate
from kit.article import Article


def marks(nlp, body: str) -> tuple[list[tuple[str, str | None, str]], list[str]]:
    """(cue, canonical source, label) of each attribution; the text of each loaded mark."""
    annotated = annotate(Article(body=body, meta={"title": "test"}), nlp=nlp)
    acts = [(a.cue.text, a.canonical, a.label) for a in annotated.attributions]
    return acts, [m.text for m in annotated.annotations if m.category == "loaded"]


def test_manner_verbs_beside_quoted_words_are_cues(nlp):
    body = (
        'Swimmers are making do with the sea. "It\'s freezing," laughed Raj Mistry, 9. '
        '"We will be back next year," joked the club\'s captain, Ola Berg.\n\n'
        'Ms Lorne sighed: "It was never going to be easy."\n\n'
        '"Not bad for an old man," he grinned.'
    )
    acts, loaded = marks(nlp, body)
    assert [(cue, label) for cue, _, label in acts] == [
        ("laughed", "direct"),
        ("joked", "direct"),
        ("sighed", "direct"),
        ("grinned", "direct"),
    ]
    assert acts[0][1] == "Raj Mistry" and acts[1][1] == "Ola Berg"
    assert loaded == []  # the quoted words are speech, not scare quotes


def test_a_manner_verb_with_a_that_clause_reports(nlp):
    acts, _ = marks(nlp, "The mayor, Jo Abt, joked that the council had found its calculator.")
    assert acts == [("joked", "Jo Abt", "indirect")]


def test_manner_verbs_with_no_words_report_nothing(nlp):
    body = (
        "The crowd laughed at the clown. The chairman smiled as the vote was read out. "
        "Fans groaned when the second goal went in. The minister laughed off the claims. "
        "She was found in her car, sobbing after being told she would need surgery. "
        "He sighed and turned away. The sun beamed down on the square."
    )
    assert marks(nlp, body)[0] == []


def test_words_said_at_the_head_of_a_sentence_are_no_scare_quote(nlp):
    # "shrugged" and "winked" are no cues, but the quoted words are still speech
    acts, loaded = marks(nlp, '"Not my problem," shrugged the owner. "Way too late," winked Al.')
    assert loaded == []
    # a word the writer doubts, inside a sentence, still is one
    assert marks(nlp, 'The "reform," as ministers call it, has cost 300 jobs.')[1] == [
        '"reform,"'
    ]


def test_a_manner_participle_after_a_plain_cue_is_how_it_was_said(nlp):
    # the verb of speaking is the cue; "laughing" only tells how, even with the next
    # quotation a few words on
    acts, _ = marks(
        nlp,
        '"I could not find a soap I trusted, so I made it myself," Ms Threave says, laughing. '
        '"My mother always said I was stubborn."',
    )
    assert acts[0][:2] == ("says", "Threave")
    acts, _ = marks(
        nlp,
        "The widow was not worried. \u201cThey say I am a threat to their security,\u201d she "
        "told me on Saturday, laughing. \u201cI can barely get up the stairs.\u201d",
    )
    assert [cue for cue, _, _ in acts] == ["told me"]
    # any cue of the lexicon that is no manner verb, not a short list of plain ones
    acts, _ = marks(
        nlp, "\u201cThey say I am a threat,\u201d she explained, laughing. \u201cMe!\u201d"
    )
    assert [cue for cue, _, _ in acts] == ["explained"]
    # alone beside its quoted words, the manner verb is still the cue
    assert marks(nlp, '"Not bad," she laughed, shaking her head.')[0][0][0] == "laughed"
