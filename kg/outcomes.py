"""Across the reports of a store: the region tree, and each target's outcome.

``kg link STORE`` (run after loading reports; again after loading more) writes two named
graphs, each replaced whole on every run:

- ``…/graph/divisions``: the region tree from the division codes, County partOf City partOf
  Province, for every region of the store that has a gov:divisionCode, with the cities and
  provinces typed, labelled and coded. It is kept out of the report graphs, which name only
  what their report names.
- ``…/graph/outcomes``: for each target of report N (planned for year Y), the observation of
  report N+1 (or any other report) of the same indicator concept (or, for an indicator the
  vocabulary lacks, the same gov:Indicator node: the same name), region and year:
  gov:outcome, gov:met and gov:outcomeRatio. Only comparable figures are linked: a growth
  rate with a growth rate, a level with a level in the same base unit.

See docs/outcomes.md for how far the linking reaches and what it misses.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.rdf.namespace import GOV, ID
from kg.resolve import divisions

DIVISIONS_GRAPH = f"{ID}graph/divisions"
OUTCOMES_GRAPH = f"{ID}graph/outcomes"

_N = ox.NamedNode
_TYPE = _N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = _N("http://www.w3.org/2000/01/rdf-schema#label")
_CLASSES = {"province": "Province", "city": "City", "county": "County"}
#: Concepts of which less is better: a target of them is met at or below its value.
_LOWER_BETTER = {"cpi", "registered-unemployment", "surveyed-unemployment", "pm25",
                 "energy-intensity"}
#: Words of a target that keep something under a ceiling (控制在3%以内).
_CEILING = ("控制在", "以内", "以下", "不超过", "低于", "下降", "降低", "减少")

PREFIXES = """PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_FIGURES = PREFIXES + """
SELECT DISTINCT ?s ?ind ?concept ?region ?year ?report ?value ?unit ?nv ?bu ?growth ?label
       ?qualifier ?modality
WHERE {
  ?s a gov:%s ; gov:indicator ?ind ; gov:region ?region ; gov:year ?year ;
     prov:wasDerivedFrom/gov:inReport ?report .
  OPTIONAL { ?ind gov:concept ?concept }
  OPTIONAL { ?s gov:value ?value } OPTIONAL { ?s gov:unit ?unit }
  OPTIONAL { ?s gov:normalizedValue ?nv } OPTIONAL { ?s gov:baseUnit ?bu }
  OPTIONAL { ?s gov:growthRate ?growth } OPTIONAL { ?s rdfs:label ?label }
  OPTIONAL { ?s gov:qualifier ?qualifier } OPTIONAL { ?s gov:modality ?modality }
  FILTER NOT EXISTS { ?s gov:deadline ?deadline }
  FILTER NOT EXISTS { ?s gov:averageAnnual true }
  FILTER NOT EXISTS { ?s gov:cumulative true }
  FILTER NOT EXISTS { ?s gov:baseYear ?base }
}"""


@dataclass
class Figure:
    """One target or observation as the linking reads it."""

    node: str
    concept: str  # the indicator's concept, else the indicator node itself
    region: str
    year: str
    report: str
    value: Decimal | None
    unit: str
    growth: Decimal | None
    words: str  # label, qualifier and modality: what says 以内, 控制在 …


def _dec(term) -> Decimal | None:
    try:
        return Decimal(term.value) if term is not None else None
    except InvalidOperation:
        return None


def figures(store: ox.Store, cls: str) -> list[Figure]:
    """The store's targets or observations that have a concept, region and year."""
    out, seen = [], set()
    for row in store.query(_FIGURES % cls, use_default_graph_as_union=True):
        if row["s"].value in seen:  # a figure of two values (two labels …): read once
            continue
        seen.add(row["s"].value)
        nv, bu = _dec(row["nv"]), row["bu"]
        value, unit = (nv, bu.value) if nv is not None and bu is not None else \
            (_dec(row["value"]), row["unit"].value if row["unit"] is not None else "")
        words = "".join(row[k].value for k in ("label", "qualifier", "modality")
                        if row[k] is not None)
        measure = row["concept"] if row["concept"] is not None else row["ind"]
        out.append(Figure(row["s"].value, measure.value, row["region"].value,
                          row["year"].value[:4], row["report"].value, value, unit,
                          _dec(row["growth"]), words))
    return sorted(out, key=lambda f: f.node)


@dataclass
class Link:
    target: Figure
    outcome: Figure
    ratio: Decimal | None
    met: bool | None


def compare(target: Figure, obs: Figure) -> Link | None:
    """The link of a target and an observation, if their figures can be compared."""
    lower = target.concept.rsplit("/", 1)[-1] in _LOWER_BETTER or any(
        w in target.words for w in _CEILING)
    if target.growth is not None and obs.growth is not None:
        want, got = target.growth, obs.growth
    elif target.growth is None and target.value is not None and obs.value is not None \
            and target.unit == obs.unit:
        want, got = target.value, obs.value
    else:
        return None
    met = got <= want if lower else got >= want
    ratio = (got / want).quantize(Decimal("0.001")) if want else None
    return Link(target, obs, ratio, met)


def link_targets(store: ox.Store) -> list[Link]:
    """Each target's outcome: the first comparable observation (by IRI) of the same concept,
    region and year in another report."""
    observed: dict[tuple[str, str, str], list[Figure]] = {}
    for obs in figures(store, "Observation"):
        observed.setdefault((obs.concept, obs.region, obs.year), []).append(obs)
    links = []
    for target in figures(store, "Target"):
        for obs in observed.get((target.concept, target.region, target.year), ()):
            if obs.report != target.report and (found := compare(target, obs)) is not None:
                links.append(found)
                break
    return links


def region_tree(store: ox.Store) -> list[ox.Triple]:
    """County partOf City partOf Province for every coded region of the store."""
    query = PREFIXES + "SELECT DISTINCT ?r ?code WHERE { ?r gov:divisionCode ?code }"
    out: set[ox.Triple] = set()
    for row in store.query(query, use_default_graph_as_union=True):
        region = divisions.division(row["code"].value)
        if region is None:
            continue
        node = row["r"]
        for parent in divisions.ancestors(region):
            code = divisions.short_code(parent.adcode)
            up = _N(f"{ID}region/{code}")
            out.add(ox.Triple(node, _N(str(GOV.partOf)), up))
            out.add(ox.Triple(up, _TYPE, _N(str(GOV[_CLASSES[parent.level]]))))
            out.add(ox.Triple(up, _LABEL, ox.Literal(parent.name, language="zh")))
            out.add(ox.Triple(up, _N(str(GOV.divisionCode)), ox.Literal(code)))
            node = up
    return sorted(out, key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))


def outcome_triples(links: list[Link]) -> list[ox.Triple]:
    out = []
    for link in links:
        node = _N(link.target.node)
        out.append(ox.Triple(node, _N(str(GOV.outcome)), _N(link.outcome.node)))
        if link.met is not None:
            out.append(ox.Triple(node, _N(str(GOV.met)), ox.Literal(
                "true" if link.met else "false",
                datatype=_N("http://www.w3.org/2001/XMLSchema#boolean"))))
        if link.ratio is not None:
            out.append(ox.Triple(node, _N(str(GOV.outcomeRatio)), ox.Literal(
                format(link.ratio, "f"), datatype=_N("http://www.w3.org/2001/XMLSchema#decimal"))))
    return out


def link(store: ox.Store) -> tuple[int, list[Link]]:
    """Write the divisions and outcomes graphs of ``store`` anew; (tree triples, links)."""
    tree = region_tree(store)
    links = link_targets(store)
    for name, triples in ((DIVISIONS_GRAPH, tree), (OUTCOMES_GRAPH, outcome_triples(links))):
        graph = _N(name)
        store.remove_graph(graph)
        store.extend([ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
    store.flush()
    return len(tree), links
