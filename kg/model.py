"""The data model that flows through the pipeline.

A :class:`Document` is made by ``ingest`` and handed from stage to stage, each stage
filling in its part, as spaCy's ``Doc`` is::

    Document ── sections: Section (title, path, part, year)
             ── sentences: Sentence (start, end, text, section path, tense, year)
             ── mentions: Mention (a span naming something, with the rule that found it)
             ── entities: Entity (one per distinct thing of the report)
             ── observations / targets / awards: the n-ary statements

Offsets are half-open code-point offsets into ``Document.text``, the repaired report text.
``Document.source_map`` maps every character of ``text`` back to the original file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

#: Whether a passage reviews the past, plans the future, or neither (a preface, a heading).
Tense = Literal["review", "plan", "other"]

#: Honor levels, as in the contract (gov:NationalLevel …).
Level = Literal["national", "provincial", "city", "county"]

#: Entity classes of the contract, most specific first.
ENTITY_TYPES = ("Village", "Town", "County", "Enterprise", "Organization",
                "Project", "Program", "Event", "Place")


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the report and the stretch of text it governs."""

    title: str
    level: int  # 1 for a part (回顾/展望), 2 for 一、/■, 3 for (一) …
    start: int
    end: int
    tense: Tense = "other"
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the repaired text, with where it stands in the report."""

    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()  # titles of the enclosing headings, outermost first
    tense: Tense = "other"
    year: int | None = None  # the year the sentence speaks of


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that names something; ``source`` is the rule that found it."""

    sentence: int  # Sentence.index
    start: int  # offsets into Document.text
    end: int
    text: str
    label: str  # an entity class (ENTITY_TYPES) or "Honor", "Number" …
    source: str = ""


@dataclass(slots=True)
class Entity:
    """One distinct named thing of a report: its name, other names, and where it is named."""

    type: str  # one of ENTITY_TYPES
    label: str  # the name as written, without surrounding quotation marks
    aliases: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)  # Sentence.index values
    part_of: tuple[str, str] | None = None  # key() of the containing region

    def key(self) -> tuple[str, str]:
        return (self.type, self.label)


@dataclass(slots=True)
class Observation:
    """A reported figure of the past: 地区生产总值 215.6亿元, 增长5.2%."""

    indicator: str
    sentence: int
    value: Decimal | None = None  # as written: 215.6 for 215.6亿元
    unit: str | None = None  # as written: "亿元"
    growth: Decimal | None = None  # percent, negative for 下降
    points: Decimal | None = None  # a change in percentage points (个百分点)
    year: int | None = None
    qualifier: str | None = None  # 近, 突破, 以上, 左右, 约 …
    base_value: Decimal | None = None  # value in the base unit: 21560000000
    base_unit: str | None = None  # "元"


@dataclass(slots=True)
class Target:
    """A planned goal: 新增学位1080个; 开工率一季度达到30%."""

    label: str  # what is aimed at
    sentence: int
    value: Decimal | None = None
    max_value: Decimal | None = None  # for a range: 80个至150个
    unit: str | None = None
    year: int | None = None
    deadline: str | None = None  # a milestone inside the year: "Q1", "H1", "年底"
    modality: str | None = None  # 力争, 确保, 左右, 以上 …
    indicator: str | None = None
    growth: Decimal | None = None
    base_value: Decimal | None = None
    base_unit: str | None = None
    qualifier: str | None = None  # 以上, 左右, 不少于 … as written beside the number
    base_max_value: Decimal | None = None  # max_value in the base unit


@dataclass(slots=True)
class Award:
    """That an entity received an honor, at a level, in a year."""

    recipient: tuple[str, str]  # Entity.key()
    honor: str
    sentence: int
    level: Level | None = None
    year: int | None = None


@dataclass(slots=True)
class Repair:
    """A join made by layout repair: the paragraph at ``moved_from`` now continues at ``at``."""

    at: int  # offset in Document.text where the joined fragment starts
    moved_from: int  # offset in the original file where that fragment started
    note: str = ""


@dataclass(slots=True)
class Document:
    """One report on its way through the pipeline."""

    path: Path
    raw: str  # the decoded file, untouched
    text: str = ""  # the repaired report text that offsets index
    source_map: list[int] = field(default_factory=list)  # text offset → raw offset
    encoding: str = "utf-8"
    title: str | None = None
    region: str | None = None  # 青山区
    region_type: str | None = None  # County / City / Province / Country
    year: int | None = None  # the year the report is delivered in (its plan year)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    observations: list[Observation] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # what was left out, and why
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The report's identifier: its file name without the extension."""
        return self.path.stem

    def entity(self, type_: str, label: str) -> Entity:
        """The entity of that type and name, created on first use."""
        key = (type_, label)
        found = self.entities.get(key)
        if found is None:
            found = self.entities[key] = Entity(type_, label)
        return found
