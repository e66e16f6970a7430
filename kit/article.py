"""Ingestion: turn pasted text, a front-matter Markdown file or a saved HTML
page into an :class:`Article` (clean body text plus metadata).

Text pasted from a news site carries clutter around the story: section
kickers, the headline, datelines, bylines, photo captions and credits,
subheads, tag lines and trailing credits or related links. :func:`clean_text`
separates the story from that clutter with general layout heuristics (never
rules about one site or one article) and keeps what it removed in the
metadata, so nothing is lost.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kit.errors import KitError

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
        front, rest = _split_front_matter(unified)
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
        return cls(body=_paragraphs("\n".join(kept)), meta=found)

    @classmethod
    def from_html(cls, html: str, **meta: Any) -> Article:
        """From a saved HTML page, with the standard library's ``html.parser`` only.

        Scripts, styles, navigation, headers, footers, asides and figures are
        dropped; the rest of the page's text is cleaned like pasted text.
        """
        parser = _PageParser()
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


# -- decoding -------------------------------------------------------------------

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b") + b"\x7f"


def decode_bytes(data: bytes, name: str = "the file", html: bool = False) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    For an HTML page (``html=True``) the charset its ``<meta>`` tag declares is
    tried before cp1252.

    Binary data and text in an encoding the kit cannot recognise raise
    :class:`KitError` with a message that says what to do.
    """
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as err:
        raise KitError(
            f"{name} starts with a Unicode byte-order mark but is not valid Unicode text "
            f"({err.reason} at byte {err.start}); save it again as UTF-8"
        ) from err
    if _looks_binary(data):
        raise KitError(
            f"{name} looks like a binary file, not text; give the article as .txt, .md or .html"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise KitError(
            f"could not decode {name}: it is neither UTF-8 nor Windows-1252 text; "
            "save it again as UTF-8"
        ) from err
    # Text in another 8-bit or multi-byte encoding also "decodes" as cp1252,
    # into mojibake; real cp1252 text is mostly ASCII with a few accents.
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii > 0.1 * max(1, len(text)):
        raise KitError(
            f"could not decode {name}: it is not UTF-8 and does not look like "
            "Windows-1252 text either; save it again as UTF-8"
        )
    return text


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control bytes in the first 8 KB."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > 0.05 * len(sample)


# -- normalising ----------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """Unify line breaks and spaces, drop zero-width characters, strip every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = text.translate(_ZERO_WIDTH)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def _paragraphs(text: str) -> str:
    """Paragraphs separated by exactly one blank line; lines inside one are joined."""
    blocks = re.split(r"\n\s*\n", normalize_text(text))
    paras = (" ".join(line for line in block.split("\n") if line) for block in blocks)
    return "\n\n".join(p for p in paras if p)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
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
    if not isinstance(front, dict):
        raise KitError("the front matter must be a YAML mapping of field: value lines")
    return {str(k): _plain(v) for k, v in front.items()}, match.group(2) or ""


def _plain(value: Any) -> Any:
    """YAML values as plain JSON-able data (dates become ISO strings)."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


# -- dates ----------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_DATE_RES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<mnum>\d\d)/(?P<day>\d\d)\b"),
]
_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)", re.I
)
_TZ = re.compile(
    r"\b(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|"
    r"HKT|SGT|AEST|AEDT|BJT)\b"
)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?", re.I
)
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|released|created)"
    r"(?:\s+(?:on|at))?|date|on)\b\s*:?\s*",
    re.I,
)
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first calendar date in ``text`` as ``YYYY-MM-DD``, with its match."""
    best: tuple[str, re.Match[str]] | None = None
    for rx in _DATE_RES:
        m = rx.search(text)
        if not m:
            continue
        month = _MONTHS[m.group("mon").lower()] if "mon" in m.groupdict() else int(m["mnum"])
        try:
            iso = date(int(m["year"]), month, int(m["day"])).isoformat()
        except ValueError:
            continue
        if best is None or m.start() < best[1].start():
            best = (iso, m)
    return best


# -- line classes ---------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f]['\"\u2019\u201d)\]]*$")
_CAPTION = re.compile(
    r"(?:^|[\s(\[])(?:photo(?:graph)?s?|images?|pictures?|credits?|photo\s+credit|"
    r"illustration|video)\s*:\s*\S"
    r"|\((?:[A-Z]{2,}\s+)?(?:photo(?:graph)?s?|images?|pictures?)\s*(?:by|/|:)[^)]*\)\s*$"
    r"|\b(?:getty\s+images|shutterstock|istock(?:photo)?)\W*$"
    r"|\b[A-Z]{2,}\s+Photo\s*/",
    re.I,
)
#: an agency credit closing a caption: "... on May 2, 2023. REUTERS/Jane Doe"
_AGENCY_CREDIT = re.compile(r"(?:^|[.)]\s+)[A-Z]{2,}/[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\W*$")
_CREDIT = re.compile(
    r"^(?:additional\s+|further\s+)?(?:reporting|writing|editing|edited|compiled|produced|"
    r"research|written|translated|fact-checked)\s+by\b"
    r"|^(?:copyright\b|\u00a9|\(c\)\s*(?:19|20)\d\d)"
    r"|^all\s+rights\s+reserved\b",
    re.I,
)
_LINKS = re.compile(
    r"^(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more|more\s+from\s+.{1,40}|"
    r"recommended|most\s+read|trending|watch|listen|tags?|topics?|follow\s+us)"
    r"(?:\s*[:\u2013\u2014]|\s+-\s)"
    r"|^(?:related(?:\s+(?:stories|articles|coverage|content|links|news))?|more\s+stories|"
    r"read\s+more|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"trending(?:\s+now)?)\s*$",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^(?:advertisement|sponsored(?:\s+content)?|share(?:\s+this(?:\s+(?:article|story))?)?|"
    r"tweet|email|print|comments?|show\s+comments|listen\s+to\s+(?:this|the)\s+article.*|"
    r"(?:story\s+)?continues\s+below.*|scroll\s+(?:down\s+)?to\s+continue.*|"
    r"continue\s+reading.*|sign\s+up\b.*|subscribe\b.*|click\s+here\b.*|"
    r"follow\s+(?:us|\w+)\s+on\s+.*|\d+\s+min(?:ute)?s?\s+read|"
    r"(?:(?:published|updated|posted)\s+)?(?:an?|\d+)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written\s+by|words\s+by|story\s+by)\s+(?P<name>[^\s].*)$", re.I)
_ROLE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s*[,|\u2013\u2014-]\s*"
    r"(?P<role>(?:[\w-]+\s+){0,2}(?:reporter|writer|correspondent|editor|columnist|contributor|"
    r"journalist))\b.*$",
    re.I,
)
_KICKER_SEP = re.compile(r"\s+[/|>\u203a\u00bb\u2022\u00b7]\s+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def _is_prose(line: str) -> bool:
    """A sentence-like line: ends like a sentence and has several words."""
    return _ends_sentence(line) and len(_words(line)) >= 5


def _is_caption(line: str) -> bool:
    """A photo caption or credit line ("Photo: ...", "(Photo by X/Agency)", "REUTERS/X")."""
    hit = _CAPTION.search(line) or _AGENCY_CREDIT.search(line)
    return bool(hit) and not line.lower().startswith(("by ", "reporting by"))


def _dateline(line: str) -> dict[str, str] | None:
    """``published``/``updated``/``byline`` found in a dateline, or None."""
    if len(_words(line)) > 16:
        return None
    parts = [p for p in re.split(r"\s+[|\u2022\u00b7]\s+|\s+[\u2013\u2014]\s+", line) if p]
    found: dict[str, str] = {}
    dated = False
    for part in parts:
        hit = find_date(part)
        byline = _BYLINE.match(part)
        if hit is None:
            if byline and len(_words(part)) <= 8 and not _ends_sentence(part):
                found["byline"] = byline.group("name").strip(" ,")
                continue
            rest = _TZ.sub(" ", _TIME.sub(" ", _DATE_PREFIX.sub("", part)))
            if _words(rest) and not re.fullmatch(r"\W*", rest):
                return None
            continue
        iso, m = hit
        rest = part[: m.start()] + " " + part[m.end() :]
        rest = _WEEKDAY.sub(" ", _TZ.sub(" ", _TIME.sub(" ", rest)))
        if byline and byline.start("name") < m.start():
            found["byline"] = part[byline.start("name") : m.start()].strip(" ,;:-|")
            rest = ""
        rest = _DATE_PREFIX.sub("", rest.strip(" ,;:-|"))
        if _words(rest):
            return None
        key = "updated" if _UPDATED.search(part) else "published"
        found.setdefault(key, iso)
        dated = True
    return found if dated else None


def _byline(line: str) -> str | None:
    """The author's name in a byline ("By Jane Doe", "Jane Doe, Staff Reporter"), or None."""
    if len(_words(line)) > 12 or _ends_sentence(line) and not line.endswith("."):
        return None
    m = _BYLINE.match(line)
    if m and not _is_prose(line):
        return re.sub(r"\s*[|,]\s*$", "", m.group("name").strip())
    m = _ROLE_BYLINE.match(line)
    if m and len(_words(line)) <= 8 and not _ends_sentence(line):
        return m.group("name")
    return None


def _is_kicker(line: str) -> bool:
    """A section label: ALL CAPS or parts joined by ``/``, ``|``, ``>``; short."""
    if _ends_sentence(line) or len(_words(line)) > 6:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    parts = _KICKER_SEP.split(line)
    return len(parts) > 1 and all(0 < len(_words(p)) <= 3 for p in parts)


def _is_title_like(line: str) -> bool:
    """A short line that does not end like a sentence or a lead-in (subhead, tag, link)."""
    if not line or len(line) > 90 or len(_words(line)) > 12 or not _words(line):
        return False
    if re.search(r"[.!?:;,\u2026\-\u2013\u2014]['\"\u2019\u201d)\]]*$", line):
        return False
    first = line.lstrip("'\"\u2018\u201c([")[:1]
    return first.isupper() or first.isdigit()


# -- cleaning -------------------------------------------------------------------


def clean_text(text: str, headline: str | None = None) -> tuple[str, dict[str, Any]]:
    """Split pasted article text into its story body and metadata.

    Returns ``(body, meta)``. ``meta`` holds what was found (``headline``,
    ``published``, ``updated``, ``byline``, ``section``, ``tags``,
    ``standfirst``) and what was removed (``subheads``, ``captions``, and
    ``removed``: every other dropped line with its kind).
    """
    lines = _units(normalize_text(text))
    meta: dict[str, Any] = {"subheads": [], "captions": []}
    kinds: list[str | None] = [None] * len(lines)

    def drop(i: int, kind: str) -> None:
        kinds[i] = kind

    # 1. Lines that are clutter wherever they stand.
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if headline and line == normalize_text(headline).strip() and i < 10:
            kinds[i] = "headline"
        elif i and line == lines[i - 1]:
            drop(i, "duplicate")
        elif (
            nxt.startswith(line)
            and len(nxt) > len(line)
            and not _ends_sentence(line)
            and (_is_caption(nxt) or len(_words(line)) >= 3)
        ):
            drop(i, "caption_fragment" if _is_caption(nxt) else "fragment")
        elif _is_caption(line):
            drop(i, "caption")
        elif _CREDIT.search(line):
            drop(i, "credit")
        elif _BOILERPLATE.match(line) and len(_words(line)) <= 14:
            drop(i, "boilerplate")
        elif _LINKS.search(line):
            drop(i, "links")
            # a bare "Related:" heading is followed by headline-like link lines
            j = i + 1
            bare = not _words(_LINKS.sub("", line))
            while (
                bare and j < len(lines) and _is_title_like(lines[j]) and not _LINKS.search(lines[j])
            ):
                kinds[j] = "links"
                j += 1

    # 2. The header: lines before the first paragraph of the story.
    start = _header(lines, kinds, meta, has_headline=headline is not None)

    # 3. The body: subheads between paragraphs; non-prose lines after the last one.
    ends = [i for i in range(start, len(lines)) if kinds[i] is None and _ends_sentence(lines[i])]
    last = ends[-1] if ends else -1
    for i in range(start, len(lines)):
        if kinds[i] is not None:
            continue
        line = lines[i]
        if i > last:
            drop(i, "trailer")
        elif (dated := _dateline(line)) and not _is_prose(line):
            drop(i, "dateline")
            for key, value in dated.items():
                meta.setdefault(key, value)
        elif _is_title_like(line) and len(_words(line)) <= 10:
            drop(i, "subhead")

    if "published" not in meta and "updated" in meta:
        meta["published"] = meta["updated"]  # the only date the page gives
    body_lines = [line for line, kind in zip(lines, kinds, strict=True) if kind is None]
    if not body_lines:
        # Nothing looked like a story (a one-line snippet, say): keep the text as it is.
        kept = [x for x, k in zip(lines, kinds, strict=True) if k != "headline" or not headline]
        return "\n\n".join(kept), {"subheads": [], "captions": []}
    meta["subheads"] = [x for x, k in zip(lines, kinds, strict=True) if k == "subhead"]
    meta["captions"] = [x for x, k in zip(lines, kinds, strict=True) if k == "caption"]
    removed = [
        {"kind": k, "text": x}
        for x, k in zip(lines, kinds, strict=True)
        if k not in (None, "subhead", "caption", "headline", "standfirst")
    ]
    if removed:
        meta["removed"] = removed
    return "\n\n".join(body_lines), meta


def _header(
    lines: list[str],
    kinds: list[str | None],
    meta: dict[str, Any],
    has_headline: bool,
) -> int:
    """Classify the lines before the story starts; return the story's first line."""
    tags: list[str] = []
    candidates = [i for i, k in enumerate(kinds) if k is None]
    headline_done = has_headline
    for n, i in enumerate(candidates):
        line = lines[i]
        dated = _dateline(line)
        if dated and not _is_prose(line):
            kinds[i] = "dateline"
            for key, value in dated.items():
                meta.setdefault(key, value)
            continue
        byline = _byline(line)
        if byline:
            kinds[i] = "byline"
            meta.setdefault("byline", byline)
            continue
        nxt = lines[candidates[n + 1]] if n + 1 < len(candidates) else ""
        # a headline may end like a sentence ("Is the bridge safe?") when a
        # dateline or byline follows it
        nxt_is_header = bool(nxt) and bool(_dateline(nxt) or _byline(nxt))
        if _is_prose(line) and (not nxt_is_header or n > 3):
            return i
        if not headline_done:
            later_title = any(
                not _is_kicker(lines[j]) and not _dateline(lines[j]) and not _byline(lines[j])
                for j in candidates[n + 1 : n + 4]
            )
            longer_title = any(
                _is_title_like(lines[j]) and len(_words(lines[j])) > len(_words(line)) + 2
                for j in candidates[n + 1 : n + 3]
            )
            short_label = len(_words(line)) <= 3 and not _ends_sentence(line) and longer_title
            if (_is_kicker(line) or short_label) and later_title:
                kinds[i] = "section"
                meta.setdefault("section", line)
            else:
                kinds[i] = "headline"
                meta["headline"] = line
                headline_done = True
            continue
        if _is_kicker(line) or len(_words(line)) <= 5 and not _ends_sentence(line):
            kinds[i] = "tag"
            if line not in tags:
                tags.append(line)
        else:
            kinds[i] = "standfirst"
            meta.setdefault("standfirst", line)
        if tags:
            meta["tags"] = tags
    return len(lines)


def _units(text: str) -> list[str]:
    """The text's paragraphs, one per line.

    Web pastes put each paragraph on one line. Hard-wrapped text (paragraphs
    of several full-width lines with blank lines between them) is re-joined.
    """
    blocks = [b.split("\n") for b in re.split(r"\n{2,}", text)]
    lines = [line for block in blocks for line in block if line]
    widths = sorted(len(line) for line in lines)
    if not widths:
        return []
    wrapped = sum(
        1
        for block in blocks
        for a, b in zip(block, block[1:], strict=False)
        if len(a) >= 40 and b[:1].islower()
    )
    if wrapped < 2 or widths[-1] > 120:
        return lines
    width = widths[int(0.9 * (len(widths) - 1))]
    out: list[str] = []
    for block in blocks:
        joinable = False
        for line in (x for x in block if x):
            if joinable and not _is_caption(line) and not _byline(line) and not _dateline(line):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
            # a full-width line was wrapped: the next line in the block continues it
            joinable = len(line) >= 0.6 * width and not _CREDIT.search(line)
    return out


# -- HTML -----------------------------------------------------------------------

_SKIP_TAGS = {
    "script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "noscript",
    "template", "svg", "form", "button", "iframe", "select", "head", "menu", "dialog",
}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "br", "li", "ul", "ol", "blockquote", "h1", "h2",
    "h3", "h4", "h5", "h6", "tr", "table", "pre", "hr", "dd", "dt", "dl", "address", "time",
}  # fmt: skip
_BR = "\x00br\x00"
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col"}


class _PageParser(HTMLParser):
    """Collect a page's text lines (inside ``<article>`` if there is one) and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.metas: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.times: list[str] = []
        self.captions: list[str] = []
        self._stack: list[str] = []
        self._skip = 0
        self._chunks: list[str] = []
        self._article_chunks: list[str] = []
        self._in_article = 0
        self._caption = ""
        self._in_caption = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.metas.setdefault(key, a["content"].strip())
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.metas.setdefault("canonical", a["href"])
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag in _VOID_TAGS:
            if tag == "br":
                self._append(_BR)
            elif tag in _BLOCK_TAGS:
                self._newline()
            return
        self._stack.append(tag)
        if tag == "figcaption":
            self._in_caption += 1
        if tag in _SKIP_TAGS or "hidden" in a or a.get("aria-hidden") == "true":
            self._skip += 1
            self._stack[-1] = tag + "!"
        if tag == "article":
            self._in_article += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or tag not in self._stack and tag + "!" not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            name = top.rstrip("!")
            if top.endswith("!"):
                self._skip -= 1
            if name == "figcaption":
                self._in_caption -= 1
                if not self._in_caption and self._caption.strip():
                    self.captions.append(" ".join(self._caption.split()))
                    self._caption = ""
            if name == "article":
                self._in_article -= 1
            if name == "title":
                self._in_title = False
            if name == "h1":
                self._in_h1 = False
            if name in _BLOCK_TAGS:
                self._newline()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption += data
        if self._in_title:
            self.title += data
        if self._skip:
            return
        if self._in_h1:
            self.h1 += data
            self._newline()  # the headline is metadata, not body text
            return
        self._append(data)

    def _append(self, chunk: str) -> None:
        self._chunks.append(chunk)
        if self._in_article:
            self._article_chunks.append(chunk)

    def _newline(self) -> None:
        self._append("\n")

    def text(self) -> str:
        """The page's text, one block element per line."""
        chunks = self._article_chunks if "".join(self._article_chunks).strip() else self._chunks
        # <br><br> separates paragraphs; a single <br> is a line break inside one
        text = re.sub(rf"{_BR}(?:\s*{_BR})+", "\n", "".join(chunks)).replace(_BR, " ")
        lines = (" ".join(line.split()) for line in text.split("\n"))
        return "\n\n".join(line for line in lines if line)

    def page_meta(self) -> dict[str, Any]:
        """Headline, date, byline, outlet, section and URL from the page's tags."""
        m = self.metas
        out: dict[str, Any] = {}
        title = " ".join(self.title.split())
        headline = m.get("og:title") or " ".join(self.h1.split()) or m.get("twitter:title")
        if not headline and title:
            parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
            headline = max(parts, key=len)
        if headline:
            out["headline"] = headline
        for raw in [
            m.get("article:published_time"),
            m.get("datepublished"),
            m.get("date"),
            m.get("pubdate"),
            *self.times,
        ]:
            hit = find_date(raw) if raw else None
            if hit:
                out["published"] = hit[0]
                break
        modified = m.get("article:modified_time") or m.get("datemodified")
        hit = find_date(modified) if modified else None
        if hit:
            out["updated"] = hit[0]
        author = m.get("author") or m.get("article:author") or m.get("byl")
        if author and not author.startswith("http"):
            out["byline"] = re.sub(r"^by\s+", "", author, flags=re.I)
        if m.get("og:site_name"):
            out["outlet"] = m["og:site_name"]
        if m.get("article:section"):
            out["section"] = m["article:section"]
        url = m.get("og:url") or m.get("canonical")
        if url and url.startswith(("http://", "https://")):
            out["source_url"] = url
        return out
