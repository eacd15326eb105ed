"""Names in a list before a category noun: 甲、乙等企业 → two enterprises; 甲、乙等5个乡镇 →
two towns (entity_categories.tsv). The items need no suffix of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import (
    Found,
    enterprise_like,
    left_edge,
    looks_generic,
    looks_generic_text,
    own_suffix,
    past_figure,
)
from kg.extract.tokenizer import Token
from kg.rules import rule

_DIGITS = re.compile(r"^[\d.%]+$")


@cache
def _categories() -> tuple[tuple[str, str], ...]:
    rows = lexicons.rows("entity_categories.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows), key=lambda r: -len(r[0])))


@cache
def _list_regex() -> re.Pattern:
    """``等`` + an optional count + a category noun: 等5个乡镇, 等头部企业."""
    nouns = "|".join(re.escape(c) for c, _ in _categories())
    count = r"[\d一二三四五六七八九十两]+" + lexicons.count_pattern("lists")
    return re.compile(rf"(?:等(?:{count})?|(?<=[\u4e00-\u9fff”]){count})"
                      rf"(?:[\u4e00-\u9fff“”]{{0,8}}?)({nouns})")


@rule("list")
def find(text: str, toks: list[Token]) -> Iterator[Found]:
    """The items of a list before a category noun: 甲、乙等企业 → two enterprises;
    甲、乙等5个乡镇 → two towns."""
    kinds = dict(_categories())
    for m in _list_regex().finditer(text):
        type_ = kinds[m.group(1)]
        if not m.group().startswith("等") and "、" not in text[max(0, m.start() - 24):m.start()]:
            continue  # 甲、乙、丙三个景区 lists; 建成三个景区 does not
        bare = (r"等?[\d一二三四五六七八九十两]*" + lexicons.count_pattern("lists") + "?"
                + re.escape(m.group(1)))
        if type_ in ("Town", "Village") and not re.fullmatch(bare, m.group()):
            continue  # 等4个科技产业社区 lists no villages
        if type_ in ("Town", "Village") and _continues(m.group(1), text[m.end():]):
            continue  # 等3家社区居家养老服务中心: the list is of centres
        for start, end in _items(text, toks, m.start()):
            start = past_figure(text, start, end)  # 年产1.5万吨|甲项目
            item = text[start:end].strip("“”")
            if len(item) < 2 or item in lexicons.stop_names() or _DIGITS.match(item):
                continue
            if looks_generic(item, toks, start):
                continue
            own = own_suffix(item)  # 甲果品、乙等项目: 甲果品 is an enterprise all the same
            region_led = False
            if own not in ("Enterprise", "Organization"):
                region_led = own is None and type_ == "Project" and _region_led(item)
                own = "Enterprise" if region_led else None  # 甲省阜通、乙市央厨等项目
            kind = own or type_
            if kind == "Enterprise" and (own != "Enterprise" or region_led) and (
                    not enterprise_like(item) or item.endswith("企业")):
                continue  # 法律、财会等头部企业, 瞪羚企业: kinds of business; 甲市机场
            yield Found(start, end, item, kind, f"list:{m.group(1)}")


#: Partners signing with the region: 与甲、乙成功签约 → two enterprises (or what their
#: suffixes make them).
_PARTNERS = re.compile(r"与((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}?)"
                       r"(?:成功|正式|深度|达成)?(?:签约|签订|合作)")


@rule("list:partner")
def partners(text: str) -> Iterator[Found]:
    """The parties of a signing or a cooperation: 与甲、乙成功签约."""
    for m in _PARTNERS.finditer(text):
        at = m.start(1)
        for item in m.group(1).split("、"):
            own = own_suffix(item)
            if (2 <= len(item) <= 8 and item not in lexicons.stop_names()
                    and not looks_generic_text(item) and (own or _region_led(item))
                    and (own or enterprise_like(item))):
                yield Found(at, at + len(item), item, own or "Enterprise", "list:partner")
            at += len(item) + 1


def _continues(noun: str, rest: str) -> bool:
    """Whether a region noun goes on into a longer word: 社区|居家, 村|集体."""
    for suffix, _, not_after, _ in lexicons.town_suffixes():
        if noun.endswith(suffix):
            return bool(re.match(not_after, rest))
    return False


def _region_led(item: str) -> bool:
    """A province's or city's short name and a few characters: 江南中联, 海东鑫源 — how
    enterprises from elsewhere are named in a list of projects."""
    for n in (2, 3):
        if item[:n] in lexicons.region_shorts() and 2 <= len(item) - n <= 4:
            return not looks_generic_text(item[n:])
    return False


def _items(text: str, toks: list[Token], end: int) -> list[tuple[int, int]]:
    """Spans of the items of the list ending at ``end``, separated by 、."""
    spans = []
    while True:
        if end > 0 and text[end - 1] == "”":
            open_ = text.rfind("“", 0, end)
            if open_ < 0:
                break
            spans.append((open_, end))
            start = open_
        else:
            start = left_edge(text, toks, end, 12, trim=False)
            if start == 0 or text[start - 1] != "、":
                start = left_edge(text, toks, end, 12, nouns_too=True)  # 支持甲: drop 支持
            if start == end:
                break
            spans.append((start, end))
        if start > 0 and text[start - 1] == "、":
            end = start - 1
            continue
        break
    return spans[::-1]
