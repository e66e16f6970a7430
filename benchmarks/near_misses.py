"""Near misses: missed loaded items whose span holds a word the lexicons already know.

For every keyed ``loaded`` item the kit MISSED (scored with ``kit.evaluate``, so
"missed" means exactly what the evaluation says), list the entries of any
``kit/lexicons/*.yaml`` file -- single words or phrases, matched by surface form
or by lemma -- that occur inside the item's span. Such an item was lost to a
gate (word class, who the word applies to, quote check, sense check), not to a
missing list entry: the place to look is the rule that rejected it.

Usage (from the repository root, with the kit on PYTHONPATH)::

    python benchmarks/near_misses.py data/answers/*.yaml
    python benchmarks/near_misses.py --all data/answers/n_*.yaml   # also list plain misses

Each near miss prints the article, the span in context, and every lexicon entry
found as ``file:entry``. A last line counts missed items and near misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kit.evaluate import evaluate_key

LEXICONS = Path(__file__).resolve().parents[1] / "kit" / "lexicons"
#: mapping keys whose values are prose or metadata, never list entries
PROSE_KEYS = frozenset(
    {
        "explanation",
        "note",
        "notes",
        "neutral",
        "source",
        "name",
        "label",
        "why",
        "category",
        "type",
        "stance",
        "kind",
        "description",
        "example",
        "examples",
        "trap",
        "traps",
        "alternative",
        "reason",
        "sense",
        "comment",
        "unless",
    }
)
ENTRY = re.compile(r"^[a-z][a-z' -]*[a-z]$")
MAX_WORDS = 5


def _strings(node: Any, key: str | None = None) -> Iterator[str]:
    """Every string leaf of a lexicon that is not under a prose/metadata key."""
    if key in PROSE_KEYS:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, str(k))
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)


@lru_cache(maxsize=1)
def lexicon_entries() -> dict[str, set[str]]:
    """Lower-cased entry -> the lexicon files listing it (words and short phrases)."""
    found: dict[str, set[str]] = {}
    for path in sorted(LEXICONS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for s in _strings(data):
            entry = " ".join(s.lower().split())
            if ENTRY.match(entry) and len(entry.split()) <= MAX_WORDS and len(entry) > 2:
                found.setdefault(entry, set()).add(path.stem)
    return found


def entries_in(tokens: Iterable[Any]) -> list[str]:
    """``file:entry`` for each lexicon entry whose words (forms or lemmas) are in ``tokens``."""
    toks = list(tokens)
    forms = [t.text.lower() for t in toks]
    lemmas = [t.lemma_.lower() for t in toks]
    hits: set[str] = set()
    table = lexicon_entries()
    for n in range(1, MAX_WORDS + 1):
        for i in range(len(toks) - n + 1):
            for seq in (forms[i : i + n], lemmas[i : i + n]):
                for joined in {" ".join(seq), "".join(seq), _hyphen(toks[i : i + n], seq)}:
                    if n == 1 and toks[i].is_stop:
                        continue  # "with", "back": list glue, not a loaded word
                    for name in table.get(joined, ()):
                        hits.add(f"{name}:{joined}")
    return sorted(hits)


def _hyphen(toks: list[Any], seq: list[str]) -> str:
    """Tokens joined as written when spaCy split a hyphenated word ("thin - skinned")."""
    return "".join(seq) if all(t.text == "-" or t.whitespace_ == "" for t in toks[:-1]) else ""


@lru_cache(maxsize=1)
def _model() -> Any:
    """The bare English model (tagger and lemmatizer only), for the spans' lemmas."""
    from kit.pipeline import load_model

    return load_model()


def near_misses(path: str | Path, show_all: bool = False) -> tuple[int, list[str]]:
    """(missed count, report lines) for one answer key."""
    key, _annotated, scores = evaluate_key(path)
    missed = scores["loaded"].missed
    if not missed:
        return 0, []
    lines = []
    for span, doc in zip(missed, _model().pipe(s.text for s in missed), strict=True):
        found = entries_in(doc)
        if found or show_all:
            context = " ".join(key.text[max(0, span.start - 50) : span.end + 50].split())
            lines.append(f"{key.article}: [{span.text}] ... {context} ...")
            lines.append("    " + (", ".join(found) if found else "(no lexicon entry)"))
    return len(missed), lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="+", help="answer keys (data/answers/*.yaml)")
    parser.add_argument("--all", action="store_true", help="also list misses with no entry")
    args = parser.parse_args(argv)
    total = near = 0
    for path in args.keys:
        count, lines = near_misses(path, args.all)
        total += count
        near += sum(1 for line in lines if line.startswith("    ") and "(no lexicon" not in line)
        if lines:
            print("\n".join(lines))
    print(f"missed loaded items: {total}; with a lexicon entry inside (near misses): {near}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
