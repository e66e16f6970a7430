"""A saved HTML page's text and metadata, with the standard library's ``html.parser`` only."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from kit.ingest.dates import find_date

_SKIP_TAGS = {
    "script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "noscript",
    "template", "svg", "form", "button", "iframe", "select", "head", "menu", "dialog",
}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "br", "li", "ul", "ol", "blockquote", "h1", "h2",
    "h3", "h4", "h5", "h6", "tr", "table", "pre", "hr", "dd", "dt", "dl", "address", "time",
}  # fmt: skip
_BR = "\x00br\x00"
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col"}


class PageParser(HTMLParser):
    """Collect a page's text lines (inside ``<article>`` if there is one) and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.metas: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.times: list[str] = []
        self.captions: list[str] = []
        self._stack: list[str] = []
        self._skip = 0
        self._chunks: list[str] = []
        self._article_chunks: list[str] = []
        self._in_article = 0
        self._caption = ""
        self._in_caption = 0
        self._in_title = False
        self._in_h1 = False

    def close(self) -> None:
        """Finish; an unterminated comment or tag at the very end is markup, not text
        (``html.parser`` would hand it over as data; browsers drop it)."""
        rest = self.rawdata
        comment = rest.find("<!--")
        if comment != -1:
            rest = rest[:comment]
        if re.match(r"<[A-Za-z/!?]", rest):
            rest = ""
        self.rawdata = rest
        super().close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.metas.setdefault(key, a["content"].strip())
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.metas.setdefault("canonical", a["href"])
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag in _VOID_TAGS:
            if tag == "br":
                self._append(_BR)
            elif tag in _BLOCK_TAGS:
                self._newline()
            return
        self._stack.append(tag)
        if tag == "figcaption":
            self._in_caption += 1
        if tag in _SKIP_TAGS or "hidden" in a or a.get("aria-hidden") == "true":
            self._skip += 1
            self._stack[-1] = tag + "!"
        if tag == "article":
            self._in_article += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or tag not in self._stack and tag + "!" not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            name = top.rstrip("!")
            if top.endswith("!"):
                self._skip -= 1
            if name == "figcaption":
                self._in_caption -= 1
                if not self._in_caption and self._caption.strip():
                    self.captions.append(" ".join(self._caption.split()))
                    self._caption = ""
            if name == "article":
                self._in_article -= 1
            if name == "title":
                self._in_title = False
            if name == "h1":
                self._in_h1 = False
            if name in _BLOCK_TAGS:
                self._newline()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption += data
        if self._in_title:
            self.title += data
        if self._skip:
            return
        if self._in_h1:
            self.h1 += data
            self._newline()  # the headline is metadata, not body text
            return
        self._append(data)

    def _append(self, chunk: str) -> None:
        self._chunks.append(chunk)
        if self._in_article:
            self._article_chunks.append(chunk)

    def _newline(self) -> None:
        self._append("\n")

    def text(self) -> str:
        """The page's text, one block element per line."""
        chunks = self._article_chunks if "".join(self._article_chunks).strip() else self._chunks
        # <br><br> separates paragraphs; a single <br> is a line break inside one
        text = re.sub(rf"{_BR}(?:\s*{_BR})+", "\n", "".join(chunks)).replace(_BR, " ")
        lines = (" ".join(line.split()) for line in text.split("\n"))
        return "\n\n".join(line for line in lines if line)

    def page_meta(self) -> dict[str, Any]:
        """Headline, date, byline, outlet, section and URL from the page's tags."""
        m = self.metas
        out: dict[str, Any] = {}
        title = " ".join(self.title.split())
        headline = m.get("og:title") or " ".join(self.h1.split()) or m.get("twitter:title")
        if not headline and title:
            parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
            headline = max(parts, key=len)
        if headline:
            out["headline"] = headline
        for raw in [
            m.get("article:published_time"),
            m.get("datepublished"),
            m.get("date"),
            m.get("pubdate"),
            *self.times,
        ]:
            hit = find_date(raw) if raw else None
            if hit:
                out["published"] = hit[0]
                break
        modified = m.get("article:modified_time") or m.get("datemodified")
        hit = find_date(modified) if modified else None
        if hit:
            out["updated"] = hit[0]
        author = m.get("author") or m.get("article:author") or m.get("byl")
        if author and not author.startswith("http"):
            out["byline"] = re.sub(r"^by\s+", "", author, flags=re.I)
        if m.get("og:site_name"):
            out["outlet"] = m["og:site_name"]
        if m.get("article:section"):
            out["section"] = m["article:section"]
        url = m.get("og:url") or m.get("canonical")
        if url and url.startswith(("http://", "https://")):
            out["source_url"] = url
        return out
