"""Source roles: is a source an official, an expert, an ordinary person or anonymous?

The journalism-studies "who gets quoted" literature counts a story's sources
by the role they speak in. :func:`source_role` gives that role for one row of
the kit's source list (guide section 2), from the source's type, the
description the article gives it and its canonical name, with the word list
``kit/lexicons/source_roles.yaml`` (data a teacher can read and extend).

>>> source_role({"canonical": "Lena Hartvik", "type": "named_person",
...              "description": "Water Minister"})
'official'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from kit.errors import KitError
from kit.lexicon import load_entries

LEXICON = "source_roles"
#: Every role, in the order tables and charts show them.
ROLES = ("official", "expert", "ordinary", "anonymous", "other")


@dataclass(frozen=True)
class RoleRule:
    """One entry of the word list: a role and what makes a source fit it."""

    role: str
    types: frozenset[str]
    pattern: re.Pattern[str] | None

    def fits(self, type_: str, text: str) -> bool:
        if type_ in self.types:
            return True
        return bool(self.pattern and self.pattern.search(text))


@cache
def role_rules() -> tuple[RoleRule, ...]:
    """The word list's entries, in order, read once."""
    data = load_entries(LEXICON)
    rules = []
    for i, raw in enumerate(data["entries"]):
        where = f"{LEXICON}.yaml entry {i + 1}"
        if not isinstance(raw, dict) or raw.get("role") not in ROLES:
            raise KitError(f"{where} needs a role, one of {', '.join(ROLES)}")
        types = raw.get("types") or []
        words = raw.get("words") or []
        if not all(isinstance(w, str) and w.strip() for w in [*types, *words]):
            raise KitError(f"{where}: types and words must be lists of text")
        if not types and not words:
            raise KitError(f"{where} needs types or words")
        pattern = None
        if words:
            alternatives = "|".join(
                re.escape(" ".join(w.lower().split())) for w in sorted(words, key=len, reverse=True)
            )
            pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])")
        rules.append(RoleRule(str(raw["role"]), frozenset(types), pattern))
    return tuple(rules)


def role_names() -> dict[str, str]:
    """Each role's name as tables and charts show it ("ordinary" -> "ordinary people")."""
    names = load_entries(LEXICON).get("roles") or {}
    return {role: str(names.get(role, role)) for role in ROLES}


def source_role(source: Mapping[str, Any] | Any) -> str:
    """The role of a source: ``official``, ``expert``, ``ordinary``, ``anonymous`` or ``other``.

    ``source`` is a source record (a :class:`~kit.annotated.Source` or its dict).
    """
    get = source.get if isinstance(source, Mapping) else lambda k: getattr(source, k, "")
    type_ = str(get("type") or "")
    text = " ".join(f"{get('description') or ''} {get('canonical') or ''}".lower().split())
    text = text.replace("’", "'")
    for rule in role_rules():
        if rule.fits(type_, text):
            return rule.role
    return "other"
