"""Class from context: a site whose suffix may name either (…产业园, …景区, …街区: flag c of
entity_suffixes.tsv) is a Project where the report builds it and a Place where it relies on
it or improves it — read from the words around each mention (entity_class_cues.tsv), voted
over the report.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import Found
from kg.rules import rule

#: What ends a clause: the governing verb of a name stands after the last of these before it.
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?（）()\s]")
_AFTER = 6  # characters after a name that may hold its cue (甲产业园|加快建设)


@cache
def _cues() -> tuple[dict[str, str], dict[str, str], re.Pattern, re.Pattern]:
    """Cue words before and after a name with their class, and a pattern of each side."""
    before = {w: c for w, side, c in lexicons.rows("entity_class_cues.tsv") if side == "before"}
    after = {w: c for w, side, c in lexicons.rows("entity_class_cues.tsv") if side == "after"}
    return (before, after, re.compile(lexicons.trie_pattern(set(before))),
            re.compile(lexicons.trie_pattern(set(after))))


def cue(text: str, start: int, end: int) -> str | None:
    """The class the words around the name at ``start:end`` give it: what follows it first
    (甲产业园建成投产 → Project), else the nearest cue before it in its clause (依托甲产业园 →
    Place; 加快建设甲、乙 → Project for both)."""
    before, after, before_re, after_re = _cues()
    if text.startswith("等", end):
        return None  # 建成甲等3家服务中心: the list's noun says what the items are
    m = after_re.match(text, end, min(len(text), end + _AFTER))
    if m:
        return after[m.group()]
    clause = start
    while clause > 0 and not _CLAUSE_END.match(text[clause - 1]):
        clause -= 1
    last = None
    for m in before_re.finditer(text, clause, start):
        last = m
    return before[last.group()] if last else None


@rule("class:context")
def by_context(per_sentence: dict[int, list[Found]], texts: dict[int, str],
               types: dict[str, str]) -> set[str]:
    """Rule class:context — retype the sites whose suffix may name either by the cues around
    their mentions, the majority over the report (a tie keeps the suffix's class): 建设青山
    产业园 → Project; 依托红旗产业园 → Place. Returns the names retyped (``types`` is updated).

    >>> from kg.extract.names import Found
    >>> t = "依托红旗产业园招商引资。"
    >>> types = {"红旗产业园": "Project"}
    >>> by_context({0: [Found(2, 7, "红旗产业园", "Project", "suffix:产业园")]}, {0: t}, types)
    {'红旗产业园'}
    >>> types
    {'红旗产业园': 'Place'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    table = lexicons.suffix_table()
    for index, found in per_sentence.items():
        for f in found:
            suffix = f.source.partition(":")[2] if f.source.startswith("suffix:") else ""
            if types.get(f.text) in ("Project", "Place") and suffix in table \
                    and table[suffix].by_context:
                c = cue(texts[index], f.start, f.end)
                if c:
                    votes[f.text][c] += 1
    changed = set()
    for name, v in votes.items():
        if v["Project"] != v["Place"]:
            best = "Project" if v["Project"] > v["Place"] else "Place"
            if types[name] != best:
                types[name] = best
                changed.add(name)
    return changed
