"""Measure a learned charged-word model held out (an experiment, not used by the lens).

``python -m kit.word_training data/answers/*.yaml`` parses each keyed article with the
whole kit, takes every candidate word, labels it charged when it lies inside a keyed
loaded span labelled ``emotive`` or ``labeling`` (a trap word counts as a negative,
weighted more), fits a logistic model (numpy, L2, Newton: the comment model's
:func:`kit.commentary_training.fit`) with each practice round left out in turn, and
prints, per threshold, how many keyed loaded items the model's marks would ADD to
what the kit already finds and how many false marks they would add (marks only where
the kit has none), pooled over the held-out rounds and again for the newest rounds.

The candidates are adjectives, adverbs, nouns and verbs outside any entity, not stop
words, of three letters or more. Their features: the parse's own context vector
(``doc.tensor``, en_core_web_sm's tok2vec: the word's norm, prefix, suffix and shape and
its neighbours), part of speech, tag and dependency, whether the word describes or is
said of a person or group, its ending ("-ous", "-less", "-ish"), and whether it stands in
quotation marks or in someone's reported words.

Held-out figures: "by round" leaves the round out; "unseen words" also drops from
training every word whose lemma the held-out round's keys mark loaded, as a blind
round's keys use words that occur nowhere in the practice data; "readable features
only" drops ``doc.tensor``; "trained only on words the kit leaves unmarked" learns from
the free candidates alone. The result (docs/evaluation.md, "A learned charged-word
model") was negative, so the loaded lens does not use it.

``--ar [--settings=1,4]`` (with ``--cache FILE``) is the 38th round's measurement
(wordmodelAR, 691 keys, 113 rounds): each round held out by chord steps from one fit,
scored on all rounds, on the 44 rounds blind when written and on the last ten of them,
with traps newly marked and straight articles (at most 3 loaded items) apart; two designs
tried: general-lexicon priors (VADER's valence, wordfreq's word frequency; optional
packages) and marks only on words said of people or groups. No setting passed the gate
(loaded recall +0.03 on the blind-when-written rounds with precision >= 0.80, traps and
straight false marks at most a quarter of the gains), so the lens still does not use it.

``--probe FILE ...`` trains on every key and lists the words of the given texts the model
would add at probability 0.1 or more.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_STOP, LENGTH, LOWER, POS, SUFFIX, TAG
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.tokens import Doc

from kit import evaluate
from kit.commentary_training import key_round, predict
from kit.evaluate import Key, KeySpan, _match, load_key

# -- the candidate words and their features ---------------------------------------------
#: Word classes a charged word can belong to.
CANDIDATE_POS = ("ADJ", "ADV", "NOUN", "VERB")
TAGS = (
    "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
)  # fmt: skip
DEPS = (
    "amod", "acomp", "attr", "advmod", "nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "conj",
    "compound", "xcomp", "ccomp", "advcl", "relcl", "appos", "npadvmod", "pcomp", "oprd",
)  # fmt: skip
#: Endings of many judging words ("outrageous", "spineless", "boorish", "toxic").
SUFFIXES = (
    "ous", "ful", "ess", "ish", "ive", "tic", "cal", "ble", "ely", "lly", "ing", "ied",
    "ism", "ist", "ity", "ent", "ant", "ion", "ard", "ery",
)  # fmt: skip
#: Pronouns that stand for people.
PERSON_PRONOUNS = ("he", "she", "they", "him", "her", "them", "we", "us", "i", "you", "who")
#: Entity types of people and groups.
PERSON_ENTS = ("PERSON", "NORP", "ORG")
#: Nouns for people and groups in general (a describing word on one labels them).
GROUP_NOUNS = (
    "people", "person", "man", "woman", "men", "women", "resident", "official", "critic",
    "protester", "campaigner", "fan", "voter", "minister", "councillor", "staff", "worker",
    "member", "owner", "leader", "politician", "group", "crowd", "supporter", "opponent",
    "neighbour", "boss", "team", "activist", "customer", "parent", "child", "landlord",
)  # fmt: skip

BASE_FEATURES = (
    [f"pos={p}" for p in CANDIDATE_POS]
    + [f"tag={t}" for t in TAGS]
    + [f"dep={d}" for d in DEPS]
    + [f"suffix=-{s}" for s in SUFFIXES]
    + [
        "hyphenated",
        "length",
        "modifies_person",
        "predicates_person",
        "person_does",
        "in_quotes",
        "in_reported_words",
        "capitalised_inside",
    ]
)


def _ids(strings: Any, items: tuple[str, ...]) -> np.ndarray:
    return np.array([strings.add(i) for i in items], dtype=np.uint64)


def candidates(doc: Doc) -> np.ndarray:
    """Token offsets of the candidate words: ADJ, ADV, NOUN or VERB, alphabetic (a
    hyphen allowed), outside any entity, not a stop word, at least three letters."""
    if not len(doc):
        return np.zeros(0, dtype=int)
    arr = doc.to_array([POS, ENT_TYPE, IS_STOP, LENGTH])
    pos_ids = np.array([UNIVERSAL_POS[p] for p in CANDIDATE_POS], dtype=np.uint64)
    keep = np.isin(arr[:, 0], pos_ids) & (arr[:, 1] == 0) & (arr[:, 2] == 0) & (arr[:, 3] >= 3)
    return np.flatnonzero(keep)


def features(
    doc: Doc,
    rows: np.ndarray,
    quotes: list[tuple[int, int]],
    contents: list[tuple[int, int]],
) -> np.ndarray:
    """The feature matrix of the candidate tokens ``rows``: the readable features
    (:data:`BASE_FEATURES`) then the 96 numbers of ``doc.tensor``. ``quotes`` and
    ``contents``: character ranges of quotations and of reported words."""
    strings = doc.vocab.strings
    arr = doc.to_array([POS, TAG, DEP, ENT_TYPE, LOWER, HEAD, SUFFIX, IS_ALPHA, LENGTH])
    pos, tag, dep, ent, lower, head, suffix, alpha, length = arr.T
    n = len(doc)
    heads = (np.arange(n) + head.astype(np.int64)) % max(n, 1)
    persons = (
        np.isin(ent, _ids(strings, PERSON_ENTS))
        | np.isin(lower, _ids(strings, PERSON_PRONOUNS))
        | np.isin(doc.to_array("LEMMA"), _ids(strings, GROUP_NOUNS))
    )
    subjects = np.isin(dep, _ids(strings, ("nsubj", "nsubjpass")))
    person_subject = np.zeros(n, dtype=bool)
    person_subject[heads[subjects & persons]] = True
    dep_mod = np.isin(dep, _ids(strings, ("amod", "compound", "appos", "relcl", "acl")))
    dep_pred = np.isin(dep, _ids(strings, ("acomp", "attr", "oprd")))
    r = rows
    cols = [pos[r] == UNIVERSAL_POS[p] for p in CANDIDATE_POS]
    cols += [tag[r] == strings.add(t) for t in TAGS]
    cols += [dep[r] == strings.add(d) for d in DEPS]
    suffix_strings = [strings[int(s)] for s in suffix[r]]  # (one lookup per candidate)
    cols += [np.array([x.endswith(s) for x in suffix_strings], dtype=bool) for s in SUFFIXES]
    starts = np.array([doc[int(i)].idx for i in r], dtype=np.int64) if len(r) else np.zeros(0)
    text = doc.text
    first = np.array([text[int(s)] for s in starts]) if len(r) else np.zeros(0, dtype=str)
    sent_start = doc.to_array("SENT_START")
    cols += [
        alpha[r] == 0,
        np.log1p(length[r].astype(float)),
        dep_mod[r] & persons[heads[r]],
        dep_pred[r] & person_subject[heads[r]],
        (pos[r] == UNIVERSAL_POS["VERB"]) & person_subject[r],
        _within(starts, quotes),
        _within(starts, contents),
        np.char.isupper(first) & (sent_start[r] != 1) if len(r) else np.zeros(0, dtype=bool),
    ]
    base = np.column_stack(cols).astype(float) if len(r) else np.zeros((0, len(BASE_FEATURES)))
    tensor = doc.tensor[r] if len(r) and doc.tensor is not None and doc.tensor.size else None
    if tensor is None:
        tensor = np.zeros((len(r), 96))
    return np.hstack([base, tensor.astype(float)])


def _within(starts: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    out = np.zeros(len(starts), dtype=bool)
    for a, b in ranges:
        out |= (starts >= a) & (starts < b)
    return out


# -- training and the held-out figures ---------------------------------------------------
TARGET_LABELS = ("emotive", "labeling")
#: Labels whose tokens are left out of training (charged, but not a word of this kind).
UNSURE_LABELS = ("intensifier", "scare_quote")
TRAP_WEIGHT = 3.0
PENALTY = 30.0
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7)
NEWEST = ("Z", "Z1", "Z2", "Z3", "Z4", "AA", "AA1", "AA2", "AB")


@dataclass
class Article:
    round: str
    key: Key
    x: np.ndarray
    y: np.ndarray
    weight: np.ndarray
    keep: np.ndarray  # rows used in training
    spans: list[tuple[int, int]]  # each candidate's characters
    free: np.ndarray  # no kit loaded mark on the candidate yet
    lemmas: list[str]
    predicted: list[tuple[int, int]]  # the kit's own loaded marks
    words: list[str] = field(default_factory=list)  # each candidate's lower-case text


def _inside(start: int, end: int, spans: Sequence[KeySpan]) -> bool:
    return any(s.overlaps(start, end) for s in spans)


def collect(paths: Sequence[Path]) -> list[Article]:
    from kit.annotated import check_body
    from kit.article import Article as Art
    from kit.evaluate import article_path
    from kit.lenses.loaded_quotes import quote_context
    from kit.pipeline import load_pipeline
    from kit.quotes import find_quotes

    nlp = load_pipeline()
    docs = []
    for p in paths:
        art = Art.from_path(article_path(load_key(p).article, p))
        doc = nlp.make_doc(check_body(art.body))
        doc._.kit_outlet = art.meta.get("outlet")
        docs.append(doc)
    out = []
    for path, doc in zip(paths, nlp.pipe(docs, batch_size=8), strict=True):
        key = load_key(path, doc.text)
        ctx = quote_context(doc)
        quotes = [(q.start, q.end) for q in find_quotes(doc.text)]
        rows = candidates(doc)
        x = features(doc, rows, quotes, ctx.contents)
        spans = [(doc[int(i)].idx, doc[int(i)].idx + len(doc[int(i)])) for i in rows]
        loaded = key.of("loaded")
        target = [s for s in loaded if s.label in TARGET_LABELS]
        unsure = [s for s in loaded if s.label in UNSURE_LABELS] + key.acceptable["loaded"]
        traps = [s for c, s in key.traps if c in ("any", "loaded")]
        y = np.array([_inside(a, b, target) for a, b in spans], dtype=float)
        keep = np.array([y[i] == 1 or not _inside(a, b, unsure) for i, (a, b) in enumerate(spans)])
        weight = np.array([TRAP_WEIGHT if _inside(a, b, traps) else 1.0 for a, b in spans])
        predicted = [(s.start_char, s.end_char) for s in doc.spans.get("loaded", [])]
        free = np.array(
            [not any(s < b and a < e for s, e in predicted) for a, b in spans], dtype=bool
        )
        lemmas = [doc[int(i)].lemma_.lower() for i in rows]
        words = [doc[int(i)].lower_ for i in rows]
        out.append(
            Article(
                key_round(path), key, x, y, weight, keep, spans, free, lemmas, predicted, words
            )
        )
    return out


def fit_weighted(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    penalty: float = PENALTY,
    start: np.ndarray | None = None,
    steps: int = 12,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2-penalised logistic regression with row weights (a trap row counts thrice), by
    Newton's method on standardised columns, as :func:`kit.commentary_training.fit`;
    ``start``: weights (with the bias last) to begin from."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    reg = np.append(np.full(x.shape[1], penalty), 0.0)
    b = np.zeros(z.shape[1]) if start is None else start.copy()
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ b)))
        gradient = z.T @ (w * (p - y)) + reg * b
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-8)
        step = np.linalg.solve(hessian, gradient)
        b -= step
        if np.abs(step).max() < 1e-4:
            break
    return b[:-1], mean, scale, float(b[-1])


def marks(article: Article, p: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """The model's marks: free candidates at or over the threshold, neighbours joined."""
    out: list[tuple[int, int]] = []
    for (a, b), free, q in zip(article.spans, article.free, p, strict=True):
        if not free or q < threshold:
            continue
        if out and not article.key.text[out[-1][1] : a].strip(" -"):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def score(article: Article, predicted: list[tuple[int, int]]) -> tuple[int, int]:
    """True and false loaded marks against the key (acceptable spans ignored)."""
    spans = article.key.of("loaded")
    matches = _match(spans, predicted)
    used = set(matches.values())
    accepted = article.key.acceptable["loaded"]
    fp = sum(
        1
        for i, (a, b) in enumerate(predicted)
        if i not in used and not any(s.overlaps(a, b) for s in accepted)
    )
    return len(matches), fp


def _free(a: Article) -> Article:
    from dataclasses import replace

    return replace(a, keep=a.keep & a.free)


def ranking(articles: list[Article], probs: dict[str, np.ndarray]) -> str:
    """How well the held-out probabilities rank the free candidates: of the top 25, 50,
    100 and 200, how many lie inside a keyed emotive/labeling span (the base rate for
    comparison)."""
    p = np.concatenate([probs[a.key.article][a.free] for a in articles])
    y = np.concatenate([a.y[a.free] for a in articles])
    order = np.argsort(-p)
    tops = ", ".join(f"top {k}: {int(y[order[:k]].sum())}" for k in (25, 50, 100, 200))
    return f"  free candidates {len(y)}, charged {int(y.sum())} ({y.mean():.3%}); {tops}"


def held_out(
    articles: list[Article],
    unseen_words: bool,
    columns: slice | None = None,
    free_only: bool = False,
) -> dict[str, np.ndarray]:
    """Each article's candidate probabilities from a model trained without its round."""
    rounds = sorted({a.round for a in articles})
    probs: dict[str, np.ndarray] = {}
    sel = (lambda m: m) if columns is None else (lambda m: m[:, columns])
    if free_only:  # learn only from the words the kit leaves unmarked
        articles = [_free(a) for a in articles]
    whole = fit_weighted(
        np.vstack([sel(a.x[a.keep]) for a in articles]),
        np.concatenate([a.y[a.keep] for a in articles]),
        np.concatenate([a.weight[a.keep] for a in articles]),
    )
    start = np.append(whole[0], whole[3])
    for r in rounds:
        test = [a for a in articles if a.round == r]
        train = [a for a in articles if a.round != r]
        banned = set()
        if unseen_words:
            for a in test:
                for s in a.key.of("loaded"):
                    banned.update(w.lower() for w in s.text.split())
                banned.update(
                    lem for lem, yy in zip(a.lemmas, a.y, strict=True) if yy == 1
                )
        xs, ys, ws = [], [], []
        for a in train:
            keep = a.keep.copy()
            if banned:
                keep &= np.array([lem not in banned for lem in a.lemmas], dtype=bool)
            xs.append(a.x[keep] if columns is None else a.x[keep][:, columns])
            ys.append(a.y[keep])
            ws.append(a.weight[keep])
        model = fit_weighted(
            np.vstack(xs), np.concatenate(ys), np.concatenate(ws), start=start, steps=6
        )
        for a in test:
            x = a.x if columns is None else a.x[:, columns]
            probs[a.key.article] = predict(model, x) if len(x) else np.zeros(0)
    return probs


def table(articles: list[Article], probs: dict[str, np.ndarray], rounds: set[str] | None) -> str:
    chosen = [a for a in articles if rounds is None or a.round in rounds]
    base_tp = base_fp = 0
    keyed = 0
    for a in chosen:
        tp, fp = score(a, a.predicted)
        base_tp += tp
        base_fp += fp
        keyed += len(a.key.of("loaded"))
    # the most the model could add: keyed emotive/labeling items the kit misses that
    # hold a candidate word with no kit mark on it
    reachable = 0
    for a in chosen:
        found = _match(a.key.of("loaded"), a.predicted)
        for k, s in enumerate(a.key.of("loaded")):
            if k in found or s.label not in TARGET_LABELS:
                continue
            pairs = zip(a.spans, a.free, strict=True)
            reachable += any(f and s.overlaps(x, y) for (x, y), f in pairs)
    lines = [
        f"  {reachable} missed emotive/labeling items hold a free candidate word",
        f"  {len(chosen)} articles, {keyed} keyed loaded items; the kit finds {base_tp} "
        f"with {base_fp} false marks (P {base_tp / max(1, base_tp + base_fp):.3f})",
        "  threshold  marks  added_keyed  added_false  loaded P after",
    ]
    for t in THRESHOLDS:
        n = tp_all = fp_all = 0
        for a in chosen:
            mine = marks(a, probs[a.key.article], t)
            n += len(mine)
            tp, fp = score(a, a.predicted + mine)
            tp_all += tp
            fp_all += fp
        lines.append(
            f"  {t:9.2f}  {n:5d}  {tp_all - base_tp:11d}  {fp_all - base_fp:11d}  "
            f"{tp_all / max(1, tp_all + fp_all):.3f}"
        )
    return "\n".join(lines)


def probe(articles: list[Article], files: Sequence[str]) -> None:
    """Train on every key; print the free words of ``files`` scoring 0.1 or more."""
    from kit.lenses.loaded_quotes import quote_context
    from kit.pipeline import load_pipeline
    from kit.quotes import find_quotes

    model = fit_weighted(
        np.vstack([a.x[a.keep] for a in articles]),
        np.concatenate([a.y[a.keep] for a in articles]),
        np.concatenate([a.weight[a.keep] for a in articles]),
    )
    nlp = load_pipeline()
    for name in files:
        doc = nlp(Path(name).read_text(encoding="utf-8"))
        rows = candidates(doc)
        quotes = [(q.start, q.end) for q in find_quotes(doc.text)]
        p = predict(model, features(doc, rows, quotes, quote_context(doc).contents))
        kit_marks = [(s.start_char, s.end_char) for s in doc.spans.get("loaded", [])]
        found = [
            f"{doc[int(i)].text} {q:.2f}"
            for i, q in zip(rows, p, strict=True)
            if q >= 0.1 and not any(a <= doc[int(i)].idx < b for a, b in kit_marks)
        ]
        print(f"{Path(name).name}: kit marks {[doc.text[a:b] for a, b in kit_marks]}")
        print(f"  the model would add: {found}")


def main(paths: Sequence[str], cache: str | None = None) -> int:
    """Print the held-out tables; ``cache``: a pickle of the parsed rows (made if missing)."""
    import pickle

    if cache and Path(cache).is_file():
        articles = pickle.loads(Path(cache).read_bytes())
    else:
        articles = collect([Path(p) for p in paths])
        if cache:
            Path(cache).write_bytes(pickle.dumps(articles))
    rows = sum(len(a.y) for a in articles)
    pos = int(sum(a.y.sum() for a in articles))
    print(f"{rows} candidate words, {pos} inside keyed emotive/labeling spans, "
          f"{len({a.round for a in articles})} rounds")
    for unseen in (False, True):
        probs = held_out(articles, unseen)
        name = "unseen words (round and its keyed words left out)" if unseen else "by round"
        print(f"held out {name}, all rounds:")
        print(table(articles, probs, None))
        print(f"held out {name}, newest rounds {', '.join(NEWEST)}:")
        print(table(articles, probs, set(NEWEST)))
        print(ranking(articles, probs))
    base = slice(0, len(BASE_FEATURES))
    probs = held_out(articles, False, base)
    print("held out by round, readable features only (no doc.tensor), all rounds:")
    print(table(articles, probs, None))
    print(ranking(articles, probs))
    probs = held_out(articles, False, free_only=True)
    print("held out by round, trained only on words the kit leaves unmarked, all rounds:")
    print(table(articles, probs, None))
    print("the same, newest rounds:")
    print(table(articles, probs, set(NEWEST)))
    print(ranking(articles, probs))
    return 0



# -- the 38th round's measurement (wordmodelAR): chord steps, blind rounds, gate figures --
#: Columns of the readable features that say a word is said of a person or group.
PERSON_COLUMNS = ("modifies_person", "predicates_person", "person_does")
#: A key with at most this many loaded items is a straight article.
STRAIGHT_AT_MOST = 3
GATE_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)


def blind_rounds(folder: Path = Path("data/rounds")) -> list[str]:
    """The rounds written to be scored blind: their ``round*.md``'s first heading says
    "Blind round". In the order they were written (the older single letters first)."""
    import re

    found = []
    for path in folder.glob("round*.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        first = next((line for line in lines if line.startswith("#")), "")
        if first.lstrip("# ").lower().startswith("blind round"):
            found.append(path.stem.removeprefix("round"))
    return sorted(found, key=lambda r: (len(re.sub(r"\d", "", r)), r))


def priors(words: Sequence[str], lemmas: Sequence[str]) -> np.ndarray:
    """Features from general lexicons no key wrote (design 1 of wordmodelAR): VADER's
    valence (its absolute value, and whether the word is in VADER at all) and the word's
    frequency in general English (wordfreq's Zipf scale, and whether it is unknown).
    Zero columns when the packages are not installed."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - an experiment's optional packages
        return np.zeros((len(words), 4))
    lexicon = _vader_lexicon(SentimentIntensityAnalyzer)
    out = np.zeros((len(words), 4))
    for i, (word, lemma) in enumerate(zip(words, lemmas, strict=True)):
        valence = lexicon.get(word, lexicon.get(lemma))
        out[i, 0] = abs(valence) if valence is not None else 0.0
        out[i, 1] = valence is not None
        zipf = zipf_frequency(word, "en")
        out[i, 2] = zipf
        out[i, 3] = zipf == 0
    return out


_VADER: dict[str, float] = {}


def _vader_lexicon(analyzer: Any) -> dict[str, float]:
    if not _VADER:
        _VADER.update(analyzer().lexicon)
    return _VADER


def held_out_chord(
    articles: list[Article],
    extra: list[np.ndarray] | None = None,
    columns: slice | None = None,
    unseen_words: bool = False,
    steps: int = 8,
) -> dict[str, np.ndarray]:
    """Each article's candidate probabilities from a model trained without its round.

    One Newton fit on every round, then for each round chord steps from it: the Hessian of
    the fit on all rows less the held-out rows' share, fixed, and the gradient of the rows
    left in (about a Newton refit's optimum at a small part of its cost). ``extra``: more
    columns per article; ``unseen_words``: training also drops every word whose lemma the
    held-out round's keys mark."""
    parts = []
    for k, a in enumerate(articles):
        x = a.x if columns is None else a.x[:, columns]
        parts.append(np.hstack([x, extra[k]]) if extra is not None else x)
    x = np.vstack(parts)
    y = np.concatenate([a.y for a in articles])
    w = np.concatenate([a.weight for a in articles])
    keep = np.concatenate([a.keep for a in articles])
    rnd = np.concatenate([[a.round] * len(a.y) for a in articles])
    lemma = np.concatenate([np.array(a.lemmas, dtype=object) for a in articles])
    mean, scale = x[keep].mean(0), x[keep].std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    reg = np.append(np.full(x.shape[1], PENALTY), 0.0)
    whole, _, _, bias = fit_weighted(x[keep], y[keep], w[keep])
    b0 = np.append(whole, bias)
    p0 = 1.0 / (1.0 + np.exp(-(z @ b0)))
    h = w * p0 * (1 - p0)
    hessian = (z[keep] * h[keep, None]).T @ z[keep] + np.diag(reg + 1e-8)
    probs: dict[str, np.ndarray] = {}
    offsets = np.cumsum([0] + [len(a.y) for a in articles])
    for r in sorted(set(rnd)):
        out = rnd == r
        if unseen_words:
            banned = {lem for lem, yy, o in zip(lemma, y, out, strict=True) if o and yy == 1}
            test = [a for a in articles if a.round == r]
            for a in test:
                for s in a.key.of("loaded"):
                    banned.update(t.lower() for t in s.text.split())
            out = out | np.array([lem in banned for lem in lemma], dtype=bool)
        drop = keep & out
        train = keep & ~out
        hess = hessian - (z[drop] * h[drop, None]).T @ z[drop]
        b = b0.copy()
        wt = np.where(train, w, 0.0)  # (no copy of the rows: the held-out ones weigh 0)
        for _ in range(steps):
            p = 1.0 / (1.0 + np.exp(-(z @ b)))
            b -= np.linalg.solve(hess, z.T @ (wt * (p - y)) + reg * b)
        for k, a in enumerate(articles):
            if a.round == r:
                probs[a.key.article] = 1.0 / (1.0 + np.exp(-(z[offsets[k] : offsets[k + 1]] @ b)))
    return probs


def person_mask(article: Article) -> np.ndarray:
    """Candidates said of a person or group (design 2 of wordmodelAR: marks only there)."""
    cols = [BASE_FEATURES.index(c) for c in PERSON_COLUMNS]
    return article.x[:, cols].max(1) > 0


def gate_row(
    chosen: list[Article],
    probs: dict[str, np.ndarray],
    threshold: float,
    person_only: bool = False,
) -> dict[str, float]:
    """What the model's marks add to the kit's loaded marks on ``chosen``: keyed items
    gained, false marks added, traps newly marked, the same on straight articles, and the
    pooled loaded precision and recall before and after."""
    row = dict.fromkeys(
        ("keyed", "tp0", "fp0", "tp1", "fp1", "traps", "marks", "s_gain", "s_false", "s_traps"),
        0.0,
    )
    for a in chosen:
        p = probs[a.key.article]
        if person_only:
            p = np.where(person_mask(a), p, 0.0)
        mine = marks(a, p, threshold)
        tp0, fp0 = score(a, a.predicted)
        tp1, fp1 = score(a, a.predicted + mine)
        traps = [s for c, s in a.key.traps if c in ("any", "loaded")]
        hits = sum(1 for s in traps for m in mine if s.overlaps(*m))
        n_keyed = len(a.key.of("loaded"))
        row["keyed"] += n_keyed
        row["tp0"] += tp0
        row["fp0"] += fp0
        row["tp1"] += tp1
        row["fp1"] += fp1
        row["traps"] += hits
        row["marks"] += len(mine)
        if n_keyed <= STRAIGHT_AT_MOST:
            row["s_gain"] += tp1 - tp0
            row["s_false"] += fp1 - fp0
            row["s_traps"] += hits
    return row


def gate_table(
    articles: list[Article],
    probs: dict[str, np.ndarray],
    rounds: set[str] | None,
    person_only: bool = False,
) -> str:
    """The held-out figures per threshold on the articles of ``rounds`` (all if None)."""
    chosen = [a for a in articles if rounds is None or a.round in rounds]
    straight = sum(1 for a in chosen if len(a.key.of("loaded")) <= STRAIGHT_AT_MOST)
    base = gate_row(chosen, probs, 1.1)
    lines = [
        f"  {len(chosen)} articles ({straight} straight), {int(base['keyed'])} keyed loaded; "
        f"the kit: {int(base['tp0'])} found, {int(base['fp0'])} false "
        f"(P {base['tp0'] / max(1, base['tp0'] + base['fp0']):.3f}, "
        f"R {base['tp0'] / max(1, base['keyed']):.3f})",
        "  thr    marks  gained  false  traps  dR      P_after  straight gained/false/traps",
    ]
    for t in GATE_THRESHOLDS:
        r = gate_row(chosen, probs, t, person_only)
        gained, false = r["tp1"] - r["tp0"], r["fp1"] - r["fp0"]
        lines.append(
            f"  {t:4.2f}  {int(r['marks']):6d}  {int(gained):6d}  {int(false):5d}  "
            f"{int(r['traps']):5d}  {gained / max(1, r['keyed']):+.3f}  "
            f"{r['tp1'] / max(1, r['tp1'] + r['fp1']):.3f}    "
            f"{int(r['s_gain'])}/{int(r['s_false'])}/{int(r['s_traps'])}"
        )
    return "\n".join(lines)


def chosen_threshold(
    articles: list[Article],
    probs: dict[str, np.ndarray],
    rounds: set[str],
    person_only: bool = False,
) -> float | None:
    """The threshold the gate would pick on the rounds that were NOT blind when written:
    the most keyed items gained with traps and straight false marks each at most a quarter
    of the gains and loaded precision at least 0.80 (None when no threshold gains)."""
    chosen = [a for a in articles if a.round not in rounds]
    best, best_gain = None, 0.0
    for t in GATE_THRESHOLDS:
        r = gate_row(chosen, probs, t, person_only)
        gained = r["tp1"] - r["tp0"]
        ok = (
            gained > 0
            and r["traps"] <= gained / 4
            and r["s_false"] <= gained / 4
            and r["tp1"] / max(1, r["tp1"] + r["fp1"]) >= 0.80
        )
        if ok and gained > best_gain:
            best, best_gain = t, gained
    return best


def measure_ar(articles: list[Article], only: set[int] | None = None) -> None:
    """Print the wordmodelAR tables: the model as it is, held out by round and with unseen
    words, with the general-lexicon priors, and with marks said of people only (``only``:
    the numbers, from 1, of the settings to run)."""
    blind = blind_rounds()
    last_ten = set(blind[-10:])
    keyed_rounds = {a.round for a in articles}
    print(f"blind-when-written rounds in the keys: {len(keyed_rounds & set(blind))}; "
          f"last ten: {', '.join(blind[-10:])}")
    settings: list[tuple[str, dict[str, Any], bool]] = [
        ("as it is, by round", {}, False),
        ("as it is, unseen words", {"unseen_words": True}, False),
        ("as it is, by round, marks said of people only", {}, True),
    ]
    extra = [priors(a.words, a.lemmas) for a in articles]
    settings += [
        ("with general-lexicon priors, by round", {"extra": extra}, False),
        ("with priors, unseen words", {"extra": extra, "unseen_words": True}, False),
        ("with priors, by round, marks said of people only", {"extra": extra}, True),
    ]
    cache: dict[str, dict[str, np.ndarray]] = {}
    for n, (name, kwargs, person_only) in enumerate(settings, 1):
        if only and n not in only:
            continue
        key = repr(sorted((k, k == "extra" or v) for k, v in kwargs.items()))
        if key not in cache:
            cache[key] = held_out_chord(articles, **kwargs)
        probs = cache[key]
        print(f"== {name}")
        for label, rounds in (
            ("all rounds", None),
            ("blind when written", set(blind)),
            ("last ten blind", last_ten),
        ):
            print(f" {label}:")
            print(gate_table(articles, probs, rounds, person_only))
        t = chosen_threshold(articles, probs, set(blind), person_only)
        print(f" threshold chosen on the rounds not blind when written: {t}")
        print(ranking(articles, probs))


if __name__ == "__main__":
    args = sys.argv[1:]
    cached = args[args.index("--cache") + 1] if "--cache" in args else None
    args = [a for a in args if a != "--cache" and a != cached]
    picked = {int(n) for a in args if a.startswith("--settings=") for n in a[11:].split(",")}
    args = [a for a in args if not a.startswith("--settings=")]
    if "--ar" in args:  # the 38th round's measurement (needs a cache made by a first run)
        import pickle

        if not cached or not Path(cached).is_file():
            arts = collect([Path(p) for p in args if p != "--ar"] or evaluate.answer_keys())
            if cached:
                Path(cached).write_bytes(pickle.dumps(arts))
        else:
            arts = pickle.loads(Path(cached).read_bytes())
        measure_ar(arts, picked or None)
        sys.exit(0)
    if "--probe" in args:
        import pickle

        probes = args[args.index("--probe") + 1 :]
        if not cached:
            sys.exit("--probe needs --cache FILE (made by a first run)")
        probe(pickle.loads(Path(cached).read_bytes()), probes)
        sys.exit(0)
    sys.exit(main(args or [str(p) for p in evaluate.answer_keys()], cached))
