"""What kind of rate a growth is, and which year each value of a sentence is for.

A growth rate is over the year before unless the sentence says otherwise:

============================  ==========================  =====================================
kind                          written                     in the graph
============================  ==========================  =====================================
annual (the default)          增长5.2%, 比上年增长5.2%    ``gov:growthRate`` over ``gov:year``−1
average annual over a period  年均增长7.1%, 平均每年递增   ``gov:averageAnnual true``,
                                                          ``gov:periodStart`` … ``gov:periodEnd``
against a base year           比2002年增长65.5%           ``gov:baseYear 2002``
cumulative over a period      五年累计完成投资1200亿元    ``gov:cumulative true`` (and the period
                                                          where the text gives one)
============================  ==========================  =====================================

A value's year is the year written before it in its sentence (2021年全区…, 从1997年的7.4万亿元),
else the year of the passage; the earlier state of 从甲增加到乙 is for the year the period
began from (the year before a five-year period's first).
"""

from __future__ import annotations

import re

from kg.model import RateKind

#: One-to-one: years in Chinese or full-width digits read as ASCII, offsets unchanged.
_DIGITS = str.maketrans("０１２３４５６７８９〇○零一二三四五六七八九", "0123456789000123456789")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)年")
_SPAN = re.compile(r"((?:19|20)\d\d)年?\s*(?:[—–－~～-]|至|到)\s*((?:19|20)\d\d)年")
_AVERAGE = re.compile(r"(?:年均|年平均|平均每年|每年平均|平均)(?:增长|递增|增加|提高|下降|减少|降低|增速)?[了约近达为]*$")
#: A base year in the growth's clause (比2002年增长, 较2020年下降), or in the clause before
#: it (与2020年相比，…下降13.5%).
_BASE = re.compile(r"(?:比|较|同|与|和)[^，,；;。]{0,10}?((?:19|20)\d\d)年(?:[^，,；;。]{0,12}?)"
                   r"(?:相比[，,])?[^，,；;。]{0,20}$")
#: A sentence that compares two years at its start: 1980年同1952年相比，… (the second is the base).
_COMPARED = re.compile(r"(?:19|20)\d\d年?(?:同|与|和)[^，,；;。]{0,12}?((?:19|20)\d\d)年相?比")
_CUMULATIVE = "累计"
_NUMERAL_YEARS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                  "九": 9, "十": 10}
#: A period of N years ending now: 过去五年, 五年来, 这五年, 近三年, 五年间, 五年累计.
_YEARS_BACK = re.compile(r"(?:过去|近|这|前)?([一两二三四五六七八九十\d]{1,2})年(?:来|间|中|里|累计|共)|"
                         r"(?:过去|近|这)([一两二三四五六七八九十\d]{1,2})年")
#: A five-year plan's period: “十三五”时期 (the n-th plan from the third on: 1966 + 5(n−3)).
_PLAN_PERIOD = re.compile(r"[“\"]?(十?[一二三四五六七八九])五[”\"]?(?:时期|期间|以来|规划期)")


def years(text: str) -> str:
    """``text`` with years in Chinese or full-width digits in ASCII, offsets unchanged.

    >>> years("一九八六年同１９７８年相比")
    '1986年同1978年相比'
    """
    return re.sub(r"[〇○零一二三四五六七八九０-９]{4}(?=年)",
                  lambda m: m.group().translate(_DIGITS), text)


def _kind(kind: str, span: tuple[int, int] | None = None, base: int | None = None) -> RateKind:
    return RateKind(kind, base_year=base, period_start=span[0] if span else None,
                    period_end=span[1] if span else None)


def growth_kind(text: str, pos: int, year: int | None, context: str = "") -> RateKind:
    """The kind of the growth whose change word ends before ``pos`` (its clause's words).

    >>> growth_kind("国内生产总值年均增长7.1%", 10, 2017).kind
    'average'
    >>> growth_kind("比2002年增长65.5%", 9, 2007).base_year
    2002

    ``context`` (the headings above the sentence) may name an average's period.
    """
    text = years(text)
    head = text[_clause_start(text, pos):pos]
    if _AVERAGE.search(head):
        return _kind("average", period(text, year) or period(years(context), year))
    m = _BASE.search(text[:pos][-40:]) or _COMPARED.search(text, 0, pos)
    if m and (year is None or int(m.group(1)) != year - 1):
        return _kind("base", base=int(m.group(1)))
    return RateKind()


def cumulative(text: str, pos: int, year: int | None, context: str = "") -> RateKind | None:
    """A value summed over a period (累计完成投资…), with the period where it is given."""
    head = text[_clause_start(text, pos):pos]
    if _CUMULATIVE not in head:
        return None
    return _kind("cumulative", period(years(text), year) or period(years(context), year))


def period(text: str, end: int | None) -> tuple[int, int] | None:
    """The period a sentence speaks of: 2018—2022年, 过去五年 (ending with ``end``), “十三五”.

    >>> period("过去五年，国内生产总值年均增长7.1%", 2017)
    (2013, 2017)
    """
    m = _SPAN.search(text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _PLAN_PERIOD.search(text)
    if m:
        n = _count(m.group(1))
        if n and n >= 3:
            first = 1966 + 5 * (n - 3)
            return first, first + 4
    m = _YEARS_BACK.search(text)
    if m and end:
        n = _count(m.group(1) or m.group(2))
        if n and 1 < n <= 10:
            return end - n + 1, end
    return None


def _count(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    if written.startswith("十"):
        return 10 + (_NUMERAL_YEARS.get(written[1:], 0) if written[1:] else 0)
    if len(written) == 2 and written[1] == "十":
        return _NUMERAL_YEARS.get(written[0], 0) * 10
    return _NUMERAL_YEARS.get(written) if len(written) == 1 else None


def value_year(text: str, pos: int, default: int | None, latest: int | None) -> int | None:
    """The year a value at ``pos`` is for: the last year written before it in its sentence,
    not one compared against (比2020年) nor one aimed at (到2025年), and not after ``latest``;
    else ``default``.

    >>> value_year("2021年全区生产总值达到1200亿元", 12, 2022, 2021)
    2021
    >>> value_year("比2020年增长10%，达到1200亿元", 14, 2022, 2021)
    2022
    """
    text = years(text)
    found = None
    for m in _YEAR.finditer(text, 0, pos):
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 2]
        if before in ("比", "较", "到", "至", "与") or after.startswith(("相比", "比较")):
            continue
        if text[m.end():m.end() + 1] in "同和与" and re.match(r"[同和与](?:19|20)\d\d年相?比", text[m.end():]):
            found = int(m.group(1))  # 1986年同1978年相比: the first is the year of the values
            continue
        found = int(m.group(1))
    if found is None or latest is not None and found > latest or found < 1949:
        return default
    return found


def from_year(text: str, pos: int, to_year: int | None, context: str = "") -> int | None:
    """The year of an earlier state (由…, 从…) at ``pos``: written (从1997年的7.4万亿元), else
    the year before a period the sentence (or ``context``, its headings) names, else None.

    >>> from_year("从1997年的7.4万亿元增加到2002年的10.2万亿元", 7, 2002)
    1997
    >>> from_year("五年来，国内生产总值从54万亿元增加到82.7万亿元", 16, 2017)
    2012
    """
    text = years(text)
    m = re.search(r"(?:从|由)((?:19|20)\d\d)年(?:的|底|末)?$", text[:pos])
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d\d)年同((?:19|20)\d\d)年相?比", text[:pos])
    if m:
        return int(m.group(2))
    span = period(text, to_year) or period(years(context), to_year)
    return span[0] - 1 if span else None


def to_year(text: str, pos: int) -> int | None:
    """The year written with a later state: 增加到2002年的10.2万亿元 → 2002."""
    m = re.search(r"(?:到|至)((?:19|20)\d\d)年(?:的|底|末)?$", years(text)[:pos])
    return int(m.group(1)) if m else None


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "，,；;：:。") + 1
