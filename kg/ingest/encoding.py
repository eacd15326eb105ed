"""Decode a text report's bytes: the encoding found, a few bad bytes replaced and counted.

Reports arrive in UTF-8 (with or without BOM), UTF-16 (with or without) or GB18030/GBK. A
download cut in the middle of a character, a stray 0xFF or a lone UTF-16 surrogate does not
refuse a report: the bad sequences are replaced by U+FFFD and listed, so that ``kg build``
can say how many bytes it replaced and where.
"""

from __future__ import annotations

import codecs
import contextvars
from pathlib import Path

from kg.errors import InputError

#: Share of characters that must be CJK, ASCII or common punctuation for a decoding to count.
_PLAUSIBLE = 0.85
#: Share of control characters above which UTF-8 data is taken for binary.
_CONTROLS = 0.02


#: Bad byte sequences tolerated (replaced and counted) per this many bytes, and at least
#: ``_BAD_MIN``: a cut download or a stray byte, not a file in another encoding.
_BAD_PER = 500
_BAD_MIN = 2
#: How many places of bad bytes a warning names.
_BAD_SHOWN = 5

def tolerated(data: bytes) -> int:
    """How many bad byte sequences a file of this size may have and still be in its encoding."""
    return max(_BAD_MIN, len(data) // _BAD_PER)


def describe_bad(bad: list[tuple[int, int]], data: bytes, encoding: str) -> str:
    """``replaced 3 bad bytes with U+FFFD (at byte 1021 (line 14), …)``."""
    count = sum(b - a for a, b in bad)
    places = []
    for a, b in bad[:_BAD_SHOWN]:
        where = f"byte {a}" if b - a == 1 else f"bytes {a}-{b - 1}"
        if not encoding.startswith("utf-16"):
            line = data.count(b"\n", 0, a) + 1
            where += f" (line {line})"
        places.append(where)
    more = f" and {len(bad) - _BAD_SHOWN} more places" if len(bad) > _BAD_SHOWN else ""
    noun = "byte" if count == 1 else "bytes"
    return (f"replaced {count} bad {noun} ({encoding.upper()}) with U+FFFD at "
            f"{', '.join(places)}{more}")


def decode(data: bytes, path: Path | None = None,
           bad: list[tuple[int, int]] | None = None) -> tuple[str, str]:
    """Decode report bytes as UTF-8 (with or without BOM), UTF-16 (with or without) or GB18030.

    Without a BOM, UTF-8 is tried first (it rarely decodes what is not UTF-8); then the
    UTF-16 byte orders and GB18030 compete, and the decoding that reads most like Chinese
    text wins, if it reads like text at all. A few bad byte sequences (a download cut in the
    middle of a character, a stray 0xFF, a lone UTF-16 surrogate) do not refuse a report:
    they are replaced by U+FFFD and their ``(start, end)`` byte ranges appended to ``bad``.

    Returns:
        The text (BOM removed, line ends made ``\\n``) and the encoding's name.

    Raises:
        InputError: binary data, or text in none of these encodings.
    """
    bad = [] if bad is None else bad
    limit = tolerated(data)
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            found: list[tuple[int, int]] = []
            text = decode_counting(data, enc, found)
            if len(found) > limit:
                raise InputError(f"invalid {enc.removesuffix('-sig').upper()} at byte "
                                 f"{found[0][0]}", path)
            bad.extend(found)
            return _normalize_newlines(text), enc.replace("-sig", "")
    if b"\x00" not in data:
        found = []
        text = decode_counting(data, "utf-8", found)
        if len(found) <= limit:
            if _controls(text) > _CONTROLS:
                raise InputError("binary file, not a text report (control characters)", path)
            bad.extend(found)
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
        best = _lenient(data, limit, bad)
    if best is None or best[0] < _PLAUSIBLE:
        if b"\x00" in data:
            raise InputError("binary file, not a text report (it holds NUL bytes)", path)
        raise InputError("not a text report in UTF-8, GB18030/GBK or UTF-16", path)
    return _normalize_newlines(best[2]), ("gb18030" if best[1] == "gb18030" else best[1])


def _lenient(data: bytes, limit: int, bad: list[tuple[int, int]]):
    """The most plausible decoding with a few bad sequences replaced, or None."""
    best, best_found = None, []
    for enc in ("utf-16-le", "utf-16-be", "gb18030"):
        found: list[tuple[int, int]] = []
        text = decode_counting(data, enc, found)
        if len(found) > limit:
            continue
        candidate = (_plausible(text), enc, text)
        if best is None or (candidate[0], -len(found)) > (best[0], -len(best_found)):
            best, best_found = candidate, found
    if best is not None and best[0] >= _PLAUSIBLE:
        bad.extend(best_found)
    return best


def decode_counting(data: bytes, encoding: str, bad: list[tuple[int, int]]) -> str:
    """``data.decode(encoding)`` with each bad sequence replaced by U+FFFD and listed in ``bad``."""
    token = _BAD.set(bad)
    try:
        return data.decode(encoding, errors="govkg-count")
    finally:
        _BAD.reset(token)


_BAD: contextvars.ContextVar[list[tuple[int, int]]] = contextvars.ContextVar("bad_bytes")


def _count_bad(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _BAD.get().append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("govkg-count", _count_bad)


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
