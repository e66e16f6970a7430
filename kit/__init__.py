"""The media-literacy teaching kit.

>>> import kit
>>> annotated = kit.annotate("Officials said the plan might fail.")
>>> annotated.to_dict()["schema"]
'kit.annotations/1'
"""

from __future__ import annotations

from typing import Any

from kit.annotate import annotate
from kit.annotated import AnnotatedArticle, Annotation, Source
from kit.article import Article
from kit.errors import KitError
from kit.pipeline import load_pipeline

__all__ = [
    "AnnotatedArticle",
    "Annotation",
    "Article",
    "KitError",
    "Source",
    "annotate",
    "annotate_many",
    "evaluate",
    "load_pipeline",
    "report",
    "show",
]

# Views pull in matplotlib and IPython, corpus mode tqdm; load them only when asked for.
_LAZY = {
    "show": "kit.views",
    "report": "kit.views",
    "evaluate": "kit.evaluate",
    "annotate_many": "kit.corpus",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kit' has no attribute {name!r}")
