"""Quoted names: “万企兴万村”行动, “五山一湖”景区, “双减” — and the quoted slogans that are not.

jieba cuts at quotation marks, so quoted terms are found on the text. A term followed by a
word of entity_quote_suffixes.tsv takes that word and its type; a bare term is a Program
unless it reads as a slogan, a figure of speech or a category (entity_quote_*.txt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import Found, looks_generic_text
from kg.rules import rule

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOTE = re.compile(r"〔\d+〕|\[\d+\]")  # footnote marks: “甲”〔7〕工程
_QUOTED = re.compile(r"“([^“”\n]{1,24})”")
#: Other quotation marks a report may use for the same: "甲乙" and 「甲乙」 (offsets kept).
_STRAIGHT = re.compile(r'"([^"“”\n]{1,24})"|「([^「」\n]{1,24})」')


def curly(text: str) -> str:
    """The text with straight and corner quotation pairs written as “…”, same length."""
    return _STRAIGHT.sub(lambda m: "“" + (m.group(1) or m.group(2)) + "”", text)


@cache
def _quote_suffixes() -> tuple[dict[str, str], re.Pattern]:
    rows = dict(lexicons.rows("entity_quote_suffixes.tsv"))
    words = sorted(rows, key=len, reverse=True)
    # up to four characters between the term and the word, none a list or linking word
    gap = r"([^\W\d_a-zA-Z等和及的与]{0,4}?)"
    return rows, re.compile(gap + "(" + "|".join(map(re.escape, words)) + ")")


@cache
def _quote_stop() -> frozenset[str]:
    return frozenset(lexicons.words("entity_quote_stop.txt"))


@cache
def _quote_before() -> re.Pattern:
    words = sorted(lexicons.words("entity_quote_before.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


#: A quoted sentence is a slogan: “抓项目就是抓发展”, “让群众少跑腿”.
_SLOGAN = re.compile(r"就是|围着|让|过上|跑出|拼出|的")


@cache
def _quote_endings() -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, lexicons.words("entity_quote_endings.txt")))
                      + ")$")


@cache
def _quote_heads() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicons.words("entity_quote_heads.txt"))))


@rule("quote", "quote+")
def find(text: str) -> Iterator[Found]:
    """Quoted terms and the word after them: “万企兴万村”行动, “五山一湖”景区, “双减”."""
    types, after = _quote_suffixes()
    stop = _quote_stop()
    slogan_end = -1  # “盗抢骗”“黄赌毒”: a term right after a refused one is refused too
    text = curly(text)
    for m in _QUOTED.finditer(text):
        term = m.group(1).strip()
        if term in stop or not term or len(term) > 20 or re.search(r"[，。；：,;:]", term):
            continue
        if _SLOGAN.search(term) or m.start() == slogan_end:
            slogan_end = m.end()
            continue
        note = _NOTE.match(text, m.end())  # “甲”〔7〕工程: a footnote mark between
        skip = note.end() - m.end() if note else 0
        rest = text[m.end() + skip:]
        tail = after.match(rest)
        if tail and not _QUOTED.match(rest[tail.end():tail.end() + 1] or " "):
            name = term + tail.group(1) + tail.group(2)
            yield Found(m.start(), m.end() + skip + tail.end(), name, types[tail.group(2)],
                        f"quote+{tail.group(2)}", alias=term)
            continue
        if (_quote_before().search(text, max(0, m.start() - 4), m.start())
                or text[m.end():m.end() + 1] == "的"):
            slogan_end = m.end()  # 坚持“两个确立”: a slogan, unless a program word follows
            continue
        bare_number = not _CJK.search(term) and not re.search(r"[A-Za-z+]", term)
        if _quote_heads().match(rest) or bare_number:
            continue  # “链主”企业: a modifier; “2023”: a number
        if len(term) <= 2 and _CJK.match(term):
            continue  # “三资”, “扩绿”: two characters alone are too short to tell a program
        if "、" in term and not _parallel(term.split("、")):
            continue  # “建强副中心、形成增长极”: a slogan
        if (term in lexicons.stop_names() or looks_generic_text(term)
                or _quote_endings().search(term)):
            continue
        yield Found(m.start(), m.end(), term, "Program", "quote")


#: A document a report names: 《甲县招商引资政策（试行）》, a program of the region.
_BOOK = re.compile(r"《([^《》\n]{2,30}?(?:政策|办法|意见|方案|规划|计划|条例|措施|细则|纲要)"
                   r"(?:[(（]试行[)）])?)》")


@rule("quote:book")
def documents(text: str) -> Iterator[Found]:
    """Named policy documents: 《甲县乡村振兴促进办法（试行）》."""
    for m in _BOOK.finditer(text):
        yield Found(m.start(), m.end(), m.group(1), "Program", "quote:book")


def _parallel(items: list[str]) -> bool:
    """Items of a named set: each begins with a count (一提升、两改造), or all share their
    first or last character (马上办、网上办)."""
    counted = all(re.match(r"[一二三四五六七八九十两双百千万\d]", i) for i in items)
    return counted or len({i[:1] for i in items}) == 1 or len({i[-1:] for i in items}) == 1
