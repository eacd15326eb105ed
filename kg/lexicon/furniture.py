"""Page furniture: what a scraped web page adds around a report, as patterns read once from
``data/lexicons/furniture_*.txt``. Ingest leaves it out of the text; the extractors skip a
sentence that still looks like it."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from kg.lexicon.tables import words


class Furniture(NamedTuple):
    """The compiled furniture patterns."""

    lines: re.Pattern  # a whole line that is furniture (counters, navigation, footers)
    tail: re.Pattern  # a line from which the rest of the page is furniture (分享到, 相关文章)
    inline: re.Pattern  # junk inside a line (mojibake, escapes)
    line_end: re.Pattern  # junk at a line's end (watermark trailers)
    labels: re.Pattern  # a collector's label before the text (标题：, 正文：)
    sentences: re.Pattern  # a sentence of furniture left in the text (本栏推荐, 上一篇)


def _alternation(patterns) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


@cache
def patterns() -> Furniture:
    """The furniture patterns, compiled once.

    Inline patterns anchored at the end of a line ($) are kept apart: they are only tried on
    a paragraph's last characters, which keeps the pass linear and quick.
    """
    inline = words("furniture_inline.txt")
    return Furniture(re.compile(_alternation(words("furniture_lines.txt"))),
                     re.compile(_alternation(words("furniture_tail.txt"))),
                     re.compile(_alternation(p for p in inline if not p.endswith("$"))),
                     re.compile(_alternation(p for p in inline if p.endswith("$"))),
                     re.compile(_alternation(words("furniture_labels.txt"))),
                     re.compile("|".join(words("furniture_sentences.txt"))))


def is_furniture_sentence(text: str) -> bool:
    """Whether a sentence of the text is page furniture, not report text.

    >>> is_furniture_sentence("上一篇：某某县召开会议"), is_furniture_sentence("全县粮食增产。")
    (True, False)
    """
    return bool(patterns().sentences.search(text))
