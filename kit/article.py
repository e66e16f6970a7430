"""Ingestion: turn pasted text, a front-matter Markdown file or a saved HTML
page into an :class:`Article` (clean body text plus metadata).

Text pasted from a news site carries clutter around the story; the helpers in
:mod:`kit.ingest` decode files (:mod:`~kit.ingest.text`), read front matter
(:mod:`~kit.ingest.frontmatter`) and HTML pages (:mod:`~kit.ingest.html_page`),
and separate the story from its clutter (:mod:`~kit.ingest.clutter`), keeping
what was removed in the metadata, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.errors import KitError
from kit.ingest.clutter import clean_text
from kit.ingest.dates import find_date
from kit.ingest.frontmatter import split_front_matter
from kit.ingest.html_page import PageParser
from kit.ingest.text import decode_bytes, normalize_text, paragraphs

__all__ = [
    "HTML_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "TEXT_SUFFIXES",
    "UNSUPPORTED_SUFFIXES",
    "Article",
    "clean_text",
    "decode_bytes",
    "find_date",
    "normalize_text",
]

#: Files larger than this are refused before they are read (a saved page with
#: scripts is rarely over a few megabytes; the body limit is kit.annotated.MAX_CHARS).
MAX_FILE_BYTES = 20_000_000
#: Pasted or decoded text longer than this is refused before it is cleaned (the body,
#: once cleaned, must also fit in kit.annotated.MAX_CHARS).
MAX_TEXT_CHARS = 1_000_000
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
UNSUPPORTED_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages"}


@dataclass
class Article:
    """An article's body text (every offset refers to it) and its metadata."""

    body: str
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """From text pasted from a web page: the story, with its clutter in ``meta``.

        Keyword arguments are metadata that win over what is found in the text
        (a given ``headline`` is also removed from the text if it appears there).
        """
        _check_length(text)
        body, found = clean_text(text, headline=meta.get("headline"))
        found.update(meta)
        return cls(body=body, meta=found)

    @classmethod
    def from_markdown(cls, text: str, **meta: Any) -> Article:
        """From the ``data/`` format: YAML front matter between ``---`` lines, then the body.

        The body is taken as already clean; only whitespace is normalised. A
        leading ``# Heading`` becomes the headline, later ``#`` headings subheads.
        """
        _check_length(text)
        unified = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        front, rest = split_front_matter(unified)
        rest = normalize_text(rest)
        lines = rest.split("\n")
        subheads: list[str] = []
        kept: list[str] = []
        for line in lines:
            heading = re.match(r"#{1,6}\s+(.+?)\s*#*$", line.strip())
            if heading:
                if "headline" not in front and not any(k.strip() for k in kept):
                    front["headline"] = heading.group(1)
                else:
                    subheads.append(heading.group(1))
                kept.append("")
            else:
                kept.append(line)
        found: dict[str, Any] = {"subheads": subheads, "captions": []}
        found.update(front)
        found.update(meta)
        return cls(body=paragraphs("\n".join(kept)), meta=found)

    @classmethod
    def from_html(cls, html: str, **meta: Any) -> Article:
        """From a saved HTML page, with the standard library's ``html.parser`` only.

        Scripts, styles, navigation, headers, footers, asides and figures are
        dropped; the rest of the page's text is cleaned like pasted text.
        """
        parser = PageParser()
        try:
            parser.feed(html)
            parser.close()
        except (AssertionError, ValueError) as err:  # malformed markup
            raise KitError(f"could not read the HTML page: {err}") from err
        found = parser.page_meta()
        found.update(meta)
        article = cls.from_text(parser.text(), **found)
        captions = parser.captions + article.meta.get("captions", [])
        article.meta["captions"] = captions
        return article

    @classmethod
    def from_path(cls, path: str | Path) -> Article:
        """From a file: ``.txt`` (pasted text), ``.md``/``.markdown``, ``.html``/``.htm``."""
        p = Path(path)
        if p.is_dir():
            raise KitError(f"{p} is a directory, not an article file")
        if not p.is_file():
            raise KitError(f"no such file: {p}")
        try:
            size = p.stat().st_size
            if size > MAX_FILE_BYTES:
                raise KitError(
                    f"{p} is {size:,} bytes; the kit reads files of at most "
                    f"{MAX_FILE_BYTES:,} bytes. Split the article into parts."
                )
            data = p.read_bytes()
        except OSError as err:
            raise KitError(f"could not read {p}: {err.strerror or err}") from err
        article = cls.from_bytes(data, str(p))
        article.meta.setdefault("path", str(p))
        return article

    @classmethod
    def from_bytes(cls, data: bytes, name: str) -> Article:
        """From a file's bytes (an upload, say); ``name``'s suffix picks the format."""
        suffix = Path(name).suffix.lower()
        if suffix in UNSUPPORTED_SUFFIXES:
            raise KitError(
                f"{name}: {suffix} files are not supported; copy the article's text "
                "into a .txt file, or save the web page as .html"
            )
        if len(data) > MAX_FILE_BYTES:
            raise KitError(
                f"{name} is {len(data):,} bytes; the kit reads files of at most "
                f"{MAX_FILE_BYTES:,} bytes. Split the article into parts."
            )
        text = decode_bytes(data, name=name, html=suffix in HTML_SUFFIXES)
        if not text.strip():
            raise KitError(f"{name} is empty: there is no article text in it")
        if suffix in MARKDOWN_SUFFIXES:
            return cls.from_markdown(text)
        if suffix in HTML_SUFFIXES:
            return cls.from_html(text)
        return cls.from_text(text)

    @classmethod
    def load(cls, source: Article | str | Path) -> Article:
        """An Article from an Article, a path, or pasted text.

        A ``str`` with no newline that names an existing file is a path; any
        other ``str`` is pasted text.
        """
        if isinstance(source, Article):
            return source
        if isinstance(source, Path):
            return cls.from_path(source)
        if not isinstance(source, str):
            raise KitError(
                f"cannot read an article from a {type(source).__name__}; "
                "give text, a file path or an Article"
            )
        if "\n" not in source and len(source) < 4096:
            candidate = source.strip()
            try:
                exists = Path(candidate).exists() if candidate else False
            except (OSError, ValueError):
                exists = False
            if exists:
                return cls.from_path(candidate)
            known = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES) - {""}
            if " " not in candidate and Path(candidate).suffix.lower() in known:
                raise KitError(f"no such file: {candidate}")
        return cls.from_text(source)


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise KitError(
            f"the text is {len(text):,} characters; the kit reads at most {MAX_TEXT_CHARS:,} "
            "at a time. Split the article into parts."
        )
