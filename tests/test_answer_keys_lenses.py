"""The hedging and loaded lenses against every hand-made answer key in data/answers/.

Development keys (data/ratchet.json, without ``blind_round``) are held to
thresholds; every gated key keeps partial quotes apart and explains its marks.
Thresholds (per key): hedges and boosters recall >= 0.90 and precision >= 0.80;
loaded recall >= 0.80 and precision >= 0.70; no mark on a trap span; no quoted
fragment inside reported speech labelled a scare quote.
"""

from __future__ import annotations

from pathlib import Path

from keyscores import DEVELOPMENT, GATED, keys_with, scored
from pooling import check_every

from kit import evaluate

LENS_SECTIONS = ("hedges", "boosters", "loaded")
LENS_CATEGORIES = ("hedge", "booster", "loaded")
THRESHOLDS = {  # category: (recall, precision)
    "hedge": (0.90, 0.80),
    "booster": (0.90, 0.80),
    "loaded": (0.80, 0.70),
}

KEYS = keys_with(LENS_SECTIONS, DEVELOPMENT)
ALL_KEYS = keys_with(LENS_SECTIONS, GATED)


def test_there_are_answer_keys_for_these_lenses():
    assert KEYS, "data/answers/ holds no key with hedges, boosters or loaded sections"


def scores_meet_thresholds(case: tuple[Path, str]) -> None:
    path, category = case
    key, _, scores = scored(path)
    score = scores[category]
    if score.tp + score.fn == 0:
        assert score.fp <= 1, [a.text for a in score.false_positives]
        return
    recall, precision = THRESHOLDS[category]
    detail = (
        f"missed {[s.text for s in score.missed]}, "
        f"false positives {[a.text for a in score.false_positives]}"
    )
    assert score.recall >= recall, detail
    assert score.precision >= precision, detail


def test_scores_meet_thresholds(nlp):
    cases = [(path, category) for path in KEYS for category in LENS_CATEGORIES]
    check_every(cases, scores_meet_thresholds, name=lambda c: f"{c[0].stem} {c[1]}")


def no_marks_on_traps(path: Path) -> None:
    key, annotated, _ = scored(path)
    hits = [a for a in evaluate.trap_hits(annotated, key) if a.category in LENS_CATEGORIES]
    assert hits == [], [(a.category, a.text) for a in hits]


def test_no_marks_on_traps(nlp):
    check_every(KEYS, no_marks_on_traps)


#: Keys that read one construction against the keys the kit's rule was counted on, listed
#: by hand so that the gate still fails on any other case. 'promised a "full review"':
#: a thing promised, named in quotation marks after the writer's own article, is the
#: writer's label and no report (quotesAG's rule, kit/lenses/attribution_content.py,
#: _thing_named): 5 keys mark such a quotation as a loaded item and 3 accept it ('promised
#: a "tree strategy"', 'promised a "baby boom"'), and round AN2's key reads it as the
#: speaker's words inside a promise. The disagreement stays counted as a trap marked.
#: (Round AQ2's bunfight key, 'have written to the parish magazine demanding an
#: "independent review"', left the list with helper missesAT: the letter's demand is now
#: found, and the quotation is read inside its content.)
KEY_DISAGREEMENTS = {
    "mudlectern_quistwhistle_fenchurl_hustings": ['"full review"'],
}

#: Known misses, listed the same way so that the gate still fails on any other case: the
#: kit does not find the report around the quotation, so it reads the speaker's quoted
#: words as the writer's scare quote. Empty since helper missesAS: round AR1's 'have
#: written on the booking site Tablewink that the dining room is "stunning"' (the parser
#: broke the sentence at the unknown name; kit/lenses/paragraphs.py) and round AR3's
#: 'asked me to "set an intention"' (`infinitive: quoted` for "ask" in
#: kit/lexicons/cues.yaml); tests/test_attribution_misses_as.py. Round AT1's
#: 'Its editorial guidelines require 'due impartiality' on ...' joined at the end of the
#: fortieth round: the kit does not read a rule book's "require" as a document's report.
KIT_MISSES: dict[str, list[str]] = {
    "bias_vellary_vossberry_bulletin": ["'due impartiality'"],
}


def no_partial_quote_is_a_scare_quote(path: Path) -> None:
    key, annotated, _ = scored(path)
    contents = [a.content for a in key.attributions if a.content is not None]
    contents += [a.content for a in annotated.attributions if a.content is not None]
    scare = annotated.of("loaded", "scare_quote")
    inside = [a.text for a in scare if any(c.start <= a.start and a.end <= c.end for c in contents)]
    listed = KEY_DISAGREEMENTS.get(path.stem, []) + KIT_MISSES.get(path.stem, [])
    # a listed disagreement the kit no longer shows must leave the list
    assert [q for q in listed if q not in inside] == [], "KEY_DISAGREEMENTS is out of date"
    assert [q for q in inside if q not in listed] == []


def test_no_partial_quote_is_a_scare_quote(nlp):
    check_every(ALL_KEYS, no_partial_quote_is_a_scare_quote)


def every_lens_mark_explains_itself(path: Path) -> None:
    _, annotated, _ = scored(path)
    for a in annotated.annotations:
        if a.category in LENS_CATEGORIES:
            assert a.explanation.strip(), a
        if a.category == "loaded" and a.label in ("emotive", "labeling"):
            # a neutral in parentheses is advice ("(name the events)"), shown without them
            assert a.neutral and a.neutral.strip("()") in a.explanation, a


def test_every_lens_mark_explains_itself(nlp):
    check_every(ALL_KEYS, every_lens_mark_explains_itself)
