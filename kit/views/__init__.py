"""Views of an annotated article: highlighted text, tables, charts and a report card.

Views read only :class:`~kit.annotated.AnnotatedArticle`, never spaCy objects.

>>> import kit
>>> viewer = kit.show("Officials said the plan might fail.")   # doctest: +SKIP
>>> kit.report("Officials said the plan might fail.").save("report.html")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kit.annotated import AnnotatedArticle
from kit.errors import KitError
from kit.views.html import render_html
from kit.views.report import Report, questions, report
from kit.views.viewer import Viewer, show

__all__ = [
    "Report",
    "Viewer",
    "annotations_table",
    "as_annotated",
    "certainty_chart",
    "certainty_table",
    "figure_to_svg",
    "label_counts",
    "lens_counts",
    "questions",
    "render_html",
    "report",
    "show",
    "sources_table",
    "summary_table",
    "who_gets_quoted",
]

# Tables need pandas and charts matplotlib: load them only when asked for.
_LAZY = {
    "annotations_table": "kit.views.tables",
    "certainty_table": "kit.views.tables",
    "label_counts": "kit.views.tables",
    "sources_table": "kit.views.tables",
    "summary_table": "kit.views.tables",
    "certainty_chart": "kit.views.charts",
    "figure_to_svg": "kit.views.charts",
    "lens_counts": "kit.views.charts",
    "who_gets_quoted": "kit.views.charts",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kit.views' has no attribute {name!r}")


def as_annotated(article: Any) -> AnnotatedArticle:
    """An AnnotatedArticle from an AnnotatedArticle, an Article, a path or pasted text."""
    from kit.annotate import annotate
    from kit.article import Article

    if isinstance(article, AnnotatedArticle):
        return article
    if isinstance(article, Article | Path | str):
        return annotate(article)
    raise KitError(
        "give an article as pasted text, a file path, a kit.Article or an annotated article, "
        f"not {type(article).__name__}"
    )
