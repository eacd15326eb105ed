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
from kg.model import Document, Sentence

_DIGIT = re.compile(r"\d")


def sentences(doc: Document) -> Iterator[tuple[Sentence, str, int | None]]:
    """Sentences with a digit, with their tense and year (a fallback when structure has none).

    Sentences outside any part (a closing section after the plan) count as plan once the
    plan part has begun; before any part (a preface) they are left alone.
    """
    plan_from = None if any(s.tense == "plan" for s in doc.sentences) else _plan_start(doc)
    planning = _planning_sections(doc)
    # A report without recognised parts reviews until its plan part begins.
    unparted = all(s.tense == "other" for s in doc.sentences)
    plan_seen = False
    for s in doc.sentences:
        tense = "review" if unparted else s.tense
        if plan_from is not None and s.index >= plan_from:
            tense = "plan"
        if tense == "review" and s.section in planning:
            tense = "plan"
        plan_seen = plan_seen or tense == "plan"
        if tense == "other" and plan_seen:
            tense = "plan"
        if _GLOSSARY.match(s.text):
            break  # notes after the report (名词解释) explain terms; their figures are no news
        if tense == "other" or not _DIGIT.search(s.text) or _NOTE.match(s.text):
            continue
        year = s.year if s.tense == tense else None
        if year is None and doc.year:
            year = doc.year if tense == "plan" else doc.year - 1
        yield s, tense, year


_GLOSSARY = re.compile(r"^(?:名词解释|名词注释|注释|附注|注解|附件\s*\d*|附表\s*\d*)[：:]?$")
_NOTE = re.compile(r"^\s*[〔\[【]\d+[〕\]】]")  # 〔3〕8个服务站：即…
_PLAN_HEADING = re.compile(r"(?:今年|(\d{4})年|二〇.{2}年).{0,12}(?:目标|任务|安排|打算)|^展望")
_PLAN_OPENING = re.compile(r"主要预期目标|主要目标是")


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
    """Sections called review whose words plan: many future cues, few past ones."""
    future, past = _tense_cues()
    counts: dict[tuple[str, ...], list[int]] = {}
    for s in doc.sentences:
        if s.tense == "review" and len(s.section) > 1:
            c = counts.setdefault(s.section, [0, 0])
            c[0] += len(future.findall(s.text))
            c[1] += len(past.findall(s.text))
    return {key for key, (f, p) in counts.items() if f >= max(5, 6 * p)}
