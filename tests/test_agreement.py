"""``kit agree``: two answer keys of one article compared with evaluate's matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.agreement import compare_files, details, pair
from kit.agreement import main as agree_main
from kit.cli import main as cli_main
from kit.errors import KitError

ANSWERS = Path(__file__).resolve().parents[1] / "data" / "answers"
#: a real key with acceptable items and traps of every kind (blind round AC)
AIRLINE = ANSWERS / "airline_zephyra_pilots_strike.yaml"
OTHER = ANSWERS / "zooloan_kilverstow_snow_leopards.yaml"


def _copy(tmp_path: Path, edits: list[tuple[str, str]], name: str | None = None) -> Path:
    """A copy of the airline key in ``tmp_path`` with each (old line text, new) replaced
    once; each old text must be in the key, so that no edit silently does nothing."""
    text = AIRLINE.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / (name or AIRLINE.name)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "key",
    [AIRLINE, OTHER, *sorted(ANSWERS.glob("*.yaml"))[::120]],
    ids=lambda p: p.stem,
)
def test_a_key_against_itself_agrees_everywhere(key):
    comp = compare_files(key, key)
    assert comp.hard == 0
    for a in comp.categories.values():
        assert not a.only_first and not a.only_second, a.category
        assert (a.f1, a.label_agreement) == (1.0, 1.0), a.category
    att = comp.categories["attribution"]
    assert att.speaker_agreement == 1.0 and att.both == len(comp.first.attributions) > 0


def test_one_loaded_item_removed_and_one_speaker_renamed(tmp_path):
    second = _copy(
        tmp_path,
        [
            ("  - {text: the best offer in the industry, label: unattributed_claim}\n", ""),
            ("canonical: Kamala Bulstrode\n", "canonical: Transport Minister\n"),
        ],
    )
    comp = compare_files(AIRLINE, second)
    loaded = comp.categories["loaded"]
    assert (loaded.both, len(loaded.only_first), len(loaded.only_second)) == (9, 1, 0)
    assert loaded.only_first[0].text == "the best offer in the industry"
    assert round(loaded.f1, 4) == round(18 / 19, 4) and loaded.recall == 0.9
    att = comp.categories["attribution"]
    assert (att.both, att.speaker_same, att.label_same) == (8, 7, 8)
    [(item, mark)] = att.speaker_differs
    assert (item.canonical, mark.canonical) == ("Kamala Bulstrode", "Transport Minister")
    # "the Transport Minister" is the first key's own description of her: one source
    assert att.speaker_same_source == 8 and att.speaker_same_source_agreement == 1.0
    assert comp.categories["source"].f1 == 1.0  # the source list itself was not edited
    # swapped, the figures mirror: F1 stays, the lone item is the second's
    back = compare_files(second, AIRLINE).categories["loaded"]
    assert (back.both, len(back.only_first), len(back.only_second)) == (9, 0, 1)
    assert back.f1 == loaded.f1 and back.precision == loaded.recall


def test_an_item_on_the_other_keys_acceptable_span_is_ignored(tmp_path):
    # "union boss" lies inside the key's acceptable "I have rather less for a union boss"
    second = _copy(tmp_path, [("  - {text: union boss, label: labeling}", "")])
    loaded = compare_files(AIRLINE, second).categories["loaded"]
    assert (loaded.both, len(loaded.only_first), loaded.first_on_acceptable) == (9, 0, 1)
    loaded = compare_files(second, AIRLINE).categories["loaded"]
    assert (loaded.both, len(loaded.only_second), loaded.second_on_acceptable) == (9, 0, 1)


def test_an_item_on_the_other_keys_trap_is_a_hard_disagreement(tmp_path):
    # the key's trap: literal "combat" (war flying) is not loaded
    second = _copy(
        tmp_path,
        [("  - {text: union boss, label: labeling}", "  - {text: combat, label: emotive}")],
    )
    comp = compare_files(AIRLINE, second)
    assert [m.text for m in comp.second_on_traps] == ["combat"] and comp.hard == 1
    assert [m.text for m in compare_files(second, AIRLINE).first_on_traps] == ["combat"]


def test_another_label_is_counted_on_matched_items(tmp_path):
    second = _copy(
        tmp_path,
        [
            ("{text: nothing short of heroic, label: emotive}", "{text: heroic, label: labeling}"),
            ("Fair Fares Live, type: named_organization", "Fair Fares Live, type: anonymous"),
        ],
    )
    comp = compare_files(AIRLINE, second)
    loaded = comp.categories["loaded"]
    assert (loaded.both, loaded.label_same) == (10, 9)
    [(item, mark)] = loaded.label_differs
    assert (item.text, item.label, mark.label) == ("nothing short of heroic", "emotive", "labeling")
    sources = comp.categories["source"]
    assert (sources.both, sources.label_same, round(sources.label_agreement, 3)) == (8, 7, 0.875)
    assert "  source type: 'Fair Fares Live': first named_organization, second anonymous" in (
        details(comp)
    )


def test_keys_pair_by_article_stem_across_folders(tmp_path, capsys):
    first, second = tmp_path / "teacher", tmp_path / "learner"
    first.mkdir(), second.mkdir()
    for key in (AIRLINE, OTHER):
        (first / key.name).write_text(key.read_text(encoding="utf-8"), encoding="utf-8")
    _copy(second, [], name="my_key.yaml")  # another file name, the same 'article:'
    pairs, alone = pair(first, second)
    assert [(stem, two.name) for stem, _, two in pairs] == [
        ("airline_zephyra_pilots_strike", "my_key.yaml")
    ]
    assert alone == {"first": ["zooloan_kilverstow_snow_leopards"], "second": []}
    assert agree_main(str(first), str(second)) == 0
    out = capsys.readouterr().out
    assert "only in first" in out and "zooloan_kilverstow_snow_leopards" in out
    assert "airline_zephyra_pilots_strike      loaded          10     10   10" in out


def test_no_pair_at_all_is_a_clear_error(tmp_path, capsys):
    other = tmp_path / OTHER.name
    other.write_text(OTHER.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(KitError, match="no article has a key in both"):
        pair(AIRLINE, other)
    assert cli_main(["agree", str(AIRLINE), str(other)]) == 2
    assert "no article has a key in both" in capsys.readouterr().err


def test_a_span_that_cannot_be_placed_names_the_key_and_the_span(tmp_path):
    second = _copy(tmp_path, [("{text: union boss, label:", "{text: union bigwig, label:")])
    with pytest.raises(KitError) as err:
        compare_files(AIRLINE, second)
    assert str(second) in str(err.value) and "'union bigwig'" in str(err.value)
    assert "is not in the article body" in str(err.value)


def test_json_and_details(tmp_path, capsys):
    _copy(
        tmp_path, [("  - {text: the best offer in the industry, label: unattributed_claim}\n", "")]
    )
    assert cli_main(["agree", str(AIRLINE), str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [loaded] = [r for r in data["articles"][0]["categories"] if r["category"] == "loaded"]
    assert (loaded["both"], loaded["only_first"], loaded["only_second"]) == (9, 1, 0)
    assert data["hard_disagreements"] == 0 and data["unpaired"] == {"first": [], "second": []}
    assert cli_main(["agree", str(AIRLINE), str(tmp_path), "--details"]) == 0
    out = capsys.readouterr().out
    assert "only first loaded (unattributed_claim): ...r cent pay rise." in out
    assert "loaded: both 9, only first 1, only second 0" in out


def test_a_speaker_renamed_to_another_source_of_the_key_is_no_same_source(tmp_path):
    # the minister's words given to the union, another source of the same key
    second = _copy(tmp_path, [("canonical: Kamala Bulstrode\n", "canonical: Flightdeck Union\n")])
    att = compare_files(AIRLINE, second).categories["attribution"]
    assert (att.both, att.speaker_same, att.speaker_same_source) == (8, 7, 7)
    assert att.row()["speaker_same_source_agreement"] == round(7 / 8, 3)
