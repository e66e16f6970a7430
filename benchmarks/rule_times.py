"""Where do the lenses spend their time? Each kit component, each loaded rule and each stage
of the attribution and loaded lenses, timed on one saved parse of the benchmark's texts.

``parse`` parses ``benchmarks/bench_articles.txt``'s articles once, without the kit's
components, and saves the docs (``--docs``). ``components`` runs the post-model steps and
the four lenses on fresh copies of them and prints each one's own CPU time
(``time.process_time``, the best of ``--repeats``), the figure ``bench.py`` reports, on the
same docs every run: alternate two trees' runs (``--root``: another checkout of the kit)
to compare them on a shared machine. ``rules`` times each judgement rule (and the
scan), each stage of the attribution and loaded lenses and the sourcing rows over a second
pass (the first learns what the lenses keep across documents), with the share of
documents each rule marks something in. A stage's time includes what it calls, and a
rule's includes any per-document table it is the first to build; a module function is
timed where the lens calls it by name (``attribution: _content`` counts the calls from
``kit/lenses/attribution.py``), and a mixin's method under the mixin (``PronounRules._pronoun``
is the speaker resolver's). Not a test.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: Methods and module functions timed in ``rules`` mode: (module, class or None, names).
STAGES = (
    ("kit.lenses.attribution", "AttributionComponent",
     ("_not_cue_tokens", "_verb_acts", "_phrase_acts", "_resolve", "_span")),
    ("kit.lenses.attribution", None,
     ("_drop_nested", "_one_voice", "transcript_acts", "_off_furniture", "end_at_cue",
      "_label", "_attach_follow_on_quotes", "_open_pronouns")),
    ("kit.lenses.attribution", "AttributionComponent",
     ("_act_for_verb", "_is_cue_verb", "_cue_range", "_may_be_speech", "_cued_after")),
    ("kit.lenses.attribution", None,
     ("_content", "no_act", "_subject", "_speaker_range", "_frame_range")),
    ("kit.lenses.attribution_frames", "_DocCache", ("__init__",)),
    ("kit.lenses.speakers", "SpeakerResolver",
     ("__init__", "resolve", "record", "_canonical", "_normalised")),
    ("kit.lenses.speaker_people", "PeopleIndex",
     ("_people", "_bodies", "_person_mentions", "_described_names")),
    ("kit.lenses.speaker_pronouns", "PronounRules", ("_pronoun",)),
    ("kit.lenses.sourcing", "SourcingComponent", ("_row",)),
    ("kit.lenses.loaded", "LoadedComponent",
     ("_words", "_scare_quotes", "_claims", "_comments", "_conceded")),
    ("kit.lenses.loaded", None,
     ("quote_context", "_quoted_labels", "inside_claims", "_inside_insinuations",
      "furniture_lines", "transcript_answers", "signed_letters", "_join_echoes",
      "_join_questions", "join_short_replies", "_boast_emphasis")),
)  # fmt: skip


def _timed(fn: Callable, key: str, spent: dict[str, float], calls: dict[str, int]) -> Callable:
    """``fn`` adding its CPU time to ``spent[key]`` and its calls to ``calls[key]``."""

    @functools.wraps(fn)
    def inner(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - start
            calls[key] += 1

    return inner


def _wrap(owner: Any, name: str, key: str, spent: dict, calls: dict) -> None:
    """Replace ``owner.name`` (a class's method, static or not, or a module's function)."""
    raw = owner.__dict__.get(name)
    if isinstance(raw, staticmethod):
        setattr(owner, name, staticmethod(_timed(raw.__func__, key, spent, calls)))
    elif raw is not None:
        setattr(owner, name, _timed(raw, key, spent, calls))


def time_rules(nlp: Any, docs: Callable[[], list], names: list[str]) -> None:
    """Print each rule's and stage's time over a second pass of ``docs()``."""
    import importlib

    from kit.lenses import judgement

    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    fired: dict[str, set[int]] = defaultdict(set)
    current = [0]
    original = judgement.judgements

    def timed_judgements(doc, lex=None, rules=judgement.WORD_RULES + judgement.CLAIM_RULES,
                         hits=None):  # fmt: skip
        """:func:`kit.lenses.judgement.judgements`, one rule at a time."""
        lex = lex or judgement.default_lexicon()
        judgement.forget_forms()
        judgement.forget_candidates()
        start = time.process_time()
        hits = judgement.scan(doc, lex) if hits is None else hits
        spent["loaded: judgement scan"] += time.process_time() - start
        calls["loaded: judgement scan"] += 1
        out = []
        for rule in rules:
            key = f"rule: {rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"
            start = time.process_time()
            found = list(rule(doc, lex, hits))
            spent[key] += time.process_time() - start
            calls[key] += 1
            if found:
                fired[key].add(current[0])
            out += found
        return out

    judgement.judgements = timed_judgements
    for module, cls, attrs in STAGES:
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        for attr in attrs:
            _wrap(owner, attr, f"{module.rsplit('.', 1)[-1]}: {cls + '.' if cls else ''}{attr}",
                  spent, calls)  # fmt: skip
    for doc in docs():  # a first pass learns the verdicts the lenses keep across documents
        for name in names:
            nlp.get_pipe(name)(doc)
    spent.clear()
    calls.clear()
    fired.clear()
    totals = dict.fromkeys(names, 0.0)
    batch = docs()
    for i, doc in enumerate(batch):
        current[0] = i
        for name in names:
            start = time.process_time()
            nlp.get_pipe(name)(doc)
            totals[name] += time.process_time() - start
    judgement.judgements = original
    for name in names:
        print(f"{totals[name]:8.3f} s  component {name}")
    print("    time   calls  marks in  rule or stage")
    for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        share = f"{len(fired[key]) / len(batch):8.3f}" if key.startswith("rule:") else " " * 8
        print(f"{seconds:8.3f} {calls[key]:7d}  {share}  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("parse", "components", "rules"))
    parser.add_argument("--docs", type=Path, default=Path("bench_docs.spacy"))
    parser.add_argument("--root", type=Path, default=ROOT, help="the kit tree to import")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    sys.path[:0] = [str(args.root), str(args.root / "benchmarks")]
    from bench import corpus
    from spacy.tokens import DocBin

    import kit
    from kit.pipeline import KIT_COMPONENTS, POST_MODEL_COMPONENTS, add_kit_components, load_model

    print(f"kit from {Path(kit.__file__).parent}")
    nlp = add_kit_components(load_model())
    names = [n for n in (*POST_MODEL_COMPONENTS, *KIT_COMPONENTS) if n in nlp.pipe_names]
    if args.mode == "parse":
        with nlp.select_pipes(disable=names):
            start = time.process_time()
            parsed = list(nlp.pipe(corpus(1), batch_size=16))
            bare = time.process_time() - start
        args.docs.write_bytes(DocBin(store_user_data=True, docs=parsed).to_bytes())
        print(f"{len(parsed)} docs, bare parse {bare:.2f} s CPU -> {args.docs}")
        return 0
    data = args.docs.read_bytes()

    def docs() -> list:
        return list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))

    if args.mode == "rules":
        time_rules(nlp, docs, names)
        return 0
    best = dict.fromkeys(names, float("inf"))
    for _ in range(args.repeats):
        batch = docs()
        for name in names:
            component = nlp.get_pipe(name)
            start = time.process_time()
            for doc in batch:
                component(doc)
            best[name] = min(best[name], time.process_time() - start)
    for name in names:
        print(f"{best[name]:8.3f} s  {name}")
    print(f"{sum(best.values()):8.3f} s  summed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
