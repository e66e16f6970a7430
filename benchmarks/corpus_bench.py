"""Corpus mode speed: articles per second with 1 and 2 processes, and peak memory.

Copies the practice articles in ``data/outlets/articles`` (and ``data/articles``)
into a temporary folder until it holds ``--articles`` files (300 by default),
then runs :func:`kit.corpus.annotate_many` on it with ``jobs=1`` and ``jobs=2``
into fresh output files, and prints, per run, the wall-clock articles per second
and the peak resident memory (this process, and the largest worker process).
The pipeline is loaded before timing starts. Not a test: run it with
``python benchmarks/corpus_bench.py``.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.corpus import annotate_many, load_jsonl  # noqa: E402
from kit.pipeline import load_pipeline  # noqa: E402

SOURCES = (ROOT / "data" / "outlets" / "articles", ROOT / "data" / "articles")


def make_corpus(folder: Path, n: int) -> None:
    """Fill ``folder`` with ``n`` article files (copies of the shipped ones)."""
    originals = sorted(p for src in SOURCES for p in src.glob("*.md"))
    for i in range(n):
        original = originals[i % len(originals)]
        shutil.copyfile(original, folder / f"{i:04d}_{original.name}")


def peak_mb(who: int) -> float:
    """Peak resident memory in MB (Linux reports kilobytes) of RUSAGE_SELF or _CHILDREN."""
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()

    load_pipeline()
    with tempfile.TemporaryDirectory(prefix="kit-corpus-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_corpus(folder, args.articles)
        print(f"{args.articles} articles in a temporary folder")
        for jobs in (1, 2):
            out = Path(tmp) / f"out-{jobs}.jsonl"
            start = time.perf_counter()
            summary = annotate_many(folder, out=out, jobs=jobs, progress=False)
            elapsed = time.perf_counter() - start
            words = int(load_jsonl(out).words.sum())
            print(
                f"jobs={jobs}: {len(summary.done)} articles ({words:,} words) in {elapsed:.1f} s: "
                f"{len(summary.done) / elapsed:.2f} articles/s, {words / elapsed:,.0f} words/s; "
                f"peak memory {peak_mb(resource.RUSAGE_SELF):.0f} MB (main process), "
                f"{peak_mb(resource.RUSAGE_CHILDREN):.0f} MB (largest worker so far)"
            )
            if summary.failed:
                print(f"  failed: {summary.failed}")


if __name__ == "__main__":
    main()
