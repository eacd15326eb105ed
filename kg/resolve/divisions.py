"""Administrative divisions by code: which division a report's region is, and its ancestors.

Division names repeat across China (鼓楼区 is a district of four cities), so a name alone is
no key. :func:`locate` picks the division a report means by the names of its candidates'
city and province that the report's text mentions; a name it cannot tell apart gets no code.
"""

from __future__ import annotations

from functools import cache

from kg import lexicon
from kg.lexicon import Region

#: How much of the text is searched for the names of a candidate's ancestors.
_CONTEXT_CHARS = 20000


@cache
def _by_code() -> dict[str, Region]:
    return {r.adcode: r for r in lexicon.regions()}


@cache
def _by_name() -> dict[str, tuple[Region, ...]]:
    out: dict[str, list[Region]] = {}
    for r in lexicon.regions():
        out.setdefault(r.name, []).append(r)
    return {name: tuple(rs) for name, rs in out.items()}


def short_code(adcode: str) -> str:
    """The division code as usually written: six digits for a province, city or county
    (140802), nine for a town; the lexicon's twelve-digit form otherwise."""
    if adcode.endswith("000000"):
        return adcode[:6]
    if adcode.endswith("000"):
        return adcode[:9]
    return adcode


def division(adcode: str) -> Region | None:
    """The division of a code, in the lexicon's twelve-digit form or the short one."""
    return _by_code().get(adcode.ljust(12, "0"))


def ancestors(region: Region) -> list[Region]:
    """The divisions containing ``region``, nearest first (county → city → province)."""
    out, code = [], region.parent
    while code and (parent := _by_code().get(code)) is not None and parent not in out:
        out.append(parent)
        code = parent.parent
    return out


def candidates(name: str) -> tuple[Region, ...]:
    """Every division of that full name (one for most, several for 鼓楼区, 城关区 …)."""
    return _by_name().get(name, ())


def locate(name: str | None, text: str = "", level: str | None = None) -> Region | None:
    """The division ``name`` means in a report of ``text``; None when unknown or ambiguous.

    A name of several divisions is settled by how often the text names each candidate's
    ancestors (full or short: 河北省, 河北, 保定市, 保定); a tie settles nothing.
    """
    if not name:
        return None
    found = [r for r in candidates(name) if level is None or r.level == level]
    if len(found) <= 1:
        return found[0] if found else None
    context = text[:_CONTEXT_CHARS]
    scores = sorted(((_named(r, context), r.adcode, r) for r in found), reverse=True)
    if scores[0][0] == 0 or scores[0][0] == scores[1][0]:
        return None
    return scores[0][2]


def _named(region: Region, text: str) -> int:
    """How often ``text`` names the ancestors of ``region``, by full or short name."""
    count = 0
    for parent in ancestors(region):
        short = lexicon.strip_suffix(parent.name, "province", "city")
        count += text.count(parent.name)
        if len(short) >= 2 and short != parent.name:
            count += text.count(short) - text.count(parent.name)
    return count
