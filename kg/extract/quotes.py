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
from kg.extract.tokenizer import word_tag
from kg.lexicon.dictionary import tokenizer
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


#: A count right before a quoted term makes it a kind of thing: 建成3个“口袋公园”.
_COUNTED = re.compile(r"[\d一二三四五六七八九十两百千万几]" + lexicons.count_pattern("names") + "$")
#: A term that begins with a numeral or holds a digit or a plus is a numbered formula of
#: policy (“五个一批”, “1+N”政策, “互联网+税务”).
_FORMULA = re.compile(r"^[一二三四五六七八九十两双百千万]|[\d+＋×]|[一二三四五六七八九十]条$")
#: jieba's tags of words that act (verbs, verbal nouns): a quoted policy holds one
#: (煤改气, 一网通办, 县长走基层); a figure of speech or a thing's name does not (组合拳, 感恩林).
_ACTION_TAGS = frozenset({"v", "vn", "vd", "vi", "vg"})


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
        if _bare_program(term, text, m.start(), rest):
            yield Found(m.start(), m.end(), term, "Program", "quote")


def _bare_program(term: str, text: str, start: int, rest: str) -> bool:
    """Whether a quoted term with no program word after it (``rest``: the text after it) is a
    program all the same: “煤改气”, “三个确保”, but not “链主”企业, “三资”, a slogan, a kind."""
    bare_number = not _CJK.search(term) and not re.search(r"[A-Za-z+]", term)
    if _quote_heads().match(rest) or bare_number:
        return False  # “链主”企业: a modifier; “2023”: a number
    if len(term) <= 2 and _CJK.match(term):
        return False  # “三资”, “扩绿”: two characters alone are too short to tell a program
    if "、" in term and not _parallel(term.split("、")):
        return False  # “建强副中心、形成增长极”: a slogan
    if (term in lexicons.stop_names() or looks_generic_text(term)
            or _quote_endings().search(term)):
        return False
    return not (_counted(text, start) or _a_thing(term) and not _governed(text, start, rest))


@rule("quote:counted", kind="filter")
def _counted(text: str, start: int) -> bool:
    """A quoted term right after a count names a kind of thing, not a program: 建成2个“口袋公园”,
    新增5家“共享食堂”."""
    return bool(_COUNTED.search(text, max(0, start - 4), start))


@rule("quote:thing", kind="filter")
def _a_thing(term: str) -> bool:
    """A short bare quoted term (three characters) of nouns alone is a figure of speech or
    names a thing, not a program: “组合拳”, “压舱石”, “感恩林”, “新农人”. A program has the shape
    of a policy: a numbered formula (“三个确保”, “1+N”), an action (“煤改气”, “放管服”) or a
    program word at its end (“承诺制”, “甲乙经验”). Longer noun terms are often the names of
    campaigns (“甲乙大脑”) and are kept."""
    if len(term) > 3 or _FORMULA.search(term) or _program_ending().search(term):
        return False
    words = _words(term)
    # a one-character verb at the end acts only after another single character (全程网|办,
    # not 政策|包, 轻松|游: nouns there)
    return not any(word_tag(w) in _ACTION_TAGS
                   and (len(w) > 1 or i < len(words) - 1 or i and len(words[i - 1]) == 1)
                   for i, w in enumerate(words))


def _governed(text: str, start: int, rest: str) -> bool:
    """Whether a quoted term is what an implementing verb acts on: 深入实施“甲乙”,
    “甲乙”建设."""
    return bool(_implementing().search(text, max(0, start - 4), start)
                or rest.startswith(("建设", "创建")))


@cache
def _implementing() -> re.Pattern:
    words = sorted(lexicons.words("entity_quote_verbs.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


@cache
def _words(term: str) -> tuple[str, ...]:
    return tuple(tokenizer().lcut(term, HMM=False))


@cache
def _program_ending() -> re.Pattern:
    """Words a term ends with that make it a program by itself: the program words of
    entity_quote_suffixes.tsv and entity_quote_program_ends.txt (…计划, …制, …经验)."""
    words = {w for w, t in lexicons.rows("entity_quote_suffixes.tsv") if t == "Program"}
    words |= set(lexicons.words("entity_quote_program_ends.txt"))
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + ")$")


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
