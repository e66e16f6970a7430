"""The word lists' token patterns run only over sentences holding every required word
of some pattern.

This is a speed measure, so the one thing to test is that it changes nothing:
the matches are the same as one ``Matcher`` pass over the whole document.
"""

from __future__ import annotations

import keyscores
import pytest
import yaml

from kit.lenses.wordlists import WordList

HEADER = "# Where the idea comes from: a test.\n"
# the model and the steps that put its reading right (kit_lemmas), not the lenses
MODEL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "kit_lemmas"]


def _parse(nlp, text: str):
    with nlp.select_pipes(enable=MODEL):
        return nlp(text)


def _word_lists(nlp) -> list[WordList]:
    """The session pipeline's own word lists, as its lenses built them.

    Read from the components rather than gathered from memory: other tests build
    pipelines and word lists of their own, and comparing those too made this test
    slower the more tests ran before it."""
    loaded, hedging = nlp.get_pipe("kit_loaded"), nlp.get_pipe("kit_hedging")
    lists = [loaded.words, loaded.claims, hedging.hedges, hedging.boosters]
    assert all(isinstance(w, WordList) and len(w.matcher) for w in lists)
    assert {w.name for w in lists} == {"loaded", "claims", "hedges", "boosters"}
    return lists


def test_anchored_matching_finds_what_a_whole_document_pass_finds(nlp, data_dir):
    lists = _word_lists(nlp)
    # every other practice article, a fixed half (355 of 709 at the thirty-eighth round): the
    # whole-document reference pass over all of them had grown to about 113 s of the suite's
    # 15-minute budget, and half of them still compare thousands of matches
    paths = sorted((data_dir / "articles").glob("*.md"))[::2]
    assert len(paths) >= 30
    compared = 0
    for path in paths:
        # the session's one parse of the article (the key tests score the same Doc)
        doc = keyscores.parsed(path)
        for words in lists:
            whole = sorted(words.matcher(doc))
            assert sorted(words._pattern_matches(doc)) == whole, (path.name, words.name)
            compared += len(whole)
    assert compared > 50  # the articles do hold pattern matches, so the check has teeth


def _custom(nlp, tmp_path, entries) -> WordList:
    (tmp_path / "anchors.yaml").write_text(
        HEADER + yaml.safe_dump({"entries": entries}), encoding="utf-8"
    )
    return WordList(nlp, tmp_path / "anchors.yaml")


def test_a_sentence_is_matched_only_when_it_holds_a_patterns_required_words(nlp, tmp_path):
    words = _custom(
        nlp,
        tmp_path,
        [
            {
                "pattern": [{"LOWER": {"IN": ["their", "the"]}}, {"LEMMA": "overlord"}],
                "label": "labeling",
                "explanation": "x",
            },
            {
                "pattern": [
                    {"LEMMA": "sweep"},
                    {"IS_ALPHA": True, "OP": "{0,3}"},
                    {"LOWER": "under"},
                    {"LOWER": "the"},
                    {"LOWER": "rug"},
                ],
                "label": "emotive",
                "explanation": "x",
            },
        ],
    )
    # "the" is in nearly every sentence: it rules nothing out, so it is not required
    assert set(words.anchors.word_sets) == {
        ("LEMMA", frozenset({"overlord"})),
        ("LEMMA", frozenset({"sweep"})),
        ("LOWER", frozenset({"under"})),
        ("LOWER", frozenset({"rug"})),
    }
    assert len(words.anchors.required) == 2
    doc = _parse(
        nlp,
        "The council met on Monday. Residents asked about parking for the new hall. "
        "The old dog slept under the rug all winter long. "
        "They swept the floor before the long meeting began at the hall. "
        "Their overlords in the capital ignored them. "
        "Officials swept the report under the rug. The meeting closed at nine o'clock.",
    )
    spans = words.anchors.sentences(doc)
    # "under the rug" without "sweep", and "swept" without "rug", need no matching
    assert [doc[s:e].text.split()[0] for s, e in spans] == ["Their", "Officials"]
    assert sorted(s.text for _, s in words(doc)) == [
        "Their overlords",
        "swept the report under the rug",
    ]


def test_a_pattern_with_no_word_to_anchor_on_matches_the_whole_doc(nlp, tmp_path):
    words = _custom(
        nlp,
        tmp_path,
        [
            {
                "pattern": [{"POS": "ADJ"}, {"LOWER": "!", "OP": "?"}],
                "label": "emotive",
                "explanation": "x",
            }
        ],  # fmt: skip
    )
    assert words.anchors.whole_doc
    doc = _parse(nlp, "It was a long day. The results were poor.")
    assert words.anchors.sentences(doc) is None
    assert {s.text for _, s in words(doc)} == {"long", "poor"}


def test_a_pattern_that_requires_only_a_very_common_word_is_anchored_on_it(nlp, tmp_path):
    words = _custom(
        nlp,
        tmp_path,
        [
            {
                "pattern": [
                    {"LOWER": "no"},
                    {"TAG": {"IN": ["JJ", "RB"]}, "OP": "*"},
                    {"TAG": {"IN": ["NN", "NNS"]}},
                ],
                "label": "emotive",
                "explanation": "x",
            }
        ],
    )
    # "no" rules out fewer sentences than a rarer word would, but most still go
    assert not words.anchors.whole_doc
    assert set(words.anchors.word_sets) == {("LOWER", frozenset({"no"}))}
    doc = _parse(
        nlp,
        "The ferry left the harbour at dawn. No sensible sailor doubts the captain. "
        "The gulls followed it for an hour. She said there was no real danger.",
    )
    spans = words.anchors.sentences(doc)
    assert [doc[s:e].text.split()[0] for s, e in spans] == ["No", "She"]
    assert sorted(words._pattern_matches(doc)) == sorted(words.matcher(doc))
    assert sorted(s.text for _, s in words(doc)) == ["No sensible sailor", "no real danger"]


@pytest.mark.parametrize("text", ["", "Hello."])
def test_anchors_on_tiny_documents(nlp, text):
    for words in _word_lists(nlp):
        doc = _parse(nlp, text)
        assert sorted(words._pattern_matches(doc)) == sorted(words.matcher(doc))


def test_each_entry_runs_on_its_own_sentences_in_one_matchers_order(nlp, tmp_path):
    """Each entry's patterns run only where that entry's words are; two entries that
    match the very same words keep the order one Matcher pass gives them (the first
    of two equal spans wins when marks are chosen)."""
    words = _custom(
        nlp,
        tmp_path,
        [
            {"pattern": [{"LEMMA": "sweep"}, {"OP": "*"}, {"LOWER": "rug"}],
             "label": "emotive", "explanation": "x"},
            {"pattern": [{"LOWER": {"IN": ["swept", "sweeps"]}}, {"OP": "{0,4}"},
                         {"LOWER": "rug"}], "label": "emotive", "explanation": "y"},
            {"pattern": [{"LEMMA": "overlord"}], "label": "labeling", "explanation": "z"},
        ],
    )  # fmt: skip
    doc = _parse(
        nlp,
        "The council met on Monday. Residents asked about parking for the new hall. "
        "Their overlords in the capital ignored them. "
        "They cleaned the floor before the long meeting began at the hall. "
        "Officials swept the report under the rug. The meeting closed at nine o'clock.",
    )
    assert [owners for _, _, owners in words.anchors.candidates(doc)] == [[2], [0, 1]]
    assert words._pattern_matches(doc) == list(words.matcher(doc))
    assert [e.explanation for e, s in words(doc) if s.text.startswith("swept")] == ["x", "y"]


def test_in_sorted_is_isin():
    import numpy as np

    from kit.lenses.shared import in_sorted

    rng = np.random.default_rng(7)
    values = rng.integers(0, 2**64 - 1, 500, dtype=np.uint64)
    for n in (0, 1, 9, 300):
        ids = np.unique(
            np.concatenate(
                [rng.choice(values, n // 2), rng.integers(0, 2**64 - 1, n, dtype=np.uint64)]
            )
        )
        assert (in_sorted(values, ids) == np.isin(values, ids)).all()
    assert (in_sorted(values, np.sort(values[:1])) == (values == values[0])).all()
