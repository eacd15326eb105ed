"""An indicator's time series over the reports of a store: every region and year.

The indicator is any name of a concept of the indicator vocabulary (GDP, 地区生产总值, 生产总值
are one) or its id (``gdp``). One row per region and year: the level in its base unit (元,
人 …) and the growth the report states, with the growth computed from the level of the year
before beside it when both years have a level. Averages over several years and cumulative
figures are left out; so are milestones inside a year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pyoxigraph as ox

from kg.errors import InputError
from kg.outcomes import PREFIXES, _dec
from kg.resolve import divisions
from kg.resolve.indicators import IND, concept_label, concept_of, concepts

COLUMNS = ("region", "division_code", "year", "value", "unit", "growth_pct",
           "computed_growth_pct", "indicator_as_written", "report")

_QUERY = PREFIXES + """
SELECT DISTINCT ?s ?region ?name ?code ?year ?value ?unit ?nv ?bu ?growth ?written ?report WHERE {
  ?s a gov:Observation ; gov:indicator ?ind ; gov:region ?region ; gov:year ?year ;
     prov:wasDerivedFrom/gov:inReport ?report .
  ?ind gov:concept <%s> ; rdfs:label ?written .
  OPTIONAL { ?region rdfs:label ?name } OPTIONAL { ?region gov:divisionCode ?code }
  OPTIONAL { ?s gov:value ?value } OPTIONAL { ?s gov:unit ?unit }
  OPTIONAL { ?s gov:normalizedValue ?nv } OPTIONAL { ?s gov:baseUnit ?bu }
  OPTIONAL { ?s gov:growthRate ?growth }
  FILTER NOT EXISTS { ?s gov:deadline ?deadline }
  FILTER NOT EXISTS { ?s gov:averageAnnual true }
  FILTER NOT EXISTS { ?s gov:cumulative true }
  FILTER NOT EXISTS { ?s gov:baseYear ?base }
}"""


def concept(indicator: str) -> str:
    """The concept IRI of an indicator's name or id.

    Raises:
        InputError: the vocabulary has no such indicator.
    """
    if IND + indicator in concepts():
        return IND + indicator
    found = concept_of(indicator)
    if found is None:
        known = "、".join(label for label, _ in list(concepts().values())[:12])
        raise InputError(f"no indicator {indicator!r} in the vocabulary "
                         f"(data/vocabularies/indicators.ttl), e.g. {known} …")
    return found


@dataclass
class Point:
    region: str
    code: str
    year: int
    value: Decimal | None = None
    unit: str = ""
    growth: Decimal | None = None
    written: str = ""
    report: str = ""
    computed: Decimal | None = None


def series(store: ox.Store, indicator: str, region: str | None = None) -> list[Point]:
    """The series of ``indicator`` by region and year (of ``region`` and the regions under
    it, by name or division code, when given)."""
    iri = concept(indicator)
    points: dict[tuple[str, int], Point] = {}
    rows = sorted(store.query(_QUERY % iri, use_default_graph_as_union=True),
                  key=lambda r: r["s"].value)
    for row in rows:
        name = row["name"].value if row["name"] is not None else row["region"].value
        code = row["code"].value if row["code"] is not None else ""
        if region and not _within(name, code, region):
            continue
        point = points.setdefault((name, int(row["year"].value[:4])),
                                  Point(name, code, int(row["year"].value[:4])))
        nv, bu = _dec(row["nv"]), row["bu"]
        if point.value is None:
            if nv is not None and bu is not None:
                point.value, point.unit = nv, bu.value
            elif (value := _dec(row["value"])) is not None:
                point.value = value
                point.unit = row["unit"].value if row["unit"] is not None else ""
            if point.value is not None:
                point.written, point.report = row["written"].value, row["report"].value
                if (growth := _dec(row["growth"])) is not None:
                    point.growth = growth  # the growth stated with the level it belongs to
        if point.growth is None and (growth := _dec(row["growth"])) is not None:
            point.growth = growth
            point.written = point.written or row["written"].value
            point.report = point.report or row["report"].value
    ordered = sorted(points.values(), key=lambda p: (p.region, p.year))
    for before, after in zip(ordered, ordered[1:]):
        if before.region == after.region and after.year == before.year + 1 \
                and before.value and after.value is not None and before.unit == after.unit:
            after.computed = ((after.value / before.value - 1) * 100).quantize(Decimal("0.01"))
    return ordered


def _within(name: str, code: str, wanted: str) -> bool:
    """Whether a region is ``wanted`` (a name or a code) or lies under it."""
    if wanted in (name, code):
        return True
    found = divisions.division(code) if code.isdigit() and len(code) <= 12 else None
    return found is not None and any(wanted in (d.name, divisions.short_code(d.adcode))
                                     for d in divisions.ancestors(found))


def rows(points: list[Point]) -> list[list[str]]:
    def text(value) -> str:
        if value is None:
            return ""
        return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)

    out = [list(COLUMNS)]
    for p in points:
        out.append([p.region, p.code, str(p.year), text(p.value), p.unit, text(p.growth),
                    text(p.computed), p.written, p.report.rsplit("/", 1)[-1]])
    return out


def label(indicator: str) -> str:
    return concept_label(concept(indicator))
