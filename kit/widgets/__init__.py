"""Exercise widgets: the learner commits an answer, then sees the kit's.

Every exercise is a plain-Python logic class in :mod:`kit.widgets.exercises`
(testable without a browser) wrapped by a thin ipywidgets shell here. A shell
exposes ``.widget`` (the root box), displays itself in a notebook, and keeps its
controls as attributes so a test or a notebook can set ``.value`` and call
``.click()``. Feedback is HTML in ``.feedback.value`` (article text escaped);
``.feedback_text()`` gives it as plain text. Outputs hold no timestamps or
random ids. ``.logic`` is the logic object, ``.last`` the last
:class:`~kit.widgets.exercises.Feedback` (``score``, ``html``, ``correct``, ``total``).

Sources: ``stem`` is a practice article's name (``data/articles/<stem>.md`` with
its answer key ``data/answers/<stem>.yaml``): the learner is compared with the
key. An :class:`~kit.annotated.AnnotatedArticle` instead is compared with the
kit's own marks (or with ``key=``, a :class:`kit.evaluate.Key` or a key path, if given).

Progress: pass ``store=ProgressStore.for_learner(name)`` (:mod:`kit.progress`);
each Check saves the answer under ``exercise_id`` (a stable default is derived
from the exercise and article) and a new widget restores it, checked again
(feedback shown, reveal open) but not re-saved. A store warning
(an unreadable progress file) shows in the widget's ``.notice`` HTML.

API (keyword arguments after ``*``; every exercise but RewriteChallenge also
takes ``key=`` (a Key or a key path), and all take ``store=`` (a ProgressStore)
and ``exercise_id=``). Every exercise shell has ``.widget``, ``.logic``,
``.notice`` (HTML), ``.check`` (Button), ``.feedback`` (HTML), ``.last``
(Feedback or None) and ``.feedback_text()``::

    practice(stem) -> (AnnotatedArticle, kit.evaluate.Key)     # cached

    PredictThenReveal(stem, category="hedge", *, mode="sentences", sentences=None)
        category: "hedge" | "booster" | "loaded" | "attribution"
        .marks: list[Checkbox]  (mode "sentences"; one per .sentence_ids entry)
        .words: Text            (mode "words"; comma-separated words/phrases)
        .check, .reveal: Button (reveal is disabled until a check)
        .feedback, .revealed, .notice: HTML
    WhoSaidIt(stem, *, limit=None)
        .answers: list[Dropdown]  (options: canonical sources; None = unanswered)
        .check: Button; .feedback, .notice: HTML
    SourceMap(stem)
        .rows: list[SourceRow]; .rows_by_source[canonical] -> SourceRow with
            .named ("named"|"unnamed"), .type (guide section 2 types),
            .outlet_exclusive (Checkbox), .attributions (BoundedIntText),
            .independent, .multiple, .authoritative ("yes"|"no"|"can't tell"),
            .verifies ("verifies"|"asserts"|"can't tell")
        .check: Button; .feedback, .notice: HTML
    CertaintyMeter(stem, *, sentences=None, n=5)
        .sliders: list[IntSlider -2..2] (one per .sentence_ids entry)
        .check: Button; .feedback, .notice: HTML
    RewriteChallenge(text, *, sentence=None, annotate=None)
        text: a sentence (str), or an AnnotatedArticle with sentence=<index>
        .rewrite: Textarea; .check: Button; .feedback, .notice: HTML
    ArticleExplorer(annotated_or_text, lens="attribution")
        .lens, .label: Dropdown; .output (= .feedback): HTML
    ArticleInput(text="", rows=14)
        .text: Textarea; .upload: FileUpload (.txt .md .html); .clear: Button
        .notice (= .feedback): HTML; .article -> kit.Article (an upload wins)
"""

from kit.widgets.exercises import (
    CertaintyExercise,
    Explorer,
    Feedback,
    PredictExercise,
    RewriteExercise,
    SourceMapExercise,
    WhoSaidItExercise,
)
from kit.widgets.shells import (
    ArticleExplorer,
    ArticleInput,
    CertaintyMeter,
    PredictThenReveal,
    RewriteChallenge,
    SourceMap,
    SourceRow,
    WhoSaidIt,
)
from kit.widgets.truth import Truth, practice

__all__ = [
    "ArticleExplorer",
    "ArticleInput",
    "CertaintyExercise",
    "CertaintyMeter",
    "Explorer",
    "Feedback",
    "PredictExercise",
    "PredictThenReveal",
    "RewriteChallenge",
    "RewriteExercise",
    "SourceMap",
    "SourceMapExercise",
    "SourceRow",
    "Truth",
    "WhoSaidIt",
    "WhoSaidItExercise",
    "practice",
]
