"""Targets from the figures of a sentence that plans: what is aimed at, how firmly, by when.

项目开工率一季度达到35%、上半年达到70% gives two targets with deadlines Q1 and H1;
地区生产总值增长6%左右 a target of 6 percent growth; 力争…以上 records the modality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon
from kg.extract import indicators, numerals, units
from kg.extract.figure import Figure
from kg.model import Sentence, Target

_DONE = "已"
_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:底|末|前)")


@cache
def _modalities() -> tuple[str, ...]:
    return tuple(lexicon.words("figure_modality.txt"))


@cache
def _deadlines() -> dict[str, str]:
    rows = lexicon.rows("figure_deadlines.tsv")
    return dict(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _known_indicators() -> frozenset[str]:
    rows = lexicon.rows("indicator_aliases.tsv")
    return frozenset(r[1] for r in rows if r[2] == "whole" and r[1])


def modality(text: str, pos: int) -> str | None:
    """The first modality word (力争, 确保 …) of the sentence before ``pos``."""
    found = [(i, w) for w in _modalities() if 0 <= (i := text.find(w, 0, pos))]
    return min(found)[1] if found else None


def deadline(text: str, floor: int, pos: int) -> str | None:
    """The milestone named in the clause before ``pos``: 一季度 → "Q1", 上半年 → "H1",
    6月底 → "M6". A time word must stand as a word: the 年中 of 今年中央 is none.

    >>> deadline("今年中央财政安排资金500亿元", 0, 12) is None
    True
    >>> deadline("6月底前完成改造80%", 0, 9), deadline("年中完成投资50%", 0, 6)
    ('M6', 'H1')
    """
    clause = text[indicators.clause_start(text, pos, floor):pos]
    m = _deadline_pattern().search(clause)
    if m is None:
        return None
    month = m.group("month")
    if month:
        return f"M{int(month) if month.isdigit() else int(numerals.value(month))}"
    return _deadlines()[m.group("word")]


@cache
def _deadline_pattern() -> re.Pattern:
    """The lexicon's time words, each standing as a word (not the 年中 of 今年中央, 年中心), and
    a month's end (6月底, 六月末)."""
    words = "|".join(map(re.escape, _deadlines()))
    return re.compile(rf"(?<![今明去当每全])(?P<word>{words})(?![央国心间期部])"
                      r"|(?<!\d)(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:底|末|前|份|中旬|下旬)")


def year(text: str, pos: int, default: int | None) -> int | None:
    """The year a target is set for: 到2026年 or 2026年底 before it, else ``default``."""
    found = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(text, 0, pos)]
    return found[-1] if found else default


def targets(sentence: Sentence, figs: list[Figure], plan_year: int | None) -> Iterator[Target]:
    """The targets of a planning sentence's figures (earlier states, 由…, left out), with the
    id of the rule that named each: 力争新增学位800个 → 新增学位 800个, modality 力争
    (figure:counted_noun)."""
    text = sentence.text
    floor = 0
    for fig in figs:
        q = fig.q
        if q.level_from or _DONE in text[indicators.clause_start(text, q.start):q.start]:
            continue  # an earlier state, or what is done already (对已建成的12个…)
        canonical = indicators.canonical(fig.name)
        growth = fig.change if fig.role == "growth" else fig.growth
        label = fig.name + (fig.change_word or "") if fig.role != "level" else fig.name
        unit = units.lookup(q.unit)
        value = abs(fig.change) if fig.role != "level" else q.value
        yield Target(
            rule=fig.rule,
            label=label, sentence=sentence.index, value=value, max_value=q.max_value,
            unit=q.unit, year=year(text, q.start, plan_year),
            deadline=deadline(text, floor, q.start), modality=modality(text, q.start),
            qualifier=q.qualifier,
            indicator=canonical if canonical in _known_indicators() else None,
            growth=growth, base_value=unit.normalize(value) if unit else None,
            base_max_value=unit.normalize(q.max_value) if unit else None,
            base_unit=unit.base if unit and unit.base else None,
            span=(sentence.start + q.start, sentence.start + q.end))
        floor = q.end
