"""One test per check over many cases (answer keys, articles), failing once with every
failing case named, instead of one test per case: the suite grows by a few cases a round
and no longer by a test per key per check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest


def check_every(cases: Iterable[Any], check: Callable[[Any], None], name=lambda c: c.stem) -> None:
    """Run ``check`` on every case, then fail once with every case that failed: one
    paragraph each, named by ``name`` (a key's stem), with its failed assertion's own
    message (or the error that stopped it). One pooled test fails as informatively as one
    test per case did, and no failing case stops the others from being checked."""
    cases = list(cases)
    failures = []
    for case in cases:
        try:
            check(case)
        except (Exception, pytest.fail.Exception) as err:
            plain = isinstance(err, AssertionError | pytest.fail.Exception)
            failures.append(f"{name(case)}: {'' if plain else type(err).__name__ + ': '}{err}")
    if failures:
        head = f"{len(failures)} of {len(cases)} failed {check.__name__}:\n"
        pytest.fail(head + "\n\n".join(failures), pytrace=False)
