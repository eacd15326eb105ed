"""The lexicons of entity names: suffixes (合作社 → Enterprise), boundary words, generic
words, stop names and parts, build words."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from kg.lexicon.divisions import town_suffixes
from kg.lexicon.patterns import trie_pattern
from kg.lexicon.tables import rows, words


class Suffix(NamedTuple):
    """A word that ends a name of a type: 合作社 → Organization."""

    text: str
    type: str
    min_prefix: int  # characters needed before the suffix (0: the suffix alone is a name)
    max_chars: int  # the longest name
    proper: bool  # the prefix must look like a proper name (鑫源), not common words
    any_prefix: bool  # generic words make a name too: 民政部, 自然资源局
    kinds: bool = False  # its kinds are common (技师学院, 老年大学): a name needs a stem
    by_context: bool = False  # a Project where built, a Place where relied on (…产业园)


@cache
def suffixes() -> tuple[Suffix, ...]:
    """Name suffixes, longest first."""
    rows_ = [Suffix(r[0], r[1], int(r[2]), int(r[3]), "n" in r[4], "g" in r[4],
                     "k" in r[4], "c" in r[4])
             for r in rows("entity_suffixes.tsv")]
    return tuple(sorted(rows_, key=lambda s: -len(s.text)))


@cache
def suffix_table() -> dict[str, Suffix]:
    """Suffixes by their text."""
    return {s.text: s for s in suffixes()}


@cache
def suffix_regex() -> re.Pattern:
    """Any suffix, longest first, as one pattern."""
    return re.compile(trie_pattern(s.text for s in suffixes()))


@cache
def event_heads() -> dict[str, str]:
    """Head words of events held and their kind (named, abbr, self: event_heads.tsv)."""
    return dict(rows("event_heads.tsv"))


@cache
def candidate_regex() -> re.Pattern:
    """Anything a name finder starts from: a suffix, a town's or village's suffix, an
    event's head word, or 等 of a list."""
    found = {s.text for s in suffixes()} | {r[0] for r in town_suffixes()} | {"等"}
    found |= set(event_heads())
    return re.compile(trie_pattern(found))


@cache
def suffix_end_regex() -> re.Pattern:
    """Any suffix at the end of a string, longest first."""
    return re.compile("(?:" + "|".join(re.escape(s.text) for s in suffixes()) + ")$")


@cache
def boundaries() -> frozenset[str]:
    """Words a name never runs across on its left (verbs, function words)."""
    return frozenset(words("entity_boundaries.txt"))


@cache
def generic() -> frozenset[str]:
    """Words that do not make a name on their own (农业, 重点 …)."""
    return frozenset(words("entity_generic.txt"))


@cache
def stop_names() -> frozenset[str]:
    """Whole strings that are never names (乡镇, 龙头企业 …)."""
    return frozenset(words("stop_names.txt"))


@cache
def stop_parts() -> re.Pattern:
    """Substrings no name holds (人民代表大会 …)."""
    return re.compile("|".join(map(re.escape, words("entity_stop_parts.txt"))))


@cache
def build_words() -> frozenset[str]:
    """Words before 项目 that say what is built (焚烧, 迁建): the project is named by them."""
    return frozenset(words("entity_build_words.txt"))
