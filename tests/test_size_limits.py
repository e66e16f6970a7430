"""Size limits: an upload or file, pasted text, and the body sent to spaCy are each
refused with one clear line before the expensive step runs (timings are in
``benchmarks/size_bench.py``, never asserted here)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import kit.article
from kit.annotate import annotate_many
from kit.annotated import MAX_CHARS
from kit.article import MAX_FILE_BYTES, MAX_TEXT_CHARS, Article
from kit.errors import KitError


def _never(*_args, **_kwargs):
    raise AssertionError("the limit must be checked before this step")


def _one_line(err: KitError, figure: int) -> None:
    message = str(err)
    assert "\n" not in message and f"{figure:,}" in message and "Split" in message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: no 20 MB written
        fh.truncate(MAX_FILE_BYTES + 1)
    monkeypatch.setattr(type(path), "read_bytes", _never)
    with pytest.raises(KitError) as err:
        Article.from_path(path)
    _one_line(err.value, MAX_FILE_BYTES)


@pytest.mark.parametrize("name", ["page.html", "story.md", "story.txt"])
def test_an_upload_over_the_limit_is_refused_before_it_is_decoded(monkeypatch, name):
    data = b"a" * (MAX_FILE_BYTES + 1)
    monkeypatch.setattr(kit.article, "decode_bytes", _never)
    with pytest.raises(KitError) as err:
        Article.from_bytes(data, name)
    _one_line(err.value, MAX_FILE_BYTES)


def test_the_upload_widget_says_so(monkeypatch):
    from kit.widgets import ArticleInput

    box = ArticleInput()
    data = b"word " * (MAX_FILE_BYTES // 5 + 1)
    when = datetime(2024, 5, 1, tzinfo=UTC)
    box.upload.value = (
        {"name": "big.txt", "type": "", "size": len(data), "content": memoryview(data),
         "last_modified": when},
    )  # fmt: skip
    monkeypatch.setattr(kit.article, "decode_bytes", _never)
    with pytest.raises(KitError) as err:
        box.article  # noqa: B018
    _one_line(err.value, MAX_FILE_BYTES)


@pytest.mark.parametrize("reader", ["from_text", "from_markdown", "load"])
def test_pasted_text_over_the_limit_is_refused_before_it_is_cleaned(monkeypatch, reader):
    text = "The council met. " * (MAX_TEXT_CHARS // 17 + 1)
    monkeypatch.setattr(kit.article, "clean_text", _never)
    monkeypatch.setattr(kit.article, "split_front_matter", _never)
    with pytest.raises(KitError) as err:
        getattr(Article, reader)(text)
    _one_line(err.value, MAX_TEXT_CHARS)


def test_a_body_over_the_limit_is_refused_before_spacy_parses_it():
    sentence = "The council met again on Monday to discuss the budget. "
    article = Article(body=sentence * (MAX_CHARS // len(sentence) + 1))
    with pytest.raises(KitError) as err:
        annotate_many([article], nlp=object())  # no pipeline is touched
    _one_line(err.value, MAX_CHARS)


def test_a_body_at_the_limit_goes_on_to_spacy():
    class Reached(Exception):
        pass

    class Pipeline:
        def make_doc(self, text):
            raise Reached(len(text))

    sentence = "The council met again on Monday to discuss the budget. "
    body = (sentence * (MAX_CHARS // len(sentence) + 1))[:MAX_CHARS]
    with pytest.raises(Reached):
        annotate_many([Article(body=body)], nlp=Pipeline())
