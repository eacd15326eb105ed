"""Read a report file: detect its encoding and refuse what is not a text report."""

from __future__ import annotations

import codecs
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

#: Share of characters that must be CJK, ASCII or common punctuation for a decoding to count.
_PLAUSIBLE = 0.85
#: Share of control characters above which UTF-8 data is taken for binary.
_CONTROLS = 0.02


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
    """Decode report bytes as UTF-8 (with or without BOM), UTF-16 (with or without) or GB18030.

    Without a BOM, UTF-8 is tried first (it rarely decodes what is not UTF-8); then the
    UTF-16 byte orders and GB18030 compete, and the decoding that reads most like Chinese
    text wins, if it reads like text at all.

    Returns:
        The text (BOM removed, line ends made ``\\n``) and the encoding's name.

    Raises:
        InputError: binary data, or text in none of these encodings.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _normalize_newlines(_strict(data, enc, path)), enc.replace("-sig", "")
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _controls(text) > _CONTROLS:
                raise InputError("binary file, not a text report (control characters)", path)
            return _normalize_newlines(text), "utf-8"
    candidates = []
    for enc in ("utf-16-le", "utf-16-be", "gb18030"):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausible(text), enc, text))
    best = max(candidates, default=None)
    if best is None or best[0] < _PLAUSIBLE:
        if b"\x00" in data:
            raise InputError("binary file, not a text report (it holds NUL bytes)", path)
        raise InputError("not a text report in UTF-8, GB18030/GBK or UTF-16", path)
    return _normalize_newlines(best[2]), ("gb18030" if best[1] == "gb18030" else best[1])


def _strict(data: bytes, encoding: str, path: Path | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding.upper()} at byte {exc.start}", path) from None


def _plausible(text: str) -> float:
    """Share of a sample's characters that text has: ASCII text, CJK, CJK punctuation."""
    sample = text[:20000]
    if not sample:
        return 1.0
    good = sum(1 for c in sample if (" " <= c <= "~") or c in "\n\r\t\f"
               or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
               or "\uff00" <= c <= "\uffef" or "\u2000" <= c <= "\u206f"
               or c in "\u00a0\u00b7\u00d7\u25a0\u25b2\u25cf\u2460\u2461\u2462")
    return good / len(sample)


def _controls(text: str) -> float:
    """Share of a sample's characters that are control characters other than line ends."""
    sample = text[:20000]
    bad = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f") or c == "\x7f")
    return bad / (len(sample) or 1)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
