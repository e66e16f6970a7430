"""Score the hedging lens on hand-marked probe prose (the marks are one helper's own).

Inline marks (see README_hedges.md): ``[h:words]`` a hedge, ``[b:words]`` a booster,
``[x:words]`` a trap (a look-alike that must get no mark), ``[a:words]`` acceptable
(a borderline case: a mark on it is neither found nor false). A predicted span that
overlaps a mark of its own category finds it; one that overlaps an acceptable span is
ignored; any other prediction is an extra (and a trap mark when it falls on ``[x:]``).

    PYTHONPATH=$PWD python benchmarks/fresh_probe/score_hedges.py \
        benchmarks/fresh_probe/hedges1.txt [more files] [-v]
"""

import re
import sys
from pathlib import Path

from kit.pipeline import load_pipeline

MARK = re.compile(r"\[([hbxa]):([^\]]+)\]")
CATEGORIES = {"h": "hedges", "b": "boosters"}


def parse(path):
    """(title, text, {"h": [...], "b": [...], "x": [...], "a": [...]}) per passage."""
    out = []
    for block in Path(path).read_text(encoding="utf-8").split("## ")[1:]:
        title, body = block.split("\n", 1)
        text, marks, pos = "", {k: [] for k in "hbxa"}, 0
        body = body.strip()
        for m in MARK.finditer(body):
            text += body[pos : m.start()]
            start = len(text)
            text += m.group(2)
            marks[m.group(1)].append((start, len(text)))
            pos = m.end()
        text += body[pos:]
        out.append((title.strip(), text, marks))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(nlp, paths, verbose):
    pooled = {k: [0, 0, 0, 0] for k in CATEGORIES}  # keyed, found, predicted, extra
    traps_pooled = 0
    for path in paths:
        per = {k: [0, 0, 0, 0] for k in CATEGORIES}
        traps = 0
        lines = []
        for title, text, marks in parse(path):
            doc = nlp(text)
            for k, key in CATEGORIES.items():
                preds = [(s.start_char, s.end_char) for s in doc.spans[key]]
                for m in marks[k]:
                    hit = any(overlaps(m, p) for p in preds)
                    per[k][0] += 1
                    per[k][1] += hit
                    if not hit:
                        lines.append(f"  MISS  {key[:-1]:7} [{title}] {text[m[0] : m[1]]!r}")
                for p in preds:
                    if any(overlaps(p, m) for m in marks["a"]):
                        continue
                    per[k][2] += 1
                    if any(overlaps(p, m) for m in marks[k]):
                        continue
                    per[k][3] += 1
                    trap = any(overlaps(p, m) for m in marks["x"])
                    traps += trap
                    kind = "TRAP " if trap else "EXTRA"
                    ctx = text[max(0, p[0] - 30) : p[1] + 30].replace("\n", " ")
                    word = text[p[0] : p[1]]
                    lines.append(f"  {kind} {key[:-1]:7} [{title}] {word!r}  ...{ctx}...")
        print(f"{Path(path).name}: " + line(per) + f"; trap marks {traps}")
        if verbose:
            print("\n".join(lines))
        for k in CATEGORIES:
            pooled[k] = [a + b for a, b in zip(pooled[k], per[k], strict=True)]
        traps_pooled += traps
    if len(paths) > 1:
        print("POOLED: " + line(pooled) + f"; trap marks {traps_pooled}")


def line(per):
    parts = []
    for k, key in CATEGORIES.items():
        keyed, found, predicted, extra = per[k]
        p = (predicted - extra) / predicted if predicted else 1.0
        r = found / keyed if keyed else 1.0
        parts.append(f"{key} P {p:.2f} R {r:.2f} ({found}/{keyed} found, {extra} extra)")
    return "; ".join(parts)


def main():
    verbose = "-v" in sys.argv
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    score(load_pipeline(), paths, verbose)


if __name__ == "__main__":
    main()
