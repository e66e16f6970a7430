"""How far two answer keys of one article agree (``python -m kit agree FIRST SECOND``).

The second key is scored against the first exactly as ``kit evaluate`` scores the
kit against a key (:mod:`kit.evaluate`): its items are turned into marks and matched
with the same functions. Attributions pair up when their cues overlap, then agree on
the speaker when the canonical sources are the same (:func:`kit.evaluate.same_source`)
and on the kind; sources pair up by canonical name and agree on the type; hedges,
boosters and loaded items pair up when their spans overlap and agree on the label.
An item of one key that no item of the other matches is ignored when it falls on the
other key's ``acceptable`` spans, both ways (evaluate ignores a mark on the key's
acceptable spans). An item one key requires and the other lists as a trap is a hard
disagreement.

The figure reported is pairwise F1, ``2 * both / (first + second)``: it is symmetric
(swap the two keys and it stays; the share of each key the other found, ``R`` and
``P`` in the table, swap).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle, Annotation, Part, Source
from kit.errors import KitError
from kit.evaluate import (
    SECTIONS,
    Key,
    KeyAttribution,
    KeySpan,
    Score,
    accepted_only,
    load_key,
    read_key,
    score_category,
    score_sources,
    snippet,
    trap_hits,
)

#: The categories compared, in the order they are printed
CATEGORIES = (*SECTIONS.values(), "source")


@dataclass
class Agreement:
    """Two keys' agreement on one category: the items both have, and each one's own."""

    category: str
    both: int = 0
    #: the first key's items the second has not (those on its acceptable spans left out)
    only_first: list[KeySpan] = field(default_factory=list)
    #: the second key's items the first has not (as marks; sources as source rows)
    only_second: list[Annotation | Source] = field(default_factory=list)
    #: unmatched items of one key that fall on the other key's acceptable spans (ignored)
    first_on_acceptable: int = 0
    second_on_acceptable: int = 0
    label_same: int = 0
    speaker_same: int = 0
    #: matched attributions whose speakers are one source in a form the first key gives
    #: (:func:`kit.evaluate.same_source_form`), the same ones included
    speaker_same_source: int = 0
    #: matched items whose label (kind for attributions, type for sources) differs
    label_differs: list[tuple[KeySpan | KeyAttribution, Annotation | Source]] = field(
        default_factory=list
    )
    #: matched attributions whose canonical sources differ (first's item, second's mark)
    speaker_differs: list[tuple[KeyAttribution, Annotation]] = field(default_factory=list)

    @property
    def first(self) -> int:
        """The first key's items counted (found by the second or not)."""
        return self.both + len(self.only_first)

    @property
    def second(self) -> int:
        """The second key's items counted."""
        return self.both + len(self.only_second)

    @property
    def f1(self) -> float:
        """Pairwise F1: twice the items both keys have over all items counted (symmetric)."""
        total = self.first + self.second
        return 2 * self.both / total if total else 1.0

    @property
    def recall(self) -> float:
        """Share of the first key's items that the second has."""
        return self.both / self.first if self.first else 1.0

    @property
    def precision(self) -> float:
        """Share of the second key's items that the first has."""
        return self.both / self.second if self.second else 1.0

    @property
    def label_agreement(self) -> float:
        return self.label_same / self.both if self.both else 1.0

    @property
    def speaker_agreement(self) -> float:
        """Attributions only: share of matched items with the same canonical source."""
        return self.speaker_same / self.both if self.both else 1.0

    @property
    def speaker_same_source_agreement(self) -> float:
        """Attributions only: share of matched items naming one source, in any form the
        first key gives for it (the second figure ``kit evaluate`` prints)."""
        return self.speaker_same_source / self.both if self.both else 1.0

    @property
    def empty(self) -> bool:
        return not (
            self.first or self.second or self.first_on_acceptable or self.second_on_acceptable
        )

    def add(self, other: Agreement) -> None:
        """Pool ``other``'s counts and items into this one."""
        self.both += other.both
        self.only_first += other.only_first
        self.only_second += other.only_second
        self.first_on_acceptable += other.first_on_acceptable
        self.second_on_acceptable += other.second_on_acceptable
        self.label_same += other.label_same
        self.speaker_same += other.speaker_same
        self.speaker_same_source += other.speaker_same_source
        self.label_differs += other.label_differs
        self.speaker_differs += other.speaker_differs

    def row(self) -> dict[str, Any]:
        row = {
            "category": self.category,
            "first": self.first,
            "second": self.second,
            "both": self.both,
            "only_first": len(self.only_first),
            "only_second": len(self.only_second),
            "first_on_second_acceptable": self.first_on_acceptable,
            "second_on_first_acceptable": self.second_on_acceptable,
            "first_found_by_second": round(self.recall, 3),
            "second_found_by_first": round(self.precision, 3),
            "f1": round(self.f1, 3),
            "label_agreement": round(self.label_agreement, 3),
        }
        if self.category == "attribution":
            row["speaker_agreement"] = round(self.speaker_agreement, 3)
            row["speaker_same_source_agreement"] = round(self.speaker_same_source_agreement, 3)
        return row


@dataclass
class Comparison:
    """Two keys of one article compared: per category, and the hard disagreements."""

    first: Key
    second: Key
    categories: dict[str, Agreement]
    #: the second key's items on the first key's traps, then the first's on the second's
    second_on_traps: list[Annotation] = field(default_factory=list)
    first_on_traps: list[Annotation] = field(default_factory=list)

    @property
    def hard(self) -> int:
        """Items one key requires where the other key lists a trap."""
        return len(self.second_on_traps) + len(self.first_on_traps)


def as_marks(key: Key) -> AnnotatedArticle:
    """A key's items as the kit's marks would be, so that evaluate can score them."""
    text = key.text
    marks = []
    for a in key.attributions:
        speaker = a.speaker or KeySpan(a.cue.start, a.cue.start, "")  # a key may omit it
        marks.append(
            Annotation(
                "attribution",
                a.kind,
                a.start,
                a.end,
                text[a.start : a.end],
                "",
                speaker=Part(speaker.text, speaker.start, speaker.end, a.canonical),
                cue=Part(a.cue.text, a.cue.start, a.cue.end),
                content=Part(a.content.text, a.content.start, a.content.end) if a.content else None,
            )
        )
    for category in SECTIONS.values():
        if category != "attribution":
            marks += [
                Annotation(category, s.label or "", s.start, s.end, s.text, "")
                for s in key.of(category)
            ]
    sources = [Source(str(row["canonical"]), str(row.get("type") or "")) for row in key.sources]
    return AnnotatedArticle(text=text, meta={}, annotations=marks, sources=sources)


def _agreement(score: Score, unmatched_ok: list[bool], second_count: int) -> Agreement:
    """An evaluate score of the second key against the first, read as an agreement;
    ``unmatched_ok`` says, for each of the first key's missed items, whether it falls on
    the second key's acceptable spans (and so is not counted)."""
    agreement = Agreement(score.category, both=score.tp)
    agreement.only_first = [m for m, ok in zip(score.missed, unmatched_ok, strict=True) if not ok]
    agreement.first_on_acceptable = sum(unmatched_ok)
    agreement.only_second = list(score.false_positives)
    agreement.second_on_acceptable = second_count - score.tp - score.fp
    agreement.label_same = score.label_right
    agreement.speaker_same = score.speaker_right
    agreement.speaker_same_source = score.speaker_same_source
    agreement.speaker_differs = list(score.wrong_speakers)
    for item, mark in score.pairs:
        wanted = item.kind if isinstance(item, KeyAttribution) else item.label
        got = mark.type if isinstance(mark, Source) else mark.label
        if wanted is not None and got != wanted:
            agreement.label_differs.append((item, mark))
    return agreement


def compare(first: Key, second: Key) -> Comparison:
    """Score ``second`` against ``first`` with evaluate's matching, both keys' acceptable
    spans honoured; ``second`` must be placed in ``first``'s text."""
    if first.text != second.text:
        raise KitError(f"{second.path}: not placed in the article text of {first.path}")
    marks_first, marks_second = as_marks(first), as_marks(second)
    categories = {}
    for category in SECTIONS.values():
        score = score_category(marks_second, first, category)
        accepted = second.acceptable.get(category, [])
        ok = [any(a.overlaps(m.start, m.end) for a in accepted) for m in score.missed]
        categories[category] = _agreement(score, ok, len(marks_second.of(category)))
    score = score_sources(marks_second, first)
    ok = [accepted_only(Source(m.text, m.label or ""), marks_first, second) for m in score.missed]
    categories["source"] = _agreement(score, ok, len(marks_second.sources))
    return Comparison(
        first,
        second,
        categories,
        second_on_traps=trap_hits(marks_second, first),
        first_on_traps=trap_hits(marks_first, second),
    )


def key_files(where: str | Path) -> list[Path]:
    """A key file, or every ``*.yaml`` key in a folder."""
    path = Path(where)
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    if path.is_file():
        return [path]
    raise KitError(f"{where}: no such key file or folder")


def by_stem(where: str | Path) -> dict[str, Path]:
    """A side's keys by their ``article:`` stem; two keys of one article on one side
    cannot be paired and are an error."""
    keys: dict[str, Path] = {}
    for path in key_files(where):
        stem = str(read_key(path).get("article") or path.stem)
        if stem in keys:
            raise KitError(f"{where}: two keys for article {stem!r}: {keys[stem]} and {path}")
        keys[stem] = path
    return keys


def pair(first: str | Path, second: str | Path) -> tuple[list[tuple[str, Path, Path]], dict]:
    """Pairs ``(stem, first key, second key)`` by article stem, and the stems each side
    has alone (``{"first": [...], "second": [...]}``). No pair at all is an error."""
    left, right = by_stem(first), by_stem(second)
    pairs = [(stem, left[stem], right[stem]) for stem in sorted(left) if stem in right]
    alone = {
        "first": sorted(set(left) - set(right)),
        "second": sorted(set(right) - set(left)),
    }
    if not pairs:
        raise KitError(
            f"no article has a key in both {first} ({len(left)} keys) and {second} "
            f"({len(right)} keys): keys pair up by their 'article:' stem"
        )
    return pairs, alone


def compare_files(first: str | Path, second: str | Path) -> Comparison:
    """Load the first key with its article, place the second in the same text, compare."""
    one = load_key(first)
    try:
        two = load_key(second, text=one.text)
    except KitError as err:
        raise KitError(
            f"second key {second} cannot be placed in the article of {first} ({one.article}): {err}"
        ) from err
    return compare(one, two)


def _line(name: str, a: Agreement) -> str:
    speaker = f"{a.speaker_agreement:7.2f}" if a.category == "attribution" else " " * 7
    return (
        f"{name[:34]:34} {a.category:12} {a.first:5d} {a.second:6d} {a.both:4d} "
        f"{a.precision:6.2f} {a.recall:6.2f} {a.f1:6.2f} {a.label_agreement:6.2f} {speaker}"
    )


def _loaded_line(name: str, a: Agreement) -> str:
    return (
        f"{name[:34]:34} loaded: both {a.both}, only first {len(a.only_first)}, "
        f"only second {len(a.only_second)} (ignored: second on first's acceptable "
        f"{a.second_on_acceptable}, first on second's acceptable {a.first_on_acceptable})"
    )


def _where(mark: Annotation) -> tuple[int, int]:
    return (mark.cue.start, mark.cue.end) if mark.cue else (mark.start, mark.end)


def details(c: Comparison) -> list[str]:
    """One line per disagreement: an item only one key has, another label or speaker,
    a required item on the other key's trap."""
    text = c.first.text
    lines = []
    for category, a in c.categories.items():
        if category == "source":
            lines += [f"  only first source: {m.text!r} ({m.label})" for m in a.only_first]
            lines += [f"  only second source: {s.canonical!r} ({s.type})" for s in a.only_second]
            lines += [
                f"  source type: {m.text!r}: first {m.label}, second {s.type}"
                for m, s in a.label_differs
            ]
            continue
        for m in a.only_first:
            label = f" ({m.label})" if m.label else ""
            lines.append(f"  only first {category}{label}: {snippet(text, m.start, m.end)}")
        for mark in a.only_second:
            label = f" ({mark.label})" if mark.label else ""
            lines.append(f"  only second {category}{label}: {snippet(text, *_where(mark))}")
        for item, mark in a.label_differs:
            span = item.cue if isinstance(item, KeyAttribution) else item
            wanted = item.kind if isinstance(item, KeyAttribution) else item.label
            lines.append(
                f"  {category} label: first {wanted}, second {mark.label}: "
                + snippet(text, span.start, span.end)
            )
        for item, mark in a.speaker_differs:
            lines.append(
                f"  speaker: first {item.canonical!r}, second {mark.canonical!r}: "
                + snippet(text, item.cue.start, item.cue.end)
            )
    for who, other, hits in (
        ("second", "first", c.second_on_traps),
        ("first", "second", c.first_on_traps),
    ):
        for mark in hits:
            lines.append(
                f"  trap: {who} requires {mark.category} ({mark.label}) on a trap of the "
                f"{other}: {snippet(text, mark.start, mark.end)}"
            )
    return lines


def summary(comparisons: list[Comparison], alone: dict) -> dict[str, Any]:
    """The comparisons as plain data (per article and pooled), for ``--json``."""
    pooled = {c: Agreement(c) for c in CATEGORIES}
    articles = []
    for comp in comparisons:
        for category, a in comp.categories.items():
            pooled[category].add(a)
        articles.append(
            {
                "article": comp.first.article,
                "first": str(comp.first.path),
                "second": str(comp.second.path),
                "categories": [a.row() for a in comp.categories.values() if not a.empty],
                "traps": {
                    "second_requires_on_first_trap": [m.text for m in comp.second_on_traps],
                    "first_requires_on_second_trap": [m.text for m in comp.first_on_traps],
                },
            }
        )
    return {
        "figure": "pairwise F1 (symmetric); precision = share of the second key the first "
        "has, recall = share of the first key the second has",
        "articles": articles,
        "pooled": [a.row() for a in pooled.values() if not a.empty],
        "hard_disagreements": sum(c.hard for c in comparisons),
        "unpaired": alone,
    }


def main(first: str, second: str, show_details: bool = False, as_json: bool = False) -> int:
    """Print the agreement of SECOND with FIRST per article and category, then pooled."""
    pairs, alone = pair(first, second)
    comparisons = [compare_files(one, two) for _, one, two in pairs]
    if as_json:
        print(json.dumps(summary(comparisons, alone), indent=2))
        return 0
    header = f"{'article':34} {'category':12} {'first':>5} {'second':>6} {'both':>4} "
    header += f"{'P':>6} {'R':>6} {'F1':>6} {'label':>6} {'speaker':>7}"
    print(header)
    pooled = {c: Agreement(c) for c in CATEGORIES}
    hard = 0
    for comp in comparisons:
        name = comp.first.article
        for category, a in comp.categories.items():
            pooled[category].add(a)
            if not a.empty:
                print(_line(name, a))
        print(_loaded_line(name, comp.categories["loaded"]))
        hard += comp.hard
        if comp.hard:
            marks = [*comp.second_on_traps, *comp.first_on_traps]
            print(
                f"{name[:34]:34} traps: {comp.hard} required by one key, a trap in the "
                "other: " + ", ".join(repr(m.text) for m in marks)
            )
        if show_details:
            print("\n".join(details(comp) or ["  (no disagreement)"]))
    if len(comparisons) > 1:
        name = f"ALL ({len(comparisons)} articles)"
        for a in pooled.values():
            if not a.empty:
                print(_line(name, a))
        print(_loaded_line(name, pooled["loaded"]))
        print(f"{name:34} traps required by the other key: {hard}")
        att = pooled["attribution"]
        if att.both:
            print(
                f"{name:34} speakers: {att.speaker_agreement:.2f}, "
                f"same source {att.speaker_same_source_agreement:.2f}"
            )
    for side, where in (("first", first), ("second", second)):
        if alone[side]:
            print(f"only in {side} ({where}), not compared: " + ", ".join(alone[side]))
    print("P: share of the second key's items the first has; R: the reverse; F1 is symmetric")
    return 0
