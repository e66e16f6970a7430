"""Score the attribution lens's cues and canonical speakers on hand-marked probe prose.

Each probe file (``speakers*.yaml``) holds passages and, for each attribution, its cue
(``text``/``near`` as in an answer key) and the canonical speaker one helper expected
before running the kit (a list gives accepted spellings). A key cue is found when a
predicted cue overlaps it (one to one, as in ``kit.evaluate``); its speaker is right
when the kit's canonical source equals one of the expected ones (``same_source``).
A predicted cue on no key cue and no ``acceptable`` cue is a false cue.

    PYTHONPATH=$PWD python benchmarks/fresh_probe/score_speakers.py \
        benchmarks/fresh_probe/speakers1.yaml [more.yaml ...] [-v]
"""

import sys
from pathlib import Path

import yaml

from kit.annotated import AnnotatedArticle
from kit.evaluate import _match, locate, same_source
from kit.pipeline import load_pipeline


def cue_spec(item):
    """An item's cue as a key span spec: ``{text, near?}``."""
    return {"text": item["cue"], "near": item.get("near")}


def score_file(nlp, path, verbose):
    """Per-probe and file totals: [key cues, found, speakers right, false cues]."""
    total = [0, 0, 0, 0]
    for probe in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["probes"]:
        text, title = probe["text"].strip(), probe["title"]
        keys = probe["attributions"]
        spans = [locate(text, cue_spec(k), title) for k in keys]
        okay = [locate(text, cue_spec(a), title) for a in probe.get("acceptable", [])]
        preds = AnnotatedArticle.from_doc(nlp(text), {}).of("attribution")
        anchors = [(a.cue.start, a.cue.end) if a.cue else (a.start, a.end) for a in preds]
        matches = _match(spans, anchors)
        row = [len(keys), len(matches), 0, 0]
        for k, key in enumerate(keys):
            want = key["speaker"] if isinstance(key["speaker"], list) else [key["speaker"]]
            if k not in matches:
                if verbose:
                    print(f"  MISS [{title}] {spans[k].text!r} ({want[0]})")
                continue
            got = preds[matches[k]].canonical
            if any(same_source(got, w) for w in want):
                row[2] += 1
            elif verbose:
                print(
                    f"  SPK  [{title}] cue {spans[k].text!r} near {key.get('near')!r}: "
                    f"want {want[0]!r}, kit {got!r}"
                )
        for p, (start, end) in enumerate(anchors):
            if p in matches.values() or any(s.overlaps(start, end) for s in okay):
                continue
            row[3] += 1
            if verbose:
                print(f"  FALSE [{title}] {text[start:end]!r} ({preds[p].canonical!r})")
        print(f"  {title:<24} cues {row[1]}/{row[0]}  speakers {row[2]}/{row[1]}  false {row[3]}")
        total = [a + b for a, b in zip(total, row, strict=True)]
    return total


def line(name, t):
    acc = t[2] / t[1] if t[1] else 1.0
    return (
        f"{name}: cues found {t[1]}/{t[0]} = {t[1] / max(t[0], 1):.2f}; "
        f"speakers right {t[2]}/{t[1]} = {acc:.2f}; false cues {t[3]}"
    )


def main():
    verbose = "-v" in sys.argv
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    nlp = load_pipeline()
    pooled = [0, 0, 0, 0]
    for path in paths:
        print(Path(path).name)
        t = score_file(nlp, path, verbose)
        print(line(Path(path).stem, t))
        pooled = [a + b for a, b in zip(pooled, t, strict=True)]
    if len(paths) > 1:
        print(line("POOLED", pooled))


if __name__ == "__main__":
    main()
