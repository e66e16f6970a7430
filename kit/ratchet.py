"""The score ratchet: per-article precision and recall that may only go up.

``data/ratchet.json`` records, for every *gated* answer key (the kit's own
development sets), each category's precision and recall, the canonical-speaker
and label accuracy, how much of each key content the kit's content shares, and
how many trap spans got a mark. The test suite
recomputes them: a figure that falls fails the build, and a figure that rises
asks for the file to be updated (``python -m kit evaluate --update-ratchet``),
so the ratchet always holds the current scores.

Keys that are not in the ratchet, such as a teacher's key for a hard article,
are scored and reported (:func:`report`) but never fail the build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    from kit.annotated import AnnotatedArticle
    from kit.evaluate import Key, Score

ROOT = Path(__file__).resolve().parents[1]
RATCHET = ROOT / "data" / "ratchet.json"
SCHEMA = "kit.ratchet/1"
#: figures where lower is better (everything else must not fall)
LOWER_IS_BETTER = frozenset({"traps_marked"})
#: rounding keeps the file stable across platforms
DIGITS = 4


def figures(path: str | Path) -> dict[str, float]:
    """The ratchet's figures for one answer key (annotates its article)."""
    from kit.evaluate import evaluate_key

    return figures_of(*evaluate_key(path))


def figures_of(key: Key, annotated: AnnotatedArticle, scores: dict[str, Score]) -> dict[str, float]:
    """The ratchet's figures from one key's scores."""
    from kit.evaluate import trap_hits

    out: dict[str, float] = {}
    for category, s in scores.items():
        # every category, even one with nothing in the key and nothing predicted
        # (precision and recall 1.0), so that removing a false mark reads as a rise
        out[f"{category}.precision"] = round(s.precision, DIGITS)
        out[f"{category}.recall"] = round(s.recall, DIGITS)
        if s.tp:
            out[f"{category}.label_accuracy"] = round(s.label_accuracy, DIGITS)
        if category == "attribution" and s.tp:
            out["attribution.speaker_accuracy"] = round(s.speaker_accuracy, DIGITS)
        if category == "attribution" and s.contents:
            out["attribution.content_agreement"] = round(s.content_agreement, DIGITS)
    out["traps_marked"] = float(len(trap_hits(annotated, key)))
    return out


def key_id(path: str | Path) -> str:
    """A key's name in the ratchet: its path relative to the repository, with '/'."""
    path = Path(path).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def load(path: Path = RATCHET) -> dict[str, dict[str, float]]:
    """The recorded figures per key id (empty when there is no ratchet file)."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KitError(f"cannot read the score ratchet {path}: {err}") from err
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise KitError(f"{path} is not a {SCHEMA} file")
    return {str(k): dict(v) for k, v in data.get("keys", {}).items()}


def save(records: dict[str, dict[str, float]], path: Path = RATCHET) -> None:
    """Write the ratchet file, sorted so that diffs stay small."""
    body = {
        "schema": SCHEMA,
        "about": "Per-key scores that may only rise; see kit/ratchet.py. "
        "Update with: python -m kit evaluate --update-ratchet",
        "keys": {k: dict(sorted(v.items())) for k, v in sorted(records.items())},
    }
    path.write_text(json.dumps(body, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def gated_keys(path: Path = RATCHET) -> list[Path]:
    """The answer keys the build is gated on, in ratchet order."""
    return [ROOT / k for k in load(path)]


@dataclass(frozen=True)
class Change:
    """One figure that moved against the ratchet."""

    key: str
    figure: str
    recorded: float | None
    now: float | None

    @property
    def worse(self) -> bool:
        if self.now is None:
            return True
        if self.recorded is None:
            return False
        lower = self.figure in LOWER_IS_BETTER
        return self.now > self.recorded if lower else self.now < self.recorded

    def __str__(self) -> str:
        word = "fell" if self.worse else "rose"
        if self.figure in LOWER_IS_BETTER:
            word = "rose" if self.worse else "fell"
        return f"{self.key}: {self.figure} {word} from {self.recorded} to {self.now}"


def compare(key: str, recorded: dict[str, float], now: dict[str, float]) -> list[Change]:
    """Every figure of one key that differs from the ratchet."""
    changes = []
    for name in sorted(set(recorded) | set(now)):
        old, new = recorded.get(name), now.get(name)
        if old != new:
            changes.append(Change(key, name, old, new))
    return changes


def update(
    paths: list[str | Path] | None = None, path: Path = RATCHET
) -> tuple[list[Change], list[str]]:
    """Recompute the ratchet for its keys plus ``paths``.

    Returns the figures that changed for keys already gated, and the keys added.
    """
    records = load(path)
    added = [key_id(p) for p in paths or [] if key_id(p) not in records]
    changes: list[Change] = []
    new: dict[str, dict[str, float]] = {}
    for key in [*records, *added]:
        new[key] = figures(ROOT / key)
        if key in records:
            changes += compare(key, records[key], new[key])
    save(new, path)
    return changes, added


def report(paths: list[Path]) -> list[str]:
    """One line per key that is not gated: its scores, or why it could not be read.

    This never raises: a teacher's broken key is reported, not fatal.
    """
    gated = set(load())
    lines = []
    for p in paths:
        if key_id(p) in gated:
            continue
        try:
            f = figures(p)
        except KitError as err:
            lines.append(f"{key_id(p)}: not scored: {err}")
            continue
        shown = [
            f"{name.split('.')[0]} P {f[name]:.2f} R {f[name.replace('precision', 'recall')]:.2f}"
            for name in f
            if name.endswith(".precision")
        ]
        traps = int(f["traps_marked"])
        lines.append(f"{key_id(p)}: " + "; ".join(shown) + f"; traps marked {traps}")
    return lines
