"""A short pre/post check: the same four skills, before (notebook 0) and after (notebook 5).

Each phase asks one multiple-choice question per skill (who is speaking, hedge or
booster, a loaded word, a named or anonymous source) about a short passage from a
practice article; the two phases use different articles. The items are data, in
``data/checks/prepost.yaml``. A learner's answers are saved under
``check:pre`` and ``check:post`` as ``{skill: chosen option}``, so the two phases
pair up by skill (:mod:`kit.dashboard` shows the change).

>>> check = PrePostCheck("pre", store=store)   # in a notebook
>>> check.questions[0].value = "Tom Adeyemi"; check.check.click()
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ipywidgets as W
import yaml

from kit.errors import KitError
from kit.evaluate import DATA
from kit.lexicon import load_yaml
from kit.progress import ProgressStore
from kit.widgets.exercises import Feedback
from kit.widgets.render import esc, plain_text

CHECKS_FILE = DATA / "checks" / "prepost.yaml"
PHASES = ("pre", "post")
PHASE_TITLES = {"pre": "Before the course", "post": "After the course"}


@dataclass(frozen=True)
class CheckItem:
    """One multiple-choice question about a passage."""

    phase: str
    skill: str
    article: str
    passage: str
    question: str
    options: tuple[str, ...]
    answer: str
    why: str


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[dict[str, str], dict[str, tuple[CheckItem, ...]]]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KitError(f"cannot read the pre/post check items in {path}: {exc}") from exc
    skills = dict(data.get("skills") or {})
    phases: dict[str, tuple[CheckItem, ...]] = {}
    for phase in PHASES:
        items = []
        for raw in data.get(phase) or []:
            item = CheckItem(
                phase=phase,
                skill=str(raw["skill"]),
                article=str(raw["article"]),
                passage=str(raw["passage"]).strip(),
                question=str(raw["question"]).strip(),
                options=tuple(str(o) for o in raw["options"]),
                answer=str(raw["answer"]),
                why=str(raw.get("why", "")).strip(),
            )
            if item.answer not in item.options:
                raise KitError(f"{path.name}: {phase}/{item.skill}: the answer is not an option")
            if item.skill not in skills:
                raise KitError(f"{path.name}: {phase}: unknown skill {item.skill!r}")
            items.append(item)
        phases[phase] = tuple(items)
    return skills, phases


def skills(path: Path | None = None) -> dict[str, str]:
    """Skill id -> its title, in the order the check asks them."""
    return dict(_load(Path(path or CHECKS_FILE))[0])


def check_items(phase: str, path: Path | None = None) -> list[CheckItem]:
    """The items of ``phase`` (``"pre"`` or ``"post"``)."""
    if phase not in PHASES:
        raise KitError(f"a check phase is 'pre' or 'post' (got {phase!r})")
    return list(_load(Path(path or CHECKS_FILE))[1][phase])


def check_id(phase: str) -> str:
    """The progress id of a phase: ``check:pre`` or ``check:post``."""
    return f"check:{phase}"


def score_answer(phase: str, answer: dict[str, Any]) -> dict[str, bool | None]:
    """Skill -> right (True), wrong (False) or unanswered (None)."""
    out: dict[str, bool | None] = {}
    for item in check_items(phase):
        given = answer.get(item.skill)
        out[item.skill] = None if given in (None, "") else given == item.answer
    return out


class PrePostExercise:
    """The logic of one phase: answers ``{skill: option}`` in, feedback out."""

    kind = "check"

    def __init__(
        self, phase: str, *, store: ProgressStore | None = None, exercise_id: str | None = None
    ) -> None:
        self.phase = phase
        self.items = check_items(phase)
        self.store = store
        self.exercise_id = exercise_id or check_id(phase)
        self.checked = False

    def saved(self) -> dict[str, Any] | None:
        return self.store.get(self.exercise_id) if self.store is not None else None

    def notice_html(self) -> str:
        if self.store is None or not self.store.warning:
            return ""
        return f'<p class="kit-warning">⚠ {esc(self.store.warning)}</p>'

    def check(self, answer: dict[str, Any], save: bool = True) -> Feedback:
        """Compare ``{skill: option}`` with the items' answers; save unless ``save=False``."""
        unknown = [k for k in answer if k not in {i.skill for i in self.items}]
        if unknown:
            raise KitError(f"no question about {unknown[0]!r} in this check")
        verdicts = score_answer(self.phase, answer)
        rows = []
        for item in self.items:
            given, ok = answer.get(item.skill), verdicts[item.skill]
            if ok is None:
                head = f"No answer. It is <b>{esc(item.answer)}</b>."
            elif ok:
                head = f"✔ Right: <b>{esc(item.answer)}</b>."
            else:
                head = f"✘ Not ‘{esc(given)}’: it is <b>{esc(item.answer)}</b>."
            rows.append(f"<li>{head} <span class='kit-why'>{esc(item.why)}</span></li>")
        right = sum(v is True for v in verdicts.values())
        score = f"{right} of {len(self.items)} right."
        self.checked = True
        if save and self.store is not None:
            self.store.set(self.exercise_id, {k: v for k, v in answer.items() if v is not None})
        return Feedback(
            score,
            f"<p class='kit-score'><b>{esc(score)}</b></p><ol>{''.join(rows)}</ol>",
            right,
            len(self.items),
            {"verdicts": verdicts},
        )


class PrePostCheck:
    """The ipywidgets shell: one RadioButtons per question, a Check button, feedback.

    Controls: ``questions`` (RadioButtons, value ``None`` until chosen, in item order),
    ``check`` (Button), ``feedback`` and ``notice`` (HTML); ``last`` is the last Feedback.
    """

    def __init__(
        self, phase: str, *, store: ProgressStore | None = None, exercise_id: str | None = None
    ) -> None:
        self.logic = PrePostExercise(phase, store=store, exercise_id=exercise_id)
        self.last: Feedback | None = None
        self.notice = W.HTML(self.logic.notice_html())
        blocks: list[W.Widget] = []
        self.questions: list[W.RadioButtons] = []
        for n, item in enumerate(self.logic.items, 1):
            radio = W.RadioButtons(
                options=list(item.options),
                value=None,
                description=f"Answer {n}",
                layout=W.Layout(width="100%"),
            )
            self.questions.append(radio)
            blocks += [
                W.HTML(
                    f"<p><b>{n}. {esc(item.question)}</b></p>"
                    f"<blockquote>{esc(item.passage)}</blockquote>"
                ),
                radio,
            ]
        self.check = W.Button(description="Check", button_style="primary", icon="check")
        self.feedback = W.HTML("", layout=W.Layout(width="100%"))
        self.check.on_click(lambda _b: self._on_check())
        title = PHASE_TITLES[phase]
        self.widget = W.VBox(
            [self.notice, W.HTML(f"<h4>Quick check: {esc(title.lower())}</h4>"), *blocks,
             self.check, self.feedback],
            layout=W.Layout(width="100%"),
        )  # fmt: skip
        saved = self.logic.saved()
        if saved is not None:
            for radio, item in zip(self.questions, self.logic.items, strict=True):
                if saved.get(item.skill) in item.options:
                    radio.value = saved[item.skill]
            self._on_check(save=False)

    def answer(self) -> dict[str, Any]:
        return {
            item.skill: radio.value
            for item, radio in zip(self.logic.items, self.questions, strict=True)
        }

    def _on_check(self, save: bool = True) -> None:
        try:
            self.last = self.logic.check(self.answer(), save=save)
        except KitError as exc:
            self.feedback.value = f"<p class='kit-warning'>⚠ {esc(exc)}</p>"
            return
        self.feedback.value = self.last.html
        self.notice.value = self.logic.notice_html()

    def feedback_text(self) -> str:
        return plain_text(self.feedback.value)

    def _summary(self) -> str:
        return f"PrePostCheck: {self.logic.phase} ({len(self.questions)} questions)"

    def __repr__(self) -> str:
        return f"<{self._summary()}>"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = self.widget._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self._summary()
        return bundle

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)
