"""Structure: the report's region and year, and its parts and headings.

A work report reviews one year and plans the next. Its parts are announced by headings
(回眸 2022 / 展望 2023, 一、2022年工作回顾 / 二、2023年工作安排); what a sentence speaks of
follows from the part it stands in.
"""

from __future__ import annotations

import re

from kg.model import Document, Section

_YEAR = r"((?:19|20)\d\d)"
_REVIEW = re.compile(r"回顾|回眸|过去|成绩|主要工作")
_PLAN = re.compile(r"展望|安排|任务|目标|打算|今年|新的一年")
_HEADING = re.compile(
    r"^(?:(?P<l1>[一二三四五六七八九十]+、)|(?P<l2>[■▲●◆]|[（(][一二三四五六七八九十]+[)）]))")
_PART = re.compile(r"^(?:回眸|回顾|展望)\s*" + _YEAR + r"$|" + _YEAR + r"年(?:主要)?工作(?:回顾|安排)")
_REGION = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:自治县|自治州|新区|区|县|市|省|旗))"
                     r"(?:人民政府|\d{4}年政府工作报告|政府工作报告|第[一二三四五六七八九十]+届)")


def structure(doc: Document) -> Document:
    """Pipeline step: set ``doc.year``, ``doc.region`` and ``doc.sections``."""
    head = doc.text[:3000]
    doc.year = doc.year or _report_year(doc, head)
    doc.region = doc.region or _region(head)
    doc.sections = list(_sections(doc))
    return doc


def _report_year(doc: Document, head: str) -> int | None:
    m = re.search(_YEAR + r"年(?:国务院)?政府工作报告", head) or re.search(_YEAR, doc.path.stem)
    if m:
        return int(m.group(1))
    for m in _PART.finditer(doc.text):
        year = int(m.group(1) or m.group(2))
        return year + 1 if _REVIEW.search(m.group()) else year
    return None


def _region(head: str) -> str | None:
    m = _REGION.search(head)
    return m.group(1) if m else None


def _sections(doc: Document):
    """Headings are short lines without a full stop, or lines with a heading marker."""
    headings = []
    pos = 0
    for line in doc.text.split("\n"):
        title = line.strip()
        level = _level(title)
        if level:
            headings.append((pos, level, title))
        pos += len(line) + 1
    for i, (start, level, title) in enumerate(headings):
        end = next((s for s, lv, _ in headings[i + 1:] if lv <= level), len(doc.text))
        yield Section(title=title, level=level, start=start, end=end,
                      tense=_tense(title, doc.year), year=_year_of(title, doc.year))


def _level(line: str) -> int:
    if not line or len(line) > 60 or line.endswith(("。", "；", "，", ",")):
        return 0
    if _PART.search(line):
        return 1
    m = _HEADING.match(line)
    if m:
        return 1 if m.group("l1") else 2
    return 0


def _tense(title: str, report_year: int | None) -> str:
    years = [int(y) for y in re.findall(_YEAR, title)]
    if years and report_year:
        return "review" if years[0] < report_year else "plan"
    if _REVIEW.search(title):
        return "review"
    if _PLAN.search(title):
        return "plan"
    return "other"


def _year_of(title: str, report_year: int | None) -> int | None:
    m = re.search(_YEAR, title)
    if m:
        return int(m.group(1))
    tense = _tense(title, report_year)
    if report_year and tense != "other":
        return report_year - 1 if tense == "review" else report_year
    return None
