r"""Score the sourcing lens on hand-marked probe prose (the rows are one helper's own).

    PYTHONPATH=$PWD python benchmarks/fresh_probe/score_sources.py \
        benchmarks/fresh_probe/sources1.yaml [-v]

Each probe in the YAML file has an outlet, a text and the source rows expected by hand
(canonical, type, exclusive). A kit row is found when its canonical name equals an
expected one the way the answer keys compare them (``kit.evaluate.same_source``); rows
named under ``neither:`` are neither required nor wrong. Prints source P/R/F1 per probe
and pooled, and on the found rows how often the type and the outlet flag agree.
"""

import sys

import yaml

from kit.annotate import annotate_many
from kit.article import Article
from kit.evaluate import same_source


def articles(probes):
    out = []
    for p in probes:
        meta = {"headline": p["id"], "outlet": p["outlet"], "published": "2026-12-02",
                "genre": "news", "fictional": True}
        front = yaml.safe_dump(meta, sort_keys=False)
        out.append(Article.from_markdown(f"---\n{front}---\n{p['text']}"))
    return out


def score(probe, rows):
    expected = probe["sources"]
    neither = probe.get("neither", [])
    used, tp, types, excl, missed = set(), 0, 0, 0, []
    for row in expected:
        hit = next((i for i, r in enumerate(rows)
                    if i not in used and same_source(r.canonical, row["canonical"])), None)
        if hit is None:
            missed.append(row)
            continue
        used.add(hit)
        tp += 1
        types += rows[hit].type == row["type"]
        excl += bool(rows[hit].outlet_exclusive) == bool(row["exclusive"])
        if rows[hit].type != row["type"] or bool(rows[hit].outlet_exclusive) != row["exclusive"]:
            missed.append({**row, "label": (rows[hit].type, rows[hit].outlet_exclusive)})
    extra = [r for i, r in enumerate(rows) if i not in used
             and not any(same_source(r.canonical, n) for n in neither)]
    return tp, len(expected), len(extra), types, excl, missed, extra


def prf(tp, gold, fp):
    p = tp / max(tp + fp, 1)
    r = tp / max(gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main():
    verbose = "-v" in sys.argv
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    pooled = [0, 0, 0, 0, 0]
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            probes = yaml.safe_load(fh)["probes"]
        for probe, ann in zip(probes, annotate_many(articles(probes)), strict=True):
            tp, gold, fp, types, excl, missed, extra = score(probe, ann.sources)
            for k, v in enumerate((tp, gold, fp, types, excl)):
                pooled[k] += v
            p, r, f = prf(tp, gold, fp)
            print(f"{probe['id']:<28} P {p:.2f} R {r:.2f} F1 {f:.2f}  "
                  f"(found {tp}/{gold}, extra {fp}; type {types}/{tp}, outlet {excl}/{tp})")
            if verbose:
                for m in missed:
                    how = f"WRONG {m['label']}" if "label" in m else "MISS"
                    print(f"    {how} {m['canonical']!r} [{m['type']}, excl={m['exclusive']}]")
                for e in extra:
                    print(f"    EXTRA {e.canonical!r} [{e.type}, excl={e.outlet_exclusive}]")
    tp, gold, fp, types, excl = pooled
    p, r, f = prf(tp, gold, fp)
    print(f"POOLED source P {p:.2f} R {r:.2f} F1 {f:.2f}  (found {tp}/{gold}, extra {fp}; "
          f"type {types}/{tp}, outlet {excl}/{tp})")


if __name__ == "__main__":
    main()
