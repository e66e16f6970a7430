"""Score the loaded lens on hand-marked probe prose (the marks are one helper's own).

``[[word]]`` marks a loaded word, ``{{sentence}}`` an unattributed claim; a prediction
overlapping a mark finds it, one overlapping none is a false mark.
"""

import re
import sys

from kit.pipeline import load_pipeline


def parse(path):
    out = []
    from pathlib import Path

    for block in Path(path).read_text(encoding="utf-8").split("## ")[1:]:
        title, body = block.split("\n", 1)
        text, spans, sents, stack = "", [], [], []
        for t in re.split(r"(\[\[|\]\]|\{\{|\}\})", body.strip()):
            if t in ("[[", "{{"):
                stack.append((t, len(text)))
            elif t in ("]]", "}}"):
                kind, st = stack.pop()
                (spans if kind == "[[" else sents).append((st, len(text)))
            else:
                text += t
        out.append((title.strip(), text, spans, sents))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    nlp = load_pipeline()
    verbose = "-v" in sys.argv
    path = [a for a in sys.argv[1:] if not a.startswith("-")][0]
    words = found_words = sents = found_sents = preds = false = 0
    for title, text, spans, claims in parse(path):
        doc = nlp(text)
        marks = [(s.start_char, s.end_char, s.label_) for s in doc.spans["loaded"]]
        for k in spans:
            hit = any(overlaps(k, p) for p in marks)
            words, found_words = words + 1, found_words + hit
            if verbose and not hit:
                print(f"  MISS [{title}] {text[k[0] : k[1]]!r}")
        for k in claims:
            hit = any(overlaps(k, p) for p in marks)
            sents, found_sents = sents + 1, found_sents + hit
            if verbose and not hit:
                print(f"  MISS-SENT [{title}] {text[k[0] : k[1]][:70]!r}")
        for p in marks:
            ok = any(overlaps(k, p) for k in spans + claims)
            preds, false = preds + 1, false + (not ok)
            if verbose and not ok:
                print(f"  FP [{title}] {p[2]} {text[p[0] : p[1]][:70]!r}")
    print(
        f"words found {found_words}/{words} = {found_words / max(words, 1):.2f}; "
        f"claim sentences found {found_sents}/{sents}; predictions {preds}, false {false}, "
        f"precision {(preds - false) / max(preds, 1):.2f}"
    )


if __name__ == "__main__":
    main()
