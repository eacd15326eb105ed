"""Numbers with their units and qualifiers in a sentence: 近2万亩, 增长5.2%, 60个至120个.

:func:`quantities` finds every number that carries a unit, reads the words that qualify it
(近, 以上), the change word before it (增长, 下降) and whether it is an earlier or a later state
(由47.3%提高到68.9%), and leaves out numbers that are not figures: ordinals (第3次), codes
and names (5G, PM2.5, “328”), footnote marks (〔3〕), and thresholds inside names
(10亿元以上项目). Dates have no unit of the lexicon (2022年, 1月), so they never match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

import cn2an

from kg import lexicon
from kg.extract import numerals, units

_NUM = r"\d+(?:,\d{3}(?!\d)|，[０-９]{3}(?![０-９]))*(?:[.．]\d+)?"  # ． is a full-width point (13．65万亿元); ， separates thousands only of full-width digits
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
_RANGE = "—–－~～至到-"
_QUOTES = {"“": "”", "\"": "\"", "「": "」", "『": "』", "〔": "〕", "[": "]", "【": "】"}
_CJK = re.compile(r"[\u4e00-\u9fff“（(]")
_BARE = ("万", "亿", "万亿")  # magnitudes that stand alone as a unit: 超10亿
_NOUN_UNITS = ("亩", "平方米", "米")  # measure the noun after them: 500亩基地, 3公里道路
_LEADING_UNITS = _NOUN_UNITS + ("人次", "元")  # may stand before a noun, yet be a figure
#: Characters that may follow a figure in running text (30100元和13900元, 52亿元，同比…).
_FOLLOWERS = set("和及与或的等增同比较占其分为是左以余多内之了达居位已均相扩提下降减上升缩")
_PEOPLE = ("人", "名", "位")  # 100人以上企业 names firms by their size
_MARKS = re.compile(r"[，,；;：:。！？!?、)）”]")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written, and how the words around it qualify it."""

    start: int  # the figure with its qualifiers: 近3万亩 starts at 近
    end: int
    value: Decimal
    unit: str  # as written, without 余/多: 3万余人次 → 万人次
    number_start: int = 0
    max_value: Decimal | None = None  # the upper end of a range: 60个至120个
    qualifier: str | None = None  # 近, 约, 突破, 以上, 左右 …
    change: int = 0  # +1 or -1 when a change word stands before it: 增长5.2%
    change_word: str | None = None
    level_to: bool = False  # the later state of a change: 提高到68.9%
    level_from: bool = False  # the earlier state: 由47.3%
    chinese: bool = False  # read from Chinese numerals: 两家

    @property
    def counts(self) -> bool:
        """Whether the noun after it is what it measures: 10个社区, 30公里农村公路, 500亩基地."""
        found = units.lookup(self.unit)
        return found is not None and (found.kind == "count" or found.base in _NOUN_UNITS)

    @property
    def kind(self) -> str:
        """The unit's kind: count, amount, rate, change or prefix."""
        found = units.lookup(self.unit)
        return found.kind if found else "amount"


@cache
def _pattern() -> re.Pattern:
    prefix, measure = units.prefix_pattern(), units.measure_pattern()
    return re.compile(
        rf"(?P<num>{_NUM})(?P<more1>余|多)?(?:[{_RANGE}](?P<num2>{_NUM}))?"
        rf"(?P<prefix>{prefix})?(?P<more2>余|多)?(?P<measure>{measure})?"
        r"(?P<post>以上|以下|左右|以内)?")


@cache
def _chinese_pattern() -> re.Pattern:
    counts = [u.written for u in units.table().values()
              if u.kind == "count" and u.base == u.written]
    alternation = "|".join(sorted(counts, key=len, reverse=True))
    return re.compile(rf"(?<![第{_CN_DIGITS}])(?P<num>[{_CN_DIGITS}]{{1,6}})"
                      rf"(?P<measure>{alternation})")


@cache
def _unit_words() -> tuple[str, ...]:
    return tuple(lexicon.words("figure_unit_words.txt"))


@cache
def _qualifiers_before() -> tuple[str, ...]:
    rows = lexicon.rows("figure_qualifiers.tsv")
    return tuple(sorted((w for w, where in rows if where == "before"), key=len, reverse=True))


@cache
def _changes() -> dict[str, int]:
    rows = lexicon.rows("figure_changes.tsv")
    return {word: int(sign) for word, sign in rows}


@cache
def _change_pattern() -> re.Pattern:
    words = "|".join(sorted(_changes(), key=len, reverse=True))
    return re.compile(rf"(?P<word>{words})(?P<to>到|至)?(?:了|约|近|达)?$")


def quantities(text: str, *, chinese: bool = False) -> list[Quantity]:
    """The figures of ``text`` in order of appearance.

    Args:
        text: one sentence.
        chinese: also read counts written in Chinese numerals (两家, 十个).

    Returns:
        Quantities whose offsets index ``text``.
    """
    return list(_quantities(text, chinese))


# Each sentence's figures are asked for by the figure reader and by the count of unread
# numbers; Quantity is frozen, so one tuple serves both.
@lru_cache(maxsize=512)
def _quantities(text: str, chinese: bool) -> tuple[Quantity, ...]:
    shadow, back = numerals.digits(text)  # 百分之七十七点五 → 77.5%
    found = [q for m in _pattern().finditer(shadow) if (q := _read(shadow, m)) is not None]
    found = _merge_ranges(shadow, _shared_units(shadow, found))
    if shadow != text:
        found = [_back(q, back, text) for q in found]
    if chinese:
        taken = {i for q in found for i in range(q.start, q.end)}
        found += [q for m in _chinese_pattern().finditer(text)
                  if m.start() not in taken and (q := _read_chinese(text, m)) is not None]
        found.sort(key=lambda q: q.start)
    return tuple(found)


def _back(q: Quantity, back: list[int], text: str) -> Quantity:
    """A quantity read from digits written for numerals, with offsets into ``text``."""
    start = back[q.number_start]
    return replace(q, start=back[q.start], end=back[q.end], number_start=start,
                   chinese=not text[start].isdigit())


@cache
def _bare_before() -> re.Pattern:
    """A bare number listed before a figure after 分别: 分别突破70和50亿元."""
    return re.compile(rf"分别[\u4e00-\u9fff]{{0,4}}?(?P<num>{_NUM})[和、及与]$")


#: How far before a figure its bare list mate is looked for (分别 + 4 characters + a number):
#: a search from the sentence's start made a long sentence quadratic.
_BARE_REACH = 64


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别达到70和50亿元: the bare number before a figure of a 分别 list takes its unit."""
    out: list[Quantity] = []
    for q in found:
        m = None if q.chinese else _bare_before().search(
            text, max(0, q.number_start - _BARE_REACH), q.number_start)
        if m and not (out and out[-1].end > m.start("num")):
            start, before = _qualifier_before(text, m.start("num"))
            change, word, to, from_ = _change_before(text, start)
            out.append(Quantity(start=start, end=m.end("num"), value=number(m.group("num")),
                                unit=q.unit, number_start=m.start("num"), qualifier=before,
                                change=0 if to else change, change_word=word, level_to=to,
                                level_from=from_))
            if change and not to and not q.change:  # 分别增长6和7个百分点: both are changes
                q = replace(q, change=change, change_word=word)
        out.append(q)
    return out


def _read(text: str, m: re.Match) -> Quantity | None:
    if not (m.group("prefix") or m.group("measure")) or _not_a_figure(text, m):
        return None
    unit = (m.group("prefix") or "") + (m.group("measure") or "")
    if units.lookup(unit) is None:
        return None  # 万% and the like
    if not m.group("post") and text.startswith(_unit_words(), m.end("measure") - 1):
        return None  # 28万人民: the unit is the first character of a word
    post = m.group("post") or m.group("more1") or m.group("more2")
    if m.group("post") in ("以上", "以下") and _inside_name(text, m.end(), unit):
        return None
    start, before = _qualifier_before(text, m.start())
    change, word, to, from_ = _change_before(text, start)
    if not m.group("post") and not from_ and _spec_in_name(text, m.end(), unit):
        return None
    return Quantity(start=start, end=m.end(), value=number(m.group("num")), unit=unit,
                    number_start=m.start(),
                    max_value=number(m.group("num2")) if m.group("num2") else None,
                    qualifier=before or post, change=0 if to else change, change_word=word,
                    level_to=to, level_from=from_)


def _read_chinese(text: str, m: re.Match) -> Quantity | None:
    if _quoted(text, m.start()):
        return None
    try:
        value = Decimal(str(cn2an.cn2an(m.group("num"), "smart")))
    except ValueError:
        return None
    return Quantity(start=m.start(), end=m.end(), value=value, unit=m.group("measure"),
                    number_start=m.start(), chinese=True)


def number(text: str) -> Decimal:
    """A number as written, full-width digits and thousands separators allowed.

    >>> number("1,234.5")
    Decimal('1234.5')
    """
    return Decimal(unicodedata.normalize("NFKC", text).replace(",", ""))


def _not_a_figure(text: str, m: re.Match) -> bool:
    """Ordinals, codes and names: 第3次, 5G, PM2.5, “328”, 〔3〕."""
    before = text[m.start() - 1] if m.start() else ""
    if before and (before == "第" or before in ".．·" or before.isascii() and before.isalpha()):
        return True
    if before == "“" or before == "\"":
        return True  # “12兆瓦海上风电主轴轴承”: a quotation opens with the number
    after = text[m.end("num"):m.end("num") + 1]
    if after.isascii() and after.isalpha() and not m.group("measure"):
        return True
    return _quoted(text, m.start())


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a short quotation or bracket: “328”战略, 〔29〕."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, max(0, pos - 12), pos)
        if left < 0:
            continue
        if closing != opening and text.find(closing, left + 1, pos) >= 0:
            continue  # that quotation closed before the number
        if closing == opening and text.count(opening, 0, left) % 2:
            continue  # ``left`` is a closing mark
        right = text.find(closing, pos)
        if 0 <= right - left <= 12:
            return True
    return False


def _inside_name(text: str, end: int, unit: str) -> bool:
    """A threshold that is part of a name: 10亿元以上项目, 3岁以上人口, 10万元以上的村.

    A share stays a figure even so (70%以上的村 is a target of half the villages).
    """
    if unit in ("%", "％"):
        return False
    found = units.lookup(unit)
    if found is not None and found.kind == "count" and unit not in _PEOPLE:
        return False  # 创建10个以上示范村: at least ten villages, not villages of ten
    return bool(_CJK.match(text, end)) and not _MARKS.match(text, end)


def _spec_in_name(text: str, end: int, unit: str) -> bool:
    """A size that is part of a name: 220千伏变电站, 30万吨冷轧, 6兆瓦风电主轴.

    Counts take their noun after them (10个社区), and so may areas and lengths (500亩基地,
    3公里道路); other amounts followed by a noun, and bare magnitudes (超10亿) followed by
    anything but a mark, belong to a name.
    """
    found = units.lookup(unit)
    if found is None or found.kind in ("count", "rate", "change"):
        return False
    if found.kind == "prefix":  # 2万至3万亩 is a range of 万亩
        ranged = text[end:end + 1] in _RANGE and text[end + 1:end + 2].isdigit()
        return unit not in _BARE or bool(_CJK.match(text, end)) and not ranged
    if found.base in _LEADING_UNITS or text[end:end + 1] in _FOLLOWERS:
        return False
    return bool(_CJK.match(text, end))


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    for word in _qualifiers_before():
        if text.endswith(word, 0, start):
            return start - len(word), word
    return start, None


#: The year written with a state: 从1997年的7.4万亿元, 增加到2002年的10.2万亿元.
_YEAR_OF_STATE = re.compile(r"(?:(?:19|20)\d\d|[一二〇○零九][〇○零一二三四五六七八九]{3}|[１２][０-９]{3})年(?:的|底|末)?$")


def _change_before(text: str, start: int) -> tuple[int, str | None, bool, bool]:
    """The change word right before a figure: (sign, word, is a later state, is an earlier)."""
    head = _YEAR_OF_STATE.sub("", text[max(0, start - 16):start])[-8:]
    if head.endswith(("由", "从")):
        return 0, None, False, True
    m = _change_pattern().search(head)
    if m is None:
        return 0, None, head.endswith(("到", "至")), False
    return _changes()[m.group("word")], m.group("word"), bool(m.group("to")), False


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """60个至120个 is one figure from 60 to 120."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        same_unit = prev is not None and (prev.unit == q.unit or (
            prev.kind == "prefix" and q.unit.startswith(prev.unit)))
        if (same_unit and prev.max_value is None and q.start == prev.end + 1
                and text[prev.end] in _RANGE):
            out[-1] = Quantity(start=prev.start, end=q.end, value=prev.value, unit=q.unit,
                               number_start=prev.number_start, max_value=q.value,
                               qualifier=prev.qualifier or q.qualifier, change=prev.change,
                               change_word=prev.change_word, level_to=prev.level_to,
                               level_from=prev.level_from, chinese=prev.chinese)
        else:
            out.append(q)
    return out
