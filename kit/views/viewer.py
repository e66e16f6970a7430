"""``kit.show``: the highlighted article in a notebook, one switch per lens.

The switches are ipywidgets, so they work in JupyterLab even where scripts and
form inputs in HTML output are stripped; the article is re-rendered as plain
HTML each time. A drop-down lists every mark so its explanation can be read
without clicking in the text.
"""

from __future__ import annotations

import itertools
from html import escape
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.views.html import describe, label_title, lens_order, lens_styles, render_html

_ids = itertools.count(1)


class Viewer:
    """The notebook viewer. ``toggles[category].value = False`` hides a lens."""

    def __init__(self, annotated: AnnotatedArticle, lenses: list[str] | None = None) -> None:
        import ipywidgets as w

        self.annotated = annotated
        self.uid = f"kitshow{next(_ids)}"
        present = lens_order(annotated)
        wanted = present if lenses is None else [c for c in present if c in lenses]
        styles = lens_styles(present)
        self.toggles: dict[str, Any] = {}
        for cat in present:
            box = w.Checkbox(
                value=cat in wanted,
                description=f"{styles[cat].name} ({len(annotated.of(cat))})",
                indent=False,
                layout=w.Layout(width="auto"),
            )
            box.observe(self._refresh, names="value")
            self.toggles[cat] = box
        self.article_html = w.HTML()
        sources = {s.canonical: s for s in annotated.sources}
        self._notes = [
            (
                f"{i}. {label_title(a.category)}, {label_title(a.label)}: {_short(a.text)}",
                describe(a, sources),
            )
            for i, a in enumerate(annotated.annotations, 1)
        ]
        self.explain = w.Dropdown(
            options=[("Pick a mark to read why it was marked", -1)]
            + [(label, i) for i, (label, _) in enumerate(self._notes)],
            value=-1,
            description="Explain:",
            layout=w.Layout(width="95%"),
        )
        self.details = w.HTML()
        self.explain.observe(self._explain, names="value")
        self.widget = w.VBox(
            [
                w.HBox(list(self.toggles.values()), layout=w.Layout(flex_flow="row wrap")),
                self.article_html,
                self.explain,
                self.details,
            ]
        )
        self._refresh()

    @property
    def lenses(self) -> list[str]:
        """The lenses switched on."""
        return [cat for cat, box in self.toggles.items() if box.value]

    def _refresh(self, *_: Any) -> None:
        self.article_html.value = render_html(
            self.annotated, self.lenses, toggles=False, notes=False, uid=self.uid
        )

    def _explain(self, *_: Any) -> None:
        i = self.explain.value
        if i is None or i < 0:
            self.details.value = ""
            return
        text = self._notes[i][1]
        self.details.value = (
            '<div style="border-left:4px solid #555;padding:.3em .7em;background:#fafafa">'
            + escape(text).replace("\n", "<br>")
            + "</div>"
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)

    def _repr_html_(self) -> str:
        """Fallback where widgets cannot run: the static view with CSS switches."""
        return render_html(self.annotated, self.lenses)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def show(article: Any, lenses: list[str] | None = None) -> Viewer:
    """Show an article (annotated or not) with its marks, one switch per lens."""
    from kit.views import as_annotated

    return Viewer(as_annotated(article), lenses)
