"""The teacher's view of a class: a folder of learner progress files as tables and charts.

>>> cls = load_class("progress")        # one kit.progress JSON file per learner
>>> print(cls.note())                   # how many learners; files that were skipped
>>> cls.learner_table()                 # per learner: done, score, needs help and why
>>> cls.exercise_table()                # per exercise: how many did it, mean score
>>> cls.common_wrong_answers()          # the commonest wrong answers, with their sentence
>>> cls.prepost_table()                 # the pre/post check, per learner and for the class
>>> cls.export("class_report")          # CSV files a spreadsheet opens

Files are read with :func:`kit.progress.read_progress_file` and never changed; a file
that cannot be read is skipped and named in :meth:`ClassProgress.note`. Answers are
scored again by the exercises' own logic (:mod:`kit.class_exercises`), so the
dashboard and the learner's feedback always agree. Charts are
:class:`matplotlib.figure.Figure` objects; with nothing to draw they say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from kit.class_exercises import CourseExercise, course_exercises
from kit.errors import KitError
from kit.progress import ProgressError, csv_safe, export_class_csv, read_progress_file
from kit.widgets.checks import PHASES, check_id, check_items, score_answer, skills

#: A learner needs help when their mean score is below this ...
HELP_SCORE = 0.5
#: ... or when at least this many course exercises are not done.
HELP_MISSING = 3
DEMO_CLASS = Path(__file__).resolve().parents[1] / "data" / "demo_class"


def help_rule(min_score: float = HELP_SCORE, max_missing: int = HELP_MISSING) -> str:
    """The rule for "needs help", in words a teacher can check by hand."""
    return (
        f"A learner needs help when their mean score on the exercises they did is below "
        f"{min_score:.0%}, when {max_missing} or more exercises are not done, or when "
        f"their post-check score is lower than their pre-check score."
    )


@dataclass
class LearnerFile:
    """One learner's saved answers: exercise id -> answer dict."""

    learner: str
    file: str
    answers: dict[str, dict[str, Any]]


@dataclass
class ClassProgress:
    """The learners of one folder, the files skipped, and the course's exercises."""

    folder: Path
    learners: list[LearnerFile]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    exercises: list[CourseExercise] = field(default_factory=list)

    # -- notes -----------------------------------------------------------------
    def note(self) -> str:
        """What was read, in plain words (also when the folder is empty)."""
        lines = []
        if not self.learners:
            lines.append(
                f"No learner progress files in {self.folder.name}/ yet. Each learner's file "
                "appears there after they press Check in an exercise."
            )
        else:
            lines.append(
                f"{len(self.learners)} learners in {self.folder.name}/; "
                f"{len(self.exercises)} course exercises and the pre/post check."
            )
        lines += [f"Skipped {name}: {why}" for name, why in self.skipped]
        unknown = sorted(
            {e for lf in self.learners for e in lf.answers}
            - {ex.exercise_id for ex in self.exercises}
            - {check_id(p) for p in PHASES}
        ) if self.learners else []  # fmt: skip
        if unknown:
            lines.append(
                f"Answers to {len(unknown)} exercises that are not in the course notebooks "
                f"were left out: {', '.join(unknown)}."
            )
        return "\n".join(lines)

    # -- the long table ---------------------------------------------------------
    @cached_property
    def _scored(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        rows, wrong = [], []
        for lf in self.learners:
            for ex in self.exercises:
                answer = lf.answers.get(ex.exercise_id)
                row = {"learner": lf.learner, "notebook": ex.notebook, "exercise": ex.title,
                       "done": answer is not None, "correct": None, "total": None,
                       "score": None}  # fmt: skip
                if answer is not None:
                    try:
                        scored = ex.score(answer)
                    except (KitError, TypeError, ValueError, AttributeError) as exc:
                        self.skipped.append((lf.file, f"{ex.title}: answer not readable ({exc})"))
                        scored = None
                    if scored is not None:
                        row.update(correct=scored.correct, total=scored.total, score=scored.score)
                        for what, sentence in scored.wrong:
                            wrong.append({"exercise": ex.title, "wrong answer": what,
                                          "sentence": sentence, "learner": lf.learner})  # fmt: skip
                rows.append(row)
        columns = ["learner", "notebook", "exercise", "done", "correct", "total", "score"]
        results = pd.DataFrame(rows, columns=columns)
        wrong_df = pd.DataFrame(wrong, columns=["exercise", "wrong answer", "sentence", "learner"])
        return results, wrong_df

    @property
    def results(self) -> pd.DataFrame:
        """One row per learner and course exercise: done, correct, total, score (0..1)."""
        return self._scored[0].copy()

    # -- per exercise -------------------------------------------------------------
    def exercise_table(self) -> pd.DataFrame:
        """Per exercise: how many learners did it, and their mean score (%)."""
        res = self.results
        if res.empty:
            return pd.DataFrame(columns=["exercise", "done", "not done", "mean score %"])
        res["score"] = res["score"].astype(float)
        table = res.groupby("exercise", sort=False).agg(
            done=("done", "sum"), learners=("done", "size"), mean=("score", "mean")
        )
        out = pd.DataFrame({
            "exercise": table.index,
            "done": table["done"].astype(int).values,
            "not done": (table["learners"] - table["done"]).astype(int).values,
            "mean score %": (table["mean"] * 100).round(0).values,
        })  # fmt: skip
        return out.reset_index(drop=True)

    def common_wrong_answers(self, top: int = 10) -> pd.DataFrame:
        """The ``top`` commonest wrong answers: exercise, answer, sentence, how many learners."""
        wrong = self._scored[1]
        if wrong.empty:
            return pd.DataFrame(columns=["exercise", "wrong answer", "learners", "sentence"])
        grouped = (
            wrong.groupby(["exercise", "wrong answer", "sentence"], sort=False)["learner"]
            .nunique()
            .reset_index(name="learners")
        )
        grouped = grouped.sort_values("learners", ascending=False, kind="stable").head(top)
        return grouped[["exercise", "wrong answer", "learners", "sentence"]].reset_index(drop=True)

    # -- per learner ------------------------------------------------------------
    def learner_table(
        self, min_score: float = HELP_SCORE, max_missing: int = HELP_MISSING
    ) -> pd.DataFrame:
        """Per learner: exercises done, mean score (%), the pre/post change, needs help and why."""
        columns = ["learner", "done", "not done", "mean score %", "pre → post", "needs help", "why"]
        if not self.learners:
            return pd.DataFrame(columns=columns)
        res = self.results
        res["score"] = res["score"].astype(float)
        prepost = self.prepost_table(with_class=False).set_index("learner")
        rows = []
        for lf in self.learners:
            mine = res[res["learner"] == lf.learner]
            done = int(mine["done"].sum())
            missing = len(mine) - done
            mean = mine["score"].mean()
            pre, post = prepost.loc[lf.learner, "pre %"], prepost.loc[lf.learner, "post %"]
            reasons = []
            if pd.notna(mean) and mean < min_score:
                reasons.append(f"mean score {mean:.0%}")
            if missing >= max_missing:
                reasons.append(f"{missing} exercises not done")
            if pd.notna(pre) and pd.notna(post) and post < pre:
                reasons.append(f"post-check lower than pre-check ({pre:.0f}% → {post:.0f}%)")
            change = f"{pre:.0f}% → {post:.0f}%" if pd.notna(pre) and pd.notna(post) else "–"
            rows.append({
                "learner": lf.learner, "done": done, "not done": missing,
                "mean score %": round(mean * 100) if pd.notna(mean) else None,
                "pre → post": change, "needs help": bool(reasons), "why": "; ".join(reasons),
            })  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def needs_help(
        self, min_score: float = HELP_SCORE, max_missing: int = HELP_MISSING
    ) -> pd.DataFrame:
        """The learners who need help under :func:`help_rule`, with the reason."""
        table = self.learner_table(min_score, max_missing)
        if table.empty:
            return pd.DataFrame(columns=["learner", "why"])
        return table[table["needs help"]][["learner", "why"]].reset_index(drop=True)

    # -- pre/post ---------------------------------------------------------------
    def prepost_table(self, with_class: bool = True) -> pd.DataFrame:
        """Per learner: pre-check and post-check score (%) and the change; a class row last."""
        columns = ["learner", "pre %", "post %", "change"]
        rows = []
        for lf in self.learners:
            row: dict[str, Any] = {"learner": lf.learner}
            for phase in PHASES:
                answer = lf.answers.get(check_id(phase))
                verdicts = score_answer(phase, answer) if answer is not None else None
                n = len(check_items(phase))
                row[f"{phase} %"] = (
                    round(100 * sum(v is True for v in verdicts.values()) / n)
                    if verdicts is not None and n
                    else None
                )
            rows.append(row)
        table = pd.DataFrame(rows, columns=columns[:3])
        for col in ("pre %", "post %"):
            table[col] = table[col].astype(float)
        table["change"] = table["post %"] - table["pre %"]
        if with_class and not table.empty:
            both = table.dropna(subset=["pre %", "post %"])
            table.loc[len(table)] = {
                "learner": f"class (the {len(both)} who did both)",
                "pre %": both["pre %"].mean() if len(both) else None,
                "post %": both["post %"].mean() if len(both) else None,
                "change": both["change"].mean() if len(both) else None,
            }
            for col in ("pre %", "post %", "change"):
                table[col] = table[col].astype(float).round(0)
        return table

    def prepost_by_skill(self) -> pd.DataFrame:
        """For each skill: the share of learners right before and after (%)."""
        names = skills()
        rows = []
        for skill, title in names.items():
            row: dict[str, Any] = {"skill": title}
            for phase in PHASES:
                verdicts = [
                    score_answer(phase, lf.answers[check_id(phase)]).get(skill)
                    for lf in self.learners
                    if check_id(phase) in lf.answers
                ]
                row[f"{phase} % right"] = (
                    round(100 * sum(v is True for v in verdicts) / len(verdicts))
                    if verdicts
                    else None
                )
            rows.append(row)
        return pd.DataFrame(rows, columns=["skill", "pre % right", "post % right"])

    # -- charts -------------------------------------------------------------------
    def completion_chart(self) -> Figure:
        """How many learners did each exercise, and their mean score."""
        table = self.exercise_table()
        fig = Figure(figsize=(8, 0.4 * max(len(table), 4) + 1.2), dpi=100, layout="constrained")
        ax_done, ax_score = fig.subplots(1, 2, sharey=True)
        if table.empty or not self.learners:
            return _empty(fig, "No learners yet: nothing to chart.")
        y = range(len(table))
        ax_done.barh(y, table["done"], color="#444444", label="done")
        ax_done.barh(y, table["not done"], left=table["done"], color="#dddddd", hatch="//",
                     edgecolor="#888888", label="not done")  # fmt: skip
        ax_done.set_yticks(list(y), table["exercise"])
        ax_done.invert_yaxis()
        ax_done.set_xlabel("learners")
        ax_done.legend(loc="lower right", fontsize="small")
        ax_done.set_title("Done")
        ax_score.barh(y, table["mean score %"].fillna(0), color="#777777")
        ax_score.axvline(HELP_SCORE * 100, color="black", linestyle="--", linewidth=1)
        ax_score.set_xlim(0, 100)
        ax_score.set_xlabel("mean score % (dashed: the help line)")
        ax_score.set_title("Score")
        return fig

    def prepost_chart(self) -> Figure:
        """Each learner's pre-check and post-check score, joined by a line."""
        table = self.prepost_table(with_class=False).dropna(subset=["pre %", "post %"])
        fig = Figure(figsize=(6, 4), dpi=100, layout="constrained")
        ax = fig.subplots()
        if table.empty:
            return _empty(fig, "No learner has done both the pre- and the post-check yet.")
        for _, row in table.iterrows():
            style = "-" if row["change"] >= 0 else ":"
            ax.plot([0, 1], [row["pre %"], row["post %"]], style, marker="o", color="#555555")
        ax.plot([0, 1], [table["pre %"].mean(), table["post %"].mean()], "-", marker="s",
                color="black", linewidth=3, label="class mean")  # fmt: skip
        ax.set_xticks([0, 1], ["pre (notebook 0)", "post (notebook 5)"])
        ax.set_xlim(-0.3, 1.3)
        ax.set_ylim(-5, 105)
        ax.set_ylabel("score %")
        ax.set_title("Pre/post check (dotted: went down)")
        ax.legend(loc="lower right", fontsize="small")
        return fig

    # -- export -------------------------------------------------------------------
    def export(self, out_dir: str | Path) -> list[Path]:
        """Write ``answers.csv`` (every answer, :func:`kit.progress.export_class_csv`),
        ``learners.csv``, ``exercises.csv``, ``wrong_answers.csv`` and ``prepost.csv``."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = [export_class_csv(self.folder, out / "answers.csv").path]
        tables = {
            "learners.csv": self.learner_table(),
            "exercises.csv": self.exercise_table(),
            "wrong_answers.csv": self.common_wrong_answers(top=1000),
            "prepost.csv": self.prepost_table(),
        }
        for name, table in tables.items():
            safe = table.map(lambda v: csv_safe(v) if isinstance(v, str) else v)
            safe.columns = [csv_safe(str(c)) for c in safe.columns]
            safe.to_csv(out / name, index=False)
            written.append(out / name)
        return written


def _empty(fig: Figure, message: str) -> Figure:
    for ax in fig.axes:
        ax.set_axis_off()
    fig.axes[0].text(0, 0.5, message, fontsize=12, va="center")
    return fig


def load_class(
    folder: str | Path | None = None, notebooks: str | Path | None = None
) -> ClassProgress:
    """Read every ``*.json`` progress file in ``folder`` (default: the demo class).

    Unreadable files are skipped and listed in ``skipped``; nothing is written.
    """
    base = Path(folder) if folder is not None else DEMO_CLASS
    if not base.is_dir():
        raise KitError(f"no such class folder: {base}")
    learners: list[LearnerFile] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(p for p in base.glob("*.json") if not p.name.startswith(".")):
        try:
            data = read_progress_file(path)
        except ProgressError as exc:
            skipped.append((path.name, str(exc)))
            continue
        answers = {k: v["answer"] for k, v in data["answers"].items()}
        learners.append(LearnerFile(str(data.get("learner") or path.stem), path.name, answers))
    exercises = course_exercises(notebooks) if learners else []
    return ClassProgress(base, learners, skipped, exercises)
