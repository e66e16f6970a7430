"""Attribution and sourcing against every hand-made answer key in data/answers/.

The keys are written by people from the annotation rules, never from the
kit's output; on the development keys (not the earlier blind rounds, which
the ratchet holds) the kit must hold attribution F1, canonical-speaker accuracy and
direct/indirect/mixed accuracy of at least 0.90 on each of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from keyscores import DEVELOPMENT, keys_with, scored
from pooling import check_every

from kit import evaluate

THRESHOLD = 0.90
SEED = "global_times_alaska_2021"

KEYS = keys_with(["attributions"], DEVELOPMENT)


def test_there_are_answer_keys_to_check():
    assert any(p.stem == SEED for p in KEYS)
    assert len(KEYS) >= 2


def attributions_match(path: Path) -> None:
    key, annotated, scores = scored(path)
    s = scores["attribution"]
    missed = [m.text for m in s.missed]
    extra = [(a.cue.text, a.canonical) for a in s.false_positives]
    assert s.f1 >= THRESHOLD, f"F1 {s.f1:.2f}; missed {missed}; false positives {extra}"
    assert s.speaker_accuracy >= THRESHOLD, f"speaker accuracy {s.speaker_accuracy:.2f}"
    assert s.label_accuracy >= THRESHOLD, f"kind accuracy {s.label_accuracy:.2f}"


def test_attributions_match_the_answer_keys(nlp):
    check_every(KEYS, attributions_match)


def sources_match(path: Path) -> None:
    key, annotated, scores = scored(path)
    if not key.sources:
        pytest.fail(f"{path.name} lists attributions but no sources")
    s = scores["source"]
    assert s.recall >= THRESHOLD, f"missing sources: {[m.text for m in s.missed]}"
    assert s.label_accuracy >= THRESHOLD, "source types differ from the key"
    rows = {r.canonical.casefold(): r for r in annotated.sources}
    for row in key.sources:
        got = rows.get(str(row["canonical"]).casefold().removeprefix("the "))
        if got is None:
            continue
        assert got.outlet_exclusive == row["outlet_exclusive"], row["canonical"]


def test_sources_match_the_answer_keys(nlp):
    check_every(KEYS, sources_match)


# -- the seed article: the "done when" --------------------------------
@pytest.fixture(scope="module")
def seed():
    key, annotated, _ = scored(evaluate.ANSWERS / f"{SEED}.yaml")
    return annotated


def test_seed_named_speakers(seed):
    speakers = {a.canonical for a in seed.attributions}
    for name in (
        "Li Keqiang",
        "Zhao Lijian",
        "Jin Canrong",
        "Yang Xiyu",
        "Sun Taiyi",
        "Shen Yi",
        "Diao Daming",
    ):
        assert name in speakers
    assert "Yang Jiechi" not in speakers  # only mentioned, never quoted


def test_seed_every_yang_who_speaks_is_yang_xiyu(seed):
    yangs = [a for a in seed.attributions if a.speaker and a.speaker.text.startswith("Yang")]
    assert len(yangs) >= 6
    assert {a.canonical for a in yangs} == {"Yang Xiyu"}


def test_seed_pronouns_resolve_to_the_last_speaker(seed):
    by_speaker = {a.speaker.text: a.canonical for a in seed.attributions if a.speaker}
    assert by_speaker["He"] == "Shen Yi"
    assert by_speaker["he"] == "Yang Xiyu"


def test_seed_source_types_and_outlet_exclusive(seed):
    rows = {s.canonical: s for s in seed.sources}
    assert rows["Chinese experts"].type == "anonymous"
    assert rows["experts"].type == "anonymous"
    assert rows["US scholars and former senior officials"].type == "unnamed_group"
    state = [s for s in seed.sources if "State" in s.canonical and s.canonical.startswith("US")]
    assert len(state) == 1 and state[0].type == "named_organization"
    assert state[0].attributions == 2
    exclusive = {s.canonical for s in seed.sources if s.outlet_exclusive}
    assert exclusive == {"Jin Canrong", "Yang Xiyu", "Sun Taiyi"}
    assert rows["Jin Canrong"].description.startswith("associate dean of the School")
    assert rows["Zhao Lijian"].description == "Chinese Foreign Ministry spokesperson"
