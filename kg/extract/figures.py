"""Figures of a report: observations from sentences that review, targets from those that plan.

A sentence's quantities (:mod:`kg.extract.numbers`) become figures: a level (215.6亿元) with
the growth rate or change in points that follows it (，增长5.2%), or a change standing alone
(发案率下降21.4%). Each gets a name (:mod:`kg.extract.indicators`). 分别 lists share one
subject (城镇和农村居民人均可支配收入分别达到38120元、16480元，分别增长4.7%、6.3%).

Counts in Chinese numerals (两家, 十大) are left out of the graph: in reports they are mostly
parts of names and slogans (“十大工程”, 两个维护), and a value that is not written in digits
cannot be checked against its sentence. :func:`kg.extract.numbers.quantities` reads them when
asked (``chinese=True``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from kg.extract import indicators, numbers, numerals, parts, rates, targets, units
from kg.extract.figure import Figure
from kg.extract.numbers import Quantity
from kg.extract.tokenizer import word_tag
from kg.model import Document, Observation, RateKind, Sentence
from kg.rules import rule

_LIST_GAP = re.compile(r"[、和及与]?$")
_CHANGE_TAIL = re.compile(
    r"(?:同比|比上年|较上年|可比|年均|平均|每年|分别|实际|[只仅也还又再才就将]"
    r"|[比较](?:(?:19|20|１９|２０)[\d０-９]{2}年|[〇○零一二三四五六七八九]{4}年)?)*$")
_RESPECTIVELY = "分别"
#: A change shared by a list: 甲和乙都 (均) 比上年增长12%.
_ALL_OF = re.compile(r"[都均][^，,；;。\d]{0,8}$")
_LIST_MARK = re.compile("[和、及与]")
_TWO_RATES = re.compile(r"[^和及与、]+率[和及与、][^和及与、]+率")
_PAYING = ("拨付", "发放", "落实", "下达", "争取", "筹措", "兑现", "投入", "安排", "拨付了", "发放了")
#: An earlier state's clause that names only when it was: 由上年的, 从年初的, 由五十年代的.
_FROM_TIME = re.compile(r"[由从](?:上年|去年|今年|本年|年初|年末|过去|以前|.{0,3}年代|.{0,2}年前|预计)*")
_CHANGE_WORDS = ("增加", "减少", "增长", "下降", "提高", "降低", "净增", "新增", "增产", "减产",
                 "净减")
_RATE_OF_CHANGE = re.compile(r"(?:同比|年均|平均)?(?:增速|增幅|增长率|增长速度)$")


def read(text: str) -> list[Figure]:
    """The figures of one sentence, in order, each named; changes folded into their levels."""
    figs = [f for q in numbers.quantities(text) if (f := _classify(q)) is not None]
    _continue_lists(text, figs)
    done = _respectively(text, figs)
    for i, fig in enumerate(figs):
        if id(fig) in done:
            continue
        if fig.role == "level":
            _name_level(text, figs, i)
        else:
            done.update(_name_changes(text, figs, i))
    _name_from_next(text, figs)
    return [g for f in figs if f.name and not f.attached and not f.condition
            for g in _rates_of_one_value(text, f)]


@rule("figure:next")
def _name_from_next(text: str, figs: list[Figure]) -> None:
    """Rule figure:next — a bare generic figure opening a clause is the next one's: 投资2亿元，
    建设管网75公里 → 建设管网投资."""
    for fig, nxt in pairwise(figs):
        gap = text[fig.q.end:nxt.q.start]
        if (fig.role == "level" and indicators.is_generic(fig.name) and nxt.name
                and not indicators.is_generic(nxt.name) and gap[:1] in ",，"
                and not any(c in indicators.CLAUSE_MARKS for c in gap[1:])):
            fig.name, fig.rule = nxt.name + fig.name, "figure:next"


@rule("figure:split")
def _rates_of_one_value(text: str, fig: Figure) -> list[Figure]:
    """Rule figure:split — one value of two named things is two figures: 参保率和续保率达到
    98% → 参保率, 续保率; 甲和乙都比上年增长12% → 甲, 乙."""
    both = _TWO_RATES.fullmatch(fig.name) or "均" in text[max(0, fig.q.start - 4):fig.q.start]
    m = both if fig.q.kind == "rate" and fig.role == "level" else None
    names = indicators.split_subject(fig.name, 2) if m else None
    if fig.role != "level" and _ALL_OF.search(text, 0, fig.q.start) and _LIST_MARK.search(fig.name):
        # 国民收入和财政收入都比上年增长12%: each grew 12%
        subject = fig.name.removesuffix("都")
        names = indicators.split_subject(subject, len(_LIST_MARK.split(subject)))
    return [replace(fig, name=name, rule="figure:split") for name in names] if names else [fig]


def _classify(q: Quantity) -> Figure | None:
    kind = q.kind
    if kind == "rate" and q.change:
        return Figure(q, role="growth", change=q.change * q.value)
    if kind == "change":
        if q.unit == "倍":  # 增长1.5倍 is a growth of 150 percent; 是…的2倍 is no figure
            return Figure(q, role="growth", change=q.change * q.value * 100) if q.change else None
        if not q.change:
            return None  # 高于全市平均2个百分点: a comparison, not a change of the indicator
        return Figure(q, role="points", change=q.change * q.value)
    return Figure(q)


def _continue_lists(text: str, figs: list[Figure]) -> None:
    """下降4.2%、3.6%: a figure listed right after a change is a change of the same sign."""
    for prev, fig in pairwise(figs):
        gap = text[prev.q.end:fig.q.start]
        if (prev.role != "level" and fig.role == "level" and not fig.q.change
                and fig.q.unit == prev.q.unit and _LIST_GAP.fullmatch(gap)):
            sign = 1 if prev.change >= 0 else -1
            fig.role, fig.change = prev.role, sign * fig.q.value
            fig.change_word = prev.change_word


@rule("figure:respectively")
def _respectively(text: str, figs: list[Figure]) -> set[int]:
    """Rule figure:respectively — the figures of a 分别 list named in order from its subject:
    城镇和农村居民人均可支配收入分别达到38120元、16480元 → 城镇居民人均可支配收入 …;
    return the ids of those it named or folded."""
    done: set[int] = set()
    for m in re.finditer(_RESPECTIVELY, text):
        group = _group_after(text, figs, m.end())
        if len(group) < 2:
            continue
        subject = indicators.clean(text[indicators.clause_start(text, m.start()):m.start()])
        names = (indicators.split_subject(subject, len(group)) or [subject] * len(group)
                 if subject else None)
        if names is None:
            _attach(figs, group)
        else:
            for fig, name in zip(group, names):
                fig.name, fig.rule = name, "figure:respectively"
        done.update(id(f) for f in group)
    return done


def _group_after(text: str, figs: list[Figure], pos: int) -> list[Figure]:
    """The figures listed right after 分别 (and a verb): 分别达到38120元、16480元."""
    group: list[Figure] = []
    for fig in figs:
        gap = text[group[-1].q.end if group else pos:fig.q.start]
        if fig.q.start < pos:
            continue
        if group and not _LIST_GAP.fullmatch(gap) or not group and (
                len(gap) > 6 or any(c in indicators.CLAUSE_MARKS for c in gap)):
            break
        if group and fig.role != group[0].role:
            break
        group.append(fig)
    return group


def _attach(figs: list[Figure], changes: list[Figure]) -> bool:
    """Fold changes into the levels before them, the last ones without a change, in order."""
    first = figs.index(changes[0])
    open_levels = [f for f in figs[:first] if f.role == "level" and f.growth is None
                   and f.points is None and not f.q.level_from]
    if not open_levels:
        return False
    for level, change in zip(open_levels[-len(changes):], changes):
        level.growth_at = change.q.start
        if change.role == "growth":
            level.growth = change.change
        else:
            level.points = change.change
        change.attached = True
    return True


def _floor(figs: list[Figure], i: int) -> int:
    """Where the words of figure ``i`` may begin: after the figure before and its noun."""
    return max(figs[i - 1].q.end, figs[i - 1].after_end) if i else 0


@rule("figure:change")
def _name_changes(text: str, figs: list[Figure], i: int) -> set[int]:
    """Rule figure:change — a change named by the words before its change word, with those
    listed with it (增长10%和12%), or folded into the level before: 刑事案件发案率下降21.4%
    → 刑事案件发案率, growth -21.4."""
    group = [figs[i]]
    for fig in figs[i + 1:]:
        gap = text[group[-1].q.end:fig.q.start]
        if fig.role != group[0].role or not _LIST_GAP.fullmatch(gap):
            break
        group.append(fig)
    first = group[0]
    for fig in group:
        fig.rule = "figure:change"
    word = first.q.change_word
    end = text.rfind(word, 0, first.q.start) if word else first.q.start  # 增长了5%: before 增长
    raw = indicators.before(text, _floor(figs, i), end)
    name = indicators.clean(_CHANGE_TAIL.sub("", raw))
    if not name and _attach(figs, group):
        return {id(f) for f in group}
    if name and len(group) > 1:  # 刑事、治安案件发案率下降5%、3%: one name each
        names = indicators.split_subject(name, len(group)) or [name] * len(group)
        for fig, part in zip(group, names, strict=False):
            fig.name = part
        return {id(f) for f in group}
    first.name = name or next((f.name for f in reversed(figs[:i]) if f.name), "")
    return {id(first)}


@rule("figure:growth_rate")
def _as_growth(figs: list[Figure], i: int, name: str) -> None:
    """Rule figure:growth_rate — a rate named as a growth (增速, 增幅) is a growth: folded
    into the level before, or standing alone: 工业投资增速达12.5% → 工业投资, growth 12.5."""
    fig = figs[i]
    fig.role, fig.change, fig.change_word = "growth", fig.q.value, "增长"
    fig.rule = "figure:growth_rate"
    if not name and _attach(figs, [fig]):
        return
    fig.name = name or (figs[i - 1].name if i else "")


@rule("figure:before", "figure:from_to")
def _name_level(text: str, figs: list[Figure], i: int) -> None:
    """Rules figure:before — a level named by the words of its clause before it: 全县地区生产
    总值完成120亿元 → 地区生产总值; figure:from_to — the later state of 由甲提高到乙 takes the
    earlier's name: 森林覆盖率由30%提高到32% → 森林覆盖率 (both)."""
    fig, prev = figs[i], (figs[i - 1] if i else None)
    if fig.q.level_to and prev is not None and prev.q.level_from:
        fig.name, fig.rule = prev.name, "figure:from_to"  # 由47.3%提高到68.9%: one indicator
        return
    if prev is not None and prev.share and prev.after_end >= fig.q.start - 4:
        fig.condition = True  # 70%以上的村收入达到8万元: the share's condition, no figure
        return
    if indicators.in_plan_aside(text, fig.q.start):
        fig.condition = True  # 增长9%（年度目标6%以上）: the year's target beside its result
        return
    name = indicators.before(text, _floor(figs, i), fig.q.start)
    if _FROM_TIME.fullmatch(name):  # …的比重，由上年的74%提高到80%: the subject is before
        name = _subject_before(text, _floor(figs, i), fig.q.start)
    if fig.q.kind == "rate" and (m := _RATE_OF_CHANGE.search(name)):
        _as_growth(figs, i, name[:m.start()])  # 工业投资增速达12.5%: a growth rate
        return
    fig.rule = "figure:before"
    name = _with_counted_noun(text, figs, i, name)
    if indicators.is_generic(name) or name.endswith(indicators.GENERIC_TAILS):
        name = _owned(text, fig, prev, name)
    fig.name = _of_previous(text, fig, prev, name)


@rule("figure:counted_noun")
def _with_counted_noun(text: str, figs: list[Figure], i: int, name: str) -> str:
    """Rule figure:counted_noun — a count (or a sum paid, or a figure after a bare verb) named
    with the noun after it: 新建10个社区便民商圈 → 新建社区便民商圈; a share by what it
    counts: 70%的行政村 → 行政村占比."""
    fig = figs[i]
    nxt = figs[i + 1].q.start if i + 1 < len(figs) else len(text)
    noun, noun_end = indicators.after(text, fig.q.end, nxt)
    if not (noun and not fig.q.level_from and not indicators.is_generic(name)
            and not name.endswith(indicators.GENERIC_TAILS)
            and (fig.q.counts or not name or _money_of(fig, name)
                 or fig.q.kind != "rate" and _bare_verb(name))):
        return name
    fig.share = fig.q.kind == "rate"
    if fig.share and i + 1 < len(figs) and noun_end >= nxt:
        # 70%以上的村集体收入达到8万元以上: the share's words run through its condition
        noun_end = figs[i + 1].q.end
        noun = indicators.clean(text[fig.q.end:noun_end].lstrip("的"))
    fig.after_end, fig.rule = noun_end, "figure:counted_noun"
    return name + noun + ("占比" if fig.share else "")


@rule("figure:change_of_level", "figure:previous")
def _of_previous(text: str, fig: Figure, prev: Figure | None, name: str) -> str:
    """Rules figure:change_of_level — a bare change after a level of its measure is that
    level's change: 优良天数193天，同比增加15天 → 优良天数增加; figure:previous — a figure
    without words of its own is another of the one before: 处置闲置土地7宗45.6亩 → 处置闲置
    土地 (both)."""
    if name in _CHANGE_WORDS and prev is not None and _same_measure(prev, fig):
        fig.rule = "figure:change_of_level"
        return prev.name + name
    if name or prev is None or not _shares_name(text, prev, fig):
        return name
    fig.rule = "figure:previous"
    return prev.name


def _subject_before(text: str, floor: int, pos: int) -> str:
    """The subject of an earlier state whose clause opens with 由 (比重，由上年的74%提高到
    80% → 比重): the clause before it, if it ends with a comma of the same sentence."""
    start = indicators.clause_start(text, pos, floor)
    if start - 1 <= floor or text[start - 1] not in "，,":
        return ""
    return indicators.before(text, floor, start - 1)


def _shares_name(text: str, prev: Figure, fig: Figure) -> bool:
    """Whether a figure without words of its own is another of the one before: in one measure,
    or after one named by the words before it (甲土地9宗47亩), or in its clause (233个村集体
    收入全部突破10万元); not in a later clause of another measure after one named by what it
    counts (覆盖30个村，1200户脱贫: the households are no villages)."""
    if _same_measure(prev, fig) or not prev.after_end:
        return True
    return not any(c in indicators.CLAUSE_MARKS for c in text[prev.q.end:fig.q.start])


def _same_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures are in one measure: the same unit, or units of one base (亿元, 万元)."""
    if a.q.unit == b.q.unit:
        return True
    ua, ub = units.lookup(a.q.unit or ""), units.lookup(b.q.unit or "")
    return ua is not None and ub is not None and ua.base is not None and ua.base == ub.base


def _bare_verb(name: str) -> bool:
    """A name that is one verb alone (建设5万亩高标准农田, 改造3公里管网; jieba's v or vn): what
    it acts on, the noun after the figure, names what is measured."""
    return 0 < len(name) <= 2 and word_tag(name) in ("v", "vn")


def _money_of(fig: Figure, name: str) -> bool:
    """拨付1600万元就业补助资金: a sum whose noun follows it, after a verb that pays it."""
    unit = units.lookup(fig.q.unit)
    return unit is not None and unit.base == "元" and name.endswith(_PAYING)


@rule("figure:owner")
def _owned(text: str, fig: Figure, prev: Figure | None, name: str) -> str:
    """Rule figure:owner — a generic name (总投资, 面积) with what it belongs to: the thing
    after 的 (总投资25亿元的甲物流园 → 甲物流园总投资), the verb phrase after it (投资2亿元建成
    甲), or else the figure before (项目41个,总投资186亿元 → 项目总投资)."""
    tail = next((t for t in indicators.GENERIC_TAILS if name.endswith(t)), name)
    if text.startswith("的", fig.q.end):
        owner = indicators.owner(text, fig.q.end)
        if owner:
            fig.rule = "figure:owner"
            return owner + tail
    if not indicators.is_generic(name):
        return name
    owner = indicators.owner(text, fig.q.end)
    if owner or prev is not None and prev.name and not prev.name.endswith(
            indicators.GENERIC_TAILS):
        fig.rule = "figure:owner"
        return (owner or prev.name) + name
    return name


def extract(doc: Document) -> Document:
    """Pipeline step: fill ``doc.observations`` and ``doc.targets``."""
    latest = doc.year - 1 if doc.year else None
    spans = unread = 0
    for sentence, tense, year in parts.sentences(doc):
        figs = read(sentence.text)
        if tense == "review":
            doc.observations.extend(_observation(sentence, f, year, latest) for f in figs)
        else:
            doc.targets.extend(targets.targets(sentence, figs, year))
        found, missed = unread_numbers(sentence.text)
        spans, unread = spans + found, unread + missed
    if unread:  # a silent gap made visible: kg build lists it with what was skipped
        doc.skipped.append(f"numbers read as no figure: {unread} of {spans} number-like spans "
                           "of the report's reviewing and planning sentences")
    return doc


#: A number-like span: digits, maybe with a decimal part; not a year, a date, an anniversary
#: or an ordinal, nor part of a code (5G, PM2.5, G318), a footnote mark ([5], 〔18〕), an item's
#: number (3．提升…) or a slogan of numbers (“1+3”, 7+18+N).
_NUMBER_LIKE = re.compile(
    r"(?<![\dA-Za-z.．第\[［〔【+＋])(?!\d+[.．、](?!\d))\d+(?:[.．]\d+)?"
    r"(?![\dA-Za-z]|[.．]\d|\s*[年月日号时届次期]|周年|[\]］〕】+＋])")


def unread_numbers(text: str) -> tuple[int, int]:
    """How many number-like spans a sentence has (numerals read as digits), and how many of
    them no quantity covers.

    >>> unread_numbers("2023年新建学校5所，建成“1+3”体系〔2〕，PM2.5降至36微克，增长百分之七。")
    (3, 1)
    """
    shadow, back = numerals.digits(text)
    covered = sorted((q.start, q.end) for q in numbers.quantities(text))
    starts = [a for a, _ in covered]
    found = [back[m.start()] for m in _NUMBER_LIKE.finditer(shadow)]
    missed = 0
    for pos in found:  # the last quantity starting at or before pos covers it, if any does
        i = bisect_right(starts, pos) - 1
        missed += i < 0 or covered[i][1] <= pos
    return len(found), missed


def rate_of(sentence: Sentence, fig: Figure, year: int | None) -> RateKind:
    """The kind of a figure's rate (:mod:`kg.extract.rates`): of its growth where it has one
    of another kind than annual, else whether its value is cumulative."""
    text, context = sentence.text, " ".join(sentence.section)
    at = fig.q.start if fig.role != "level" else fig.growth_at
    kind = rates.growth_kind(text, at, year, context) if at is not None else RateKind()
    if kind.kind == "annual" and fig.role == "level":
        kind = rates.cumulative(text, fig.q.start, year, context) or kind
    return kind


def value_year(sentence: Sentence, fig: Figure, year: int | None, latest: int | None) -> int | None:
    """The year of a figure's value: written before it, else the passage's; an earlier state
    (由…, 从…) is for the year it is compared from."""
    text, q = sentence.text, fig.q
    written = rates.value_year(text, q.number_start, year, latest)
    if q.level_from:
        return rates.from_year(text, q.start, rates.to_year(text, len(text)) or written,
                               " ".join(sentence.section))
    return rates.to_year(text, q.start) if q.level_to and rates.to_year(text, q.start) else written


def _observation(sentence: Sentence, fig: Figure, year: int | None,
                 latest: int | None = None) -> Observation:
    """A figure of a reviewing sentence as an Observation, with the id of the rule that named
    it: 全县地区生产总值完成120亿元，增长5% → 地区生产总值 120亿元, growth 5% (figure:before)."""
    q = fig.q
    value = None if fig.role != "level" else q.value
    unit = units.lookup(q.unit) if value is not None else None
    base = unit.normalize(value) if unit else None
    year = value_year(sentence, fig, year, latest)
    return Observation(
        rule=fig.rule,
        indicator=indicators.canonical(fig.name), sentence=sentence.index, value=value,
        unit=q.unit if value is not None else None,
        growth=fig.change if fig.role == "growth" else fig.growth,
        points=fig.change if fig.role == "points" else fig.points,
        year=year, qualifier=q.qualifier,
        base_value=base, base_unit=unit.base if base is not None else None,
        rate=rate_of(sentence, fig, year),
        span=(sentence.start + q.start, sentence.start + q.end))
