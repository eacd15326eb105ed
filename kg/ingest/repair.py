"""Layout repair: join a paragraph that ends mid-sentence to the paragraph that continues it.

Newspaper and web layouts cut sentences, even words, across paragraphs (…提供融资支 / 持…),
and may move the continuation elsewhere in the file. A paragraph that ends mid-sentence is
joined to the next paragraph when that one plainly continues it; else to a fragment elsewhere
that starts mid-sentence and whose first characters complete a word with its last ones
(设|施); else to the next paragraph when that is body text. Words are looked up in jieba's
dictionary, only at the joins, so the pass stays linear and cheap.
"""

from __future__ import annotations

import re
from functools import cache

from kg.ingest.paragraphs import Para
from kg.lexicon.dictionary import tokenizer

#: Characters that end a sentence (a colon ends the lead-in of a list).
_END = set("。！？!?；;：:…")
#: Characters a sentence cannot start with.
_NON_INITIAL = set("，,、。．；;：:！!？?）)」』”’》〉%‰】…")
#: Characters after which the text plainly goes on.
_OPEN = set("，,、“‘「『（(《〈—")
#: Single characters that often start a sentence though they begin no longer word.
_STARTERS = set("在对把将以从为与和及并让使要由经据按向当随自其该这此各全新每近今去同但而且更再又"
                "也还都已既如若因所至于一二三四五六七八九十第总共原现另凡均约仅只就才")
_MARKED = re.compile(r"^(?:[■▲●◆★□◇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]"
                     r"|第[一二三四五六七八九十]+[部章篇节]|(?:回眸|回顾|展望)\s*\d{4}$)")
_LIST = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+(?:[)）、]|[.．](?!\d))"
                   r"|[〔\[【]\d+[〕\]】]|——|[■▲●◆★□◇])")
_HEADING_LEN = 30
#: The by-line under a report's title: (2023年1月5日在…会议上), 国务院总理 某某.
_BYLINE = re.compile(r"会议上[)）]?$|^[—－―-]{0,2}\s*[（(]?\d{4}年\d{1,2}月\d{1,2}日")
_INNER_END = re.compile(r"[。！？!?；;]")
#: A short line after an open paragraph may be the text of a link the layout cut out.
_LINK_LEN = 12
#: A fragment moved from elsewhere in the file is body text, not a table cell.
_MIN_MOVED = 20


@cache
def _words() -> dict[str, int]:
    """jieba's dictionary: word → frequency (prefixes of words have frequency 0).

    It is the extractors' tokenizer's dictionary (:mod:`kg.lexicon.dictionary`): loading jieba's a second time would cost
    half a second per process.
    """
    return tokenizer().FREQ


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def is_heading(text: str) -> bool:
    """A heading: a marked one (■, 一、, (一)), or a short line with no sentence end inside."""
    if _MARKED.match(text) or _BYLINE.search(text):
        return True
    return (len(text) <= _HEADING_LEN and text[0] not in _NON_INITIAL
            and not _INNER_END.search(text)
            and text[-1] not in _OPEN)


def ends_open(text: str) -> bool:
    """Whether the paragraph stops mid-sentence."""
    if text[-1] in ")）":  # an annotation (见第2页) or a heading's (2021—2025年)
        return False
    last = text.rstrip("”’」』】》")
    return bool(last) and last[-1] not in _END


def is_fragment(text: str) -> bool:
    """Whether the paragraph starts mid-sentence: on a closing mark, or mid-word (施，全面…)."""
    first = text[0]
    if first in _NON_INITIAL:
        return True
    if not _cjk(first) or first in _STARTERS or _LIST.match(text):
        return False
    words = _words()
    return not any(words.get(text[:n], 0) > 0 for n in (2, 3, 4) if len(text) >= n)


def word_across(left: str, right: str) -> int:
    """Length of the longest dictionary word made of the end of ``left`` and start of ``right``."""
    words = _words()
    best = 0
    for k in (1, 2, 3):
        for m in (1, 2, 3):
            if k + m > 4 or k > len(left) or m > len(right) or k + m <= best:
                continue
            w = left[-k:] + right[:m]
            if all(_cjk(c) for c in w) and words.get(w, 0) > 0:
                best = k + m
    return best


def _plain(prev: str, text: str, prev_heading: bool, heading: bool) -> bool:
    """Whether ``text`` plainly continues ``prev`` (which ends mid-sentence)."""
    if text[0] in _NON_INITIAL:
        return True
    if _MARKED.match(prev) or _LIST.match(text):
        return False
    word = word_across(prev, text) >= 2
    if prev_heading:  # a short line: only a word cut in two joins it (创建省 / 级及以上)
        return word and len(text) >= _MIN_MOVED // 5 and is_fragment(text)
    if heading and not is_fragment(text):
        return False
    return prev[-1] in _OPEN or is_fragment(text) or word


def rejoin(paras: list[Para]) -> list[list[Para]]:
    """Chains of paragraphs, each chain one line of the report text, in reading order."""
    n = len(paras)
    texts = [p.text for p in paras]
    opened = [ends_open(t) for t in texts]
    heading = _headings(texts, opened)
    nxt: dict[int, int] = {}
    taken: set[int] = set()

    def join(i: int, j: int) -> None:
        nxt[i] = j
        taken.add(j)

    # 1. the next paragraph plainly continues this one
    for i in range(n - 1):
        if opened[i] and _plain(texts[i], texts[i + 1], heading[i], heading[i + 1]):
            join(i, i + 1)
    # 2. the next paragraph cannot continue it (a heading, a list, the end): a fragment of body
    # text elsewhere that completes a word with this one's end
    fragments = [j for j in range(n) if j not in taken and len(texts[j]) >= _MIN_MOVED
                 and is_fragment(texts[j]) and (j == 0 or not opened[j - 1] or heading[j - 1])]
    for i in range(n):
        if i in nxt or not opened[i] or heading[i] or (
                i + 1 < n and not heading[i + 1] and not _LIST.match(texts[i + 1])):
            continue
        best = max(((word_across(texts[i], texts[j]), -((j - i) % n), j) for j in fragments
                    if j not in taken and j != i and not _reaches(nxt, j, i)), default=None)
        if best and best[0] >= 2:
            join(i, best[2])
    # 3. the next paragraph is body text (or a link's text): take it as the continuation
    for i in range(n - 1):
        j = i + 1
        if i in nxt or j in taken or not opened[i] or heading[i] or _LIST.match(texts[j]) \
                or heading[j] \
                or _reaches(nxt, j, i):
            continue
        join(i, j)
    return _chains(paras, nxt, taken)


def _headings(texts: list[str], opened: list[bool]) -> list[bool]:
    """Which paragraphs are headings. A short line that a link cut out of a sentence is none:
    it follows an open paragraph of body text or an opening mark, or a closing mark follows it."""
    out: list[bool] = []
    for i, text in enumerate(texts):
        heading = is_heading(text)
        if heading and i and not _MARKED.match(text) and not _BYLINE.search(text):
            prev = texts[i - 1]
            link = len(text) <= _LINK_LEN and opened[i - 1] and opened[i] and not out[i - 1]
            heading = not (link or prev[-1] in _OPEN)
        if heading and i + 1 < len(texts) and texts[i + 1][0] in _NON_INITIAL:
            heading = False
        out.append(heading)
    return out


def _chains(paras: list[Para], nxt: dict[int, int], taken: set[int]) -> list[list[Para]]:
    chains = []
    for i in range(len(paras)):
        if i in taken:
            continue
        chain = [paras[i]]
        while i in nxt:
            i = nxt[i]
            chain.append(paras[i])
        chains.append(chain)
    return chains


def _reaches(nxt: dict[int, int], start: int, goal: int) -> bool:
    """Whether following joins from ``start`` leads to ``goal`` (a join would make a loop)."""
    seen = 0
    while start in nxt and seen <= len(nxt):
        start = nxt[start]
        seen += 1
        if start == goal:
            return True
    return start == goal
