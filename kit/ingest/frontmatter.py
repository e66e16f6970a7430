"""YAML front matter: the metadata block at the top of the ``data/`` Markdown files."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from kit.errors import KitError


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (between ``---`` lines at the very top) and the rest."""
    match = re.match(
        r"---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n(.*))?\Z", text.lstrip("\n"), re.DOTALL
    )
    if not match:
        return {}, text
    import yaml

    try:
        front = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(err, "problem", None) or "syntax error"
        raise KitError(f"the front matter is not valid YAML{where}: {problem}") from err
    except (ValueError, OverflowError) as err:  # e.g. "published: 2021-13-45"
        raise KitError(f"the front matter has a value that cannot be read: {err}") from err
    if not isinstance(front, dict):
        raise KitError("the front matter must be a YAML mapping of field: value lines")
    return {str(k): _plain(v) for k, v in front.items()}, match.group(2) or ""


def _plain(value: Any) -> Any:
    """YAML values as plain, strict JSON data: dates become ISO strings, ``!!binary``
    text, ``!!set`` a sorted list, ``.nan``/``.inf`` the words ``nan``/``inf``."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_plain(v) for v in value), key=str)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
