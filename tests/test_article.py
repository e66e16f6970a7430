"""Ingestion: pasted text, Markdown with front matter and saved HTML become a clean body."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from pooling import check_every

from kit.article import Article, clean_text, decode_bytes, normalize_text
from kit.errors import KitError

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
SEED = LAYOUTS / "seed_global_times_raw.txt"


def expected(name: str) -> str:
    return (LAYOUTS / f"{name}.expected.txt").read_text(encoding="utf-8").strip()


def sentences(text: str) -> list[str]:
    """Rough sentence split, enough to check that each story sentence survives."""
    return [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[\"“A-Z])", text) if s]


def assert_clean_paragraphs(body: str) -> None:
    assert body == body.strip()
    assert "\n\n\n" not in body
    for para in body.split("\n\n"):
        assert para and para == para.strip() and "\n" not in para and "  " not in para
    assert "\u00a0" not in body and "\u200b" not in body and "\r" not in body


# -- the five pasted layouts and the HTML page ---------------------------------

LAYOUT_CASES = {
    "wire_story.txt": {
        "headline": "Harbour authority delays vote on river dredging plan",
        "published": "2023-06-02",
        "byline": "Maren Holt",
        "section": "WORLD NEWS",
        "gone": ["By Maren Holt |", "Reporting by", "editing by Tomas Reyes", "WORLD NEWS"],
    },
    "tabloid.txt": {
        "headline": "Soap star's heartbreak as dream wedding is called off",
        "published": "2022-09-09",
        "byline": "Dana Pryce",
        "section": "EXCLUSIVE",
        "gone": [
            "pictured at a charity gala",
            "Photo by Rob Vance",
            "Image:",
            "Credit:",
            "Photo:",
            "Read more",
            "Most read",
            "Singer's shock split",
            "Showbiz Reporter",
        ],
    },
    "explainer.txt": {
        "headline": "How a four-day school week actually works",
        "published": "2022-03-18",
        "byline": "Priya Namboodiri",
        "section": "Explainers",
        "subheads": ["Where it started", "What the research says", "What parents think"],
        "gone": ["min read", "Image:", "Read more", "Related", "Teachers weigh in", "Staff Writer"],
    },
    "state_media.txt": {
        "headline": "Eastland ports post record cargo as trade corridor opens",
        "published": "2022-04-03",
        "section": "WORLD / ECONOMY",
        "subheads": ["Looking ahead"],
        "gone": ["Published:", "Eastland Trade", "Cranes unload", "Photo:", "WORLD / ECONOMY"],
    },
    "regional.txt": {
        "headline": "City council approves bike lanes on Elm Street after heated meeting",
        "published": "2023-05-02",
        "byline": "Carla Ruiz",
        "section": "Local News | Transportation",
        "gone": [
            "Updated",
            "Advertisement",
            "RELATED STORIES",
            "push back on parking plan",
            "Copyright",
            "Tags:",
        ],
    },
    "page.html": {
        "headline": "Valley farmers turn to drought-tolerant wheat",
        "published": "2024-07-15",
        "byline": "Ben Okafor",
        "outlet": "The Greenfield Courier",
        "section": "Agriculture",
        "subheads": ["Seed supply is tight"],
        "gone": [
            "window.dataLayer",
            "not text",
            "color: red",
            "Home",
            "Water rights fight",
            "All rights reserved",
            "A wheat field outside Harlow",
            "By Ben Okafor",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(LAYOUT_CASES))
def test_layout_keeps_the_story_and_nothing_else(name):
    case = LAYOUT_CASES[name]
    article = Article.from_path(LAYOUTS / name)
    story = expected(Path(name).stem)
    # every sentence of the story, in order, and nothing else
    assert article.body == story
    for sentence in sentences(story):
        assert sentence in article.body
    for clutter in case["gone"]:
        assert clutter not in article.body, clutter
    for key in ("headline", "published", "byline", "section", "outlet"):
        if key in case:
            assert article.meta[key] == case[key], key
    assert article.meta["subheads"] == case.get("subheads", [])
    for subhead in article.meta["subheads"]:
        assert subhead not in article.body
    assert_clean_paragraphs(article.body)


def test_captions_are_kept_in_meta_not_lost():
    tabloid = Article.from_path(LAYOUTS / "tabloid.txt")
    assert tabloid.meta["captions"] == [
        "Actress Kiki Marlowe, 31, pictured at a charity gala last year "
        "(Photo by Rob Vance/Flashlight Agency)",
        "Image: Dom Ashby at his restaurant opening in May",
        "Credit: Harbour Lights press office",
        "Photo: Flashlight Agency",
    ]
    page = Article.from_path(LAYOUTS / "page.html")
    assert page.meta["captions"] == ["A wheat field outside Harlow in June. Photo: Ben Okafor"]


def test_removed_lines_are_listed_with_their_kind():
    article = Article.from_path(LAYOUTS / "wire_story.txt")
    kinds = {(r["kind"], r["text"]) for r in article.meta["removed"]}
    assert ("credit", "Reporting by Maren Holt; editing by Tomas Reyes") in kinds
    assert ("dateline", "By Maren Holt | June 2, 2023") in kinds
    assert ("section", "WORLD NEWS") in kinds


def test_hard_wrapped_paragraphs_are_rejoined():
    article = Article.from_path(LAYOUTS / "wire_story.txt")
    assert len(article.body.split("\n\n")) == 5
    assert "postponed a vote on its river dredging plan" in article.body


def test_updated_only_dateline_is_also_the_published_date():
    article = Article.from_path(LAYOUTS / "regional.txt")
    assert article.meta["updated"] == "2023-05-02"
    assert article.meta["published"] == "2023-05-02"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: Mar 11, 2021 04:12 PM", "2021-03-11"),
        ("March 18, 2022", "2022-03-18"),
        ("By Jo Smith | June 2, 2023", "2023-06-02"),
        ("Updated 3:05 PM EST, Tue May 2, 2023", "2023-05-02"),
        ("Posted on 7 October 2020, 10:00 GMT", "2020-10-07"),
        ("2019-12-31", "2019-12-31"),
        ("Last modified on Sat 2 Mar 2024 09.12 GMT", "2024-03-02"),
        ("Mar. 4, 2021", "2021-03-04"),
    ],
)
def test_dateline_forms(line, iso):
    story = "The town hall reopened on Monday after a year of repairs."
    text = f"Town hall reopens after repairs\n{line}\n\n{story}"
    body, meta = clean_text(text)
    assert meta["published"] == iso
    assert meta["headline"] == "Town hall reopens after repairs"
    assert body == story


def test_a_sentence_with_a_date_is_story_not_dateline():
    text = (
        "Vote set for spring\nBy Ana Ruiz\n\n"
        "On March 18, 2022, the council voted to hold the referendum in spring.\n\n"
        "The mayor said she welcomed the decision."
    )
    body, meta = clean_text(text)
    assert body.startswith("On March 18, 2022, the council voted")
    assert meta["byline"] == "Ana Ruiz"
    assert "published" not in meta


def test_question_headline_followed_by_byline():
    text = "Is the old bridge safe?\nBy Lee Park\n\nEngineers inspected the bridge on Tuesday."
    body, meta = clean_text(text)
    assert meta["headline"] == "Is the old bridge safe?"
    assert body == "Engineers inspected the bridge on Tuesday."


def test_quoted_claim_with_a_bracketed_credit_is_story_not_headline():
    # a fact-check pasted from its first line: the claim ends with who said it, in brackets
    text = (
        'CLAIM: "Crime has halved since we took over." (Councillor Ada Vey, radio interview, '
        "3 March)\n\n"
        "VERDICT: Half true. Recorded burglaries fell, but other crimes rose.\n\n"
        "Ms Vey made the claim on breakfast radio."
    )
    body, meta = clean_text(text)
    assert "headline" not in meta
    assert body.startswith('CLAIM: "Crime has halved since we took over." (Councillor Ada Vey')
    # a headline above it is still the headline
    body, meta = clean_text("Has crime really halved?\nBy Lee Park\n\n" + text)
    assert meta["headline"] == "Has crime really halved?"
    assert body.startswith("CLAIM:")


def test_plain_snippet_is_kept_as_it_is():
    assert Article.from_text("Officials said the plan might fail.").body == (
        "Officials said the plan might fail."
    )
    # a single line with no final stop is still the text to annotate, not a headline
    assert Article.from_text("Officials said the plan might fail").body == (
        "Officials said the plan might fail"
    )


def test_whitespace_and_invisible_characters_are_normalised():
    text = "\ufeffFirst\u00a0paragraph  has\tspaces.\u200b\r\n\r\n\r\n  Second one\u2009too.  \r\n"
    article = Article.from_text(text)
    assert article.body == "First paragraph has spaces.\n\nSecond one too."


def test_given_metadata_wins_and_given_headline_is_removed():
    text = "Harbour reopens\n\nThe harbour reopened on Monday after repairs."
    article = Article.from_text(text, headline="Harbour reopens", outlet="The Ledger")
    assert article.body == "The harbour reopened on Monday after repairs."
    assert article.meta["outlet"] == "The Ledger"


# -- the seed ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    return Article.from_text(SEED.read_text(encoding="utf-8"))


def test_seed_metadata(seed):
    assert seed.meta["headline"] == (
        "Alaska meeting to reset China-US ties cautiously; "
        "China welcomes problem solving rather than wrangling"
    )
    assert seed.meta["published"] == "2021-03-11"
    assert seed.meta["section"] == "CHINA / DIPLOMACY"
    assert seed.meta["subheads"] == ["Sincerity needed", "New '2+2' mechanism"]


def test_seed_clutter_is_gone(seed):
    body = seed.body
    for clutter in ("CHINA / DIPLOMACY", "Published:", "China US", "Photo: cnsphoto", "gestures a"):
        assert clutter not in body, clutter
    assert "Sincerity needed" not in body
    assert "New '2+2' mechanism" not in body
    assert not body.startswith("Alaska meeting")
    assert body.startswith("China and the US released great news")
    # the subheads are not glued onto the sentences around them
    for para in body.split("\n\n"):
        assert not para.startswith(("Sincerity", "New '2+2'"))
    assert_clean_paragraphs(body)


def test_seed_caption_is_moved_to_meta(seed):
    (caption,) = seed.meta["captions"]
    assert caption.startswith('Chinese Premier Li Keqiang gestures a "six" when he takes questions')
    assert caption.endswith("Photo: cnsphoto")
    assert "It is not low to set China's GDP growth goal" not in seed.body


def test_seed_keeps_every_story_sentence(seed):
    raw = normalize_text(SEED.read_text(encoding="utf-8"))
    clutter = {
        "CHINA / DIPLOMACY",
        seed.meta["headline"],
        "Published: Mar 11, 2021 04:12 PM",
        "China US",
        "Chinese Premier Li Keqiang gestures a",
        seed.meta["captions"][0],
        "Sincerity needed",
        "New '2+2' mechanism",
    }
    story = [line.strip() for line in raw.splitlines() if line.strip() not in clutter | {""}]
    assert len(story) == 28
    assert seed.body.split("\n\n") == story


def test_seed_data_file_has_the_same_body(seed, root):
    data = Article.from_path(root / "data" / "articles" / "global_times_alaska_2021.md")
    assert data.body == seed.body
    assert data.meta["outlet"] == "Global Times"
    assert data.meta["published"] == "2021-03-11"
    assert data.meta["headline"] == seed.meta["headline"]
    assert data.meta["captions"] == seed.meta["captions"]
    assert "state-run" in data.meta["note"] and "teaching" in data.meta["rights"]


def test_cleaning_a_clean_body_changes_nothing(seed):
    assert Article.from_text(seed.body).body == seed.body


# -- Markdown ------------------------------------------------------------------------


def test_markdown_front_matter_and_headings(tmp_path):
    md = tmp_path / "piece.md"
    md.write_text(
        "---\ntitle_note: practice\npublished: 2024-05-01\nfictional: true\ngenre: opinion\n"
        "tags:\n  - a\n  - b\n---\n\n# Big headline\n\nFirst  paragraph\nwraps here.\n\n"
        "## A subhead\n\nSecond paragraph.\n",
        encoding="utf-8",
    )
    article = Article.from_path(md)
    assert article.body == "First paragraph wraps here.\n\nSecond paragraph."
    assert article.meta["headline"] == "Big headline"
    assert article.meta["subheads"] == ["A subhead"]
    assert article.meta["published"] == "2024-05-01"  # a plain string, not a date object
    assert article.meta["fictional"] is True and article.meta["tags"] == ["a", "b"]


def test_markdown_without_front_matter():
    article = Article.from_markdown("Just a body.\n\nTwo paragraphs.")
    assert article.body == "Just a body.\n\nTwo paragraphs."


@pytest.mark.parametrize(
    "front", ["---\nheadline: [unclosed\n---\nBody.", "---\n- a list\n---\nBody."]
)
def test_bad_front_matter_is_a_kit_error(front):
    with pytest.raises(KitError, match="front matter"):
        Article.from_markdown(front)


# -- HTML -------------------------------------------------------------------------


def test_html_headline_falls_back_to_h1_then_title():
    html = (
        "<html><head><title>Storm closes schools - The Bay Times</title></head><body>"
        "<p>Schools across the bay closed on Friday as the storm arrived.</p></body></html>"
    )
    article = Article.from_html(html)
    assert article.meta["headline"] == "Storm closes schools"
    assert article.body == "Schools across the bay closed on Friday as the storm arrived."
    html_h1 = html.replace("<body>", "<body><h1>Storm shuts every school</h1>")
    assert Article.from_html(html_h1).meta["headline"] == "Storm shuts every school"


def test_html_entities_and_line_breaks():
    html = (
        "<div>Fish &amp; chips cost&nbsp;&pound;9 in the old town, a survey found.<br><br>"
        "Prices rose<br>again.</div><p>Cod was dearest.</p>"
    )
    assert Article.from_html(html).body == (
        "Fish & chips cost £9 in the old town, a survey found.\n\n"
        "Prices rose again.\n\nCod was dearest."
    )


# -- decoding ---------------------------------------------------------------------

TEXT = "Caf\u00e9 owners said the \u201cnew\u201d rules were unclear."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
)
def test_decoding(data, tmp_path):
    assert decode_bytes(data) == TEXT
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert Article.from_path(path).body == TEXT


def test_binary_and_undecodable_bytes():
    with pytest.raises(KitError, match="looks like a binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(KitError, match="looks like a binary file"):
        decode_bytes(bytes(range(1, 9)) * 50)
    # 0x81 is undefined in cp1252 and invalid UTF-8
    with pytest.raises(KitError, match="could not decode"):
        decode_bytes(b"caf\x81 au lait")
    # Shift-JIS text "decodes" as cp1252 into mojibake: refused
    with pytest.raises(KitError, match="could not decode"):
        decode_bytes("日本語の記事です。東京で会議が開かれた。".encode("shift_jis"))


# -- paths and load -----------------------------------------------------------------


def test_load_dispatch(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The bridge reopened on Monday.", encoding="utf-8")
    assert Article.load(str(path)).body == "The bridge reopened on Monday."
    assert Article.load(path).meta["path"] == str(path)
    article = Article.from_text("The bridge reopened.")
    assert Article.load(article) is article
    # text that merely looks like a file name but has a newline is text
    assert Article.load(f"{path}\nmore").body == f"{path}\n\nmore"
    with pytest.raises(KitError, match="no such file"):
        Article.load(str(tmp_path / "missing.txt"))
    with pytest.raises(KitError, match="cannot read an article"):
        Article.load(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".htm", ".html", ".markdown", ".md", ".txt"])
def test_from_path_dispatches_by_suffix(tmp_path, suffix):
    content = {
        ".htm": "<title>T</title><p>Body text here.</p>",
        ".html": "<title>T</title><p>Body text here.</p>",
        ".md": "---\nheadline: T\n---\nBody text here.",
        ".markdown": "---\nheadline: T\n---\nBody text here.",
        ".txt": "Body text here.",
    }[suffix]
    path = tmp_path / f"a{suffix}"
    path.write_text(content, encoding="utf-8")
    assert Article.from_path(path).body == "Body text here."


def test_unsupported_and_missing_paths(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(KitError, match="not supported"):
        Article.from_path(pdf)
    with pytest.raises(KitError, match="is a directory"):
        Article.from_path(tmp_path)
    with pytest.raises(KitError, match="no such file"):
        Article.from_path(tmp_path / "nope.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(KitError, match="empty"):
        Article.from_path(empty)


def test_short_last_paragraph_is_story_but_trailing_links_are_not():
    text = (
        "Mill to close\nBy Sam Orr | May 9, 2024\n\n"
        "The paper mill will close in June, its owner said on Thursday.\n\n"
        "Workers were told on Friday.\n\nHe declined to comment.\n\n"
        "More from Business\nMill towns look for a new start\nShare"
    )
    body, meta = clean_text(text)
    assert body.endswith("Workers were told on Friday.\n\nHe declined to comment.")
    assert meta["published"] == "2024-05-09" and meta["byline"] == "Sam Orr"
    assert "Mill towns" not in body and "Share" not in body


def test_subhead_like_line_inside_a_paragraph_run_is_not_taken_for_a_quote_lead_in():
    text = (
        "The minister spoke for an hour on Tuesday evening.\n\n"
        "She said:\n\n"
        "\u201cWe will not raise taxes this year.\u201d\n\n"
        "Next steps\n\n"
        "The budget goes to a vote next week."
    )
    body, meta = clean_text(text)
    assert "She said:" in body
    assert meta["subheads"] == ["Next steps"]
    assert "Next steps" not in body


def test_standfirst_before_byline_and_relative_times():
    text = (
        "Ferry fares to rise\n"
        "Islanders say the increase will hit commuters hardest.\n"
        "By Tom Reid\n3 hours ago\n\n"
        "Ferry fares will rise by 8 percent in April, the operator said on Monday.\n\n"
        "Getty Images photographers were on board for the first sailing.\n\n"
        "Commuters were angry."
    )
    body, meta = clean_text(text)
    assert meta["headline"] == "Ferry fares to rise"
    assert meta["standfirst"] == "Islanders say the increase will hit commuters hardest."
    assert meta["byline"] == "Tom Reid"
    assert body == (
        "Ferry fares will rise by 8 percent in April, the operator said on Monday.\n\n"
        "Getty Images photographers were on board for the first sailing.\n\n"
        "Commuters were angry."
    )


def test_agency_captions():
    text = (
        "Dam repairs begin\nBy Ola Berg | 4 May 2023\n\n"
        "FILE - Workers inspect the dam wall near Lund, May 2, 2023. REUTERS/Ola Berg\n\n"
        "Repairs to the dam began on Thursday, the water board said.\n\n"
        "Officials watch the spillway. (AP Photo/Ana Lind, File)\n\n"
        "The work will take two years.\n\n"
        "A crane on site. Per Holm/AFP via Getty Images"
    )
    body, meta = clean_text(text)
    assert body == (
        "Repairs to the dam began on Thursday, the water board said.\n\n"
        "The work will take two years."
    )
    assert len(meta["captions"]) == 3


def test_letters_page_keeps_each_writers_sign_off():
    # a letters page: each letter's sign-off names its writer, so it stays in the body;
    # the page's headline, byline and trailing links still go
    text = (
        "LETTERS\nYour views: the ferry timetable\nBy Letters Editor | 3 March 2025\n\n"
        "Sir, the new ferry timetable leaves the island without a crossing after six.\n\n"
        "Marta Quayle-Ennis, North Harbour\n\n"
        "Dear Editor, nobody asked the people who work late what they needed.\n\n"
        "Revd Owen Pask, retired teacher, Saltby\n\n"
        "Read more: Ferry operator posts record profit"
    )
    body, meta = clean_text(text)
    assert body.split("\n\n") == [
        "Sir, the new ferry timetable leaves the island without a crossing after six.",
        "Marta Quayle-Ennis, North Harbour",
        "Dear Editor, nobody asked the people who work late what they needed.",
        "Revd Owen Pask, retired teacher, Saltby",
    ]
    assert meta["subheads"] == [] and meta["byline"] == "Letters Editor"


def test_name_and_place_line_in_a_news_story_is_still_a_subhead():
    # without a letter's greeting on the page, a short "Name, Place" line is a subhead
    text = (
        "Ferry cuts anger islanders\n\n"
        "The island will lose its late ferry from May, the operator said on Monday.\n\n"
        "Harbour Road, North Quay\n\n"
        "Shops on the quay say they will close earlier because staff cannot get home."
    )
    body, meta = clean_text(text)
    assert "Harbour Road, North Quay" not in body.split("\n\n")
    assert meta["subheads"] == ["Harbour Road, North Quay"]


# -- every article in data/: clean bodies survive, pasted clutter around them goes ------

DATA_ARTICLES = sorted((Path(__file__).parents[1] / "data" / "articles").glob("*.md"))


def clean_data_bodies_are_left_alone(path: Path) -> None:
    article = Article.from_path(path)
    again = Article.from_text(article.body)
    if article.meta.get("furniture"):
        # a body that keeps web furniture on purpose (blind rounds E and F: captions, "Read
        # more:" links, a letter's greeting, sign-offs): the cleaner takes out every link and
        # caption and no other sentence, keeps a letter's sign-off, and leaves the rest as it was
        original, kept = article.body.split("\n\n"), again.body.split("\n\n")
        removed = [p for p in original if p not in kept]
        assert kept == [p for p in original if p in kept]
        links = [  # links, captions and calls to subscribe or sign up (round Y's podcast)
            p for p in original
            if "Read more" in p or re.search(r"\bPhoto(graph)?:|^(Subscribe|Sign up|Related)\b", p)
        ]  # fmt: skip
        prose = [p for p in removed if re.search(r"[.!?]['\"\u2019\u201d)]*$", p)]
        # (a one-line standfirst under a section line, "<Columnist> appears every Tuesday.",
        # is taken out as the standfirst and kept in the meta, as for any pasted article)
        standfirst = again.meta.get("standfirst")
        assert set(links) <= set(removed)
        assert not [p for p in prose if p not in links and p != standfirst]
        # nothing is lost: every line taken out is kept in the meta (a headline, subheads,
        # standfirst, captions, a greeting, or a removed line with its kind); besides the headline
        # each is a short line (a section line, caption, sign-off, booking or sponsor line)
        meta = again.meta
        kept_aside = {meta.get("headline"), meta.get("standfirst"), *meta["subheads"]}
        kept_aside |= {*meta["captions"], *meta.get("tags", [])}
        kept_aside |= {r["text"] for r in meta.get("removed", [])}
        assert set(removed) <= kept_aside and len(kept) >= 5
        lines = [p for p in removed if p not in links and p != meta.get("headline")]
        assert all(len(p.split()) <= 30 for p in lines)
        return
    assert again.body == article.body
    assert again.meta["subheads"] == [] and again.meta["captions"] == []


def clutter_pasted_around_data_bodies_is_removed(path: Path) -> None:
    article = Article.from_path(path)
    paras = article.body.split("\n\n")
    caption = "A view of the scene on Monday. Photo: Staff photographer"
    pasted = "\n".join(
        [
            "NEWS / WORLD",
            article.meta["headline"],
            "By Staff Writer | January 5, 2026",
            "",
            paras[0],
            "",
            "A view of the scene on Monday",
            "",
            caption,
            "",
            "Advertisement",
            "",
            *(f"{p}\n" for p in paras[1:]),
            "Read more: Another story entirely",
            "Copyright 2026 Example Media",
        ]
    )
    cleaned = Article.from_text(pasted)
    if article.meta.get("furniture"):  # its own furniture goes too, as on its own
        assert cleaned.body == Article.from_text(article.body).body
        assert caption in cleaned.meta["captions"]
    else:
        assert cleaned.body == article.body
        assert cleaned.meta["captions"] == [caption]
    assert cleaned.meta["headline"] == article.meta["headline"]
    assert cleaned.meta["published"] == "2026-01-05"


def test_every_data_body_is_left_alone():
    check_every(DATA_ARTICLES, clean_data_bodies_are_left_alone)


def test_clutter_pasted_around_every_data_body_is_removed():
    check_every(DATA_ARTICLES, clutter_pasted_around_data_bodies_is_removed)


def test_sentences_that_look_like_bylines_or_link_labels_stay():
    text = (
        "Jane Doe, a reporter, was injured.\n\n"
        "By Tuesday, the fires had spread to three counties.\n\n"
        "More-or-less every road north was closed."
    )
    body, meta = clean_text(text)
    assert body == text
    assert "byline" not in meta and "headline" not in meta


def test_html_page_in_its_declared_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>T</title></head><body><p>北京市政府周一宣布了新的交通规定。</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb2312"))
    assert Article.from_path(path).body == "北京市政府周一宣布了新的交通规定。"
    # the same bytes as plain text have no declaration: refused, not garbled
    txt = tmp_path / "page.txt"
    txt.write_bytes("北京市政府周一宣布了新的交通规定。".encode("gb2312"))
    with pytest.raises(KitError, match="could not decode"):
        Article.from_path(txt)


def test_short_headline_before_the_byline_is_not_a_section_label():
    # A column's own title ("Notes and queries") is three words, like a section
    # label, but the byline right under it marks it as the headline.
    text = (
        "OPINION / COLUMNS\n"
        "Notes and queries\n"
        "By Ada Brisket | March 3, 2026\n\n"
        "THE RIVERTON COURIER | Weekend | Readers write\n\n"
        "A reader asks why the ferry stopped running on Sundays.\n\n"
        "The operator said the crossing lost money in winter."
    )
    body, meta = clean_text(text)
    assert meta["headline"] == "Notes and queries"
    assert meta["section"] == "OPINION / COLUMNS"
    assert body.startswith("A reader asks")
