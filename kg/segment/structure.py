"""Structure: the report's title, region and year, and its parts and headings.

A work report reviews the past and plans the year ahead. Its parts are announced by headings
(回眸 2022 / 展望 2023, 一、2022年工作回顾 / 二、2023年工作安排, 过去五年工作回顾); under them
stand headings (■, (一), short unmarked lines), items (▲, 1.) and inline lists (一是 … 二是 …).
A part's tense comes from its heading; a heading inside a part keeps the part's tense even
when it says 目标 or 任务. When one numbered series of headings ((一) … (九)) straddles two
parts, the paragraphs were moved by the layout: the series takes the tense its text speaks in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Section
from kg.segment import header

_YEAR = re.compile(r"((?:19|20)\d\d)")
_NUM = "一二三四五六七八九十"
#: Words that end the heading of a part: 2022年工作回顾, 2023年重点工作, 总体要求和主要目标.
_PART_WORDS = "回顾|工作安排|安排建议|目标任务|主要任务|重点工作|工作任务|工作部署|总体部署|总体要求|主要目标|主要工作|工作建议"
#: Part headings: level 1.
_PART = re.compile(rf"^(?:(?:回眸|回顾|展望)\s*\d{{4}}|[{_NUM}]+、|第[{_NUM}]+部分"
                   r"|(?:(?:19|20)\d\d年|[〇○零一二三四五六七八九]{4}年|今年|过去[一五]年|今后[一五]年|未来[一五]年|新的一年"
                   r"|[一二三四五]年来|“十[一二三四五六七八九]五”(?:时期)?)[^。；，]{0,14}"
                   rf"(?:{_PART_WORDS})$"
                   r"|(?:名词解释|注释|附件|附表)\s*[:：\d]*$)")
#: A part's heading run into the text of a line without line ends (…意见。一、2022年工作回顾2022年…).
_INLINE_PART = re.compile(rf"(?<=[。！？!?])[{_NUM}]+、[^。；;，,：:！？]{{0,16}}?(?:{_PART_WORDS})")
_LEVEL2 = re.compile(rf"^(?:[（(][{_NUM}]+[)）]|[■◆●★])")
_LEVEL3 = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[▲△▶►]|[①-⑳])")
_INLINE = re.compile(rf"(?:^|(?<=[。；;：:]))\s*([{_NUM}]+是)")
_REVIEW = re.compile(r"回顾|回眸|过去|成绩|主要工作|执行情况|取得|当前(?:的)?(?:国内)?形势")
_PLAN = re.compile(r"展望|安排|任务|目标|打算|今年|新的一年|部署|建议|草案")
_OTHER = re.compile(r"^(?:名词解释|注释|附件|附表)")
_OPENING = re.compile(r"^各位代表")
#: A plan part's heading and opening words, where its heading is not marked as a part.
_PLAN_HEADING = re.compile(r"(?:今年|((?:19|20)\d\d)年|二〇.{2}年).{0,12}(?:目标|任务|安排|打算)|^展望")
_PLAN_OPENING = re.compile(r"主要预期目标|主要目标是")
_HEADING_LEN = 30
_INNER_END = re.compile(r"[。！？!?；;]")
_ITEM_END = re.compile(r"[，,。！？!?；;：:]")
#: Words of the past and of the future, for a series of headings moved across parts.
_PAST = re.compile(r"了|完成|实现|荣获|获评|获批|被评为|入选|累计|同比|比上年|达到|建成|取得")
_FUTURE = re.compile(r"将|要|力争|确保|争取|加快|着力|启动|抓好|办好|谋划|全力|持续|深入")


def structure(doc: Document) -> Document:
    """Pipeline step: set the report's title, region, year and sections."""
    head = header.head_of(doc.text)
    doc.title = doc.title or header.title(head)
    doc.year = doc.year or header.report_year(head, doc.text, doc.path.stem)
    if not doc.region:
        doc.region, doc.region_type = header.region(head, doc.text)
    doc.sections = sections(doc.text, doc.year)
    return doc


def sections(text: str, year: int | None) -> list[Section]:
    """The parts, headings, items and inline list items of the text, in order of start."""
    heads = list(_headings(text))
    tenses = _part_tenses(heads, year)
    _unmarked_plan(text, heads, tenses, year)
    _fix_series(text, heads, tenses)
    out = []
    ends = _ends(heads, len(text))
    for i, (start, level, title) in enumerate(heads):
        end = ends[i]
        if level == 4:  # an inline item ends with the next item or its line
            line_end = text.find("\n", start)
            end = min(end, line_end if line_end >= 0 else len(text))
        tense = tenses[i]
        out.append(Section(title=title, level=level, start=start, end=end, tense=tense,
                           year=_year(title, tense, year) if tense != "other" else None))
    return out


def _headings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, level, title) of each heading, after the report's head (title, by-line)."""
    pos, body = 0, False
    for line in text.split("\n"):
        level = _level(line)
        marked = level and (level != 2 or _LEVEL2.match(line))
        body = body or bool(marked) or bool(_OPENING.match(line)) or len(line) >= 40
        found = []
        if body and level:
            found.append((pos, level, _title(line, level >= 3)))
        if body:
            found += [(pos + m.start(), 1, m.group()) for m in _INLINE_PART.finditer(line)]
            found += [(pos + m.start(1), 4, _title(line[m.start(1):], True))
                      for m in _INLINE.finditer(line) if m.start(1) > 0 or level == 0]
        yield from sorted(found)
        pos += len(line) + 1


def _level(line: str) -> int:
    if not line:
        return 0
    if _PART.match(line) and (len(line) <= 40 or _INNER_END.search(line[:40])):
        return 1
    if _LEVEL2.match(line):
        return 2
    if _LEVEL3.match(line):
        return 3
    if len(line) <= _HEADING_LEN and not _INNER_END.search(line) and not _OPENING.match(line) \
            and line[-1] not in "，,、：:":
        return 2
    return 0


def _title(line: str, item: bool = False) -> str:
    """A heading's title: the line up to its first full stop (an item's: its first comma)."""
    m = (_ITEM_END if item else _INNER_END).search(line)
    return (line[:m.start()] if m else line)[:40].strip()


def _part_tenses(heads: list[tuple[int, int, str]], year: int | None) -> list[str]:
    """Each heading's own tense: a part's from its words and year; others say nothing."""
    tenses, reviewed, annex = [], False, False
    for _, level, title in heads:
        if level != 1:
            tenses.append("other")
            continue
        annex = annex or bool(_OTHER.match(title))
        tense = "other" if annex else _tense(title, year)
        if tense == "other" and reviewed and not annex:
            tense = "plan"  # 三、加强政府自身建设, after the review part: what is to be done
        reviewed = reviewed or tense == "review"
        tenses.append(tense)
    return tenses


def _tense(title: str, year: int | None) -> str:
    if _OTHER.match(title):
        return "other"
    years = [int(y) for y in _YEAR.findall(header.normalize_years(title))]
    if years and year:
        return "review" if years[0] < year else "plan"
    review, plan = _REVIEW.search(title), _PLAN.search(title)
    if review and plan and review.group() not in ("回顾", "回眸"):
        return "other"  # 当前形势和基本任务: both; its sentences will tell
    if review:
        return "review"
    if plan:
        return "plan"
    return "other"


def _unmarked_plan(text: str, heads: list[tuple[int, int, str]], tenses: list[str],
                   year: int | None) -> None:
    """A review part with no plan part after it: the plan begins at a line that heads it
    (今年主要目标任务, 展望2025) or opens it (今年经济社会发展的主要预期目标是…)."""
    review = [h[0] for h, t in zip(heads, tenses) if h[1] == 1 and t == "review"]
    if not review or "plan" in tenses:
        return
    pos = text.find("\n", review[0]) + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        line = text[pos:end if end >= 0 else len(text)]
        m = _PLAN_HEADING.search(line)
        heading = m and len(line) <= 40 and not _INNER_END.search(line[-1:])
        if heading and not (m.group(1) and year and int(m.group(1)) < year) \
                or _PLAN_OPENING.search(line):
            _insert_part(heads, tenses, pos, _title(line))
            return
        pos = end + 1 if end >= 0 else 0


def _insert_part(heads: list[tuple[int, int, str]], tenses: list[str], pos: int,
                 title: str) -> None:
    """Make the heading at ``pos`` (or a new one) a plan part."""
    at = next((i for i, h in enumerate(heads) if h[0] >= pos), len(heads))
    if at < len(heads) and heads[at][0] == pos:
        heads[at] = (pos, 1, heads[at][2])
        tenses[at] = "plan"
    else:
        heads.insert(at, (pos, 1, title))
        tenses.insert(at, "plan")


def _year(title: str, tense: str, year: int | None) -> int | None:
    m = _YEAR.search(header.normalize_years(title))
    if m and not title.startswith(("过去五年", "五年")):
        return int(m.group(1))
    if year is None:
        return None
    return year - 1 if tense == "review" else year


def _fix_series(text: str, heads: list[tuple[int, int, str]], tenses: list[str]) -> None:
    """A numbered series ((一) … (九)) standing in two parts takes the tense of its words."""
    part_of, part = [], "other"
    for (_, level, _), tense in zip(heads, tenses):
        part = tense if level == 1 else part
        part_of.append(part)
    for series in _series(heads):
        if len({part_of[i] for i in series}) < 2:
            continue
        ends = _ends(heads, len(text))
        body = "".join(text[heads[i][0]:ends[i]] for i in series)
        past, future = len(_PAST.findall(body)), len(_FUTURE.findall(body))
        for i in series:
            tenses[i] = "plan" if future > past else "review"


def _series(heads: list[tuple[int, int, str]]) -> Iterator[list[int]]:
    """Runs of (一)-numbered headings whose numbers go up (a new (一) starts a new run)."""
    run, last = [], 0
    for i, (_, level, title) in enumerate(heads):
        m = re.match(rf"[（(]([{_NUM}]+)[)）]", title) if level == 2 else None
        if not m:
            continue
        n = _number(m.group(1))
        if run and n <= last:
            yield run
            run = []
        run.append(i)
        last = n
    if run:
        yield run


def _number(numeral: str) -> int:
    digits = [_NUM.index(c) + 1 for c in numeral]
    if len(digits) == 1:
        return digits[0]
    if numeral[0] == "十":
        return 10 + (digits[1] if len(digits) > 1 else 0)
    return digits[0] * 10 + (digits[2] if len(digits) > 2 else 0)


def _ends(heads: list[tuple[int, int, str]], size: int) -> list[int]:
    """Where each heading's stretch ends: at the next heading of its level or higher."""
    ends, next_start = [0] * len(heads), [size] * 5
    for i in range(len(heads) - 1, -1, -1):
        start, level, _ = heads[i]
        ends[i] = min(next_start[1:level + 1])
        next_start[level] = start
    return ends
