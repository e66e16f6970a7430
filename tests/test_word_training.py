"""The charged-word experiment (kit/word_training.py): candidates and features."""

import numpy as np

from kit.pipeline import load_pipeline
from kit.word_training import BASE_FEATURES, candidates, features, fit_weighted


def test_candidates_skip_names_and_stop_words() -> None:
    nlp = load_pipeline()
    doc = nlp("Councillor Brenda Upthorne called the scheme a gormless shambles on Tuesday.")
    words = {doc[int(i)].text for i in candidates(doc)}
    assert "gormless" in words and "shambles" in words
    assert not words & {"Brenda", "Upthorne", "the", "Tuesday", "on"}


def test_features_have_one_row_per_candidate() -> None:
    nlp = load_pipeline()
    text = 'The spineless officials "welcomed" the report.'
    doc = nlp(text)
    rows = candidates(doc)
    x = features(doc, rows, [(text.index('"'), text.index("the report"))], [])
    assert x.shape == (len(rows), len(BASE_FEATURES) + 96)
    spineless = [k for k, i in enumerate(rows) if doc[int(i)].text == "spineless"]
    assert spineless and x[spineless[0], BASE_FEATURES.index("modifies_person")] == 1
    assert x[spineless[0], BASE_FEATURES.index("suffix=-ess")] == 1


def test_weighted_fit_separates_a_plain_signal() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] > 0).astype(float)
    weights, mean, scale, bias = fit_weighted(x, y, np.ones(200), penalty=1.0)
    assert weights[0] > 1 and abs(weights[1]) < abs(weights[0])


def test_blind_rounds_read_the_first_heading(tmp_path) -> None:
    from kit.word_training import blind_rounds

    (tmp_path / "roundAB.md").write_text("# Blind round AB (scored before and after)\n")
    (tmp_path / "roundAB1.md").write_text("# Practice round AB1 (never scored blind)\n")
    (tmp_path / "roundZ.md").write_text("Intro line\n# Blind round Z\n")
    assert blind_rounds(tmp_path) == ["Z", "AB"]


def test_the_blind_rounds_of_the_practice_data_end_with_the_newest() -> None:
    from kit.word_training import blind_rounds

    found = blind_rounds()
    assert "AQ" in found and "AQ1" not in found and found.index("AP") < found.index("AQ")
