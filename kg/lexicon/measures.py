"""Measure words, known once: the classifiers of counts (个, 家, 所, 项 …) are the ``count``
rows of ``data/lexicons/units.tsv``, which the figures read too. Every "number + measure
word" pattern of the extractors (3家合作社, 甲、乙两个景区, 第二批) is built from them."""

from __future__ import annotations

from functools import cache

from kg.lexicon.patterns import alternation
from kg.lexicon.tables import rows


@cache
def count_words() -> tuple[str, ...]:
    """The measure words of counts (个, 家, 户 …), longest first.

    >>> {"个", "家", "所", "项"} <= set(count_words())
    True
    """
    words = [r[0] for r in rows("units.tsv") if r[3] == "count"]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def count_pattern() -> str:
    """A regex group matching one measure word of counts: ``(?:个|家|…)``."""
    return "(?:" + alternation(count_words()) + ")"
