"""Tables (pandas) a teacher can filter and sort: marks, sources, certainty, counts."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.labels import CATEGORIES
from kit.views.html import label_title, lens_order, lens_title, source_type_title

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _check(annotated: Any) -> AnnotatedArticle:
    if not isinstance(annotated, AnnotatedArticle):
        raise KitError("this table needs an AnnotatedArticle (use kit.annotate first)")
    return annotated


def paragraph_of(annotated: AnnotatedArticle, offset: int) -> int:
    """0-based index of the paragraph holding character ``offset``."""
    starts = [s for s, _ in annotated.paragraphs] or [0]
    return max(bisect_right(starts, offset) - 1, 0)


def annotations_table(annotated: AnnotatedArticle) -> pd.DataFrame:
    """One row per mark, in text order; sentence and paragraph numbers count from 1.

    :meth:`AnnotatedArticle.annotations_frame` with a lens title, readable
    labels and a paragraph column added.
    """
    annotated = _check(annotated)
    frame = annotated.annotations_frame()
    sentences = [
        (s if s == s and s is not None else annotated.sentence_of(start)) + 1
        for s, start in zip(frame["sentence"], frame["start"], strict=True)
    ]
    paragraphs = [paragraph_of(annotated, start) + 1 for start in frame["start"]]
    frame = frame.assign(
        lens=frame["category"].map(lens_title),
        label=frame["label"].map(label_title),
        sentence=pd_int(sentences),
        paragraph=pd_int(paragraphs),
    )
    columns = ["lens", "category", "label", "text", "paragraph", "sentence", "speaker",
               "source", "cue", "content", "neutral", "explanation", "start", "end"]  # fmt: skip
    return frame[columns]


def pd_int(values: list[int]) -> pd.Series:
    """Whole numbers as an int64 column (also when there are none)."""
    import pandas as pd

    return pd.Series(values, dtype="int64")


def sources_table(annotated: AnnotatedArticle) -> pd.DataFrame:
    """One row per canonical source, most-cited first."""
    import pandas as pd

    annotated = _check(annotated)
    columns = [
        "source",
        "type",
        "named",
        "description",
        "outlet_exclusive",
        "attributions",
        "quoted_words",
    ]
    rows = [
        {
            "source": s.canonical,
            "type": source_type_title(s.type),
            "named": "named" if s.named else "unnamed",
            "description": s.description,
            "outlet_exclusive": bool(s.outlet_exclusive),
            "attributions": int(s.attributions),
            "quoted_words": int(s.quoted_words),
        }
        for s in annotated.sources
    ]
    frame = pd.DataFrame(rows, columns=columns)
    if rows:
        frame = frame.sort_values(
            ["attributions", "quoted_words", "source"], ascending=[False, False, True]
        ).reset_index(drop=True)
    return frame


def certainty_table(annotated: AnnotatedArticle, by: str = "sentence") -> pd.DataFrame:
    """Hedges, boosters and a certainty score per sentence, paragraph or speaker.

    This is the hedging lens's profile (``annotated.certainty_frame``, see
    :func:`kit.certainty.certainty_profile`), with sentences and paragraphs
    numbered from 1 as in :func:`annotations_table`.
    """
    annotated = _check(annotated)
    if by not in ("sentence", "paragraph", "speaker"):
        raise KitError(f"certainty is shown by 'sentence', 'paragraph' or 'speaker', not {by!r}")
    frame = annotated.certainty_frame(by=by).copy()
    if by in ("sentence", "paragraph"):
        frame[by] = frame[by] + 1
    return frame


def summary_table(annotated: AnnotatedArticle) -> pd.DataFrame:
    """The article's counts as a two-column table (measure, value)."""
    import pandas as pd

    summary = dict(_check(annotated).summary())
    without = summary.pop("sentences_without_attribution", [])
    summary["sentences_without_attribution"] = len(without)
    for cat in lens_order(annotated):
        key = f"{cat}_marks"
        if cat not in CATEGORIES:
            summary[key] = len(annotated.of(cat))
    rows = [{"measure": k.replace("_", " "), "value": v} for k, v in summary.items()]
    return pd.DataFrame(rows, columns=["measure", "value"])


def label_counts(annotated: AnnotatedArticle) -> pd.DataFrame:
    """How many marks of each lens and label (long form: lens, label, marks)."""
    import pandas as pd

    annotated = _check(annotated)
    rows = []
    for cat in lens_order(annotated):
        labels: dict[str, int] = {}
        for a in annotated.of(cat):
            labels[a.label] = labels.get(a.label, 0) + 1
        for label, n in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append(
                {"lens": lens_title(cat), "category": cat, "label": label_title(label), "marks": n}
            )
    return pd.DataFrame(rows, columns=["lens", "category", "label", "marks"])
