"""Which sentences review the past and which plan the future, and the year each speaks of.

The structure step sets each sentence's tense from the part it stands in; this module keeps
to it and fills its gaps: a plan part it missed (found by its heading or by 主要预期目标),
sections full of plan words inside a review part, a report without recognised parts, and
the notes after a report (名词解释, 附件), whose figures are not news.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon
from kg.extract import numerals, rates
from kg.model import Document, Sentence

_DIGIT = re.compile(r"\d")


def sentences(doc: Document) -> Iterator[tuple[Sentence, str, int | None]]:
    """Sentences with a number, with their tense and year (a fallback when structure has none).

    Before any part (a preface) sentences are left alone. A report without recognised parts
    reviews until its plan part begins. A sentence of a part whose heading says neither
    (二、关于…, a closing section) speaks for itself (:func:`own_tense`), else is plan once
    the plan part has begun and review before. Elsewhere the sentence has its say too:
    去年… in a plan part reviews, 今年… in a review part plans.
    """
    plan_from = None if any(s.tense == "plan" for s in doc.sentences) else _plan_start(doc)
    planning = _planning_sections(doc)
    unparted = all(s.tense == "other" for s in doc.sentences)
    plan_seen = False
    for s in doc.sentences:
        tense = "review" if unparted else s.tense
        marked = tense != "other" and not unparted  # by a part's heading, not by default
        if plan_from is not None and s.index >= plan_from:
            tense = "plan"
        if tense == "review" and s.section in planning:
            tense = "plan"
        if _GLOSSARY.match(s.text):
            break  # notes after the report (名词解释) explain terms; their figures are no news
        if tense == "other" and not s.section and not plan_seen or is_note(s.text):
            continue  # a preface before any part, or a note that explains a term
        own = own_tense(s.text, doc.year) if _has_number(s.text) else None
        if tense == "other":  # a part whose heading says neither (二、关于…): the sentence does
            tense = {"past": "review", "future": "plan", "promise": "plan"}.get(
                own, "plan" if plan_seen else "review")
        plan_seen = plan_seen or tense == "plan"
        if not _has_number(s.text):
            continue
        tense = _switched(tense, own, marked)
        year = s.year if s.tense == tense else None
        if year is None and doc.year:
            year = doc.year if tense == "plan" else doc.year - 1
        yield s, tense, year


def _switched(tense: str, own: str | None, marked: bool) -> str:
    """The part's tense, unless the sentence plainly says another: a plan part's sentence
    that looks back reviews, a review part's that names the plan's time plans; one of no
    marked part plans on a promise too (力争, 要…)."""
    if tense == "plan" and own == "past":
        return "review"
    if tense == "review" and (own == "future" or own == "promise" and not marked):
        return "plan"
    return tense


def _has_number(text: str) -> bool:
    return bool(_DIGIT.search(text) or _DIGIT.search(numerals.digits(text)[0]))


@cache
def _sentence_cues() -> tuple[tuple[re.Pattern, str, str], ...]:
    return tuple((re.compile(p), tense, where)
                 for p, tense, where in lexicon.rows("figure_sentence_tense.tsv"))


#: How far into its first clause a time word opens a sentence (去年…, 2023年全县…).
_OPENING_CHARS = 12
_YEAR_WORD = re.compile(r"((?:19|20)\d\d)年")


def own_tense(text: str, year: int | None) -> str | None:
    """The tense a sentence speaks in, whatever part it stands in, or None when it does not
    say or says both: "past" for 去年…, 2023年… (before the report's year) opening it, or
    completion (同比, 增长了, 已); "future" for the plan's time (今年, 明年, 到2027年);
    "promise" for words that plan (力争, 确保, 要…) without a time.

    >>> own_tense("去年全县地区生产总值达到215.6亿元。", 2024)
    'past'
    >>> own_tense("今年全县地区生产总值增长6%左右。", 2024)
    'future'
    """
    opening = text.split("，", 1)[0][:_OPENING_CHARS]
    found = set()
    for pattern, tense, where in _sentence_cues():
        if pattern.search(opening if where == "opening" else text):
            found.add(tense)
    if year:
        marked = rates.years(text)
        for m in _YEAR_WORD.finditer(marked):
            before = marked[max(0, m.start() - 1):m.start()]
            if int(m.group(1)) >= year and before in ("到", "至", "") and m.start() < 40:
                found.add("future")  # 到2027年, 2024年全县… in a 2024 report
            elif int(m.group(1)) < year and m.end() <= len(opening) + 1 \
                    and before not in ("比", "较", "与", "同", "到", "至"):
                found.add("past")  # 2023年，全县…
    if "past" in found:
        return None if found & {"future", "promise"} else "past"
    return "future" if "future" in found else ("promise" if found else None)


_ITEM = re.compile(r"[一二三四五六七八九十]+是")
_GLOSSARY = re.compile(r"^(?:名词解释|名词注释|注释|附注|注解|附件\s*\d*|附表\s*\d*)[：:]?$")
_NOTE = re.compile(r"^\s*[〔\[【]\d+[〕\]】]")  # 〔3〕8个服务站：即…
#: A glossary note wherever it stands: a quoted term and what it means (“18”是指…18个重点产业链,
#: “两园”指…); not 指南, 指标, 指导 … after a closing quotation mark.
_DEFINES = re.compile(r"”(?:是|即|主要)?指(?![南标导挥数引示定出令望])")
_PLAN_HEADING = re.compile(r"(?:今年|(\d{4})年|二〇.{2}年).{0,12}(?:目标|任务|安排|打算)|^展望")
_PLAN_OPENING = re.compile(r"主要预期目标|主要目标是")


def is_note(text: str) -> bool:
    """Whether a sentence is a note that explains a term, whose figures are neither results
    nor targets: a footnote (〔3〕…) or a definition of a quoted term outside a 名词解释 part.

    >>> is_note("“18”是指全市18个重点产业链"), is_note("发布《“行街”指南》等丛书3套")
    (True, False)
    """
    return bool(_NOTE.match(text) or _DEFINES.search(text))


def _plan_start(doc: Document) -> int | None:
    """The first sentence of the plan part, found by its heading, when structure found none."""
    for s in doc.sentences:
        if _PLAN_OPENING.search(s.text):
            return s.index
        m = _PLAN_HEADING.search(s.text)
        heading = m and len(s.text) <= 40 and not s.text.endswith(("。", "；", ";"))
        if heading and not (m.group(1) and doc.year and int(m.group(1)) < doc.year):
            return s.index
    return None


@cache
def _tense_cues() -> tuple[re.Pattern, re.Pattern]:
    rows = lexicon.rows("figure_tense_cues.tsv")
    return tuple(re.compile("|".join(w for w, t in rows if t == tense))
                 for tense in ("future", "past"))


def _planning_sections(doc: Document) -> set[tuple[str, ...]]:
    """Sections called review whose words plan: many future cues, few past ones.

    Headings only: an inline item (一是着力深化改革) lists what was done as often as what
    is to be done, in the same words (着力, 推动), and no layout moves it.
    """
    future, past = _tense_cues()
    counts: dict[tuple[str, ...], list[int]] = {}
    for s in doc.sentences:
        if s.tense == "review" and len(s.section) > 1 and not _ITEM.match(s.section[-1]):
            c = counts.setdefault(s.section, [0, 0])
            c[0] += len(future.findall(s.text))
            c[1] += len(past.findall(s.text))
    return {key for key, (f, p) in counts.items() if f >= max(5, 6 * p)}
