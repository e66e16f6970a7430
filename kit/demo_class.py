"""A made-up class for the teacher dashboard: deterministic learner progress files.

``make_demo_class(folder, n=12, seed=2026)`` writes one progress file per learner
through the real :class:`kit.progress.ProgressStore`, with answers to the real
course exercises (:func:`kit.class_exercises.course_exercises`) and the pre/post
check. Each learner has a skill level and a point where they stopped, so the class
has strong and weak learners, exercises not done and common mistakes. The answers
come from the exercises' truth: a learner gets each part right with their skill's
probability, and when wrong usually makes the mistake most of the class makes.
The same seed gives byte-identical files (timestamps are set from the seed's
fixed lesson dates, not the clock). ``data/demo_class/`` is made with the defaults.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kit.class_exercises import CourseExercise, course_exercises
from kit.progress import ProgressStore, read_progress_file
from kit.widgets.checks import check_id, check_items

NAMES = (
    "Amira Haddad", "Ben Okoro", "Chloé Martin", "Dev Patel", "Elif Yılmaz", "Finn Murphy",
    "Grace Mensah", "Hugo Lindgren", "Isla Campbell", "Jonas Weber", "Kenji Sato",
    "Lucía Romero", "Maya Cohen", "Nils Berg", "Olu Adeyemi", "Priya Shah",
)  # fmt: skip
#: the first lesson; notebook k is done k days later
FIRST_LESSON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BROKEN_NAME = "Theo_Brandt.json"
#: the notebook with the post-check
POST_NOTEBOOK = 5


def _notebook_number(ex: CourseExercise) -> int:
    return int(ex.notebook.split("_", 1)[0])


def _predict(ex: CourseExercise, rng: random.Random, skill: float, bias: random.Random) -> dict:
    logic = ex.logic
    marked = {logic.annotated.sentence_of(m.start) for m in logic.targets}
    # the sentences most of the class gets wrong: the same ones for everyone
    tricky = set(bias.sample(logic.sentence_ids, k=min(2, len(logic.sentence_ids))))
    ticks = []
    for i in logic.sentence_ids:
        right = rng.random() < (skill - 0.25 if i in tricky else skill + 0.1)
        if (i in marked) == right:
            ticks.append(i)
    return {"sentences": ticks}


def _who_said_it(ex: CourseExercise, rng: random.Random, skill: float, bias: random.Random):
    logic = ex.logic
    answer: dict[str, Any] = {}
    for i, said in enumerate(logic.items):
        others = [o for o in logic.options if o != said.canonical]
        # a namesake is the tempting mistake; otherwise one fixed distractor per item
        surname = said.canonical.split()[-1]
        namesakes = [o for o in others if surname in o.split()]
        tempting = namesakes[0] if namesakes else bias.choice(others)
        if rng.random() < skill:
            answer[str(i)] = said.canonical
        elif rng.random() < 0.75:
            answer[str(i)] = tempting
        else:
            answer[str(i)] = rng.choice(others)
    return answer


def _certainty(ex: CourseExercise, rng: random.Random, skill: float, bias: random.Random):
    logic = ex.logic
    answer = {}
    for i in logic.sentence_ids:
        level = logic.level(i)
        if rng.random() < skill:
            answer[str(i)] = max(-2, min(2, level + rng.choice((0, 0, 1, -1)) * (level != 0)))
        else:
            answer[str(i)] = rng.choice([v for v in (-2, -1, 0, 1, 2) if (v > 0) - (v < 0)
                                         != (level > 0) - (level < 0)])  # fmt: skip
    return answer


def _source_map(ex: CourseExercise, rng: random.Random, skill: float, bias: random.Random):
    logic = ex.logic
    answer = {}
    for src in logic.sources:
        named = "named" if src.named else "unnamed"
        types = ("named_person", "named_organization", "anonymous", "unnamed_group", "document")
        wrong_type = bias.choice([t for t in types if t != src.type])
        answer[src.canonical] = {
            "named": named if rng.random() < skill + 0.15 else
            ("unnamed" if src.named else "named"),
            "type": src.type if rng.random() < skill else wrong_type,
            "outlet_exclusive": src.outlet_exclusive if rng.random() < skill
            else not src.outlet_exclusive,
            "attributions": src.attributions if rng.random() < skill
            else max(0, src.attributions + rng.choice((-1, 1))),
            "independent": rng.choice(("yes", "no", "can't tell")),
            "multiple": rng.choice(("yes", "no", "can't tell")),
            "verifies": rng.choice(("verifies", "asserts", "can't tell")),
            "authoritative": rng.choice(("yes", "no", "can't tell")),
        }  # fmt: skip
    return answer


def _rewrite(ex: CourseExercise, rng: random.Random, skill: float, bias: random.Random):
    logic = ex.logic
    text = logic.original
    for mark in sorted(logic.loaded, key=lambda a: a.start, reverse=True):
        if rng.random() < skill and mark.neutral:
            text = text[: mark.start] + mark.neutral + text[mark.end :]
    return {"rewrite": text}


MAKERS = {
    "PredictThenReveal": _predict,
    "WhoSaidIt": _who_said_it,
    "CertaintyMeter": _certainty,
    "SourceMap": _source_map,
    "RewriteChallenge": _rewrite,
}


def _check_answer(phase: str, rng: random.Random, skill: float) -> dict[str, str]:
    answer = {}
    for item in check_items(phase):
        if rng.random() < skill:
            answer[item.skill] = item.answer
        else:
            answer[item.skill] = rng.choice([o for o in item.options if o != item.answer])
    return answer


def make_demo_class(
    folder: str | Path, n: int = 12, seed: int = 2026, broken: bool = True
) -> list[Path]:
    """Write ``n`` learners' progress files into ``folder`` (emptied of ``*.json`` first).

    Only the progress files are left: the store's backups and lock files, which a
    real class folder keeps while learners work, are removed from the fixture.

    With ``broken``, one more file is cut off halfway, as a damaged hand-in would be,
    to show how the dashboard skips it. Returns the files written, sorted.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    rng = random.Random(seed)
    exercises = course_exercises()
    names = [NAMES[i] if i < len(NAMES) else f"Learner {i + 1}" for i in range(n)]
    stamps: dict[str, dict[str, str]] = {}
    for k, name in enumerate(names):
        skill = 0.35 + 0.6 * rng.random()
        # most learners get to the end (the post-check is in notebook 5); every fourth
        # one stops after notebook 2 or 3
        stop = POST_NOTEBOOK if k % 4 != 3 else rng.choice((2, 3))
        store = ProgressStore.for_learner(name, folder=out)
        plan: list[tuple[str, dict[str, Any], int]] = []
        plan.append((check_id("pre"), _check_answer("pre", rng, skill - 0.2), 0))
        for index, ex in enumerate(exercises):
            day = _notebook_number(ex)
            if day > stop or rng.random() < 0.08:
                continue
            bias = random.Random(f"{seed}:{index}")
            plan.append((ex.exercise_id, MAKERS[ex.widget](ex, rng, skill, bias), day))
        if stop >= POST_NOTEBOOK:
            post = _check_answer("post", rng, min(skill + 0.15, 0.98))
            plan.append((check_id("post"), post, POST_NOTEBOOK))
        times: dict[str, str] = {}
        minute = 5
        for exercise_id, answer, day in plan:
            store.set(exercise_id, answer)
            minute += 3 + rng.randrange(6)
            when = FIRST_LESSON + timedelta(days=day, minutes=minute + 7 * k)
            times[exercise_id] = when.isoformat(timespec="seconds")
        stamps[store.path.name] = times
    for name, times in stamps.items():
        _set_times(out / name, times)
    if broken:
        whole = json.dumps({"schema": "kit.progress/1", "learner": "Theo Brandt",
                            "answers": {check_id("pre"): {"answer": {}}}}, indent=1)  # fmt: skip
        (out / BROKEN_NAME).write_text(whole[: len(whole) // 2], encoding="utf-8")
    for leftover in [*out.glob("*.json.bak"), *out.glob(".*.json.lock")]:
        leftover.unlink()
    return sorted(out.glob("*.json"))


def _set_times(path: Path, times: dict[str, str]) -> None:
    """Replace the clock's ``saved_at`` by the lesson times (the rest of the file unchanged)."""
    data = read_progress_file(path)
    for exercise, entry in data["answers"].items():
        entry["saved_at"] = times[exercise]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
