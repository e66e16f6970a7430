"""Shared fixtures: the kit's pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def nlp():
    from kit.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


def pytest_terminal_summary(terminalreporter) -> None:
    """Score the answer keys that are not gated (a teacher's own) and report them.

    They never fail the build: see ``kit/ratchet.py``.
    """
    from kit import evaluate, ratchet

    gated = set(ratchet.load())
    ungated = [p for p in evaluate.answer_keys() if ratchet.key_id(p) not in gated]
    if not ungated:
        return
    terminalreporter.section("answer keys outside the ratchet (reported, not gated)")
    for line in ratchet.report(ungated):
        terminalreporter.write_line(line)
