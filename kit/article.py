"""Ingestion: turn pasted text, a front-matter Markdown file or a saved HTML
page into an :class:`Article` (clean body text plus metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.errors import KitError


@dataclass
class Article:
    """An article's body text (every offset refers to it) and its metadata."""

    body: str
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """From text pasted from a web page (clutter removal: issue 2)."""
        return cls(body=text.strip(), meta=dict(meta))

    @classmethod
    def from_path(cls, path: str | Path) -> Article:
        p = Path(path)
        if not p.is_file():
            raise KitError(f"no such file: {p}")
        return cls.from_text(p.read_text(encoding="utf-8"))

    @classmethod
    def load(cls, source: Article | str | Path) -> Article:
        """An Article from an Article, a path, or pasted text."""
        if isinstance(source, Article):
            return source
        if isinstance(source, Path):
            return cls.from_path(source)
        return cls.from_text(source)
