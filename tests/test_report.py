"""The report card: contents, questions built from the data, saving, CLI."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from views_sample import sample

import kit
from kit.annotated import Source
from kit.cli import main as cli_main
from kit.errors import KitError
from kit.views.report import questions, report


class Text(HTMLParser):
    """Visible text (no style, no attribution badges), tags seen, and table cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []
        self.cells: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in ("br", "input", "meta", "img", "link"):
            self.stack.append("badge" if dict(attrs).get("class") == "badge" else tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] in (tag, "badge"):
            self.stack.pop()

    def handle_data(self, data):
        if "style" in self.stack or "badge" in self.stack:
            return
        self.text.append(data)
        if self.stack and self.stack[-1] == "td":
            self.cells.append(data)


def read(html: str) -> Text:
    t = Text()
    t.feed(html)
    t.close()
    return t


def test_report_holds_metadata_text_sources_charts_and_questions():
    page = report(sample()).html
    seen = read(page)
    text = " ".join(seen.text)
    assert page.startswith("<!DOCTYPE html>")
    for expected in ("Harbour Bridge may close for months", "Daily Courier", "2024-03-05"):
        assert expected in text
    assert "A. Reporter" in text
    assert "The council's refusal to act earlier reflects its contempt" in text
    row = ["Maria Lopez", "person", "the city's chief engineer", "yes", "1", "14"]
    assert seen.cells[:6] == row
    assert seen.cells[6:8] == ["City engineers", "unnamed group"]
    assert seen.tags.count("svg") == 2  # who gets quoted, certainty
    assert "Questions to ask about this article" in text
    assert "3 attributions (1 direct, 1 indirect, 1 mixed)" in " ".join(text.split())
    assert "2 hedges" in " ".join(text.split())
    assert "@page" in page and "@media print" in page
    assert "<script" not in page
    for fetch in ("<link", "src=", "@import", "@font-face", "https:"):
        assert fetch not in page  # nothing is fetched: the page is self-contained
    assert re.findall(r"url\((?!#)", page) == []


def test_questions_follow_from_what_was_found():
    qs = questions(sample())
    assert qs[0].startswith("2 of 3 sources are not named (“City engineers”, “unnamed officials”)")
    assert any(q.startswith("1 of 3 sources spoke to Daily Courier itself") for q in qs)
    assert any("1 sentence states a motive" in q and "The council's refusal" in q for q in qs)
    assert any('3 loaded words such as "plan", “furious”, “contempt”' in q for q in qs)
    # two hedges and two boosters: the text is neither over-sure nor over-cautious
    assert not any("boosters" in q or "hedges" in q for q in qs)


def test_questions_are_not_asked_without_data_to_back_them():
    annotated = sample()
    annotated.sources = [dataclasses.replace(s, type="named_person") for s in annotated.sources]
    annotated.annotations = [a for a in annotated.annotations if a.category != "loaded"]
    qs = questions(annotated)
    assert not any("not named" in q for q in qs)
    assert any(q.startswith("All 3 sources are named (Maria Lopez, City engineers,") for q in qs)
    assert not any("loaded" in q or "motive" in q for q in qs)
    annotated.annotations = []
    annotated.sources = []
    assert questions(annotated) == []
    page = read(report(annotated).html)
    assert "The kit found no sources in this article." in " ".join(page.text)


def test_questions_about_one_voice_and_one_shared_affiliation():
    annotated = sample()
    annotated.sources = [
        Source("Ana Ruiz", "named_person", "an engineer at Northport Polytechnic", False, 5, 40),
        Source("Ben Ode", "named_person", "a lecturer at Northport Polytechnic", False, 1, 0),
        Source("Cy Lam", "named_person", "mayor of Northport", False, 1, 0),
    ]
    qs = questions(annotated)
    assert any(q.startswith("Ana Ruiz is behind 5 of 7 attributions") for q in qs)
    assert any("3 of 3 sources whose role is given are described with “Northport”" in q for q in qs)


def test_a_country_and_its_adjective_count_as_one_shared_word():
    annotated = sample()
    annotated.sources = [
        Source("A", "named_person", "professor at the University of Canada", False, 1),
        Source("B", "named_person", "a Canadian diplomat", False, 1),
        Source("C", "named_person", "Canadian Trade Minister", False, 1),
        Source("D", "named_person", "analyst at Meridian Bank", False, 1),
    ]
    qs = questions(annotated)
    assert any("3 of 4 sources whose role is given" in q for q in qs)
    assert any("“Canadian” or “Canada”" in q for q in qs)
    annotated.sources = annotated.sources[:1] + annotated.sources[3:]
    assert not any("whose role is given" in q for q in questions(annotated))


def test_booster_heavy_text_gets_a_question_about_certainty():
    annotated = sample()
    extra = [a for a in annotated.annotations if a.category == "booster"]
    annotated.annotations += [dataclasses.replace(a, start=a.start) for a in extra]
    qs = questions(annotated)
    assert any(q.startswith("The text uses 4 boosters and 2 hedges") for q in qs)
    annotated.annotations = [a for a in annotated.annotations if a.text != "could"]
    assert any(q.startswith("The text uses 4 boosters and 1 hedge,") for q in questions(annotated))
    hedges = [a for a in annotated.annotations if a.category == "hedge"] * 3
    annotated.annotations += hedges  # 4 boosters, 4 hedges: neither side wins
    qs = questions(annotated)
    assert any(q.startswith("The text uses 4 boosters and 4 hedges. Which claims") for q in qs)


def test_report_is_reproducible_and_saves(tmp_path):
    one, two = report(sample()), report(sample())
    assert one.html == two.html
    out = one.save(tmp_path / "card.html")
    assert out.read_text(encoding="utf-8") == one.html
    with pytest.raises(KitError, match="folder"):
        one.save(tmp_path)
    with pytest.raises(KitError, match="does not exist"):
        one.save(tmp_path / "missing" / "card.html")
    assert "srcdoc=" in one._repr_html_()


def test_report_of_real_text_and_the_cli(tmp_path, nlp, capsys):
    text = (
        "Officials said the plan might fail.\n\n"
        '"It is clearly a mistake," said Ana Ruiz, a senior engineer.'
    )
    card = kit.report(text)
    assert "Officials said the plan might fail." in "".join(read(card.html).text)
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "story.html"
    assert cli_main(["annotate", str(path), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Report card" in html
    assert cli_main(["annotate", str(path), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("category,label,text,start,end")


def test_report_of_the_seed_article_shows_everything_the_lenses_found(data_dir):
    annotated = kit.annotate(data_dir / "articles" / "global_times_alaska_2021.md")
    page = report(annotated).html
    seen = read(page)
    text = " ".join(seen.text)
    assert annotated.meta["headline"] in text
    body = "".join(seen.text)
    for start, end in annotated.paragraphs:
        first_words = annotated.text[start:end].split("\n")[0][:40]
        assert first_words in body
    for source in annotated.sources:
        assert source.canonical in seen.cells
    numbers = set(re.findall(r'data-n="(\d+)"', page))
    assert numbers == {str(i) for i in range(1, len(annotated.annotations) + 1)}
    assert seen.tags.count("svg") == bool(annotated.sources) + bool(
        annotated.of("hedge") or annotated.of("booster")
    )
    assert min(len(questions(annotated)), 6) == page.count("<li>")  # the first six are listed


@pytest.mark.browser
def test_the_seed_report_prints_on_two_pages_of_a4_and_of_letter(tmp_path, data_dir):
    import shutil

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not shutil.which(chromium):
        pytest.skip("needs Chromium (/usr/bin/chromium)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    card = report(kit.annotate(data_dir / "articles" / "global_times_alaska_2021.md"))
    path = card.save(tmp_path / "card.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(path.as_uri())
            for paper in ("A4", "Letter"):
                pdf = page.pdf(format=paper)
                pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
                assert 1 <= pages <= 2, (paper, pages)
        finally:
            browser.close()


def test_paraphrase_question_only_when_nobody_is_quoted_at_all():
    annotated = sample()
    attributions = [a for a in annotated.annotations if a.category == "attribution"]
    others = [a for a in annotated.annotations if a.category != "attribution"]
    as_indirect = [dataclasses.replace(a, label="indirect") for a in attributions]
    annotated.annotations = others + as_indirect
    assert any(
        q.startswith("None of the 3 attributions quotes anyone") for q in questions(annotated)
    )
    annotated.annotations = others + as_indirect[:2] + [attributions[0]]  # one mixed quote
    assert not any("word for word" in q for q in questions(annotated))
