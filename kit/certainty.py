"""The certainty profile: hedges and boosters summed per sentence, paragraph or speaker.

It reads only an :class:`~kit.annotated.AnnotatedArticle` (no spaCy), so views,
widgets and the data model can use it without loading a lens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from kit.annotated import AnnotatedArticle

WRITER = "the writer"
CERTAINTY_NOTE = (
    "certainty = (boosters - hedges) / (boosters + hedges + 1): from -1 (very hedged) "
    "through 0 (balanced or no cues) to +1 (very sure)"
)


def certainty_score(hedges: int, boosters: int) -> float:
    """(boosters − hedges) / (boosters + hedges + 1), always inside (−1, 1).

    The +1 keeps a single cue from reading as total certainty or doubt:
    one booster scores 0.5, three score 0.75; no cues score 0.
    """
    return (boosters - hedges) / (boosters + hedges + 1)


def _speaker_ranges(annotated: AnnotatedArticle) -> list[tuple[int, int, str]]:
    ranges = []
    for a in annotated.attributions:
        if a.content is not None:
            who = a.canonical or (a.speaker.text if a.speaker else None) or "unknown speaker"
            end = max(a.content.end, a.follow_on or 0)  # '"A," she said. "B."': B is hers
            ranges.append((a.content.start, end, who))
    return ranges


def speaker_at(ranges: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The canonical speaker whose reported content holds [start, end), else the writer."""
    best = None
    for s, e, who in ranges:
        if s <= start and end <= e and (best is None or e - s < best[1] - best[0]):
            best = (s, e, who)
    return best[2] if best else WRITER


def certainty_profile(annotated: AnnotatedArticle, by: str = "sentence") -> pd.DataFrame:
    """Hedges, boosters and a certainty score per sentence, paragraph or speaker.

    Columns: the unit (``sentence``/``paragraph`` with ``start``, ``end``,
    ``text``; or ``speaker`` with ``words``), then ``hedges``, ``boosters``,
    ``hedge_words``, ``booster_words`` and ``certainty`` (see
    :func:`certainty_score`). Per speaker, a cue inside an attribution's content
    counts for its canonical source; everything else is "the writer".
    """
    import pandas as pd

    cues = [a for a in annotated.annotations if a.category in ("hedge", "booster")]
    if by in ("sentence", "paragraph"):
        units = annotated.sentences if by == "sentence" else annotated.paragraphs
        rows = []
        for i, (start, end) in enumerate(units):
            inside = [a for a in cues if start <= a.start < end]
            rows.append(_row({by: i, "start": start, "end": end,
                              "text": annotated.text[start:end]}, inside))  # fmt: skip
        columns = [by, "start", "end", "text"]
    elif by == "speaker":
        ranges = _speaker_ranges(annotated)
        words: dict[str, int] = {WRITER: 0}
        for m in re.finditer(r"\S+", annotated.text):
            who = speaker_at(ranges, m.start(), m.start() + 1)  # a word goes where it starts
            words[who] = words.get(who, 0) + 1
        by_speaker: dict[str, list] = {who: [] for who in words}
        for a in cues:
            by_speaker.setdefault(speaker_at(ranges, a.start, a.end), []).append(a)
        rows = [_row({"speaker": who, "words": words.get(who, 0)}, marks)
                for who, marks in by_speaker.items()]  # fmt: skip
        columns = ["speaker", "words"]
    else:
        raise KitError(f"certainty profile by {by!r}: use 'sentence', 'paragraph' or 'speaker'")
    columns += ["hedges", "boosters", "hedge_words", "booster_words", "certainty"]
    frame = pd.DataFrame(rows, columns=columns)
    frame.attrs["certainty"] = CERTAINTY_NOTE
    return frame


def _row(unit: dict, marks: list) -> dict:
    hedges = [a.text for a in marks if a.category == "hedge"]
    boosters = [a.text for a in marks if a.category == "booster"]
    return {
        **unit,
        "hedges": len(hedges),
        "boosters": len(boosters),
        "hedge_words": ", ".join(hedges),
        "booster_words": ", ".join(boosters),
        "certainty": round(certainty_score(len(hedges), len(boosters)), 3),
    }
