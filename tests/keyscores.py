"""One reading and one scoring of each answer key per test session, shared by the key tests."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from practice_text import round_stems

from kit import evaluate, ratchet
from kit.annotate import annotated_doc
from kit.article import Article


@cache
def raw(path: Path) -> dict[str, Any]:
    """An answer key's YAML, parsed once per session (the keys are large: parsing every
    key takes seconds, and the key tests used to parse each one four times)."""
    return evaluate.read_key(path)


@cache
def loaded(path: Path) -> evaluate.Key:
    """An answer key with its spans placed in its article, loaded once per session."""
    return evaluate.load_key(path, raw=raw(path))


#: every key the build is gated on (data/ratchet.json): figures may only rise
GATED = ratchet.gated_keys()


#: keys in data/answers written beside the rules, held to absolute thresholds too;
#: the rounds written by annotators who never ran the kit (``blind_round:`` or
#: ``practice_round:`` in the key) and the outlet corpus keys
#: (data/outlets/answers) are held by the ratchet alone
DEVELOPMENT = [
    p for p in GATED if p.parent == evaluate.ANSWERS and evaluate.round_of(raw(p)) is None
]


def keys_with(sections: Iterable[str], paths: list[Path]) -> list[Path]:
    """The keys among ``paths`` that list anything under one of ``sections``."""
    return [p for p in paths if any(raw(p).get(s) for s in sections)]


def parsed(article: Path) -> Any:
    """An article's ``Doc`` run through the kit's pipeline, once per session: the key
    scoring reads its marks, and the whole-corpus checks of the word lists' matching
    (test_wordlist_anchors) reuse the parse instead of parsing every article again."""
    return _parsed(article.resolve())  # one cache entry per file, however it is named


@cache
def _parsed(article: Path) -> Any:
    return annotated_doc(Article.from_path(article))


@cache
def scored(path: Path) -> tuple[evaluate.Key, object, dict[str, evaluate.Score]]:
    """``(key, annotated, scores)`` for one answer key, computed once."""
    key = loaded(path)
    return evaluate.score_key(key, parsed(evaluate.article_path(key.article, key.path)))


def figures(path: Path) -> dict[str, float]:
    """The ratchet's figures for one key, from the shared scoring."""
    return ratchet.figures_of(*scored(path))


@cache
def keyed_text(later_rounds: tuple[str, ...] = ()) -> str:
    """Every practice answer key as lower-case text: the spans the annotators marked and
    their notes, which is what a rule writer could copy words from. Round B
    (``data/heldout/``) is not practice data and is left out, and so are the keys of
    ``later_rounds``, blind rounds scored after the word lists were written."""
    unseen = set().union(*(round_stems(r) for r in later_rounds))
    keys = [
        *evaluate.ANSWERS.glob("*.yaml"),
        *(evaluate.ANSWERS.parent / "outlets").rglob("*.yaml"),
    ]
    return " ".join(
        p.read_text(encoding="utf-8").lower() for p in sorted(keys) if p.stem not in unseen
    )
