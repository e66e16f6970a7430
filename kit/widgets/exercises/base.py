"""What every exercise shares: :class:`Feedback`, :class:`Exercise` and answer parsing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.evaluate import Key
from kit.labels import MARK_CATEGORIES
from kit.progress import ProgressStore
from kit.widgets.render import esc, label_explanation
from kit.widgets.truth import Mark, Truth, truth_for

CATEGORIES = (*MARK_CATEGORIES, "attribution")  # the order the widgets offer them


@dataclass
class Feedback:
    """The result of checking an answer."""

    score: str
    html: str
    correct: int = 0
    total: int = 0
    details: dict[str, Any] = field(default_factory=dict)


def article_id(annotated: AnnotatedArticle) -> str:
    """A stable name for an article: its practice stem, else a short hash of its text."""
    stem = annotated.meta.get("stem")
    if stem:
        return str(stem)
    return "text-" + hashlib.sha1(annotated.text.encode("utf-8")).hexdigest()[:10]


class Exercise:
    """What every exercise shares: its truth, its id and its saved answer."""

    kind = "exercise"

    def __init__(
        self,
        source: str | AnnotatedArticle,
        *,
        key: Key | str | Path | None = None,
        store: ProgressStore | None = None,
        exercise_id: str | None = None,
    ) -> None:
        self.truth: Truth = truth_for(source, key)
        self.annotated = self.truth.annotated
        self.store = store
        self.exercise_id = exercise_id or self.default_id()
        self.checked = False

    def default_id(self) -> str:
        return f"{self.kind}:{article_id(self.annotated)}"

    @property
    def against(self) -> str:
        """What the learner is compared with, in words."""
        return "the answer key" if self.truth.origin == "key" else "the kit"

    def saved(self) -> dict[str, Any] | None:
        """The learner's previous answer, if the store has one."""
        return self.store.get(self.exercise_id) if self.store is not None else None

    def save(self, answer: dict[str, Any]) -> None:
        if self.store is not None:
            self.store.set(self.exercise_id, answer)

    def notice_html(self) -> str:
        """A warning for the learner about their saved answers (empty when all is well)."""
        if self.store is None or not self.store.warning:
            return ""
        return f'<p class="kit-warning">⚠ {esc(self.store.warning)}</p>'

    def explain_mark(self, mark: Mark) -> str:
        """The kit's explanation of a mark when it has one, else the label's explanation."""
        kit = self.truth.kit_mark(mark.category, mark.start, mark.end)
        if kit is not None and kit.explanation:
            return kit.explanation
        return label_explanation(mark.category, mark.label)


def as_int(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None
