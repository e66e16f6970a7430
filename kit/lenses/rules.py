"""The one registry of sense rules: named checks a lexicon entry asks for.

A word-list entry names its rule (``rule: stance_adverb``); the lens looks the
name up here. A new rule is one decorated function plus one lexicon line::

    @sense_rule("loaded", "my_rule")
    def _my_rule(span: Span, loaded_tokens: set[int]) -> bool: ...

Hedging rules take the cue's span; loaded-language rules take the span and the
token indices already marked loaded. A rule returns True to keep the mark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.errors import KitError

_REGISTRY: dict[str, dict[str, Callable[..., bool]]] = {}


def sense_rule(lens: str, name: str) -> Callable[[Callable[..., bool]], Callable[..., bool]]:
    """Register ``func`` as rule ``name`` of ``lens`` ("hedge" or "loaded")."""

    def register(func: Callable[..., bool]) -> Callable[..., bool]:
        rules = _REGISTRY.setdefault(lens, {})
        if name in rules and rules[name] is not func:
            raise KitError(f"the {lens} rule {name!r} is registered twice")
        rules[name] = func
        return func

    return register


def rules_for(lens: str) -> dict[str, Callable[..., Any]]:
    """The live mapping of rule names to functions for one lens."""
    return _REGISTRY.setdefault(lens, {})


def check_rule(lens: str, name: str | None, where: str) -> None:
    """Fail at start-up, not mid-article, if a word list names an unknown rule."""
    rules = rules_for(lens)
    if name and name not in rules:
        raise KitError(f"{where}: unknown rule {name!r} (known: {', '.join(sorted(rules))})")
