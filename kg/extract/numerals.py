"""Numbers in Chinese numerals, written as digits: 百分之七十七点五 → 77.5%, 增长两成 → 增长20%.

Older reports, and many newer ones, write figures in Chinese numerals: 增长百分之三点九,
粮食产量八千亿斤, 提高二点五个百分点, 增长一点五倍, 增长两成. :func:`digits` gives a copy of a
sentence with such figures in digits and, for each of its positions, the position in the
sentence it stands for, so the figure patterns of :mod:`kg.extract.numbers` read both kinds
alike and the figures they find keep offsets into the sentence as written.

Only figures are rewritten: an amount with its unit (一千五百亿元, 二千八百万吨), a count with a
magnitude (一百多万人), a percentage (百分之…) or points (二点五个百分点), tenths after a
change (增长两成) and multiples (两倍). Other counts (两个维护, 四个现代化, 十大工程) are mostly
slogans and names; a loose estimate (三四十个) and a year (一九八六年) are no number.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

import cn2an

from kg.extract import units

_DIGIT = "零〇○一二两三四五六七八九"
_NUMERAL = _DIGIT + "十百千"
_ANY_NUMERAL = re.compile(f"[{_NUMERAL}]")
#: A number in numerals, with its decimals: 七十七点五, 一千五百五十一, 二点五, 一万七千四百.
_NUMBER = rf"[{_NUMERAL}]+(?:万[{_NUMERAL}]+)?(?:点[{_DIGIT}]+)?"
#: Two digits side by side (三四十, 一九八六) make an estimate or a year, not a number.
_LOOSE = re.compile("[一二两三四五六七八九][一二两三四五六七八九〇○]")
_PERCENT = re.compile(rf"百分之(?P<a>{_NUMBER})(?:(?P<sep>[到至—－~～-])(?:百分之)?(?P<b>{_NUMBER}))?")
_TIMES = re.compile(rf"(?P<a>{_NUMBER})(?=倍)")
#: Tenths (成) after a change or a share's verb: 增长两成, 占三成以上; not 成为, 成效 ….
_TENTHS = re.compile(r"(?P<a>[一二两三四五六七八九])成(?![为立效果功绩本熟就员交型长都全片套品才色年])")
_TENTHS_AFTER = ("增长", "增加", "提高", "下降", "减少", "降低", "占", "达", "达到", "超过", "近",
                 "约", "了", "增长了", "下降了")
_CJK = "\u4e00-\u9fff"
#: Characters that may follow an amount in running text (一千亿元和…, 八千亿斤，比…).
_FOLLOWERS = set("和及与或的等增同比较占其分为是左以余多内之了达居位已均相扩提下降减上升缩")
#: Magnitudes kept as written before the unit: 二千八百万吨 → 2800万吨.
_MAGNITUDE = "(?:万亿|亿|万)"


@cache
def _measured() -> re.Pattern:
    """A number before its unit, magnitude and 余/多 allowed between: 一千五百余万吨."""
    measures = units.measure_pattern()
    return re.compile(rf"(?<![第{_NUMERAL}])(?P<a>{_NUMBER})"
                      rf"(?=(?P<more>余|多)?(?P<mag>{_MAGNITUDE})?(?:余|多)?(?P<unit>{measures}))")


def value(numeral: str) -> Decimal | None:
    """The value of a number in numerals, or None when it is no number (三四十, 一九八六).

    >>> value("七十七点五"), value("一千零八"), value("三四十")
    (Decimal('77.5'), Decimal('1008'), None)
    """
    whole = numeral.split("点")[0]
    if not whole or whole[0] in "百千" or _LOOSE.search(whole):
        return None  # 百万吨级, 千万家庭: a size, not a number
    try:
        found = cn2an.cn2an(numeral.replace("○", "〇"), "smart")
    except (ValueError, KeyError):
        return None
    return Decimal(str(found)).normalize() if found is not None else None


def _written(number: Decimal) -> str:
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` to rewrite and their digits, in order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for m in _PERCENT.finditer(text):
        a, b = value(m.group("a")), value(m.group("b")) if m.group("b") else None
        if a is not None and (b is not None or not m.group("b")):
            found.append((m.start(), m.end(), _written(a) + (
                m.group("sep") + _written(b) if b is not None else "") + "%"))
    for m in _measured().finditer(text):
        if _figure(text, m) and (a := value(m.group("a"))) is not None:
            found.append((m.start(), m.end(), _written(a)))
    for m in _TIMES.finditer(text):
        if (a := value(m.group("a"))) is not None:
            found.append((m.start(), m.end(), _written(a)))
    for m in _TENTHS.finditer(text):
        if text.endswith(_TENTHS_AFTER, 0, m.start()) and (a := value(m.group("a"))):
            found.append((m.start(), m.end(), _written(a * 10) + "%"))
    out: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _figure(text: str, m: re.Match) -> bool:
    """Whether a numeral before a unit is a figure: a magnitude or a percentage point makes it
    one (一百多万人, 二点五个百分点); else an amount of more than one numeral (一百零八亿度 has
    one, 五十公里 too). Counts without a magnitude (十大, 两个, 十五个) are mostly slogans and
    names in reports; an amount followed by a noun names a kind (十亿元镇), not a figure."""
    unit = units.lookup(m.group("unit"))
    if m.group("unit") in ("%", "％", "‰") or unit is None:
        return False  # 十%: no number is written so
    after = text[m.end("unit"):m.end("unit") + 1]
    if unit.kind == "amount" and re.match(f"[{_CJK}]", after) and after not in _FOLLOWERS:
        return False
    if m.group("mag") or "百分点" in m.group("unit"):
        return True
    return unit.kind == "amount" and len(m.group("a")) > 1


def digits(text: str) -> tuple[str, list[int]]:
    """``text`` with its figures in numerals written in digits, and where each position of
    the result stands in ``text`` (one more entry than characters, for the end).

    >>> digits("增长百分之七十七点五，达一千五百亿元")[0]
    '增长77.5%，达1500亿元'
    """
    spans = _spans(text) if _ANY_NUMERAL.search(text) else []
    if not spans:
        return text, list(range(len(text) + 1))
    out, back, pos = [], [], 0
    for start, end, written in spans:
        out.append(text[pos:start])
        back.extend(range(pos, start))
        out.append(written)
        back.extend([start] * len(written))
        pos = end
    out.append(text[pos:])
    back.extend(range(pos, len(text) + 1))
    return "".join(out), back
