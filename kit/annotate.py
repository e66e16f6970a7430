"""Annotate articles: run the kit's pipeline and read the result into the data model.

This is the one place that joins ``Article`` (ingestion), the spaCy pipeline
(lenses) and ``AnnotatedArticle`` (the data model), so that the data model
imports neither a lens nor the pipeline.
"""

from __future__ import annotations

from typing import Any

from kit.annotated import AnnotatedArticle, check_body
from kit.article import Article
from kit.pipeline import load_pipeline


def annotate(source: str | Article | Any, nlp: Any = None) -> AnnotatedArticle:
    """Annotate pasted text, a path, or an :class:`~kit.article.Article`."""
    article = source if isinstance(source, Article) else Article.load(source)
    return annotate_many([article], nlp=nlp)[0]


def annotate_many(
    articles: list[Article], nlp: Any = None, n_process: int = 1
) -> list[AnnotatedArticle]:
    """Annotate several articles with one ``nlp.pipe`` pass."""
    nlp = nlp or load_pipeline()
    docs = [_unparsed(article, nlp) for article in articles]
    out = nlp.pipe(docs, n_process=n_process) if n_process > 1 else (nlp(d) for d in docs)
    return [AnnotatedArticle.from_doc(doc, a.meta) for doc, a in zip(out, articles, strict=True)]


def annotated_doc(article: Article, nlp: Any = None) -> Any:
    """The article run through the kit's pipeline: the spaCy ``Doc`` whose span groups
    and extensions :func:`annotate` reads (``AnnotatedArticle.from_doc`` of it is the
    same result), for callers that also want the parse itself."""
    nlp = nlp or load_pipeline()
    return nlp(_unparsed(article, nlp))


def _unparsed(article: Article, nlp: Any) -> Any:
    """The checked body as a tokenised ``Doc`` that knows the article's outlet."""
    body = check_body(article.body)  # refused before the pipeline is touched
    doc = nlp.make_doc(body)
    doc._.kit_outlet = article.meta.get("outlet")
    return doc
