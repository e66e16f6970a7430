"""Clutter removal: separate a pasted story from what surrounds it.

Text pasted from a news site carries clutter around the story: section
kickers, the headline, datelines, bylines, photo captions and credits,
subheads, tag lines and trailing credits or related links. :func:`clean_text`
separates the story from that clutter with general layout heuristics (never
rules about one site or one article) and keeps what it removed in the
metadata, so nothing is lost.
"""

from __future__ import annotations

import re
from typing import Any

from kit.ingest.dates import DATE_PREFIX, TIME, TZ, UPDATED, WEEKDAY, find_date
from kit.ingest.text import normalize_text

# -- line classes ---------------------------------------------------------------

# a sentence end, perhaps followed by a short credit in brackets ("... many." (Mayor X, 18 May))
_SENTENCE_END = re.compile(
    r"[.!?\u2026\u3002\uff01\uff1f]['\"\u2019\u201d)\]]*(?:\s+\([^()]{1,80}\))?$"
)
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
#: a letter's greeting at the start of a paragraph ("Sir, ...", "Dear Editor,", "Madam -")
_GREETING = re.compile(
    r"^(?:sir|madam|sir\s+or\s+madam|dear\s+(?:sir|madam|editor|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2}))"
    r"\s*[,:\u2013\u2014-]",
    re.I,
)
#: a letter's sign-off: a name (perhaps after a title), a comma, then a place or a role
_SIGNOFF = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Cllr|Sir|Dame|Lord|Lady)\.?\s+)?"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}\s*,\s*[A-Z\w].*$"
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
            rest = TZ.sub(" ", TIME.sub(" ", DATE_PREFIX.sub("", part)))
            if _words(rest) and not re.fullmatch(r"\W*", rest):
                return None
            continue
        iso, m = hit
        rest = part[: m.start()] + " " + part[m.end() :]
        rest = WEEKDAY.sub(" ", TZ.sub(" ", TIME.sub(" ", rest)))
        if byline and byline.start("name") < m.start():
            found["byline"] = part[byline.start("name") : m.start()].strip(" ,;:-|")
            rest = ""
        rest = DATE_PREFIX.sub("", rest.strip(" ,;:-|"))
        if _words(rest):
            return None
        key = "updated" if UPDATED.search(part) else "published"
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


def _is_signoff(line: str) -> bool:
    """A letter writer's sign-off ("Dr Jane Roe, Upper Town"; "Ann Lee, nurse, Leeds")."""
    return bool(_SIGNOFF.match(line)) and len(_words(line)) <= 10 and not _ends_sentence(line)


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
    # On a letters page (a paragraph opens with "Sir," or "Dear ..."), a sign-off after a
    # letter names its writer: it is part of the letter, not a subhead or a trailer.
    letters = any(kinds[i] is None and _GREETING.match(lines[i]) for i in range(start, len(lines)))
    signoffs = {
        i
        for i in range(start + 1, len(lines))
        if letters and kinds[i] is None and _is_signoff(lines[i]) and _is_prose(lines[i - 1])
    }
    ends = [
        i
        for i in range(start, len(lines))
        if kinds[i] is None and (_ends_sentence(lines[i]) or i in signoffs)
    ]
    last = ends[-1] if ends else -1
    for i in range(start, len(lines)):
        if kinds[i] is not None or i in signoffs:
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
            # a byline or dateline follows a headline, not a section label
            short_label = (
                len(_words(line)) <= 3
                and not _ends_sentence(line)
                and longer_title
                and not nxt_is_header
            )
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
