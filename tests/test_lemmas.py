"""kit_lemmas: the silent "e" the model's lemmatizer drops, and what the lenses gain."""

import pytest

from kit.annotate import annotate
from kit.article import Article
from kit.lenses.lemmas import fix_lemma


@pytest.mark.parametrize(
    ("text", "lemma", "fixed"),
    [
        ("hoped", "hop", "hope"),
        ("hated", "hat", "hate"),
        ("scaring", "scar", "scare"),
        ("fined", "fin", "fine"),
        ("scraped", "scrap", "scrape"),
        ("hopped", "hop", None),  # doubled: really "hop"
        ("gripped", "grip", None),
        ("played", "play", None),  # y never doubles
        ("visited", "visit", None),  # two syllables
        ("bused", "bus", None),  # spelt both ways
    ],
)
def test_fix_lemma(text, lemma, fixed):
    assert fix_lemma(text, lemma) == fixed


def test_pipeline_lemmas_are_corrected(nlp):
    doc = nlp("She hoped the fine would be waived. Fans raged and the club was shamed.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hoped"] == "hope"
    assert lemmas["raged"] == "rage"
    assert lemmas["shamed"] == "shame"


def _loaded(text: str) -> list[str]:
    return [
        a["text"]
        for a in annotate(Article.load(text)).to_dict()["annotations"]
        if a["category"] == "loaded"
    ]


def test_griped_is_read_as_gripe_and_gripped_is_not():
    # the lexicon lists "gripe"; the lemmatizer read "griped" as "grip"
    assert _loaded("The union griped about the rota for months.") == ["griped"]
    assert _loaded("Councillors have been griping about the budget since May.") == ["griping"]
    assert _loaded("The driver gripped the wheel as the bus slid on the ice.") == []
