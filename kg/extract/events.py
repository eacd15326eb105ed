"""Events held: fairs, expos, forums, summits, games, contests and festivals, found by their
head word (event_heads.tsv: 博览会, 峰会, 马拉松, 音乐节 …) after a stem that names one.

A head word alone names a kind (举办各类展会, 创新创业大赛); the stem must say which event:
an edition (第三届, 首届, 2025), a place or other proper name (青山马拉松), or the scope of
its organizer (全国, 国际, 全省). Heads of abbreviations (…博会, …交会: 甲博会) name one
event by themselves. Meetings of a government or party are no events (代表大会, 工作会议 are
stop parts; 动员大会, 表彰大会 in event_not_before.txt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import Found, balanced, left_edge
from kg.extract.tokenindex import ending_at, token_at, within
from kg.extract.tokenizer import Token, leading_word, proper_word, word_tag
from kg.rules import rule

#: An edition in the stem: 第三届, 第11届, 首届, 2025 (a year), 年度.
_EDITION = re.compile(r"第[一二三四五六七八九十百零\d]+[届次]|[一二三四五六七八九十百零\d]+届|首届"
                      r"|[12１２]\d{3}")
_EDITION_END = re.compile(r"(?:" + _EDITION.pattern + r")年?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: The longest name of an event.
_MAX = 30
#: Characters that are no stem of an abbreviation: 的|博会.
_FUNCTION_CHARS = frozenset("的和与及在等了是为对届")
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nz", "nt", "nrt", "nrfg", "ng"})
#: Tags of jieba's dictionary for names (places, persons, organizations, other proper nouns).
_NAME_TAGS = frozenset({"nr", "ns", "nz", "nt", "nrt", "nrfg"})


@cache
def _heads() -> tuple[dict[str, str], re.Pattern]:
    kinds = lexicons.event_heads()
    return kinds, re.compile(lexicons.trie_pattern(kinds))


@cache
def _not_before() -> re.Pattern:
    words = sorted(lexicons.words("event_not_before.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


@cache
def _holding() -> frozenset[str]:
    return frozenset(lexicons.words("event_verbs.txt"))


@cache
def _scopes() -> frozenset[str]:
    return frozenset(lexicons.words("event_scopes.txt"))


@rule("event")
def find(text: str, toks: list[Token]) -> Iterator[Found]:
    """Events named by a head word after a stem that names one: 第三届青山桃花节,
    青山马拉松, 全国乙丙锦标赛, 甲博会, 第九届亚运会; not 各类展会 or 创新创业大赛 (kinds)."""
    kinds, heads = _heads()
    if not toks:
        return
    for m in heads.finditer(text):
        tok = token_at(toks, m.end() - 1)
        if tok is None or tok[2] != m.end():
            continue  # the head ends inside a word: 大会精神, 峰会期间
        kind = kinds[m.group()]
        if kind == "word" and tok[1] != m.start():
            continue  # 节 of a word: 春节, 环节
        if kind in ("named", "word", "theme"):
            start = _named(text, toks, m, tok, themed=kind == "theme")
        else:  # an abbreviation (甲博会) or a name by itself (亚运会): a stem if it names one
            base = m.start() - 1 if kind == "abbr" else m.start()
            if kind == "abbr" and not _abbreviated(text, base):
                continue
            start = _qualifier(text, toks, base)
        if start is not None:
            yield Found(start, m.end(), text[start:m.end()], "Event", f"event:{m.group()}")


def _named(text: str, toks: list[Token], m: re.Match, tok: Token,
           themed: bool = False) -> int | None:
    """Where the name of an event with head ``m`` starts, if its stem names one (``themed``:
    a festival, named by its theme as well: 桃花|文化节)."""
    if tok[1] > m.start():
        return None  # the head begins inside a word
    cut = tok[1]  # 亚洲杯 as one word: its stem is in it
    if _not_before().search(text, max(0, m.start() - 4), m.start()):
        return None  # 动员|大会, 表彰大会: a meeting of a government
    start = _stem(text, toks, cut, m.end())
    if start >= m.start() or not (_names_one(text, toks, start, m.start())
                                  or themed and _themed(toks, start, m.start())):
        return None
    return start


def _themed(toks: list[Token], start: int, end: int) -> bool:
    """A festival's stem with a noun of its own (桃花|文化节), not generic words (乡村|文化节)."""
    return any(word_tag(w) in _NOUN_TAGS and w not in lexicons.generic()
               for w, _, _ in within(toks, start, _word_end(toks, end)))


def _qualifier(text: str, toks: list[Token], base: int) -> int:
    """Where a name that is one by itself (亚运会, 甲博会 at ``base``) starts: with the edition,
    place or scope right before it (第九届|亚运会, 青山|亚运会), not with other words
    (运动员|出征|亚运会)."""
    start = base
    while start > base - _MAX // 2:
        edition = _EDITION_END.search(text, max(0, start - 8), start)
        tok = ending_at(toks, start)
        if edition:
            start = edition.start()
        elif tok is not None and (_proper(tok[0]) or tok[0] in "()（）·"):
            start = tok[1]
        else:
            break
    return start


def _stem(text: str, toks: list[Token], cut: int, end: int) -> int:
    """The start of the words before ``cut`` that may belong to a name ending at ``end``:
    words of any kind (创新创业大赛 holds verbs), but not the verbs and boundary words it
    begins with (成功|举办|第三届甲乙大会)."""
    start = left_edge(text, toks, cut, _MAX - (end - cut), verb_head=True)
    bounds = lexicons.boundaries()
    words = within(toks, start, cut)
    for word, _, te in words:  # 精心|办好|甲乙杯: after the last verb of holding one
        if word in _holding():
            start = te
    for word, ts, te in words:
        if ts == start and len(word) > 1 and (word in bounds or leading_word(word)):
            start = te
    edition = _EDITION_END.search(text, max(0, start - 8), start)
    if edition:
        start = edition.start()  # 2025年|甲乙博览会: a year is no count of the name
    return balanced(text, start, cut)  # past a stray closing bracket: 甲）乙论坛


def _word_end(toks: list[Token], at: int) -> int:
    """The end of the word holding ``at`` (a stem may end inside a word: 亚洲|杯 in 亚洲杯)."""
    tok = token_at(toks, at)
    return tok[2] if tok is not None and tok[1] < at else at


def _abbreviated(text: str, at: int) -> bool:
    """One character before an abbreviation's head that can be its stem: 甲|博会."""
    return at >= 0 and bool(_CJK.match(text[at])) \
        and text[at] not in _FUNCTION_CHARS


def _names_one(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Whether a stem says which event: an edition, a proper name or an organizer's scope."""
    if _EDITION.search(text, start, end):
        return True
    words = [w for w, _, _ in within(toks, start, _word_end(toks, end))]
    singles = [len(w) == 1 and bool(_CJK.match(w)) and w not in lexicons.boundaries()
               for w in words]  # a name jieba does not know falls apart: 禾|山|杯
    return any(map(_proper, words)) or any(a and b for a, b in zip(singles, singles[1:]))


def _proper(word: str) -> bool:
    """A word that says which event: an organizer's scope (全国, 国际), a name jieba knows
    (not a common word it tags as one: 城市), or a word it does not know (琴台, 海右)."""
    if word in _scopes():
        return True
    if word in lexicons.generic() or word in lexicons.boundaries():
        return False  # nor a verb added to the dictionary: 用好, 印发
    return (proper_word(word) or word_tag(word) in _NAME_TAGS
            or word_tag(word) is None and len(word) > 1 and bool(_CJK.match(word)))
