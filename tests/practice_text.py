"""The practice text a word list's writer could read, for the tests that check a list
was not built from the articles (at least half of an open class's words appear
nowhere in it): every article and key in ``data/`` except the held-out set and the
blind rounds scored after the list was written, whose articles its writer never saw.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kit.lexicon import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data"


def round_stems(name: str) -> set[str]:
    """The article stems a blind round's notes list (``data/rounds/<name>.md``)."""
    notes = (DATA / "rounds" / f"{name}.md").read_text(encoding="utf-8")
    return set(re.findall(r"`([a-z0-9_]+)\.md`", notes))


def _join_order(name: str) -> tuple[int, int]:
    """Where a lettered round stands in the order rounds joined the practice data:
    roundZ, then the practice rounds written beside the next blind round (roundZ1,
    roundZ2), then roundAA, roundAB, ... (letters counted like spreadsheet columns)."""
    letters, digits = re.fullmatch(r"round([A-Z]+)(\d*)", name).groups()
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - ord("A") + 1
    return column, int(digits or 0)


def rounds_since(first: str) -> tuple[str, ...]:
    """The lettered rounds from ``first`` on (``roundN`` -> roundN, roundO, ...), in the
    order they joined the practice data: every round a list written before ``first``
    joined could not have read, including rounds that join in future."""
    names = [
        f.stem for f in (DATA / "rounds").glob("round*.md")
        if re.fullmatch(r"round[A-Z]+\d*", f.stem)
    ]
    start = _join_order(first)
    return tuple(sorted((n for n in names if _join_order(n) >= start), key=_join_order))


@cache
def practice_text(later_rounds: tuple[str, ...] = ()) -> str:
    """Lower-cased text of the practice articles and keys, without ``later_rounds``."""
    stems = [round_stems(r) for r in later_rounds]
    assert all(stems), f"a round in {later_rounds} lists no articles"
    unseen = set().union(*stems, later_rounds)  # its articles, keys and own notes
    files = [
        f
        for d in DATA.iterdir()
        if d.name != "heldout"  # never the held-out set
        for f in ([d] if d.is_file() else d.rglob("*"))
        if f.is_file() and f.suffix in (".md", ".yaml") and f.stem not in unseen
    ]
    return " ".join(f.read_text(encoding="utf-8", errors="ignore").lower() for f in files)


def seen_in(corpus: str, phrase: str) -> bool:
    """The phrase stands in ``corpus`` as whole words: no letter a-z just before or just
    after it. (``str.find`` over the occurrences, overlapping ones included, then a look at
    the two neighbours: the same answer as the regex ``(?<![a-z])phrase(?![a-z])``, which
    cannot jump to a literal because it opens on a lookbehind and took 45 ms a word on the
    practice text.)"""
    if not phrase:
        return re.search(r"(?<![a-z])(?![a-z])", corpus) is not None
    end = len(phrase)
    at = corpus.find(phrase)
    while at != -1:
        before = corpus[at - 1] if at else ""
        after = corpus[at + end : at + end + 1]
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            return True
        at = corpus.find(phrase, at + 1)
    return False


def crowded_classes(
    lexicon: Path, skip: tuple[str, ...] = (), later_rounds: tuple[str, ...] = ()
) -> list[str]:
    """The open classes of a word-class lexicon (not in its ``closed_classes`` nor in
    ``skip``) more than half of whose words (a phrase by its first word) stand in the
    practice text its writer could read (without ``later_rounds``): a list built from
    the articles rather than from English."""
    data = load_yaml(lexicon.read_text(encoding="utf-8"))
    corpus = practice_text(later_rounds)
    crowded = []
    for cls, entries in data.items():
        if not isinstance(entries, dict) or cls in data["closed_classes"] or cls in skip:
            continue
        words = [str(w) for items in entries.values() for w in items]
        if sum(seen_in(corpus, w) for w in words) > len(words) / 2:
            crowded.append(cls)
    return crowded
