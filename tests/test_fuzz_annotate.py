"""Property-based tests: ``kit.annotate`` on generated text never crashes.

Whatever the input (any Unicode, unbalanced quotes, one endless sentence, only
whitespace or punctuation, mutated practice articles, Markdown with broken front
matter, hostile HTML), the kit either stops with a one-line :class:`KitError` or
returns an :class:`AnnotatedArticle` whose invariants hold: every span lies inside
the text and carries the text it covers, an attribution's speaker, cue and content
lie inside it, and ``to_dict()`` is strict JSON that round-trips through
``from_dict``.

Example counts come from a Hypothesis profile: ``ci`` (the default, small and
derandomised so ``make test`` is repeatable) or ``fuzz`` (``KIT_FUZZ_PROFILE=fuzz``,
``make fuzz``: at least 10,000 examples in all, fresh random ones each run).
"""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kit.annotate import annotate
from kit.annotated import AnnotatedArticle
from kit.article import Article
from kit.errors import KitError

ROOT = Path(__file__).resolve().parents[1]
PRACTICE = sorted((ROOT / "data" / "articles").glob("*.md"))  # never data/heldout/
FUZZ_TOTAL = int(os.environ.get("KIT_FUZZ_EXAMPLES", "10000"))
#: The fuzz profile's share per test: 7 tests take one share, the slow endless-sentence
#: test a fifth of one, so the eight together run at least FUZZ_TOTAL examples.
SHARE = -(-FUZZ_TOTAL * 5 // 36)

_common = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", max_examples=25, derandomize=True, database=None, **_common)
settings.register_profile(
    "fuzz",
    max_examples=SHARE,
    database=None,
    print_blob=True,
    **_common,
)
settings.load_profile(os.environ.get("KIT_FUZZ_PROFILE", "ci"))

# -- what goes in ----------------------------------------------------------------

SPECIAL = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200f",  # bidi controls
    "\u0301", "\u0327", "\u20dd", "\u0489",  # combining marks
    "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
    "🦊", "👩🏽‍🔬", "🇺🇳", "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "مرحبا", "שלום", "北京", "ﷺ", "𝔘𝔫𝔦", "ǅ", "ß", "İ", "\ufffd",
]  # fmt: skip
QUOTES = list("\"'`“”„‟‘’‚‛«»‹›「」『』〝〞＂＇") + ["''", "``", ",,", "<<", ">>"]
_VOCABULARY = (
    "the minister said that officials told reporters according to a spokesperson who "
    "asked not to be named warned might could perhaps clearly obviously slammed regime "
    "so-called he she they it Mr Smith Dr Li Ana María Ministry of Water 2021 12.5% "
    "\u00a0 — – … ; : ( ) [ ] ! ? , ."
)
WORDS = _VOCABULARY.split(" ")

any_text = st.lists(
    st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SPECIAL)),
    max_size=300,
).map("".join)
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(SPECIAL))
quoted_text = st.lists(word, min_size=1, max_size=120).flatmap(
    lambda ws: st.sampled_from([" ", "", "\n", " \n\n"]).map(lambda sep: sep.join(ws))
)
run_on = st.lists(
    st.sampled_from([w for w in WORDS if w.isalpha()]), min_size=200, max_size=1500
).map(" ".join)
whitespace = st.text(st.sampled_from(" \t\n\r\x0b\x0c\u00a0\u2000\u2003\u3000\u2028\u2029\x85"))
punctuation = st.text(st.sampled_from(string.punctuation + "“”‘’«»—–…¡¿·•"), min_size=1)

FRONT_LINES = [
    "headline: A headline", "published: 2021-03-11", "published: 2021-13-45",
    "published: 2021-03-11 10:00:00", "byline: [unclosed", "outlet: {a: b", "x: .nan",
    "y: .inf", "z: !!binary aGVsbG8=", "s: !!set {a, b}", "t: !!python/object:os.system x",
    ": :", "- a list item", "\tindented: tab", "key: 'unterminated", "n: 123456789012345678901234",
    "&anchor a: *anchor", "headline: null", "headline: 12", "meta: [1, [2, [3]]]", "...",
]  # fmt: skip


@st.composite
def markdown(draw):
    lines = draw(st.lists(st.sampled_from(FRONT_LINES), max_size=6))
    opener = draw(st.sampled_from(["---\n", "--- \n", "\ufeff---\n", "\n---\n", "---"]))
    closer = draw(st.sampled_from(["---\n", "...\n", "", "--\n", "---"]))
    body = draw(st.one_of(quoted_text, any_text, st.just("# Title\n\nOfficials said so.")))
    return opener + "\n".join(lines) + "\n" + closer + body


HTML_BITS = [
    "<script>document.title='pwned'</script>", "<script src=//x.test/a.js>", "<iframe src="
    "'javascript:alert(1)'>", "<iframe srcdoc='<p>inner</p>'></iframe>", "<p>", "</p>", "<div",
    "<b><i>", "</article>", "<article>", "<!-- comment", "-->", "<![CDATA[x]]>", "<style>",
    "</style>", "<title>", "<h1>", "<br>", "<br/>", "&amp;", "&#0;", "&#x110000;", "&nbsp;",
    "&unknown;", "<meta charset=utf-16>", "<meta property='og:title' content='T'>",
    "<time datetime='not a date'>", "<a href=\"javascript:alert(1)\" onclick=alert(2)>x</a>",
    "<img src=x onerror=alert(1)>", "<svg><script>alert(1)</script></svg>", "<noscript>",
    "<template>", "<table><tr><td>", "<ul><li>", "<!DOCTYPE html>", "<html>", "<body>",
]  # fmt: skip


@st.composite
def html_page(draw):
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(HTML_BITS),
                quoted_text,
                st.builds(
                    lambda tag, name, n, c: f"<{tag} {name}='{c * n}'>",
                    st.sampled_from(["p", "div", "meta", "span"]),
                    st.sampled_from(["class", "data-x", "content", "onload", "style"]),
                    st.integers(1, 60_000),
                    st.sampled_from(["a", "<", "'", '"', "é"]),
                ),
            ),
            max_size=25,
        )
    )
    return "".join(parts)


@st.composite
def mutated_practice(draw):
    text = draw(st.sampled_from(PRACTICE)).read_text(encoding="utf-8")
    start = draw(st.integers(0, max(len(text) - 1, 0)))
    if draw(st.booleans()):  # keep the front matter sometimes; otherwise a slice
        text = text[: draw(st.integers(200, 2500))]
    else:
        text = text[start : start + draw(st.integers(1, 2500))]
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swapcase"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.one_of(word, any_text)) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + text[i:j].swapcase() + text[j:]
    return text


# -- what must hold ----------------------------------------------------------------


def _check_error(err: KitError) -> None:
    message = str(err)
    assert message.strip(), "a KitError needs a message"
    assert "\n" not in message, f"the message is one line: {message!r}"
    assert "Traceback" not in message
    assert len(message) < 600, message


def _check_span(text: str, start: int, end: int, covered: str, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), what
    assert 0 <= start < end <= len(text), f"{what} {start}:{end} outside 0:{len(text)}"
    assert text[start:end] == covered, f"{what} text differs from text[{start}:{end}]"


def check_invariants(annotated: AnnotatedArticle) -> None:
    text = annotated.text
    for a in annotated.annotations:
        _check_span(text, a.start, a.end, a.text, f"{a.category}/{a.label}")
        for name in ("speaker", "cue", "content"):
            part = getattr(a, name)
            if part is None:
                continue
            _check_span(text, part.start, part.end, part.text, f"{a.category} {name}")
            assert a.start <= part.start and part.end <= a.end, f"{name} outside its attribution"
        if a.category == "attribution":
            assert a.cue is not None, "an attribution has a cue"
    last = 0
    for start, end in annotated.sentences:
        assert last <= start <= end <= len(text)
        last = end
    data = annotated.to_dict()
    raw = json.dumps(data, ensure_ascii=False, allow_nan=False)  # strict JSON
    reread = json.loads(raw)
    again = AnnotatedArticle.from_dict(reread)
    assert json.loads(json.dumps(again.to_dict(), ensure_ascii=False)) == reread
    assert again.annotations == annotated.annotations


def annotate_or_explain(nlp, make) -> AnnotatedArticle | None:
    """``annotate(make())``: the result, with its invariants checked, or ``None`` after
    a clear KitError. Anything else fails the test."""
    try:
        annotated = annotate(make(), nlp=nlp)
    except KitError as err:
        _check_error(err)
        return None
    check_invariants(annotated)
    return annotated


# -- the properties ------------------------------------------------------------------


@given(any_text)
def test_any_unicode_text(nlp, text):
    annotate_or_explain(nlp, lambda: Article.load(text))


@given(quoted_text)
def test_unbalanced_quotes_of_every_kind(nlp, text):
    annotate_or_explain(nlp, lambda: Article.from_text(text))


@settings(max_examples=max(settings().max_examples // 5, 5))
@given(run_on)
def test_one_endless_sentence_without_punctuation(nlp, text):
    assert annotate_or_explain(nlp, lambda: Article.from_text(text)) is not None


@given(whitespace)
def test_only_whitespace_is_a_clear_error(nlp, text):
    with pytest.raises(KitError) as err:
        annotate(Article.from_text(text) if text else text, nlp=nlp)
    _check_error(err.value)


@given(punctuation)
def test_only_punctuation(nlp, text):
    annotate_or_explain(nlp, lambda: Article.from_text(text))


@given(mutated_practice(), st.sampled_from(["story.md", "story.txt"]))
@example("According to the", "story.md")  # found by make fuzz: a cue phrase cut off at
# the very end of the text reported past the last token (IndexError)
def test_mutated_practice_articles(nlp, text, name):
    annotate_or_explain(nlp, lambda: Article.from_bytes(text.encode("utf-8"), name))


@given(markdown())
@example("---\nz: !!binary aGVsbG8=\n---\nthe")  # found by make fuzz: bytes in meta
@example("---\nx: .nan\n---\n0")  # found by make fuzz: NaN is not strict JSON
@example("---\npublished: 2021-13-45\n---\n")  # found by make fuzz: a ValueError escaped
def test_markdown_with_broken_front_matter(nlp, text):
    annotated = annotate_or_explain(nlp, lambda: Article.from_bytes(text.encode(), "a.md"))
    if annotated is not None:
        json.dumps(annotated.meta, allow_nan=False)


@given(html_page())
@example("<!-- comment<script>document.title='pwned'</script>")  # found by make fuzz
@example("<p>Officials said so.</p><!-- x <script>a='pwned'</script>")
def test_html_with_scripts_iframes_unclosed_tags_and_huge_attributes(nlp, page):
    assume(page.strip())
    annotated = annotate_or_explain(nlp, lambda: Article.from_bytes(page.encode(), "p.html"))
    if annotated is not None:  # script and style content never becomes article text
        assert "pwned" not in annotated.text and "alert(1)</script>" not in annotated.text


@pytest.mark.parametrize(
    "text",
    [
        "Palace [[insiders]] say relations have soured.",  # found by the speed snapshot:
        "The mayor [sic] said the road would reopen in May.",  # a speaker of brackets only
        "Local traders ((many of them)) told us trade was down.",
    ],
)
def test_bracket_markup_around_a_speaker(nlp, text):
    """Brackets a learner pastes from marked-up notes can make the parse's subject
    punctuation alone: the kit still finds the saying, and its invariants hold."""
    annotated = annotate_or_explain(nlp, lambda: Article.from_text(text))
    assert annotated is not None
    assert [a for a in annotated.annotations if a.category == "attribution"]
