"""Data for ``benchmarks/learned_loaded.py``: the practice keys, the kit's rule marks
(now, and as they stood when each blind round was scored), and spaCy training docs.

Reads only ``data/answers`` and ``data/outlets/answers``; never ``data/heldout/``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit import evaluate  # noqa: E402
from kit.evaluate import load_key  # noqa: E402

CACHE = ROOT / "build" / "learned_loaded" / "keys.json"
KEY_DIRS = (ROOT / "data" / "answers", ROOT / "data" / "outlets" / "answers")
WORD_LABELS = ("emotive", "intensifier", "labeling")
CLAIM = "CLAIM"
Span = tuple[int, int]


# -- the keys and the kit's own marks, read once and cached ---------------------------
def prepare(refresh: bool = False) -> list[dict]:
    """Every practice key with its body, required / acceptable loaded spans, traps, the
    kit's rule marks and writer-voice sentences (cached in ``build/``)."""
    if CACHE.is_file() and not refresh:
        return json.loads(CACHE.read_text(encoding="utf-8"))
    from kit.annotate import annotate
    from kit.article import Article
    from kit.evaluate import article_path
    from kit.quotes import find_quotes

    records = []
    for folder in KEY_DIRS:
        for path in sorted(folder.glob("*.yaml")):
            if "heldout" in path.parts:  # never (the folders above do not hold it anyway)
                continue
            key = load_key(path)
            annotated = annotate(Article.from_path(article_path(key.article, key.path)))
            attrs = annotated.of("attribution")
            reported = [(p.start, p.end) for a in attrs for p in (a.cue, a.content) if p]
            quotes = [(q.start, q.end) for q in find_quotes(key.text)]
            records.append(
                {
                    "name": key.article,
                    "round": evaluate.key_round(path) or "dev",
                    "text": key.text,
                    "required": [(s.start, s.end, s.label) for s in key.of("loaded")],
                    "acceptable": [(s.start, s.end) for s in key.acceptable.get("loaded", [])],
                    "traps": [(s.start, s.end) for c, s in key.traps if c in ("any", "loaded")],
                    "rules": [(a.start, a.end, a.label) for a in annotated.of("loaded")],
                    "sentences": [
                        (s, e)
                        for s, e in annotated.sentences
                        if key.text[s:e].strip()
                        and not any(overlap((s, e), r) for r in reported)
                        and not _mostly_quoted((s, e), quotes)
                    ],
                }
            )
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(records), encoding="utf-8")
    return records


def overlap(a: Iterable[int], b: Iterable[int]) -> bool:
    (s1, e1, *_), (s2, e2, *_) = a, b
    return s1 < e2 and s2 < e1


def _mostly_quoted(sent: Span, quotes: list[Span]) -> bool:
    inside = sum(max(0, min(e, sent[1]) - max(s, sent[0])) for s, e in quotes)
    return inside > 0.5 * (sent[1] - sent[0])


def strip_span(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_label(rec: dict, sent: Span) -> bool | None:
    """True: the sentence holds a required claim; None: borderline (left out)."""
    for s, e, label in rec["required"]:
        if label == "unattributed_claim" and overlap((s, e), sent):
            shared = min(e, sent[1]) - max(s, sent[0])
            if shared >= 0.5 * min(e - s, sent[1] - sent[0]):
                return True
    if any(overlap(a, sent) and a[1] - a[0] > 30 for a in rec["acceptable"]):
        return None
    return False


#: The commit at which each blind round was scored before any rule learned from it
#: (docs/evaluation.md). Round E: no rule has learned from it yet, the rules at HEAD.
BLIND_COMMITS = {"2": "7885e5e", "A": "5b30e8e", "C1": "eaf0d1b", "C2": "eaf0d1b", "D": "e8449ce"}
_OLD_RULES = """
import importlib, importlib.metadata, json, sys, types
sys.path.insert(0, sys.argv[1])
for ep in importlib.metadata.entry_points(group="spacy_factories"):
    mod, _, attr = ep.value.partition(":")  # today's factories the old code may lack
    try:
        module = importlib.import_module(mod)
    except ImportError:
        module = sys.modules[mod] = types.ModuleType(mod)
    if not hasattr(module, attr):
        setattr(module, attr, lambda *a, **k: None)
import kit
from kit.article import Article
out = {}
for name, path in json.loads(sys.argv[2]):
    a = kit.annotate(Article.from_path(path))
    out[name] = [a.text, [(m.start, m.end, m.label) for m in a.of("loaded")]]
print(json.dumps(out))
"""


def blind_rules(records: list[dict]) -> None:
    """Replace each blind round's rule marks by those of the kit as it stood when the
    round was scored blind (``--baseline blind``); the old code runs from a ``git
    archive`` export in ``build/``, cached."""
    import subprocess

    cache = CACHE.parent / "blind_rules.json"
    marks = json.loads(cache.read_text(encoding="utf-8")) if cache.is_file() else {}
    for commit in sorted(set(BLIND_COMMITS.values())):
        todo = [
            (r["name"], str(_article(r["name"])))
            for r in records
            if BLIND_COMMITS.get(r["round"]) == commit and r["name"] not in marks
        ]
        if not todo:
            continue
        tree = CACHE.parent / f"tree-{commit}"
        if not tree.is_dir():
            tree.mkdir(parents=True)
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "kit"], check=True, capture_output=True
            )
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _OLD_RULES, str(tree), json.dumps(todo)],
            check=True,
            capture_output=True,
            text=True,
        )
        marks.update(json.loads(done.stdout.strip().splitlines()[-1]))
        cache.write_text(json.dumps(marks), encoding="utf-8")
    for r in records:
        if r["round"] in BLIND_COMMITS:
            text, old = marks[r["name"]]
            if text != r["text"]:
                raise SystemExit(f"{r['name']}: the old kit read a different body")
            r["rules"] = [tuple(m) for m in old]


def _article(stem: str) -> Path:
    from kit.evaluate import article_path

    for folder in KEY_DIRS:
        if (folder / f"{stem}.yaml").is_file():
            return article_path(stem, folder / f"{stem}.yaml")
    return article_path(stem)


# -- training docs -------------------------------------------------------------------------
def docbin(kind: str, records: list[dict], nlp) -> tuple[object, int]:
    """Training docs: whole articles with their word spans (spancat), or writer-voice
    sentences with a CLAIM category (textcat). Returns the DocBin and items left out."""
    from spacy.tokens import DocBin

    db, dropped = DocBin(store_user_data=False), 0
    for rec in records:
        text = rec["text"]
        if kind == "spancat":
            doc = nlp.make_doc(text)
            spans = []
            for s, e, label in rec["required"]:
                if label not in WORD_LABELS:
                    continue
                span = doc.char_span(*strip_span(text, s, e), label=label, alignment_mode="expand")
                if span is None or len(span) > 4:
                    dropped += 1
                    continue
                spans.append(span)
            doc.spans["learned_loaded"] = spans
            db.add(doc)
        else:
            for sent in rec["sentences"]:
                label = sentence_label(rec, sent)
                if label is None:
                    dropped += 1
                    continue
                doc = nlp.make_doc(text[slice(*strip_span(text, *sent))])
                doc.cats = {CLAIM: float(label)}
                db.add(doc)
    return db, dropped
