"""Does the kit's time and memory grow linearly with the article's length?

Builds one body of about 10,000, 100,000 and 1,000,000 characters from the
practice articles in ``data/articles`` (whole paragraphs, repeated) and, each in
a fresh process, measures

- the CPU seconds of spaCy's own parse (the model without the kit's components),
- the CPU seconds of the whole kit (parse + every lens + ``AnnotatedArticle``,
  ``to_dict``), and its ratio to the bare parse,
- the peak memory the run added (``ru_maxrss`` after the run minus the resident
  size once the pipeline is loaded).

Then it prints the growth from one size to the next as ratios: time and memory
ratio divided by the size ratio (1.0 is exactly linear).

The kit refuses bodies over ``kit.annotated.MAX_CHARS`` (200,000 characters);
to measure the 1M point this script calls the pipeline and
``AnnotatedArticle.from_doc`` directly, past that check. Not a test: run
``python benchmarks/size_bench.py [--sizes 10000 100000 1000000]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def body_of(size: int) -> str:
    """About ``size`` characters of practice-article paragraphs (never data/heldout/)."""
    from kit.article import Article

    paragraphs: list[str] = []
    for path in sorted((ROOT / "data" / "articles").glob("*.md")):
        paragraphs += Article.from_path(path).body.split("\n\n")
    out: list[str] = []
    length = 0
    while length < size:
        for para in paragraphs:
            if length + len(para) + 2 > size and out:
                return "\n\n".join(out)
            out.append(para)
            length += len(para) + 2
    return "\n\n".join(out)


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _rss_kb() -> int:
    """The resident size now (Linux /proc), in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(size: int, mode: str) -> dict[str, float]:
    """One run in this process: ``mode`` is ``spacy`` (bare parse) or ``kit``."""
    from kit.annotated import AnnotatedArticle
    from kit.pipeline import KIT_COMPONENTS, add_kit_components, load_model

    body = body_of(size)
    nlp = add_kit_components(load_model())
    nlp.max_length = max(nlp.max_length, len(body) + 1)
    nlp(body_of(2000))  # warm up every component once
    base = _rss_kb()
    start = _cpu()
    if mode == "spacy":
        with nlp.select_pipes(disable=list(KIT_COMPONENTS)):
            nlp(body)
    else:
        annotated = AnnotatedArticle.from_doc(nlp(body))
        json.dumps(annotated.to_dict())
    seconds = _cpu() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": len(body), "seconds": seconds, "peak_mb": max(peak - base, 0) / 1024}


def run_child(size: int, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(size), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(int(args.child[0]), args.child[1])))
        return

    rows = []
    print(f"{'chars':>9} {'spaCy s':>8} {'kit s':>8} {'kit/spaCy':>9} {'s/10k':>6} {'peak MB':>8}")
    for size in args.sizes:
        bare = run_child(size, "spacy")
        kit = run_child(size, "kit")
        row = {
            "chars": kit["chars"],
            "spacy": bare["seconds"],
            "kit": kit["seconds"],
            "peak": kit["peak_mb"],
        }
        rows.append(row)
        print(
            f"{row['chars']:>9,} {row['spacy']:>8.2f} {row['kit']:>8.2f} "
            f"{row['kit'] / row['spacy']:>9.2f} {row['kit'] / row['chars'] * 1e4:>6.3f} "
            f"{row['peak']:>8.0f}",
            flush=True,
        )
    print("\ngrowth from one size to the next (each divided by the size ratio; 1.0 = linear):")
    for a, b in zip(rows, rows[1:], strict=False):
        size_ratio = b["chars"] / a["chars"]
        print(
            f"  {a['chars']:>9,} -> {b['chars']:>9,} (x{size_ratio:.1f}): "
            f"kit time {b['kit'] / a['kit'] / size_ratio:.2f}, "
            f"spaCy time {b['spacy'] / a['spacy'] / size_ratio:.2f}, "
            f"peak memory {b['peak'] / max(a['peak'], 1e-9) / size_ratio:.2f}"
        )


if __name__ == "__main__":
    main()
