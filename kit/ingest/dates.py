"""Calendar dates in free text, and the other parts of a dateline (times, zones, weekdays)."""

from __future__ import annotations

import re
from datetime import date

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
TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)", re.I
)
TZ = re.compile(
    r"\b(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|"
    r"HKT|SGT|AEST|AEDT|BJT)\b"
)
WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?", re.I
)
DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|released|created)"
    r"(?:\s+(?:on|at))?|date|on)\b\s*:?\s*",
    re.I,
)
UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)


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
