"""Measure words, known once: the classifiers of counts (个, 家, 所, 项 …) are the ``count``
rows of ``data/lexicons/units.tsv``, which the figures read too. Every "number + measure
word" pattern of the extractors (3家合作社, 甲、乙两个景区, 第二批) is built from them."""

from __future__ import annotations

from functools import cache

from kg.lexicon.patterns import alternation
from kg.lexicon.tables import rows


@cache
def count_words(read_by: str | None = None) -> tuple[str, ...]:
    """The measure words of counts (个, 家, 户 …), longest first; with ``read_by``, only
    those its ``read_by`` column names for that rule family (names, lists).

    >>> {"个", "家", "所", "项"} <= set(count_words()), "批" in count_words("lists")
    (True, False)
    """
    words = [r[0] for r in rows("units.tsv") if r[3] == "count"
             and (read_by is None or read_by in (r[4] if len(r) > 4 else "").split(","))]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def count_pattern(read_by: str | None = None) -> str:
    """A regex group matching one measure word of counts: ``(?:个|家|…)``."""
    return "(?:" + alternation(count_words(read_by)) + ")"
