"""Read a report file: detect its encoding and refuse what is not a text report."""

from __future__ import annotations

import codecs
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

#: Share of characters that must be CJK, ASCII or common punctuation for a decoding to count.
_PLAUSIBLE = 0.85


def read_report(path: Path) -> Document:
    """Decode ``path`` into a Document (``raw`` only; later stages fill the rest).

    Raises:
        InputError: the file is missing, not a file, empty, binary or in no known encoding.
    """
    if not path.exists():
        raise InputError("no such file", path)
    if not path.is_file():
        raise InputError("not a regular file", path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path) from None
    if not data.strip():
        raise InputError("the file is empty", path)
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError("the file holds no text", path)
    return Document(path=path, raw=text, encoding=encoding)


def decode(data: bytes, path: Path | None = None) -> tuple[str, str]:
    """Decode report bytes as UTF-8 (with or without BOM), UTF-16 or GB18030.

    Returns:
        The text (BOM removed, line ends made ``\\n``) and the encoding's name.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _normalize_newlines(_strict(data, enc, path)), enc.replace("-sig", "")
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc is None:
            raise InputError("binary file, not a text report (it holds NUL bytes)", path)
        return _normalize_newlines(_strict(data, enc, path)), enc
    try:
        return _normalize_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is None or not _plausible(text):
        raise InputError("not a text report in UTF-8, GB18030/GBK or UTF-16", path)
    return _normalize_newlines(text), "gb18030"


def _strict(data: bytes, encoding: str, path: Path | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding.upper()} at byte {exc.start}", path) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows its NULs on one side of each pair (ASCII text)."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2 or 1
    if odd / half > 0.3 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.3 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """GB18030 decodes most byte soups; accept it only if it reads like Chinese text."""
    sample = text[:20000]
    good = sum(1 for c in sample if c.isascii() or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return good >= _PLAUSIBLE * len(sample)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
