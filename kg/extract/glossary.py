"""Glossary sections (名词解释, 注释): an entry names the term it defines (〔3〕甲乙工程：指…),
and only that term is a program or project of the report: the quoted slogans, kinds and
works its definition explains with are not. The bodies, places and events a definition names
(甲省教育厅, 乙村, 第三届丙博览会) are names wherever they are written and are kept.

A sentence of a glossary section has a term when it begins with one before a colon; a
sentence that goes on with a definition has none.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg import lexicon as lexicons
from kg.extract import quotes
from kg.extract.names import Found
from kg.model import Sentence
from kg.rules import rule

#: An entry's head: a number mark (〔3〕, [3], 3., （3）), the term, a colon.
_ENTRY = re.compile(r"^\s*(?:〔\d+〕|\[\d+\]|【\d+】|[（(]\d+[)）]|\d+\s*[.．、]?)?\s*"
                    r"([^：:，。；]{2,40}?)\s*[：:]")


_COUNTED = re.compile(r"\d+" + lexicons.count_pattern("names"))


@cache
def _headings() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicons.words("glossary_headings.txt"))))


def in_glossary(sentence: Sentence) -> bool:
    """Whether a sentence lies in a glossary section (under a heading 名词解释, 注释 …)."""
    return _glossary_section(sentence.section or ())


@lru_cache(maxsize=4096)  # a report's sentences share a few sections
def _glossary_section(section: tuple[str, ...]) -> bool:
    return any(_headings().search(h) for h in section)


def term_end(text: str) -> int:
    """Where the term an entry of a glossary defines ends (0: the sentence defines none)."""
    m = _ENTRY.match(text)
    return m.end(1) if m else 0


@rule("glossary")
def defined(text: str, end: int, found: list[Found]) -> list[Found]:
    """The names of a glossary entry whose term ends at ``end``: those the finders found in
    the term (``found``: 〔3〕“甲乙”工程 → 甲乙工程), else the term itself when it reads as a
    program, as a quoted one would (〔1〕三联三帮：即… → 三联三帮; not 〔2〕飞地经济：指…)."""
    if found:
        return found
    start = _ENTRY.match(text).start(1)
    term = text[start:end]
    if "“" in term or "”" in term or _COUNTED.match(term):
        return []  # 〔4〕4个甲乙：a count of things
    return [Found(start, end, f.text, f.type, "glossary")
            for f in quotes.find("“" + term + "”") if f.text == term]


#: What only a glossary's defined term may be (a definition's quoted terms and works are its
#: explanation).
_TERM_TYPES = frozenset({"Program", "Project"})


def named_in_definition(found: list[Found], end: int) -> list[Found]:
    """The names of a definition (after the term ending at ``end``) that stand anywhere: bodies,
    places, towns, enterprises, events; not programs or projects."""
    return [f for f in found if f.start >= end and f.type not in _TERM_TYPES]
