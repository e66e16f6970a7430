"""Thin ipywidgets shells around :mod:`kit.widgets.exercises`.

A shell builds controls, restores the learner's saved answer into them, and
on **Check** hands the controls' values to the logic class and puts the
feedback HTML into ``.feedback``. Nothing is printed, so notebook outputs
stay deterministic and nbval can compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as W

from kit.annotated import AnnotatedArticle
from kit.article import Article
from kit.errors import KitError
from kit.evaluate import Key
from kit.labels import SOURCE_TYPES
from kit.widgets.exercises import (
    RATINGS,
    SUBJECTIVE_CHOICES,
    CertaintyExercise,
    Exercise,
    Explorer,
    Feedback,
    PredictExercise,
    RewriteExercise,
    SourceMapExercise,
    WhoSaidItExercise,
)
from kit.widgets.render import esc, plain_text, quote

FULL = W.Layout(width="100%")
UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class _Shell:
    """Display plumbing shared by every exercise widget."""

    title = ""
    widget: W.Box
    feedback: W.HTML
    logic: Any

    def _summary(self) -> str:
        return f"{type(self).__name__}: {self.title}"

    def __repr__(self) -> str:
        return f"<{self._summary()}>"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = self.widget._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self._summary()  # short and stable for nbval
        return bundle

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)

    def feedback_text(self) -> str:
        """The feedback as plain text (to print in a notebook)."""
        return plain_text(self.feedback.value)

    def _show_error(self, exc: KitError) -> None:
        self.feedback.value = f"<p class='kit-warning'>⚠ {esc(exc)}</p>"


class _ExerciseShell(_Shell):
    """An exercise with a notice line, a Check button and a feedback area."""

    logic: Exercise | RewriteExercise
    last: Feedback | None = None

    def _frame(self, intro: str, body: list[W.Widget], extra: Sequence[W.Widget] = ()) -> None:
        self.notice = W.HTML(self.logic.notice_html())
        self.check = W.Button(description="Check", button_style="primary", icon="check")
        self.feedback = W.HTML("", layout=FULL)
        self.check.on_click(lambda _b: self._on_check())
        self.widget = W.VBox(
            [self.notice, W.HTML(intro), *body, W.HBox([self.check, *extra]), self.feedback],
            layout=FULL,
        )

    def answer(self) -> dict[str, Any]:
        """The learner's current answer, read off the controls."""
        raise KitError("this exercise has no answer")

    def _on_check(self, save: bool = True) -> None:
        try:
            self.last = self.logic.check(self.answer(), save=save)
        except KitError as exc:
            self._show_error(exc)
            return
        self.feedback.value = self.last.html
        self.notice.value = self.logic.notice_html()
        self._after_check()

    def _after_check(self) -> None:
        """Hook: enable what a check unlocks."""

    def _resume(self) -> None:
        """A learner who answered before sees that answer checked again (not re-saved)."""
        if self.logic.saved() is not None:
            self._on_check(save=False)


# -- 1 ------------------------------------------------------------------------------
class PredictThenReveal(_ExerciseShell):
    """Mark where you think a category's marks are; check; only then reveal the kit's.

    Controls: ``marks`` (one Checkbox per sentence shown, in ``sentence_ids`` order;
    mode ``"sentences"``) or ``words`` (Text, comma-separated; mode ``"words"``),
    ``check`` and ``reveal`` (Buttons), ``feedback`` and ``revealed`` (HTML).
    """

    def __init__(
        self,
        stem: str | AnnotatedArticle,
        category: str = "hedge",
        *,
        mode: str = "sentences",
        sentences: list[int] | None = None,
        key: Key | str | Path | None = None,
        store: Any = None,
        exercise_id: str | None = None,
    ) -> None:
        self.logic = PredictExercise(
            stem,
            category,
            mode=mode,
            sentences=sentences,
            key=key,
            store=store,
            exercise_id=exercise_id,
        )
        lg = self.logic
        self.title = f"{lg.noun} in {lg.exercise_id.rsplit(':', 1)[-1]}"
        self.sentence_ids = list(lg.sentence_ids)
        self.marks: list[W.Checkbox] = []
        self.words = W.Text(
            placeholder="e.g. might, perhaps", description="Your words", layout=FULL
        )
        body: list[W.Widget] = []
        if mode == "sentences":
            for i in self.sentence_ids:
                box = W.Checkbox(value=False, description=f"Sentence {i + 1}", indent=False,
                                 layout=W.Layout(width="8em"))  # fmt: skip
                self.marks.append(box)
                body.append(W.HBox([box, W.HTML(f"<p>{esc(lg.sentence_text(i))}</p>")]))
        else:
            body.append(self.words)
        self.reveal = W.Button(description="Reveal the kit's marks", disabled=True, icon="eye")
        self.revealed = W.HTML("", layout=FULL)
        self.reveal.on_click(lambda _b: self._on_reveal())
        self._frame(lg.question_html(), body, [self.reveal])
        self.widget.children = (*self.widget.children, self.revealed)
        self._restore(lg.saved())
        self._resume()

    def _restore(self, saved: dict[str, Any] | None) -> None:
        if not saved:
            return
        picked = {int(i) for i in saved.get("sentences", [])}
        for i, box in zip(self.sentence_ids, self.marks, strict=True):
            box.value = i in picked
        self.words.value = str(saved.get("words", ""))

    def answer(self) -> dict[str, Any]:
        if self.logic.mode == "words":
            return {"words": self.words.value}
        picked = [i for i, box in zip(self.sentence_ids, self.marks, strict=True) if box.value]
        return {"sentences": picked}

    def _after_check(self) -> None:
        self.reveal.disabled = False

    def _on_reveal(self) -> None:
        self.revealed.value = self.logic.reveal_html()


# -- 2 ------------------------------------------------------------------------------
class WhoSaidIt(_ExerciseShell):
    """Pick who said each passage.

    Controls: ``answers`` (one Dropdown per passage, options = canonical sources,
    ``None`` = not answered), ``check`` (Button), ``feedback`` (HTML).
    """

    def __init__(
        self,
        stem: str | AnnotatedArticle,
        *,
        limit: int | None = None,
        key: Key | str | Path | None = None,
        store: Any = None,
        exercise_id: str | None = None,
    ) -> None:
        self.logic = lg = WhoSaidItExercise(
            stem, limit=limit, key=key, store=store, exercise_id=exercise_id
        )
        self.title = f"{len(lg.items)} passages"
        options = [("— who said it? —", None)] + [(n, n) for n in lg.options]
        self.answers: list[W.Dropdown] = []
        body: list[W.Widget] = []
        for i in range(len(lg.items)):
            dd = W.Dropdown(
                options=options,
                value=None,
                description=f"Passage {i + 1}",
                style={"description_width": "initial"},
                layout=W.Layout(width="26em"),
            )
            self.answers.append(dd)
            body += [W.HTML(lg.item_html(i)), dd]
        self._frame("<p>Who said it? Pick the source of each passage.</p>", body)
        saved = lg.saved() or {}
        for i, dd in enumerate(self.answers):
            if saved.get(str(i)) in lg.options:
                dd.value = saved[str(i)]
        self._resume()

    def answer(self) -> dict[str, Any]:
        return {str(i): dd.value for i, dd in enumerate(self.answers) if dd.value is not None}


# -- 3 ------------------------------------------------------------------------------
class SourceRow:
    """The controls for one source: ``named``, ``type``, ``outlet_exclusive``,
    ``attributions`` (objective) and ``independent``, ``multiple``, ``verifies``,
    ``authoritative`` (subjective)."""

    def __init__(self, canonical: str, description: str) -> None:
        self.canonical = canonical
        pick = [("—", None)]
        yes_no = pick + [(c, c) for c in SUBJECTIVE_CHOICES]
        small = W.Layout(width="auto")
        self.named = W.Dropdown(options=pick + [("named", "named"), ("unnamed", "unnamed")],
                                description="Named?", layout=small)  # fmt: skip
        self.type = W.Dropdown(
            options=pick + [(t.replace("_", " "), t) for t in SOURCE_TYPES],
            description="Type",
            layout=small,
        )
        self.outlet_exclusive = W.Checkbox(description="spoke to this outlet", indent=False)
        self.attributions = W.BoundedIntText(value=0, min=0, max=999, description="Times cited",
                                             layout=W.Layout(width="12em"))  # fmt: skip
        self.independent = W.Dropdown(options=yes_no, description="Independent", layout=small)
        self.multiple = W.Dropdown(options=yes_no, description="Multiple", layout=small)
        self.verifies = W.Dropdown(
            options=pick + [("verifies", "verifies"), ("asserts", "asserts"),
                            ("can't tell", "can't tell")],
            description="Verifies?",
            layout=small,
        )  # fmt: skip
        self.authoritative = W.Dropdown(options=yes_no, description="Authoritative",
                                        layout=small)  # fmt: skip
        head = f"<b>{esc(canonical)}</b>" + (f" — {quote(description)}" if description else "")
        self.box = W.VBox(
            [
                W.HTML(head),
                W.HBox([self.named, self.type, self.outlet_exclusive, self.attributions]),
                W.HBox([self.independent, self.multiple, self.verifies, self.authoritative]),
            ]
        )

    FIELDS = (
        "named",
        "type",
        "outlet_exclusive",
        "attributions",
        "independent",
        "multiple",
        "verifies",
        "authoritative",
    )

    def answer(self) -> dict[str, Any]:
        return {f: getattr(self, f).value for f in self.FIELDS}

    def restore(self, saved: dict[str, Any]) -> None:
        for f in self.FIELDS:
            control = getattr(self, f)
            value = saved.get(f)
            if value is None:
                continue
            options = getattr(control, "options", None)
            if options is None or value in [v for _, v in options]:
                control.value = value


class SourceMap(_ExerciseShell):
    """Judge each source (IMVAIN).

    Controls: ``rows`` (one :class:`SourceRow` per source, in ``logic.sources`` order;
    ``rows_by_source[canonical]``), ``check`` (Button), ``feedback`` (HTML).
    """

    def __init__(
        self,
        stem: str | AnnotatedArticle,
        *,
        key: Key | str | Path | None = None,
        store: Any = None,
        exercise_id: str | None = None,
    ) -> None:
        self.logic = lg = SourceMapExercise(stem, key=key, store=store, exercise_id=exercise_id)
        self.title = f"{len(lg.sources)} sources"
        self.rows = [SourceRow(s.canonical, s.description) for s in lg.sources]
        self.rows_by_source = {r.canonical: r for r in self.rows}
        intro = (
            "<p>For each source: is it <b>I</b>ndependent? Are there <b>M</b>ultiple sources? "
            "Does it <b>V</b>erify or assert? Is it <b>A</b>uthoritative or informed? "
            "Is it <b>N</b>amed? Then press <b>Check</b>.</p>"
        )
        self._frame(intro, [r.box for r in self.rows])
        saved = lg.saved() or {}
        for r in self.rows:
            r.restore(saved.get(r.canonical) or {})
        self._resume()

    def answer(self) -> dict[str, Any]:
        return {r.canonical: r.answer() for r in self.rows}


# -- 4 ------------------------------------------------------------------------------
class CertaintyMeter(_ExerciseShell):
    """Rate how sure each sentence sounds.

    Controls: ``sliders`` (one IntSlider -2..2 per sentence, in ``sentence_ids`` order),
    ``check`` (Button), ``feedback`` (HTML).
    """

    def __init__(
        self,
        stem: str | AnnotatedArticle,
        *,
        sentences: list[int] | None = None,
        n: int = 5,
        key: Key | str | Path | None = None,
        store: Any = None,
        exercise_id: str | None = None,
    ) -> None:
        self.logic = lg = CertaintyExercise(
            stem, sentences=sentences, n=n, key=key, store=store, exercise_id=exercise_id
        )
        self.sentence_ids = list(lg.sentence_ids)
        self.title = f"{len(self.sentence_ids)} sentences"
        self.sliders: list[W.IntSlider] = []
        body: list[W.Widget] = []
        scale = ", ".join(f"{k:+d} {v}" for k, v in RATINGS.items())
        for i in self.sentence_ids:
            s = W.IntSlider(value=0, min=-2, max=2, description="How sure?")
            self.sliders.append(s)
            body += [W.HTML(f"<p>{esc(lg.annotated.sentence_text(i).strip())}</p>"), s]
        self._frame(f"<p>How sure does each sentence sound? ({esc(scale)})</p>", body)
        saved = lg.saved() or {}
        for i, s in zip(self.sentence_ids, self.sliders, strict=True):
            value = saved.get(str(i))
            if isinstance(value, int) and -2 <= value <= 2:
                s.value = value
        self._resume()

    def answer(self) -> dict[str, Any]:
        return {str(i): s.value for i, s in zip(self.sentence_ids, self.sliders, strict=True)}


# -- 5 ------------------------------------------------------------------------------
class RewriteChallenge(_ExerciseShell):
    """Rewrite a loaded sentence neutrally; the kit re-annotates it at once.

    Controls: ``rewrite`` (Textarea), ``check`` (Button), ``feedback`` (HTML).
    """

    def __init__(
        self,
        text: str | AnnotatedArticle,
        *,
        sentence: int | None = None,
        store: Any = None,
        exercise_id: str | None = None,
        annotate: Any = None,
    ) -> None:
        self.logic = lg = RewriteExercise(
            text, sentence=sentence, store=store, exercise_id=exercise_id, annotate=annotate
        )
        self.title = f"{len(lg.loaded)} loaded words"
        self.rewrite = W.Textarea(
            placeholder="Your neutral version…", description="Rewrite", layout=FULL, rows=3
        )
        self._frame(lg.question_html(), [self.rewrite])
        saved = lg.saved()
        if saved:
            self.rewrite.value = str(saved.get("rewrite", ""))
        self._resume()

    def answer(self) -> dict[str, Any]:
        return {"rewrite": self.rewrite.value}


# -- 6 ------------------------------------------------------------------------------
class ArticleExplorer(_Shell):
    """Browse an article's marks by lens and label.

    Controls: ``lens`` (Dropdown: attribution, hedge, booster, loaded, sources),
    ``label`` (Dropdown, ``"all"`` first), ``output`` (HTML; also ``feedback``).
    """

    def __init__(self, annotated_or_text: AnnotatedArticle | str, lens: str = "attribution"):
        self.logic = lg = Explorer(annotated_or_text)
        self.title = ", ".join(t for t, _ in lg.lenses())
        self.lens = W.Dropdown(options=lg.lenses(), value=lens, description="Lens")
        self.label = W.Dropdown(options=["all", *lg.labels(lens)], value="all",
                                description="Label")  # fmt: skip
        self.output = self.feedback = W.HTML(lg.html(lens), layout=FULL)
        self.lens.observe(self._on_lens, names="value")
        self.label.observe(lambda _c: self._update(), names="value")
        self.widget = W.VBox([W.HBox([self.lens, self.label]), self.output], layout=FULL)

    def _on_lens(self, _change: Any) -> None:
        self.label.options = ["all", *self.logic.labels(self.lens.value)]
        self.label.value = "all"
        self._update()

    def _update(self) -> None:
        self.output.value = self.logic.html(self.lens.value, self.label.value)


# -- 7 ------------------------------------------------------------------------------
class ArticleInput(_Shell):
    """Paste an article or upload a file; ``.article`` reads whichever was given.

    Controls: ``text`` (Textarea, may be pre-filled), ``upload`` (FileUpload for
    .txt, .md, .html), ``notice`` (HTML: what will be read). An uploaded file wins
    over the text box; ``clear`` (Button) forgets the upload.
    """

    title = "your article"

    def __init__(self, text: str = "", rows: int = 14) -> None:
        self.text = W.Textarea(value=text, rows=rows, layout=FULL, description="Article",
                               placeholder="Paste the article here")  # fmt: skip
        self.upload = W.FileUpload(accept=",".join(UPLOAD_SUFFIXES), multiple=False,
                                   description="Upload a file")  # fmt: skip
        self.clear = W.Button(description="Use the text box", icon="times")
        self.notice = self.feedback = W.HTML(layout=FULL)
        self.upload.observe(lambda _c: self._update(), names="value")
        self.text.observe(lambda _c: self._update(), names="value")
        self.clear.on_click(lambda _b: setattr(self.upload, "value", ()))
        self.widget = W.VBox([self.text, W.HBox([self.upload, self.clear]), self.notice],
                             layout=FULL)  # fmt: skip
        self._update()

    @property
    def article(self) -> Article:
        """The uploaded file's article if there is one, else the text box's."""
        if self.upload.value:
            file = self.upload.value[-1]
            return Article.from_bytes(bytes(file["content"]), str(file["name"]))
        if not self.text.value.strip():
            raise KitError("the text box is empty: paste an article or upload a file")
        return Article.from_text(self.text.value)

    def _update(self) -> None:
        if self.upload.value:
            name = self.upload.value[-1]["name"]
            self.notice.value = f"<p>The kit will read the uploaded file <b>{esc(name)}</b>.</p>"
        else:
            words = len(self.text.value.split())
            self.notice.value = f"<p>The kit will read the text box ({words:,} words).</p>"
