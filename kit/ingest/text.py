"""Bytes to text: decoding a file, normalising line breaks and spaces."""

from __future__ import annotations

import codecs
import re

from kit.errors import KitError

# -- decoding -------------------------------------------------------------------

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b") + b"\x7f"


def decode_bytes(data: bytes, name: str = "the file", html: bool = False) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    For an HTML page (``html=True``) the charset its ``<meta>`` tag declares is
    tried before cp1252.

    Binary data and text in an encoding the kit cannot recognise raise
    :class:`KitError` with a message that says what to do.
    """
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as err:
        raise KitError(
            f"{name} starts with a Unicode byte-order mark but is not valid Unicode text "
            f"({err.reason} at byte {err.start}); save it again as UTF-8"
        ) from err
    if _looks_binary(data):
        raise KitError(
            f"{name} looks like a binary file, not text; give the article as .txt, .md or .html"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise KitError(
            f"could not decode {name}: it is neither UTF-8 nor Windows-1252 text; "
            "save it again as UTF-8"
        ) from err
    # Text in another 8-bit or multi-byte encoding also "decodes" as cp1252,
    # into mojibake; real cp1252 text is mostly ASCII with a few accents.
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii > 0.1 * max(1, len(text)):
        raise KitError(
            f"could not decode {name}: it is not UTF-8 and does not look like "
            "Windows-1252 text either; save it again as UTF-8"
        )
    return text


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control bytes in the first 8 KB."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > 0.05 * len(sample)


# -- normalising ----------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """Unify line breaks and spaces, drop zero-width characters, strip every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = text.translate(_ZERO_WIDTH)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def paragraphs(text: str) -> str:
    """Paragraphs separated by exactly one blank line; lines inside one are joined."""
    blocks = re.split(r"\n\s*\n", normalize_text(text))
    paras = (" ".join(line for line in block.split("\n") if line) for block in blocks)
    return "\n\n".join(p for p in paras if p)
