"""Every answer key in data/ places all of its spans in its article."""

from __future__ import annotations

from pathlib import Path

from keyscores import loaded
from pooling import check_every

DATA = Path(__file__).resolve().parents[1] / "data"
KEYS = sorted(DATA.glob("answers/*.yaml")) + sorted(DATA.glob("heldout/answers/*.yaml"))


def test_every_practice_article_has_a_key():
    articles = {p.stem for p in DATA.glob("articles/*.md")}
    keys = {p.stem for p in DATA.glob("answers/*.yaml")}
    assert len(articles) >= 7 and articles == keys


def key_loads_and_is_consistent(path: Path) -> None:
    key = loaded(path)
    assert key.attributions, "every key lists the article's attributions"
    for a in key.attributions:
        assert a.kind in {"direct", "indirect", "mixed"}
        assert key.text[a.cue.start : a.cue.end] == a.cue.text
    canonicals = {a.canonical for a in key.attributions}
    listed = {s["canonical"] for s in key.sources}
    assert canonicals <= listed, f"sources missing from the source list: {canonicals - listed}"
    for row in key.sources:
        counted = sum(a.canonical == row["canonical"] for a in key.attributions)
        if "attributions" in row:
            assert row["attributions"] == counted, row["canonical"]


def test_every_key_loads_and_is_consistent():
    check_every(KEYS, key_loads_and_is_consistent)


def test_cli_reports_an_unwritable_output_as_one_line(capsys, tmp_path):
    from kit.cli import main

    article = DATA / "articles" / "wire_aren_dam_filling.md"
    code = main(["annotate", str(article), "-o", str(tmp_path / "no" / "such" / "dir.json")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("kit: error:") and len(err.strip().splitlines()) == 1
