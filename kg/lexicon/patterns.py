"""Regular expressions made from word lists."""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """One regular expression for many words, as a trie (甲(?:乙|丙)…): Python's re tries the
    branches of a flat alternation one by one at every position, a trie only along the text.
    Longer words win over their prefixes (greedy optional tails).

    >>> re.findall(trie_pattern(["合作社", "合作", "社区"]), "合作社区和合作")
    ['合作社', '合作']
    """
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


def alternation(words, escape: bool = True) -> str:
    """``a|b|c`` of the words, longest first (so that 个百分点 is tried before 个)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(map(re.escape, ordered) if escape else ordered)
