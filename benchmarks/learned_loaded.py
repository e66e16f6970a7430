"""Does a learned component add loaded-language recall on unseen text?

An experiment, not a test. The practice answer keys (``data/answers``,
``data/outlets/answers``) are split by the blind round they were written in
(``blind_round:`` 2, A, C1, C2, D, E; keys without one are "dev", written with
the rules). For each blind round R (leave one round out):

1. a model is trained with spaCy's own training (``benchmarks/learned_loaded_*.cfg``)
   on every key not in R;
2. its threshold is chosen on the training keys only: inner folds hold out groups of
   the other blind rounds (models trained without R and without the inner group), and
   the threshold with the most added true positives at pooled added precision >= 0.80
   and no trap marked is taken (none such: the model marks nothing in that fold);
3. on R's keys it is scored for what it ADDS to the kit's rule marks: the rules now
   (which learned from rounds 2-D), and the rules as they stood when R was scored
   blind (``--baseline``).

Candidates: ``spancat`` (word and phrase items: emotive, intensifier, labeling;
n-grams of 1-4 tokens) listening to en_core_web_sm's frozen tok2vec, or with its own
small tok2vec (``--own-tok2vec``); ``textcat`` (writer-voice sentences that hold an
unattributed_claim). Results and the decision: ``docs/evaluation.md``. Trained folds
are cached in ``build/learned_loaded/``. Never reads ``data/heldout/``.

Run: ``python benchmarks/learned_loaded.py --model spancat`` (``--help``).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # a shared machine: one core per run
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import copy  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from contextlib import redirect_stderr, redirect_stdout  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from learned_loaded_data import (  # noqa: E402
    CACHE,
    CLAIM,
    WORD_LABELS,
    Span,
    blind_rules,
    docbin,
    overlap,
    prepare,
    sentence_label,
    strip_span,
)

from kit.evaluate import _match  # noqa: E402

HERE = Path(__file__).resolve().parent
GRID = [round(0.05 * i, 2) for i in range(4, 20)]  # 0.20 ... 0.95
NOTHING = 1.01  # a threshold no score reaches


def installed_model() -> str:
    """The English model package the kit would load (its tok2vec is sourced)."""
    import importlib.util

    from kit.pipeline import MODEL_PACKAGES

    return next(m for m in MODEL_PACKAGES if importlib.util.find_spec(m))


def train(kind: str, records: list[dict], epochs: int, seed: int, own: bool = False):
    """Train one model with spaCy's training loop on ``records``; returns the pipeline."""
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from spacy.util import fix_random_seed, load_config

    blank = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        train_db, _ = docbin(kind, records, blank)
        dev_db, _ = docbin(kind, records[:1], blank)  # only for spaCy's final score line
        train_db.to_disk(f"{tmp}/train.spacy")
        dev_db.to_disk(f"{tmp}/dev.spacy")
        overrides = {
            "paths.train": f"{tmp}/train.spacy",
            "paths.dev": f"{tmp}/dev.spacy",
            "training.max_epochs": epochs,
            "system.seed": seed,
        }
        if not own:
            overrides["components.tok2vec.source"] = installed_model()
        name = f"learned_loaded_{kind}{'_own' if own else ''}.cfg"
        config = load_config(HERE / name, overrides=overrides)
        fix_random_seed(seed)
        sink = io.StringIO()
        with redirect_stdout(sink), redirect_stderr(sink):
            nlp = init_nlp(config)
            fix_random_seed(seed)
            nlp, _ = train_loop(nlp, None, stdout=sink, stderr=sink)
    return nlp


# -- prediction -----------------------------------------------------------------------
def candidates(kind: str, nlp, rec: dict) -> list[tuple[int, int, str, float]]:
    """Every candidate the model scores in one article: (start, end, label, score)."""
    text = rec["text"]
    if kind == "textcat":
        sents = [strip_span(text, *s) for s in rec["sentences"]]
        docs = nlp.pipe([text[s:e] for s, e in sents])
        return [
            (s, e, "unattributed_claim", d.cats[CLAIM])
            for (s, e), d in zip(sents, docs, strict=True)
        ]
    doc = nlp(text)
    spancat = nlp.get_pipe("spancat")
    indices, scores = spancat.predict([doc])
    labels = spancat.labels
    out = []
    for (start, end), row in zip(indices.dataXd.tolist(), scores.tolist(), strict=True):
        best = max(range(len(labels)), key=row.__getitem__)
        span = doc[start:end]
        if not any(t.is_alpha for t in span):
            continue
        out.append((span.start_char, span.end_char, labels[best], row[best]))
    return out


def marks_at(cands: list[tuple[int, int, str, float]], threshold: float) -> list[tuple]:
    """Candidates at or over ``threshold``, overlaps resolved best score first."""
    kept: list[tuple] = []
    for c in sorted(cands, key=lambda c: (-c[3], c[0], c[1])):
        if c[3] >= threshold and not any(overlap(c, k) for k in kept):
            kept.append(c)
    return sorted(kept)


# -- scoring --------------------------------------------------------------------------
@dataclass
class Tally:
    """What the learned marks add to the rules, pooled over articles."""

    required: int = 0  # every required loaded item
    rules_tp: int = 0
    added: int = 0  # learned marks not overlapping a rule mark
    add_tp: int = 0  # ... overlapping a required item the rules missed
    add_dup: int = 0  # ... overlapping only required items the rules found
    add_acc: int = 0  # ... overlapping only acceptable spans
    add_fp: int = 0  # ... overlapping nothing required or acceptable
    traps: int = 0
    delta_tp: int = 0  # the evaluator's one-to-one count, rules + learned minus rules
    delta_fp: int = 0
    alone_tp: int = 0  # the model alone, against its own target items
    alone_fp: int = 0
    alone_key: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name != "examples":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.examples += other.examples

    @property
    def precision(self) -> float:
        n = self.delta_tp + self.delta_fp
        return self.delta_tp / n if n else 1.0

    @property
    def alone_p(self) -> float:
        n = self.alone_tp + self.alone_fp
        return self.alone_tp / n if n else 1.0

    @property
    def alone_r(self) -> float:
        return self.alone_tp / self.alone_key if self.alone_key else 0.0

    @property
    def gain(self) -> float:
        return self.delta_tp / self.required if self.required else 0.0


def _eval(rec: dict, predicted: list[Span]) -> tuple[int, int]:
    """(true, false) positives as ``kit.evaluate`` counts them, one to one."""
    from kit.evaluate import KeySpan

    spans = [KeySpan(s, e, "") for s, e, _ in rec["required"]]
    matches = _match(spans, predicted)
    used = set(matches.values())
    fp = sum(
        1
        for i, p in enumerate(predicted)
        if i not in used and not any(overlap(p, a) for a in rec["acceptable"])
    )
    return len(matches), fp


def targets(kind: str, rec: dict) -> list[tuple]:
    if kind == "textcat":
        return [r for r in rec["required"] if r[2] == "unattributed_claim"]
    return [r for r in rec["required"] if r[2] in WORD_LABELS]


def score(kind: str, rec: dict, learned: list[tuple]) -> Tally:
    """What ``learned`` marks add to the rule marks of one article."""
    t = Tally(required=len(rec["required"]))
    rules = [(s, e) for s, e, _ in rec["rules"]]
    t.rules_tp, rules_fp = _eval(rec, rules)
    # a learned word gives way to a rule's word mark, a learned sentence to a rule's claim
    blocking = [
        r[:2] for r in rec["rules"] if (r[2] == "unattributed_claim") == (kind == "textcat")
    ]
    added = [m for m in learned if not any(overlap(m, r) for r in blocking)]
    found = set(_match([_ks(r) for r in rec["required"]], rules))
    missed = [r for i, r in enumerate(rec["required"]) if i not in found]
    for m in added:
        t.added += 1
        text = rec["text"][m[0] : m[1]].replace("\n", " ")[:60]
        if any(overlap(m, r) for r in missed):
            t.add_tp += 1
            verdict = "TP"
        elif any(overlap(m, r) for r in rec["required"]):
            t.add_dup += 1
            verdict = "DUP"
        elif any(overlap(m, a) for a in rec["acceptable"]):
            t.add_acc += 1
            verdict = "ACC"
        else:
            t.add_fp += 1
            verdict = "FP"
        if any(overlap(m, trap) for trap in rec["traps"]):
            t.traps += 1
            verdict += "+TRAP"
        t.examples.append(f"{verdict:8} {m[3]:.2f} {rec['name'][:28]:28} {text!r}")
    tp, fp = _eval(rec, rules + [m[:2] for m in added])
    t.delta_tp, t.delta_fp = tp - t.rules_tp, fp - rules_fp
    own = {**rec, "required": targets(kind, rec)}
    t.alone_key = len(own["required"])
    t.alone_tp, t.alone_fp = _eval(own, [m[:2] for m in learned])
    return t


def _ks(r: tuple):
    from kit.evaluate import KeySpan

    return KeySpan(r[0], r[1], "")


def pick_threshold(kind: str, pairs: list[tuple[dict, list]]) -> tuple[float, Tally]:
    """The grid threshold with the most added true positives whose pooled added
    precision is >= 0.80 with no trap marked; else one that marks nothing."""
    best = (NOTHING, None)
    for th in GRID:
        total = Tally()
        for rec, cands in pairs:
            total.add(score(kind, rec, marks_at(cands, th)))
        ok = total.precision >= 0.80 and total.traps == 0 and total.delta_tp > 0
        if ok and (best[1] is None or total.delta_tp > best[1].delta_tp):
            best = (th, total)
    return best[0], best[1] or Tally()


# -- the experiment -------------------------------------------------------------------
def cached_candidates(
    kind: str, records: list[dict], excluded: set[str], opts: dict
) -> dict[str, list]:
    """Train on every record whose round is not in ``excluded``; candidates for the
    records left out, keyed by article (cached in ``build/``: training is
    deterministic, so a cached fold is the same model's output)."""
    tag = f"{kind}{'-own' if opts['own'] else ''}-e{opts['epochs']}-s{opts['seed']}"
    path = CACHE.parent / "candidates" / f"{tag}-without-{'-'.join(sorted(excluded))}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    start = time.process_time()
    model = train(
        kind,
        [r for r in records if r["round"] not in excluded],
        opts["epochs"],
        opts["seed"],
        opts["own"],
    )
    trained = time.process_time() - start
    out = {r["name"]: candidates(kind, model, r) for r in records if r["round"] in excluded}
    print(
        f"  trained without {', '.join(sorted(excluded))}: {trained:.0f} CPU s training, "
        f"{time.process_time() - start - trained:.0f} CPU s predicting",
        flush=True,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out), encoding="utf-8")
    return out


def run(kind: str, baselines: dict[str, list[dict]], inner: int, opts: dict) -> int:
    """Leave one blind round out; one table per baseline (the same trained models)."""
    records = next(iter(baselines.values()))
    rounds = sorted({r["round"] for r in records} - {"dev"})
    print(f"{kind}: {len(records)} keys; blind rounds {', '.join(rounds)}; inner folds {inner};")
    print(f"  epochs {opts['epochs']}; seed {opts['seed']}; own tok2vec {opts['own']}", flush=True)
    started = time.process_time()
    inner_cands: dict[str, dict] = {}
    outer_cands: dict[str, dict] = {}
    for held in rounds:
        others = [r for r in rounds if r != held]
        inner_cands[held] = {}
        for g in range(inner):  # the threshold from the training keys alone
            group = set(others[g::inner])
            found = cached_candidates(kind, records, {held} | group, opts)
            inner_cands[held].update(
                {r["name"]: found[r["name"]] for r in records if r["round"] in group}
            )
        outer_cands[held] = cached_candidates(kind, records, {held}, opts)
    for baseline, recs in baselines.items():
        rows, pooled, fixed = [], Tally(), Tally()
        for held in rounds:
            if inner:
                pairs = [
                    (r, inner_cands[held][r["name"]])
                    for r in recs
                    if r["name"] in inner_cands[held]
                ]
                threshold, inner_tally = pick_threshold(kind, pairs)
            else:
                threshold, inner_tally = 0.5, Tally()
            fold = Tally()
            for rec in (r for r in recs if r["round"] == held):
                cands = outer_cands[held][rec["name"]]
                fold.add(score(kind, rec, marks_at(cands, threshold)))
                fixed.add(score(kind, rec, marks_at(cands, 0.5)))
            pooled.add(fold)
            n = sum(r["round"] == held for r in recs)
            rows.append((held, n, threshold, inner_tally, fold))
        print_table(f"{kind}, rule marks: {baseline}", rows, pooled)
        print(
            f"the model alone at a fixed threshold 0.50, all folds: P {fixed.alone_p:.2f} "
            f"R {fixed.alone_r:.2f} ({fixed.alone_tp} of {fixed.alone_key} target items, "
            f"{fixed.alone_fp} false); added at 0.50: P {fixed.precision:.2f}, recall gain "
            f"{fixed.gain:+.3f}, traps {fixed.traps}"
        )
        for line in pooled.examples:
            print("   ", line)
    print(f"training and prediction: {time.process_time() - started:.0f} CPU seconds (uncached)")
    return 0


def print_table(kind: str, rows: list, pooled: Tally) -> None:
    head = (
        f"{'round':6} {'keys':>4} {'thr':>5} {'inner P':>7} {'req':>4} {'rules':>5} "
        f"{'added':>5} {'+TP':>4} {'dup':>4} {'acc':>4} {'FP':>4} {'trap':>4} "
        f"{'dTP':>4} {'dFP':>4} {'add P':>6} {'R rules':>7} {'R both':>7} "
        f"{'alone P':>7} {'alone R':>7}"
    )
    print(f"\n{kind}: leave one blind round out\n{head}")
    for held, n, th, inner_t, t in [*rows, ("ALL", None, None, None, pooled)]:
        alone_p, alone_r = t.alone_p, t.alone_r
        if th is None:
            shown_th, shown_inner = "", ""
        elif th == NOTHING:
            shown_th, shown_inner = "none", "-"
        else:
            shown_th, shown_inner = f"{th:.2f}", f"{inner_t.precision:.2f}"
        print(
            f"{held:6} {n if n is not None else '':>4} "
            f"{shown_th:>5} {shown_inner:>7} "
            f"{t.required:4d} {t.rules_tp:5d} {t.added:5d} {t.add_tp:4d} {t.add_dup:4d} "
            f"{t.add_acc:4d} {t.add_fp:4d} {t.traps:4d} {t.delta_tp:4d} {t.delta_fp:4d} "
            f"{t.precision:6.2f} {t.rules_tp / t.required:7.2f} "
            f"{(t.rules_tp + t.delta_tp) / t.required:7.2f} {alone_p:7.2f} {alone_r:7.2f}"
        )
    ok = pooled.precision >= 0.80 and pooled.gain >= 0.05 and pooled.traps == 0
    print(
        f"pooled: added precision {pooled.precision:.2f} (>= 0.80), recall gain "
        f"{pooled.gain:+.3f} (>= 0.05), trap marks {pooled.traps} (0): "
        + ("ADOPT" if ok else "do not adopt")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=("spancat", "textcat"), default="spancat")
    parser.add_argument(
        "--epochs", type=int, help="training epochs per model (default: spancat 12, textcat 20)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--own-tok2vec",
        action="store_true",
        help="spancat with its own small tok2vec (learned_loaded_spancat_own.cfg) instead "
        "of listening to en_core_web_sm's frozen one",
    )
    parser.add_argument(
        "--inner",
        type=int,
        help="inner folds (groups of the other blind rounds) that choose the threshold "
        "(default: spancat 2, textcat 5, one per round); "
        "0: no inner folds, threshold 0.50 (a quick look)",
    )
    parser.add_argument(
        "--refresh", action="store_true", help="re-annotate the keys' articles (cache in build/)"
    )
    parser.add_argument(
        "--baseline",
        choices=("current", "blind", "both"),
        default="both",
        help="the rule marks the learned marks add to: the kit's rules now (which learned "
        "from rounds 2-D), or the rules as they stood when each round was scored blind",
    )
    parser.add_argument("--stats", action="store_true", help="print the data's counts and stop")
    args = parser.parse_args(argv)
    records = prepare(args.refresh)
    if args.stats:
        if args.baseline == "blind":
            blind_rules(records)
        return stats(records)
    baselines = {"current": records}
    if args.baseline in ("blind", "both"):
        blind = copy.deepcopy(records)
        blind_rules(blind)
        baselines = {"blind": blind} if args.baseline == "blind" else {**baselines, "blind": blind}
    epochs = args.epochs or (12 if args.model == "spancat" else 20)
    opts = {"epochs": epochs, "seed": args.seed, "own": args.own_tok2vec}
    inner = args.inner if args.inner is not None else (2 if args.model == "spancat" else 5)
    return run(args.model, baselines, inner, opts)


def stats(records: list[dict]) -> int:
    from collections import Counter

    rounds = Counter(r["round"] for r in records)
    labels = Counter(lab for r in records for *_, lab in r["required"])
    missed = Counter()
    for r in records:
        found = set(_match([_ks(q) for q in r["required"]], [m[:2] for m in r["rules"]]))
        missed.update(q[2] for i, q in enumerate(r["required"]) if i not in found)
    sents = Counter(sentence_label(r, s) for r in records for s in r["sentences"])
    print(f"keys by round: {dict(rounds)}")
    print(f"required loaded items by label: {dict(labels)}")
    print(f"of these missed by the rules: {dict(missed)}")
    print(f"writer-voice sentences: claim {sents[True]}, other {sents[False]}", end=", ")
    print(f"left out {sents[None]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
