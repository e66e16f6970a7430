"""How much time do the kit's lenses add to spaCy's parse?

Annotates the articles in ``data/articles`` (repeated to about 50,000 words)
with ``nlp.pipe`` and prints, for 1 and 2 processes, the time each kit
component adds over the bare parse (the same model without kit components),
as lines like ``attribution+sourcing: +12% over bare parse (1 process)``.
It also checks that ``nlp.pipe(n_process=2)`` returns the same annotations as
one process (extension values must survive pickling). Not a test: run it
with ``make bench`` or ``python benchmarks/bench.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.article import Article  # noqa: E402
from kit.pipeline import KIT_COMPONENTS, add_kit_components, load_model  # noqa: E402

SHORT = {
    "kit_attribution": "attribution",
    "kit_sourcing": "sourcing",
    "kit_hedging": "hedging",
    "kit_loaded": "loaded",
}


def corpus(target_words: int) -> list[str]:
    """Article bodies from data/articles, repeated to about ``target_words`` words."""
    bodies = []
    for path in sorted((ROOT / "data" / "articles").glob("*.md")):
        bodies.append(Article.from_path(path).body)
    if not bodies:
        raise SystemExit("no articles in data/articles to benchmark")
    texts, words = [], 0
    while words < target_words:
        for body in bodies:
            texts.append(body)
            words += len(body.split())
    return texts


def timed(nlp, texts: list[str], n_process: int, active: list[str], repeats: int) -> float:
    """Best wall time of ``repeats`` runs of ``nlp.pipe`` with only ``active`` kit parts."""
    disabled = [name for name in KIT_COMPONENTS if name in nlp.pipe_names and name not in active]
    best = float("inf")
    with nlp.select_pipes(disable=disabled):
        for _ in range(repeats):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, n_process=n_process, batch_size=16):
                pass
            best = min(best, time.perf_counter() - start)
    return best


def snapshot(doc) -> dict:
    """The kit's annotations of one doc as plain data."""
    groups = {}
    for name in ("attributions", "hedges", "boosters", "loaded"):
        if name in doc.spans:
            groups[name] = [
                (s.start_char, s.end_char, s.label_, s._.speaker, s._.content, s._.canonical)
                for s in doc.spans[name]
            ]
    return {"spans": groups, "sources": doc._.sources}


def check_multiprocess(nlp, texts: list[str]) -> bool:
    """Annotations from two processes equal those from one."""
    one = [snapshot(d) for d in nlp.pipe(texts, n_process=1)]
    two = [snapshot(d) for d in nlp.pipe(texts, n_process=2)]
    json.dumps(two)  # plain, serialisable values
    return one == two


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="corpus size in words")
    parser.add_argument("--repeats", type=int, default=2, help="runs per measurement (best)")
    args = parser.parse_args(argv)

    nlp = add_kit_components(load_model())
    texts = corpus(args.words)
    kit = [name for name in KIT_COMPONENTS if name in nlp.pipe_names]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} texts, {words:,} words; kit components: {', '.join(kit)}")
    print(f"nlp.pipe(n_process=2) gives the same annotations: {check_multiprocess(nlp, texts[:8])}")

    for n_process in (1, 2):
        label = "process" if n_process == 1 else "processes"
        bare = timed(nlp, texts, n_process, [], args.repeats)
        print(f"bare parse: {bare:.2f} s ({words / bare:,.0f} words/s, {n_process} {label})")
        previous = bare
        for i, name in enumerate(kit):
            elapsed = timed(nlp, texts, n_process, kit[: i + 1], args.repeats)
            step = (elapsed - previous) / bare * 100
            total = (elapsed - bare) / bare * 100
            joined = "+".join(SHORT.get(n, n) for n in kit[: i + 1])
            print(
                f"{SHORT.get(name, name)}: {step:+.0f}% over bare parse; "
                f"{joined}: {total:+.0f}% over bare parse ({n_process} {label})"
            )
            previous = elapsed
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
