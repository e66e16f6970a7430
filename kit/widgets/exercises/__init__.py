"""The exercises' logic, in plain Python (no ipywidgets): answers in, feedback HTML out.

Each class takes the learner's answer as a plain dict (the same dict that is
saved in the :class:`~kit.progress.ProgressStore`) and returns a
:class:`Feedback` whose ``html`` is what the learner reads. The ipywidgets
shells in :mod:`kit.widgets.shells` only move values between controls and
these classes.

One module per exercise family: :mod:`~kit.widgets.exercises.predict`,
:mod:`~kit.widgets.exercises.who_said_it`, :mod:`~kit.widgets.exercises.source_map`,
:mod:`~kit.widgets.exercises.certainty`, :mod:`~kit.widgets.exercises.rewrite`,
:mod:`~kit.widgets.exercises.explorer`; what they share is in
:mod:`~kit.widgets.exercises.base`.
"""

from kit.labels import SOURCE_TYPES
from kit.widgets.exercises.base import CATEGORIES, Exercise, Feedback, article_id
from kit.widgets.exercises.certainty import RATINGS, CertaintyExercise
from kit.widgets.exercises.explorer import LENS_TITLES, Explorer
from kit.widgets.exercises.predict import PredictExercise
from kit.widgets.exercises.rewrite import (
    NAME,
    NUMBER,
    OPENERS,
    RewriteExercise,
    fact_kept,
    facts_in,
)
from kit.widgets.exercises.source_map import (
    SUBJECTIVE,
    SUBJECTIVE_CHOICES,
    SourceMapExercise,
)
from kit.widgets.exercises.who_said_it import PRONOUNS, WhoSaidItExercise

__all__ = [
    "CATEGORIES",
    "LENS_TITLES",
    "NAME",
    "NUMBER",
    "OPENERS",
    "PRONOUNS",
    "RATINGS",
    "SOURCE_TYPES",
    "SUBJECTIVE",
    "SUBJECTIVE_CHOICES",
    "CertaintyExercise",
    "Exercise",
    "Explorer",
    "Feedback",
    "PredictExercise",
    "RewriteExercise",
    "SourceMapExercise",
    "WhoSaidItExercise",
    "article_id",
    "fact_kept",
    "facts_in",
]
