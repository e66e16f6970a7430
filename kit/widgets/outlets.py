"""Predict, then reveal: which outlet quotes more officials, sounds surer, uses more loaded words?

:class:`OutletPrediction` is the logic in plain Python: the figures per outlet
(one column of a :func:`kit.corpus.compare_outlets` table), the right answer
and the feedback HTML. :class:`PredictOutlet` is its thin ipywidgets shell: the
learner picks an answer in ``.choice`` (RadioButtons) and clicks ``.reveal``;
``.feedback`` then shows the figures (and the chart, if one was given).
A test sets ``.choice.value`` and calls ``.reveal.click()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

import ipywidgets as W

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

    from kit.progress import ProgressStore

#: The answer when no outlet is clearly ahead.
SAME = "about the same"


@dataclass(frozen=True)
class Reveal:
    """The result of revealing: was the prediction right, and what to show."""

    choice: str
    answer: str
    correct: bool
    html: str


class OutletPrediction:
    """Which outlet has the highest value in ``column`` (or ``SAME`` when none is clearly ahead)?

    An outlet is clearly ahead when its value beats the next one by more than
    ``tolerance`` (a share of the higher value, 0.15 = 15 percent).
    """

    def __init__(
        self,
        table: pd.DataFrame,
        column: str,
        question: str,
        *,
        tolerance: float = 0.15,
        note: str = "",
    ) -> None:
        if column not in table.columns:
            raise KitError(f"the table has no column {column!r}")
        if len(table.index) < 2:
            raise KitError("a prediction compares at least two outlets")
        self.column = column
        self.question = question
        self.note = note
        self.values = {str(i): float(table.loc[i, column]) for i in table.index}
        self.tolerance = tolerance

    @property
    def options(self) -> list[str]:
        return [*self.values, SAME]

    @property
    def answer(self) -> str:
        ranked = sorted(self.values.items(), key=lambda kv: -kv[1])
        (first, top), (_, second) = ranked[0], ranked[1]
        if top <= 0 or top - second <= self.tolerance * top:
            return SAME
        return first

    def question_html(self) -> str:
        return f"<p><b>Predict:</b> {escape(self.question)}</p>"

    def check(self, choice: str | None, chart_svg: str = "") -> Reveal:
        """The reveal for the learner's ``choice`` (one of :attr:`options`)."""
        if choice is None:
            raise KitError("choose an answer first, then reveal")
        if choice not in self.options:
            raise KitError(f"{choice!r} is not one of the answers: {', '.join(self.options)}")
        answer = self.answer
        correct = choice == answer
        verdict = "Right." if correct else "Not this time."
        said = "none is clearly ahead" if answer == SAME else f"the answer is {escape(answer)}"
        rows = "".join(
            f"<tr><td>{escape(outlet)}</td><td style='text-align:right'>{value:.1f}</td></tr>"
            for outlet, value in self.values.items()
        )
        html = (
            f"<p><b>{verdict}</b> You predicted <i>{escape(choice)}</i>; {said}.</p>"
            f"<table><tr><th>outlet</th><th>{escape(self.column)}</th></tr>{rows}</table>"
        )
        if self.note:
            html += f"<p>{escape(self.note)}</p>"
        return Reveal(choice, answer, correct, html + chart_svg)


class PredictOutlet:
    """The learner predicts which outlet comes out ahead on one figure, then reveals it.

    Controls: ``choice`` (RadioButtons: the outlets and "about the same"),
    ``reveal`` (Button), ``feedback`` (HTML). ``chart`` (a matplotlib Figure)
    is shown in the reveal. With ``store`` (a :class:`~kit.progress.ProgressStore`)
    the choice is saved under ``exercise_id`` and a new widget shows it revealed.
    """

    def __init__(
        self,
        table: pd.DataFrame,
        column: str,
        question: str,
        *,
        chart: Figure | None = None,
        note: str = "",
        tolerance: float = 0.15,
        store: ProgressStore | None = None,
        exercise_id: str | None = None,
    ) -> None:
        self.logic = OutletPrediction(table, column, question, tolerance=tolerance, note=note)
        self.chart = chart
        self.store = store
        self.exercise_id = exercise_id or f"predict_outlet:{column}"
        self.last: Reveal | None = None
        self.choice = W.RadioButtons(
            options=self.logic.options,
            value=None,
            description="Your prediction",
            style={"description_width": "initial"},
            layout=W.Layout(width="auto"),
        )
        self.reveal = W.Button(description="Reveal", button_style="primary", icon="eye")
        self.feedback = W.HTML("", layout=W.Layout(width="100%"))
        self.reveal.on_click(lambda _b: self._on_reveal())
        self.widget = W.VBox(
            [W.HTML(self.logic.question_html()), self.choice, self.reveal, self.feedback]
        )
        saved = store.get(self.exercise_id) if store is not None else None
        if saved and saved.get("choice") in self.logic.options:
            self.choice.value = saved["choice"]
            self._on_reveal(save=False)

    def _on_reveal(self, save: bool = True) -> None:
        try:
            svg = ""
            if self.chart is not None and self.choice.value is not None:
                from kit.views.charts import figure_to_svg

                svg = figure_to_svg(self.chart, title=self.logic.question)
            self.last = self.logic.check(self.choice.value, chart_svg=svg)
        except KitError as exc:
            self.feedback.value = f"<p class='kit-warning'>⚠ {escape(str(exc))}</p>"
            return
        self.feedback.value = self.last.html
        if save and self.store is not None:
            self.store.set(self.exercise_id, {"choice": self.last.choice})

    def __repr__(self) -> str:
        return f"<PredictOutlet: {self.logic.question}>"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = self.widget._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = repr(self)  # short and stable for nbval
        return bundle
