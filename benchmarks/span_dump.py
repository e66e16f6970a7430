"""Write every span of every lens for every practice article, to check that a speed change
changes nothing.

Annotates each article in ``data/articles`` as :func:`kit.annotate.annotate_many` does (the
outlet set before the pipeline runs) and writes one JSON line per article: every
``doc.spans`` group with each span's start/end, label and every ``kit_*`` extension (the
explanation, speaker, content, follow-on, canonical source, neutral alternative), the doc's
``kit_*`` extensions (the source list, speakers), the tokens' lemmas and sentence starts
(which the post-model components put right), and the learner-facing
``AnnotatedArticle.to_dict()`` the views read. Two dumps compare with ``cmp`` or ``diff``.
Not a test: ``python benchmarks/span_dump.py out.jsonl`` (about two minutes).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.annotated import AnnotatedArticle  # noqa: E402
from kit.article import Article  # noqa: E402
from kit.pipeline import load_pipeline  # noqa: E402


def kit_extensions(table: dict[str, Any]) -> list[str]:
    """The kit's extension names in one of spaCy's extension tables."""
    return sorted(name for name in table if name.startswith("kit_"))


def dump_doc(doc: Doc, meta: dict[str, Any]) -> dict[str, Any]:
    """Everything the kit put on ``doc`` as plain data."""
    span_names = kit_extensions(Underscore.span_extensions)
    groups = {
        key: [
            [span.start_char, span.end_char, span.label_]
            + [getattr(span._, name) for name in span_names]
            for span in group
        ]
        for key, group in sorted(doc.spans.items())
    }
    return {
        "spans": groups,
        "doc": {name: getattr(doc._, name) for name in kit_extensions(Underscore.doc_extensions)},
        "lemmas": [t.lemma_ for t in doc],
        "sent_starts": [t.i for t in doc if t.is_sent_start],
        "article": AnnotatedArticle.from_doc(doc, meta).to_dict(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to write")
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    paths = sorted((ROOT / "data" / "articles").glob("*.md"))
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            article = Article.from_path(path)
            doc = nlp.make_doc(article.body)
            doc._.kit_outlet = article.meta.get("outlet")
            doc = nlp(doc)
            line = {"article": path.name, **dump_doc(doc, article.meta)}
            out.write(json.dumps(line, sort_keys=True, default=str) + "\n")
    names = kit_extensions(Underscore.span_extensions)
    print(f"{len(paths)} articles; span extensions {', '.join(names)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
