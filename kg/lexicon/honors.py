"""The lexicons of honors: the verbs that introduce one and the words of its level."""

from __future__ import annotations

from functools import cache

from kg.lexicon.tables import rows, words


@cache
def honor_verbs() -> tuple[str, ...]:
    """Verbs introducing an honor, longest first."""
    return tuple(sorted(words("honor_verbs.txt"), key=len, reverse=True))


@cache
def levels() -> tuple[tuple[str, str], ...]:
    """(word, level) pairs, longest word first."""
    return tuple(sorted(rows("levels.tsv"), key=lambda r: -len(r[0])))
