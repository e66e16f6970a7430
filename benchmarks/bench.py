"""How much time do the kit's lenses add to spaCy's parse?

Annotates a fixed list of the practice articles (``benchmarks/bench_articles.txt``,
each at least once, repeated while there are fewer than ``--words`` words; ``--all-articles``
takes every article in ``data/articles``)
and prints each kit component's own time as a share of the bare parse (the
same model without kit components), then, with ``nlp.pipe`` for 1 and 2
processes, the time of the parse plus the first 1, 2, ... kit components, as
lines like ``attribution+sourcing: +12% over bare parse (1 process)``.
Times are CPU seconds (this process plus the pipe's worker processes), the
best of ``--repeats`` interleaved runs, so that other work on a shared
machine does not count; the directly measured component times are the
steadiest figure.
It also checks that ``nlp.pipe(n_process=2)`` returns the same annotations as
one process (extension values must survive pickling). Not a test: run it
with ``make bench`` or ``python benchmarks/bench.py``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.article import Article  # noqa: E402
from kit.pipeline import (  # noqa: E402
    KIT_COMPONENTS,
    POST_MODEL_COMPONENTS,
    add_kit_components,
    load_model,
)

SHORT = {
    "kit_lemmas": "lemmas",
    "kit_joined_names": "joined names",
    "kit_attribution": "attribution",
    "kit_sourcing": "sourcing",
    "kit_hedging": "hedging",
    "kit_loaded": "loaded",
}


CORPUS_LIST = ROOT / "benchmarks" / "bench_articles.txt"


def corpus_paths(all_articles: bool = False) -> list[Path]:
    """The benchmark's articles: the fixed list in bench_articles.txt, or all of data/articles."""
    folder = ROOT / "data" / "articles"
    if all_articles:
        return sorted(folder.glob("*.md"))
    names = [
        line.strip()
        for line in CORPUS_LIST.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise SystemExit(
            f"{CORPUS_LIST.name} lists {len(missing)} article(s) not in data/articles, "
            f"for example {missing[0]}; run with --all-articles or mend the list"
        )
    return [folder / name for name in names]


def corpus(target_words: int, all_articles: bool = False) -> list[str]:
    """Bodies of the benchmark's articles: all of them, then all again while there are
    fewer than ``target_words`` words."""
    bodies = [Article.from_path(path).body for path in corpus_paths(all_articles)]
    if not bodies:
        raise SystemExit("no articles to benchmark")
    texts, words = [], 0
    while words < target_words:
        for body in bodies:
            texts.append(body)
            words += len(body.split())
    return texts


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (pipe workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def timed(nlp, texts: list[str], n_process: int, active: list[str]) -> float:
    """CPU time of one ``nlp.pipe`` run with only the ``active`` kit components.

    CPU time, not wall time: on a shared machine wall time mostly measures the
    other users. With 2 processes it includes the workers' time.
    """
    kit = (*POST_MODEL_COMPONENTS, *KIT_COMPONENTS)
    disabled = [name for name in kit if name in nlp.pipe_names and name not in active]
    with nlp.select_pipes(disable=disabled):
        start = cpu_seconds()
        for _doc in nlp.pipe(texts, n_process=n_process, batch_size=16):
            pass
        return cpu_seconds() - start


def stage_times(nlp, texts: list[str], n_process: int, kit: list[str], repeats: int) -> list[float]:
    """Best time of each stage (bare, +1st component, +2nd, ...), runs interleaved."""
    best = [float("inf")] * (len(kit) + 1)
    for _ in range(repeats):
        for i in range(len(kit) + 1):
            best[i] = min(best[i], timed(nlp, texts, n_process, kit[:i]))
    return best


def component_times(
    nlp, texts: list[str], kit: list[str], repeats: int = 1
) -> tuple[float, dict[str, float], tuple[float, float]]:
    """Bare parse time and each kit component's own time (each the best of ``repeats``:
    a first run also warms the model up and reads the lexicons a rule loads), and the
    time to send the docs between processes before and after the components ran."""
    bare = float("inf")
    with nlp.select_pipes(disable=kit):
        for _ in range(max(1, repeats)):  # best of repeats, like the components: the
            start = time.process_time()  # first run also warms the model up
            docs = list(nlp.pipe(texts, batch_size=16))
            bare = min(bare, time.process_time() - start)
    moved_bare = transfer_time(nlp, docs)
    own = dict.fromkeys(kit, float("inf"))
    for _ in range(max(1, repeats)):
        for name in kit:
            component = nlp.get_pipe(name)
            start = time.process_time()
            for doc in docs:
                component(doc)
            own[name] = min(own[name], time.process_time() - start)
    return bare, own, (moved_bare, transfer_time(nlp, docs))


def transfer_time(nlp, docs: list) -> float:
    """CPU time to send ``docs`` from a worker to the main process, as ``nlp.pipe``
    with several processes does (``Doc.to_bytes`` there, ``Doc.from_bytes`` here)."""
    start = time.process_time()
    for data in [doc.to_bytes() for doc in docs]:
        Doc(nlp.vocab).from_bytes(data)
    return time.process_time() - start


def snapshot(doc) -> dict:
    """The kit's annotations of one doc as plain data."""
    groups = {}
    for name in ("attributions", "hedges", "boosters", "loaded"):
        if name in doc.spans:
            groups[name] = [
                (
                    s.start_char,
                    s.end_char,
                    s.label_,
                    s._.kit_speaker,
                    s._.kit_content,
                    s._.kit_canonical,
                )
                for s in doc.spans[name]
            ]
    return {"spans": groups, "sources": doc._.kit_sources}


def check_multiprocess(nlp, texts: list[str]) -> bool:
    """Annotations from two processes equal those from one."""
    one = [snapshot(d) for d in nlp.pipe(texts, n_process=1)]
    two = [snapshot(d) for d in nlp.pipe(texts, n_process=2)]
    json.dumps(two)  # plain, serialisable values
    return one == two


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="corpus size in words")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (best)")
    parser.add_argument(
        "--all-articles",
        action="store_true",
        help="every article in data/articles, not the fixed list in bench_articles.txt",
    )
    args = parser.parse_args(argv)

    nlp = add_kit_components(load_model())
    texts = corpus(args.words, args.all_articles)
    # the step that settles joined names after the model is the kit's work too: timed with
    # the lenses, never counted in the bare parse
    kit = [name for name in (*POST_MODEL_COMPONENTS, *KIT_COMPONENTS) if name in nlp.pipe_names]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} texts, {words:,} words; kit components: {', '.join(kit)}")
    print(f"nlp.pipe(n_process=2) gives the same annotations: {check_multiprocess(nlp, texts[:8])}")

    bare, own, (moved_plain, moved) = component_times(nlp, texts, kit, args.repeats)
    print(f"bare parse: {bare:.2f} s CPU ({words / bare:,.0f} words/s); each component's own time:")
    for name in kit:
        print(f"  {SHORT.get(name, name)}: +{own[name] / bare * 100:.1f}% over bare parse")
    print(f"  all {len(kit)}, summed: +{sum(own.values()) / bare * 100:.1f}% over bare parse")
    print(
        "sending docs between processes (to_bytes + from_bytes, part of every "
        f"n_process=2 figure): +{moved_plain / bare * 100:.1f}% bare, "
        f"+{moved / bare * 100:.1f}% annotated"
    )
    for n_process in (1, 2):
        label = "process" if n_process == 1 else "processes"
        times = stage_times(nlp, texts, n_process, kit, args.repeats)
        bare = times[0]
        print(f"nlp.pipe, bare parse: {bare:.2f} s CPU ({n_process} {label})")
        for i in range(1, len(kit) + 1):
            joined = "+".join(SHORT.get(n, n) for n in kit[:i])
            total = (times[i] - bare) / bare * 100
            print(f"{joined}: {total:+.0f}% over bare parse ({n_process} {label})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
