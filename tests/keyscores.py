"""One scoring of each answer key per test session, shared by the key tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kit import evaluate, ratchet

#: the development keys the build is gated on (data/ratchet.json)
GATED = ratchet.gated_keys()


@cache
def scored(path: Path) -> tuple[evaluate.Key, object, dict[str, evaluate.Score]]:
    """``(key, annotated, scores)`` for one answer key, computed once."""
    return evaluate.evaluate_key(path)


def figures(path: Path) -> dict[str, float]:
    """The ratchet's figures for one key, from the shared scoring."""
    return ratchet.figures_of(*scored(path))
