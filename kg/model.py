"""The data model that flows through the pipeline.

A :class:`Document` is made by ``ingest`` and handed from stage to stage, each stage
filling in its part, as spaCy's ``Doc`` is::

    Document ── sections: Section (title, path, part, year)
             ── sentences: Sentence (start, end, text, section path, tense, year)
             ── mentions: Mention (a span naming something, with the rule that found it)
             ── entities: Entity (one per distinct thing of the report)
             ── observations / targets / awards: the n-ary statements

Offsets are half-open code-point offsets into ``Document.text``, the repaired report text.
``Document.source_map`` maps every character of ``text`` back to ``raw``; for a DOCX, PDF or
web page, ``raw`` is the text its reader drew out, and ``Document.origins`` maps raw offsets on
to where they stand in the original file (paragraph, page and line, element).
"""

from __future__ import annotations

from bisect import bisect_right
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
    uid: str = ""  # the resolved identity (region/140802, org/3f2a…), set by kg.resolve

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
    rate: RateKind = field(default_factory=lambda: RateKind())
    rule: str = ""  # the id of the rule that produced it (kg.rules)
    span: tuple[int, int] | None = None  # where the figure stands in Document.text
    concept: str | None = None  # the indicator vocabulary's concept, set by kg.resolve


@dataclass(frozen=True, slots=True)
class RateKind:
    """What kind of figure a growth or a value is (ontology/README.md, "Rates"): annual over
    the year before (the default), an average over a period (年均), against a base year
    (比2002年), or cumulative over a period (累计)."""

    kind: Literal["annual", "average", "base", "cumulative"] = "annual"
    base_year: int | None = None
    period_start: int | None = None  # first year of the period, included
    period_end: int | None = None  # last year of the period, included


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
    rate: RateKind = field(default_factory=lambda: RateKind())
    rule: str = ""  # the id of the rule that produced it (kg.rules)
    span: tuple[int, int] | None = None  # where the figure stands in Document.text
    concept: str | None = None  # the indicator vocabulary's concept, set by kg.resolve


@dataclass(slots=True)
class Award:
    """That an entity received an honor, at a level, in a year."""

    recipient: tuple[str, str]  # Entity.key()
    honor: str
    sentence: int
    level: Level | None = None
    year: int | None = None
    rule: str = ""  # the id of the rule that produced it (kg.rules)


@dataclass(slots=True)
class Repair:
    """A join made by layout repair: the paragraph at ``moved_from`` now continues at ``at``."""

    at: int  # offset in Document.text where the joined fragment starts
    moved_from: int  # offset in the original file where that fragment started
    note: str = ""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the raw text from offset ``start`` on came from in the original file.

    A reader of a DOCX, PDF or web page marks each line (or piece of a line) it writes with
    one; a plain-text report has none (its raw offsets are positions in the file already).
    """

    start: int  # offset in Document.raw
    page: int | None = None  # PDF: 1-based page
    line: int | None = None  # PDF: 1-based line of the page's text layer
    paragraph: int | None = None  # DOCX: 0-based index of the body's paragraphs (python-docx's)
    element: str | None = None  # DOCX table cell or footnote; HTML element path

    def describe(self) -> str:
        """A short human-readable locator: ``page 3, line 12``, ``paragraph 41``."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.element:
            parts.append(self.element)
        return ", ".join(parts)


@dataclass(slots=True)
class Document:
    """One report on its way through the pipeline."""

    path: Path
    raw: str  # the decoded file, untouched
    text: str = ""  # the repaired report text that offsets index
    source_map: list[int] = field(default_factory=list)  # text offset → raw offset
    encoding: str = "utf-8"
    source_format: str = "text/plain"  # the file's media type, found from its content
    origins: list[Origin] = field(default_factory=list)  # raw offset → place in the file
    title: str | None = None
    region: str | None = None  # 青山区
    region_type: str | None = None  # County / City / Province / Country
    year: int | None = None  # the year the report is delivered in (its plan year)
    division: str | None = None  # the region's official division code (140802), if known
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
        """The report's file name without the extension (its graph file's name; not its IRI,
        which :func:`kg.rdf.iris.report_id` makes from its region, year and text)."""
        return self.path.stem

    def origin(self, offset: int) -> Origin | None:
        """Where the character at ``offset`` of ``text`` stands in the original file."""
        if not self.origins or not self.source_map:
            return None
        raw = self.source_map[min(max(offset, 0), len(self.source_map) - 1)]
        i = bisect_right(self.origins, raw, key=lambda o: o.start) - 1
        return self.origins[i] if i >= 0 else None

    def pages(self, start: int, end: int) -> list[int]:
        """The PDF pages that the text ``[start, end)`` stands on, in order (empty if no PDF)."""
        if not self.origins or end <= start:
            return []
        first, last = self.origin(start), self.origin(end - 1)
        if first is None or last is None or first.page is None or last.page is None:
            return []
        low, high = sorted((first.page, last.page))  # a moved fragment may run backwards
        return list(range(low, high + 1))

    def entity(self, type_: str, label: str) -> Entity:
        """The entity of that type and name, created on first use."""
        key = (type_, label)
        found = self.entities.get(key)
        if found is None:
            found = self.entities[key] = Entity(type_, label)
        return found
