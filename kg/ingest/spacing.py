"""Spacing: which whitespace inside a line breaks a paragraph, and which is noise to cut.

Text taken from PDFs carries spaces around numbers and where the PDF broke its lines
(2022 年 1 月 11 日, 预计 58000 元, 社会主 义), and digits spaced one by one (7 4 7 7 2 亿元,
1 1 ％). Web pages that lost their line ends keep paragraphs apart with indentation only
(…意见。\u2003\u2003一、工作回顾\u2003\u2003过去一年…). The functions here only *find* such
spans, as ``(start, end)`` offsets of the line, so whoever holds an offset map (the layout's
paragraphs, a PDF reader's pages) cuts or splits them and keeps every character's source exact.

Spaces beside Chinese characters are cut only in text that has many of them (:func:`spaced`):
in other text a space may stand between a title and a name on purpose, or in a heading.
"""

from __future__ import annotations

import re

#: One character of horizontal whitespace.
_WS = " \u00a0\u3000\u2002\u2003\u2009\t"
_CJK = "\u4e00-\u9fff"
#: Characters of Chinese running text: ideographs, CJK and full-width punctuation.
_WIDE = _CJK + "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d\u2014\u2026"
_DIGIT = "0-9\uff10-\uff19"
_PERCENT = "%％‰"
#: A run of whitespace that separates two paragraphs written on one line: an indentation
#: (two em or ideographic spaces), or two or more spaces after a sentence's end.
_BREAK = re.compile(rf"(?<=\S)(?:[\u3000\u2003]{{2,}}[{_WS}]*|(?<=[。！？!?；;：:”])[{_WS}]{{2,}})(?=\S)")
#: A lone space between a digit and a Chinese character or a percent sign: 2022 年, 达 40%.
_AROUND_NUMBER = re.compile(
    rf"(?<=[{_DIGIT}])[{_WS}](?=[{_CJK}{_PERCENT}])|(?<=[{_CJK}])[{_WS}](?=[{_DIGIT}])")
#: Single digits spaced one by one before a unit, maybe with a decimal point: 7 4 7 7 2 亿元,
#: 1 1 ％, 1 5 ．3 ％.
_SPACED_DIGITS = re.compile(
    rf"(?<![{_DIGIT}.．])[{_DIGIT}](?:[{_WS}][{_DIGIT}])*"
    rf"(?:(?:[{_WS}][{_DIGIT}])+|[{_WS}]?[.．][{_WS}]?[{_DIGIT}](?:[{_WS}][{_DIGIT}])*)"
    rf"(?=[{_WS}]?[{_CJK}{_PERCENT}])")
#: A space that groups thousands: 61 000人, 12 345.6万元 (read otherwise as 000人 and 345.6万元).
_THOUSANDS = re.compile(
    rf"(?<![{_DIGIT}.．])(?<![{_DIGIT}][{_WS}])[{_DIGIT}]{{1,3}}(?:[{_WS}][{_DIGIT}]{{3}})+"
    rf"(?=(?:[.．][{_DIGIT}]+)?[{_WS}]?[{_CJK}{_PERCENT}])")
#: A lone space between two characters of Chinese text (社会主 义), between Chinese and a
#: Latin word (5G 基站), or inside a decimal (7 . 2), in spaced text only.
_BETWEEN_WIDE = re.compile(
    rf"(?<=[{_WIDE}])[{_WS}](?=[{_WIDE}{_DIGIT}A-Za-z])|(?<=[{_DIGIT}{_WIDE}A-Za-z])[{_WS}](?=[{_WIDE}])"
    rf"|(?<=[{_DIGIT}])[{_WS}](?=[.．][{_WS}]?[{_DIGIT}])|(?<=[{_DIGIT}][.．])[{_WS}](?=[{_DIGIT}])"
    rf"|(?<=[{_DIGIT}][{_WS}][.．])[{_WS}](?=[{_DIGIT}])")
#: Spaces beside Chinese characters per thousand Chinese characters above which a text is
#: spaced: ordinary reports have under 2, text from a PDF tens; and at least so many of them
#: (a short page with one by-line, 县长 某某, is no PDF).
_SPACED_PER_MILLE = 5
_SPACED_MIN = 20


def breaks(line: str) -> list[tuple[int, int]]:
    """The whitespace runs of one line that separate paragraphs.

    >>> breaks("请予审议。\u2003\u2003一、工作回顾\u2003\u2003过去一年")
    [(5, 7), (13, 15)]
    """
    return [m.span() for m in _BREAK.finditer(line)]


def spaced(text: str) -> bool:
    """Whether ``text`` reads like text from a PDF, spaces between its Chinese characters."""
    chars = len(re.findall(f"[{_CJK}]", text))
    gaps = len(re.findall(f"[{_CJK}][{_WS}](?=[{_CJK}{_DIGIT}])|[{_DIGIT}][{_WS}](?=[{_CJK}])", text))
    return gaps >= _SPACED_MIN and gaps * 1000 >= _SPACED_PER_MILLE * chars


def cuts(line: str, spaced_text: bool = False) -> list[tuple[int, int]]:
    """The spaces of one line that are noise, in order, as ``(start, end)`` spans.

    Spaces inside digits spaced one by one, or grouping thousands (61 000人), always; spaces
    around numbers and between Chinese characters when ``spaced_text`` (see :func:`spaced`):
    elsewhere they may be on purpose (回眸 2023, 县长 某某).

    >>> cuts("预计 58000 元，增长 7.9 %", spaced_text=True)
    [(2, 3), (8, 9), (13, 14), (17, 18)]
    >>> cuts("7 4 7 7 2 亿元")
    [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]
    >>> cuts("增长1 5 ．3 ％")
    [(3, 4), (5, 6), (8, 9)]
    >>> cuts("新增就业61 000人"), cuts("2 3 000")
    ([(6, 7)], [])
    """
    found = set()
    for m in _THOUSANDS.finditer(line):
        found.update(m.start() + i for i, c in enumerate(m.group()) if c in _WS)
    for m in _SPACED_DIGITS.finditer(line):
        if not any(c in _WS for c in m.group()):
            continue  # 7.9 %: a number written whole, its unit apart (not noise of digits)
        found.update(m.start() + i for i, c in enumerate(m.group()) if c in _WS)
        after = m.end()
        if after < len(line) and line[after] in _WS:
            found.add(after)
    if spaced_text:
        found.update(m.start() for m in _AROUND_NUMBER.finditer(line))
        found.update(m.start() for m in _BETWEEN_WIDE.finditer(line))
    return [(i, i + 1) for i in sorted(found)]


def normalize(text: str, offsets: list[int] | None = None,
              spaced_text: bool | None = None) -> tuple[str, list[int]]:
    """``text`` without its noise spaces, and the offset of each kept character.

    ``offsets`` gives each character's offset in a source (its index when None); the result
    keeps the offsets of the characters it keeps, so a source map stays exact. Line ends are
    kept; paragraph breaks (:func:`breaks`) become line ends in place.

    >>> normalize("地区生产总值1 2 3 亿元", spaced_text=False)
    ('地区生产总值123亿元', [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 13])
    """
    offsets = list(range(len(text))) if offsets is None else offsets
    if spaced_text is None:
        spaced_text = spaced(text)
    out, kept, pos = [], [], 0
    for line in text.split("\n"):
        dropped = {i for a, b in cuts(line, spaced_text) for i in range(a, b)}
        for a, b in breaks(line):
            dropped.update(range(a + 1, b))
        newline = {a for a, _ in breaks(line)}
        for i, c in enumerate(line):
            if i in dropped:
                continue
            out.append("\n" if i in newline else c)
            kept.append(offsets[pos + i])
        pos += len(line)
        if pos < len(text):
            out.append("\n")
            kept.append(offsets[pos])
            pos += 1
    return "".join(out), kept
