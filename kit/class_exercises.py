"""The course's exercises, read from the notebooks, and how to score a saved answer.

The teacher dashboard (:mod:`kit.dashboard`) needs to know which exercises the
course has and what each saved answer is worth. Rather than keep a second list
by hand, :func:`course_exercises` reads the notebooks' code cells and finds every
exercise widget call (``WhoSaidIt("global_times_alaska_2021", limit=8, store=store)``);
its literal arguments rebuild the same logic object the widget used, so the
exercise id and the truth are exactly the learner's. A saved answer is scored with
the exercise's own ``check(answer, save=False)``; :func:`score_answer` adds the
wrong answers, each with the sentence it was about.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from kit.errors import KitError

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
#: widget shell -> its logic class's name in :mod:`kit.widgets`
WIDGETS = {
    "PredictThenReveal": "PredictExercise",
    "WhoSaidIt": "WhoSaidItExercise",
    "SourceMap": "SourceMapExercise",
    "CertaintyMeter": "CertaintyExercise",
    "RewriteChallenge": "RewriteExercise",
}
KIND_TITLES = {
    "PredictThenReveal": "predict",
    "WhoSaidIt": "who said it",
    "SourceMap": "source map",
    "CertaintyMeter": "certainty meter",
    "RewriteChallenge": "rewrite",
}


@dataclass
class Scored:
    """A saved answer's worth: ``correct`` of ``total``, and what was wrong."""

    correct: int
    total: int
    #: (the wrong answer in words, the sentence or passage it was about)
    wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def score(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class CourseExercise:
    """One exercise widget call in a course notebook."""

    notebook: str
    widget: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    @property
    def title(self) -> str:
        """A short readable name: ``"1 · who said it"``, ``"3 · predict hedge"``."""
        number = self.notebook.split("_", 1)[0].lstrip("0") or "0"
        what = KIND_TITLES[self.widget]
        if self.widget == "PredictThenReveal":
            what += " " + str(self.kwargs.get("category", self.args[1] if len(self.args) > 1
                                              else "hedge"))  # fmt: skip
        return f"{number} · {what}"

    @cached_property
    def logic(self) -> Any:
        """The same logic object the widget built (no store: nothing is saved)."""
        import kit.widgets as widgets

        cls = getattr(widgets, WIDGETS[self.widget])
        return cls(*self.args, **self.kwargs)

    @property
    def exercise_id(self) -> str:
        return str(self.logic.exercise_id)

    def score(self, answer: dict[str, Any]) -> Scored:
        return score_answer(self, answer)


def _literal(node: ast.AST) -> Any:
    return ast.literal_eval(node)


def exercises_in(source: str, notebook: str) -> list[CourseExercise]:
    """The exercise widget calls in one code cell's source whose arguments are literals."""
    code = "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in WIDGETS:
            continue
        try:
            args = tuple(_literal(a) for a in node.args)
            kwargs = {k.arg: _literal(k.value) for k in node.keywords if k.arg != "store"}
        except ValueError:
            continue  # built from a variable: not a fixed course exercise
        if any(k.arg is None for k in node.keywords):
            continue
        found.append(CourseExercise(notebook, node.func.id, args, kwargs))
    return found


@lru_cache(maxsize=4)
def _course_exercises(folder: Path) -> tuple[CourseExercise, ...]:
    if not folder.is_dir():
        raise KitError(f"no notebooks folder: {folder}")
    out: list[CourseExercise] = []
    for path in sorted(folder.glob("[0-9]*.ipynb")):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KitError(f"cannot read notebook {path.name}: {exc}") from exc
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                source = "".join(source) if isinstance(source, list) else source
                out += exercises_in(source, path.stem)
    return tuple(out)


def course_exercises(folder: str | Path | None = None) -> list[CourseExercise]:
    """Every exercise widget of the course notebooks (``notebooks/NN_*.ipynb``), in order."""
    return list(_course_exercises(Path(folder or NOTEBOOKS).resolve()))


# --------------------------------------------------------------------------- scoring


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _sentence_at(annotated: Any, offset: int) -> str:
    return _one_line(annotated.sentence_text(annotated.sentence_of(offset)))


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def score_answer(ex: CourseExercise, answer: dict[str, Any]) -> Scored:
    """Score ``answer`` with the exercise's own check and list the wrong answers."""
    logic = ex.logic
    fb = logic.check(answer, save=False)
    annotated = getattr(logic, "annotated", None)
    wrong: list[tuple[str, str]] = []
    if ex.widget == "PredictThenReveal":
        noun = logic.category
        for alarm in fb.details.get("false_alarms", []):
            if isinstance(alarm, int):
                wrong.append((f"ticked: no {noun} here", _one_line(logic.sentence_text(alarm))))
            else:
                start, end = alarm
                text = annotated.text[start:end]
                wrong.append((f"‘{text}’ is not a {noun} here", _sentence_at(annotated, start)))
        for mark in fb.details.get("missed", []):
            what = f"missed ‘{_one_line(mark.text)[:60]}’"
            wrong.append((what, _sentence_at(annotated, mark.start)))
        # false alarms count against the score as much as misses do
        total = fb.total + len(fb.details.get("false_alarms", []))
        return Scored(fb.correct, total, wrong)
    if ex.widget == "WhoSaidIt":
        for i, said in enumerate(logic.items):
            pick = answer.get(str(i))
            if pick not in (None, "") and pick != said.canonical:
                where = said.content.start if said.content is not None else said.cue.start
                wrong.append((f"{pick} (it was {said.canonical})", _sentence_at(annotated, where)))
    elif ex.widget == "CertaintyMeter":
        for i in logic.sentence_ids:
            given = answer.get(str(i))
            try:
                given = int(given)
            except (TypeError, ValueError):
                continue
            level = logic.level(i)
            if _sign(given) != _sign(level):
                tone = {1: "sure", -1: "unsure", 0: "neither"}[_sign(level)]
                wrong.append(
                    (f"rated {given:+d}; the text sounds {tone}".replace("+0", "0"),
                     _one_line(logic.annotated.sentence_text(i)))
                )  # fmt: skip
    elif ex.widget == "SourceMap":
        for src in logic.sources:
            mine = answer.get(src.canonical) or {}
            cues = logic.cues_of(src)
            where = _sentence_at(annotated, cues[0].cue.start) if cues else src.canonical
            named = "named" if src.named else "unnamed"
            if mine.get("named") not in (None, named):
                wrong.append((f"{src.canonical}: {mine['named']} (is {named})", where))
            if mine.get("type") not in (None, src.type):
                wrong.append((f"{src.canonical}: type {mine['type']} (is {src.type})", where))
            given = mine.get("outlet_exclusive")
            if given is not None and bool(given) != src.outlet_exclusive:
                said = "spoke to the outlet" if given else "did not speak to the outlet"
                wrong.append((f"{src.canonical}: {said}", where))
    elif ex.widget == "RewriteChallenge":
        for mark in fb.details.get("remaining", []):
            wrong.append((f"kept ‘{mark.text}’", _one_line(logic.original)))
    return Scored(fb.correct, fb.total, wrong)
