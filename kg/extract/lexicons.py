"""The extraction lexicons under data/lexicons/, each read once."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from kg.resources import read_lines


class Suffix(NamedTuple):
    """A word that ends a name of a type: 合作社 → Organization."""

    text: str
    type: str
    min_prefix: int  # characters needed before the suffix (0: the suffix alone is a name)
    max_chars: int  # the longest name
    proper: bool  # the prefix must look like a proper name (鑫源), not common words
    any_prefix: bool  # generic words make a name too: 民政部, 自然资源局


class Region(NamedTuple):
    """An administrative division of the lexicon (province, city or county)."""

    adcode: str
    name: str
    level: str  # province / city / county
    parent: str


def trie_pattern(words) -> str:
    """One regular expression for many words, as a trie (甲(?:乙|丙)…): Python's re tries the
    branches of a flat alternation one by one at every position, a trie only along the text.
    Longer words win over their prefixes (greedy optional tails)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alt})?" if "" in node else alt

    return build(trie)


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(name)]


@cache
def suffixes() -> tuple[Suffix, ...]:
    """Name suffixes, longest first."""
    rows = [Suffix(r[0], r[1], int(r[2]), int(r[3]), "n" in r[4], "g" in r[4])
            for r in _rows("entity_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda s: -len(s.text)))


@cache
def suffix_table() -> dict[str, Suffix]:
    """Suffixes by their text."""
    return {s.text: s for s in suffixes()}


@cache
def suffix_regex() -> re.Pattern:
    """Any suffix, longest first, as one pattern."""
    return re.compile(trie_pattern(s.text for s in suffixes()))


@cache
def candidate_regex() -> re.Pattern:
    """Anything a name finder starts from: a suffix, a region suffix, or 等 of a list."""
    words = {s.text for s in suffixes()} | {r[0] for r in region_suffixes()} | {"等"}
    return re.compile(trie_pattern(words))


@cache
def suffix_end_regex() -> re.Pattern:
    """Any suffix at the end of a string, longest first."""
    return re.compile("(?:" + "|".join(re.escape(s.text) for s in suffixes()) + ")$")


@cache
def boundaries() -> frozenset[str]:
    """Words a name never runs across on its left (verbs, function words)."""
    return frozenset(read_lines("entity_boundaries.txt"))


@cache
def generic() -> frozenset[str]:
    """Words that do not make a name on their own (农业, 重点 …)."""
    return frozenset(read_lines("entity_generic.txt"))


@cache
def stop_names() -> frozenset[str]:
    """Whole strings that are never names (乡镇, 龙头企业 …)."""
    return frozenset(read_lines("stop_names.txt"))


@cache
def stop_parts() -> re.Pattern:
    """Substrings no name holds (人民代表大会 …)."""
    return re.compile("|".join(map(re.escape, read_lines("entity_stop_parts.txt"))))


@cache
def honor_verbs() -> tuple[str, ...]:
    """Verbs introducing an honor, longest first."""
    return tuple(sorted(read_lines("honor_verbs.txt"), key=len, reverse=True))


@cache
def build_words() -> frozenset[str]:
    """Words before 项目 that say what is built (焚烧, 迁建): the project is named by them."""
    return frozenset(read_lines("entity_build_words.txt"))


@cache
def levels() -> tuple[tuple[str, str], ...]:
    """(word, level) pairs, longest word first."""
    rows = [(r[0], r[1]) for r in _rows("levels.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def furniture() -> re.Pattern:
    """Lines of a web page around the report (related articles, tag clouds)."""
    return re.compile("|".join(read_lines("entity_furniture.txt")))


@cache
def region_suffixes() -> tuple[tuple[str, str, str, int], ...]:
    """(suffix, type, what may not follow it, longest prefix) of towns and villages."""
    return tuple((r[0], r[1], r[2], int(r[3])) for r in _rows("regions_suffixes.tsv"))


@cache
def regions() -> tuple[Region, ...]:
    """China's provinces, cities and counties (data/lexicons/regions.tsv)."""
    return tuple(Region(*r[:4]) if len(r) >= 4 else Region(r[0], r[1], r[2], "")
                 for r in _rows("regions.tsv"))


@cache
def region_names() -> dict[str, Region]:
    """Division by full name (盐城市, 新县 …); the first of a name met wins."""
    out: dict[str, Region] = {}
    for r in regions():
        out.setdefault(r.name, r)
    return out


@cache
def province_words() -> frozenset[str]:
    """Province names, full and short (山西省, 山西), for reading an honor's level."""
    out = set()
    for r in regions():
        if r.level == "province":
            out.add(r.name)
            short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "",
                           r.name)
            if len(short) >= 2:
                out.add(short)
    return frozenset(out)


@cache
def region_shorts() -> frozenset[str]:
    """Short names of provinces and prefecture-level cities (山西, 太原)."""
    out = set(province_words())
    for r in regions():
        if r.level == "city":
            short = re.sub(r"(市|地区|盟|自治州)$", "", r.name)
            if len(short) >= 2:
                out.add(short)
    return frozenset(out)

