"""The report's header facts: its title, the year it is delivered in, and its region.

They are read from the lines around the title (政府工作报告, the by-line ——2023年1月5日在…
人民代表大会…会议上, the speaker 某某区人民政府区长), from the opening (现在，我代表某某县人民政府;
2022年，某某区坚持…) and, failing those, from the part headings and the file name. A report of
the State Council (国务院) is China's: region 中国, type Country.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg import lexicon as lexicons
from kg.rules import rule

_DIGITS = str.maketrans("０１２３４５６７８９〇○零一二三四五六七八九", "0123456789" "000123456789")
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=年)")
_WIDE_YEAR = re.compile(r"[０-９]{4}(?=\s*年)|(?:\d\s){3}\d(?=\s*年)")
#: The by-line: the day and the congress the report was delivered to.
_BYLINE = re.compile(r"((?:19|20)\d\d)\s*年[^\n]{0,40}?(?:人民代表大会|人大)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年[^\n，。]{0,16}政府工作报告|政府工作报告\D{0,4}((?:19|20)\d\d)")
_PART_YEAR = re.compile(r"^(?:[一二三四五六七八九十]+、)?(回眸|回顾|展望)?\s*((?:19|20)\d\d)\s*年?\s*"
                        r"(?:工作)?(回顾|安排|主要目标|目标任务)?")
_PART_LEN = 40
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NATIONAL = re.compile(r"我代表国务院|国务院总理|国务院政府工作报告|在第[一二三四五六七八九十]+届全国人民代表大会")
#: 县 of 县长, 我代表县人民政府 …: the one-character suffixes of provinces, cities and counties.
_ONE_CHAR = lexicons.one_char_suffixes()
#: Places a region is named in the head: the speaker, the congress, the opening sentences.
_REGION_CUES = (
    re.compile(r"([\u4e00-\u9fff]{2,16}?)人民政府"),
    re.compile(r"在([\u4e00-\u9fff]{2,16}?)第?[一二三四五六七八九十]+届\s*人民代表大会"),
    re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:人民政府)?(?:代理)?(?:代?" + _ONE_CHAR + r"长|主席)\s"),
    re.compile(r"^(?:(?:19|20)\d\d年)?([\u4e00-\u9fff]{2,12}?)(?:\d{4}年)?政府工作报告", re.M),
    re.compile(r"(?:^|\n)(?:19|20)\d\d年\s*[,，]\s*([\u4e00-\u9fff]{2,10}?)(?:坚持|以|在|全面|紧紧)"),
)
_NEW_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}(?:"
                       + lexicons.alternation(lexicons.division_suffix_words("province", "city",
                                                                             "county")) + ")")
_COUNT_CHARS = 20000
_NATIONAL_CHARS = 3000
_HEAD_LINES = 20
_HEAD_WIDTH = 80
_OWN_LEVEL = re.compile(f"代表({_ONE_CHAR})人民政府")
_CLAUSE = re.compile(r"[，。；！？]")


@cache
def _divisions() -> dict[str, str]:
    """Division name → its level (province, city, county), from the one region lexicon."""
    return {name: r.level for name, r in lexicons.region_names().items()}


def normalize_years(text: str) -> str:
    """Years in full-width or Chinese digits (１９５６年, 二〇二六年, 1 9 9 8 年) in ASCII."""
    text = _CN_YEAR.sub(lambda m: m.group().translate(_DIGITS), text)
    return _WIDE_YEAR.sub(lambda m: m.group().translate(_DIGITS).replace(" ", ""), text)


def title(head: str) -> str | None:
    """The report's title: the first line naming 政府工作报告, else the first line if short."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for line in lines[:12]:
        if "政府工作报告" in "".join(line.split()) and len(line) <= 60 and not _CLAUSE.search(line):
            return line
    first = lines[0] if lines else ""
    return first if len(first) <= 40 and not _CLAUSE.search(first) \
        and not first.startswith("各位代表") else None


def report_year(head: str, text: str, stem: str) -> int | None:
    """The year the report is delivered in, which is the year its plan is for."""
    head = normalize_years(head)
    for pattern in (_BYLINE, _TITLE_YEAR):
        m = pattern.search(head)
        if m:
            return int(m.group(1) or m.group(2))
    for line in text.split("\n"):
        if len(line) > _PART_LEN:
            continue
        m = _PART_YEAR.match(normalize_years(line))
        cue = m and (m.group(1) or m.group(3))
        if cue:
            year = int(m.group(2))
            return year + 1 if cue in ("回眸", "回顾") else year
    m = _FILE_YEAR.search(stem)
    return int(m.group(1)) if m else None


def head_of(text: str) -> str:
    """The lines where a report names itself: the first twenty, each cut to 80 characters."""
    return "\n".join(line[:_HEAD_WIDTH] for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES])


@rule("region:own")
def region(head: str, text: str = "") -> tuple[str | None, str | None]:
    """Rule region:own — the report's region and its type (Country, Province, City, County),
    from the head: 青禾县2025年政府工作报告 → 青禾县, County.

    Failing every cue of the head, the division the text names most often (three times or
    more) is taken.
    """
    if _NATIONAL.search(head) or _NATIONAL.search(text[:_NATIONAL_CHARS]):
        return "中国", "Country"
    for cue in _REGION_CUES:
        for m in cue.finditer(head):
            name = _most_specific(m.group(1))
            if name:
                return name, lexicons.division_type(name)
    counts = Counter(_named_divisions(text[:_COUNT_CHARS]))
    m = _OWN_LEVEL.search(head)  # 我代表县人民政府: the region is a 县
    if m:
        counts = Counter({n: c for n, c in counts.items() if n.endswith(m.group(1))})
    if not counts and m:  # only the short form is written: 新安 for 新安县
        shorts = _short_forms(m.group(1))
        counts = Counter(shorts[s] for s in _named_short(m.group(1)).findall(text[:_COUNT_CHARS]))
    if counts:
        name, n = counts.most_common(1)[0]
        if n >= 3:
            return name, lexicons.division_type(name)
    return None, None


@cache
def _short_forms(suffix: str) -> dict[str, str]:
    """Short form → full name of the divisions ending with ``suffix``: 新安 → 新安县."""
    out: dict[str, str] = {}
    for name in _divisions():
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            out.setdefault(name[:-len(suffix)], name)
    return out


@cache
def _named_short(suffix: str) -> re.Pattern:
    names = sorted(_short_forms(suffix), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@cache
def _name_ends() -> tuple[re.Pattern, dict[str, tuple[int, ...]]]:
    """The last characters of division names, and for each the name lengths, longest first.

    A division name always ends in a suffix character (区, 县, 市 …), so scanning for those
    and looking back is far quicker than one regex alternation of 3,000 names.
    """
    lengths: dict[str, set[int]] = {}
    for name in _divisions():
        if len(name) >= 3:
            lengths.setdefault(name[-1], set()).add(len(name))
    ends = re.compile("[" + "".join(sorted(lengths)) + "]")
    return ends, {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}


def _named_divisions(text: str) -> list[str]:
    """Division names of three characters or more in ``text``, longest match at each end."""
    ends, lengths = _name_ends()
    names = _divisions()
    found, last = [], 0
    for m in ends.finditer(text):
        end = m.end()
        for size in lengths[m.group()]:
            start = end - size
            if start >= last and text[start:end] in names:
                found.append(text[start:end])
                last = end
                break
    return found


def _most_specific(phrase: str) -> str | None:
    """The last division named in a phrase: 保定市满城区 → 满城区; None if it names none.

    A name the lexicon lacks is taken when, with the known divisions before it cut off, it
    is a short name with a division's suffix (保定市红旗区 → 红旗区).
    """
    divisions = _divisions()
    phrase = re.sub(r"^.*?代表", "", phrase)
    known = _known_suffix(phrase, divisions)
    if known:
        return known
    rest = phrase
    while True:
        cut = next((k for k in range(len(rest) - 2, 1, -1) if rest[:k] in divisions), 0)
        if not cut:
            break
        rest = rest[cut:]
    return rest if _NEW_NAME.fullmatch(rest) else None


def _known_suffix(unit: str, divisions: dict[str, str]) -> str | None:
    """The division a unit ends with: 年四川省 → 四川省, 我代表保定市 → 保定市."""
    for k in range(len(unit) - 1):  # longest first
        if unit[k:] in divisions:
            return unit[k:]
    return None
