"""The pre/post check: its items agree with the articles and their keys; the widget saves."""

from __future__ import annotations

import re
from pathlib import Path

from kit.article import Article
from kit.dashboard import load_class
from kit.lexicon import load_yaml
from kit.progress import ProgressStore
from kit.widgets.checks import PHASES, PrePostCheck, check_items, skills

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def _key(stem: str) -> dict:
    return load_yaml((ROOT / "data" / "answers" / f"{stem}.yaml").read_text("utf-8"))


def test_items_quote_practice_articles_and_pair_by_skill() -> None:
    heldout = {p.stem for p in (ROOT / "data" / "heldout" / "articles").glob("*.md")}
    pre, post = check_items("pre"), check_items("post")
    assert [i.skill for i in pre] == [i.skill for i in post] == list(skills())
    for item in pre + post:
        assert item.article not in heldout
        body = Article.from_path(ARTICLES / f"{item.article}.md").body
        assert item.passage in body, f"{item.phase}/{item.skill}: passage not in {item.article}"
    # same skills, never the same article for a skill before and after
    for a, b in zip(pre, post, strict=True):
        assert a.article != b.article


def test_answers_agree_with_the_hand_made_keys() -> None:
    for item in check_items("pre") + check_items("post"):
        key = _key(item.article)
        if item.skill == "speaker":
            said = re.search(r"says that (.+)\?", item.question).group(1)
            acts = [a for a in key["attributions"] if said in a["content"]["text"]]
            assert [a["canonical"] for a in acts] == [item.answer]
        elif item.skill == "certainty":
            word = re.search(r"‘([^’]+)’", item.question).group(1)
            group = "hedges" if "hedge" in item.answer else "boosters"
            assert any(h["text"].lower() == word.lower() for h in key[group])
            other = "boosters" if group == "hedges" else "hedges"
            assert not any(h["text"].lower() == word.lower() for h in key.get(other) or [])
        elif item.skill == "loaded":
            loaded = {m["text"].lower() for m in key["loaded"]}
            acceptable = key.get("acceptable") or {}
            groups = acceptable.values() if isinstance(acceptable, dict) else [acceptable]
            soft = {m.get("text", "").lower() for group in groups for m in group or []}
            assert item.answer.lower() in loaded
            for option in item.options:
                if option != item.answer:
                    assert option.lower() not in loaded | soft, option
        elif item.skill == "source":
            speakers = {a["canonical"] for a in key["attributions"]
                        if a["content"]["text"] in item.passage}  # fmt: skip
            src = [s for s in key["sources"] if s["canonical"] in speakers]
            assert len(src) == 1
            assert ("anonymous" in item.answer) == (src[0]["type"] == "anonymous")


def test_widget_checks_saves_and_restores(tmp_path: Path) -> None:
    store = ProgressStore.for_learner("Ana", folder=tmp_path)
    w = PrePostCheck("pre", store=store)
    assert all(q.value is None for q in w.questions)
    items = check_items("pre")
    w.questions[0].value = items[0].answer
    wrong = next(o for o in items[1].options if o != items[1].answer)
    w.questions[1].value = wrong
    w.check.click()
    assert w.last.correct == 1 and w.last.total == len(items)
    text = w.feedback_text()
    assert "1 of 4 right" in text and f"Not ‘{wrong}’" in text and "No answer" in text
    saved = ProgressStore.for_learner("Ana", folder=tmp_path).get("check:pre")
    assert saved == {items[0].skill: items[0].answer, items[1].skill: wrong}

    again = PrePostCheck("pre", store=ProgressStore.for_learner("Ana", folder=tmp_path))
    assert [q.value for q in again.questions[:2]] == [items[0].answer, wrong]
    assert "1 of 4 right" in again.feedback_text()


def test_dashboard_pairs_pre_and_post(tmp_path: Path) -> None:
    for name, pre_right, post_right in (("Ana", 1, 4), ("Bo", 3, 2)):
        for phase, n in zip(PHASES, (pre_right, post_right), strict=True):
            w = PrePostCheck(phase, store=ProgressStore.for_learner(name, folder=tmp_path))
            for k, (q, item) in enumerate(zip(w.questions, check_items(phase), strict=True)):
                q.value = item.answer if k < n else next(o for o in item.options
                                                          if o != item.answer)  # fmt: skip
            w.check.click()
    table = load_class(tmp_path).prepost_table().set_index("learner")
    assert table.loc["Ana", ["pre %", "post %", "change"]].tolist() == [25, 100, 75]
    assert table.loc["Bo", ["pre %", "post %", "change"]].tolist() == [75, 50, -25]
    class_row = table.loc["class (the 2 who did both)"]
    assert class_row["change"] == 25
