"""Map a Document to RDF triples under the govkg ontology.

Triples are made as pyoxigraph terms (fast, and checked by Oxigraph as they are made);
:func:`to_rdflib` gives the same graph as an ``rdflib.Graph`` for use from Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from types import SimpleNamespace

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.extract import units
from kg.lexicon import division_type
from kg.model import Award, Document, Observation, RateKind, Target
from kg.rdf import iris
from kg.rdf.namespace import GOV
from kg.resolve.indicators import concept_label
from kg.rules import rule_id

_LEVELS = {"national": GOV.NationalLevel, "provincial": GOV.ProvincialLevel,
           "city": GOV.CityLevel, "county": GOV.CountyLevel}

_N = ox.NamedNode
_TYPE = _N(str(RDF.type))
_LABEL = _N(str(RDFS.label))
_DERIVED = _N(str(PROV.wasDerivedFrom))
_DECIMAL = _N(str(XSD.decimal))
_INTEGER = _N(str(XSD.integer))
_GYEAR = _N(str(XSD.gYear))


@cache
def _p(term) -> ox.NamedNode:
    """The Oxigraph node of a vocabulary term, made once (IRI parsing is not free)."""
    return _N(str(term))


#: Every govkg term as an Oxigraph node, made once: ``G.text``, ``getattr(G, "Town")``.
G = SimpleNamespace(**{name: _N(str(GOV[name])) for name in GOV.__annotations__})


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def decimal(value: Decimal) -> ox.Literal:
    """An xsd:decimal written in full, digit for digit however long (no rounding to the
    context's 28 digits): 1.2E+3 → 1200, 4.40 → 4.40."""
    text = format(value, "f")
    if "." in text and value == value.to_integral_value():
        text = text.split(".")[0]
    return ox.Literal(text, datatype=_DECIMAL)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


@cache
def gyear(value: int) -> ox.Literal:
    return ox.Literal(f"{value:04d}", datatype=_GYEAR)


@lru_cache(maxsize=16384)
def sentence_node(report_local: str, index: int) -> ox.NamedNode:
    """A sentence's node, made once: every entity mention and statement cites one."""
    return _N(iris.sentence(report_local, index))


def triples(doc: Document) -> Iterator[ox.Triple]:
    """All triples of the Document's graph, in a stable order."""
    yield from _report(doc)
    yield from _sentences(doc)
    yield from _entities(doc)
    region = region_node(doc)
    rid = iris.report_id(doc)
    texts = {s.index: s.text for s in doc.sentences}
    names = iris.statement_iris("observation", rid, [
        f"{texts.get(o.sentence, o.sentence)}|{o.value}|{o.unit}|{o.growth}|{o.points}"
        for o in doc.observations])
    for node, obs in zip(names, doc.observations):
        yield from _observation(doc, _N(node), obs, region)
    names = iris.statement_iris("target", rid, [
        f"{texts.get(t.sentence, t.sentence)}|{t.value}|{t.max_value}|{t.unit}|{t.growth}"
        for t in doc.targets])
    for node, target in zip(names, doc.targets):
        yield from _target(doc, _N(node), target, region)
    names = iris.statement_iris("award", rid, [
        f"{texts.get(a.sentence, a.sentence)}|{a.recipient[1]}|{a.honor}" for a in doc.awards])
    for node, award in zip(names, doc.awards):
        yield from _award(doc, _N(node), award)


def entity_node(doc: Document, key: tuple[str, str]) -> ox.NamedNode:
    """The node of an entity of the report, by its resolved key where it has one."""
    ent = doc.entities.get(key)
    if ent is None and key[1] == doc.region and doc.division:
        return _N(iris.entity(*key, uid=f"region/{doc.division}"))
    return _N(iris.entity(*key, uid=ent.uid if ent is not None else ""))


def report_node(doc: Document) -> ox.NamedNode:
    return _N(iris.report(doc))


def region_node(doc: Document) -> ox.NamedNode | None:
    """The report's own region, as the entity the extractors made for it (or would)."""
    if not doc.region:
        return None
    found = next((e for e in doc.entities.values() if e.label == doc.region
                  and e.type in ("County", "Town", "Village")), None)
    type_ = found.type if found else (doc.region_type or division_type(doc.region))
    if found is not None and found.uid:
        return _N(iris.entity(type_, doc.region, found.uid))
    uid = f"region/{doc.division}" if doc.division else ""
    return _N(iris.entity(type_, doc.region, uid))


def _report(doc: Document) -> Iterator[ox.Triple]:
    node = report_node(doc)
    yield ox.Triple(node, _TYPE, G.Report)
    yield ox.Triple(node, G.sourceFile, ox.Literal(doc.path.name))
    yield ox.Triple(node, G.sourceFormat, ox.Literal(doc.source_format))
    # The repaired text that sentence offsets index, so that they can be checked (SHACL).
    yield ox.Triple(node, G.fullText, zh(doc.text))
    if doc.title:
        yield ox.Triple(node, _p(DCTERMS.title), zh(doc.title))
    if doc.year:
        yield ox.Triple(node, G.year, gyear(doc.year))
    region = region_node(doc)
    if region is not None:
        yield ox.Triple(node, G.region, region)
        if not any(e.label == doc.region for e in doc.entities.values()):
            type_ = doc.region_type or division_type(doc.region)
            yield ox.Triple(region, _TYPE, getattr(G, type_))
            yield ox.Triple(region, _LABEL, zh(doc.region))
        if doc.division:
            yield ox.Triple(region, G.divisionCode, ox.Literal(doc.division))


def _sentences(doc: Document) -> Iterator[ox.Triple]:
    report, rid = report_node(doc), iris.report_id(doc)
    for s in doc.sentences:
        node = sentence_node(rid, s.index)
        yield ox.Triple(node, _TYPE, G.Sentence)
        yield ox.Triple(node, G.inReport, report)
        yield ox.Triple(node, G.text, zh(s.text))
        yield ox.Triple(node, G.start, integer(s.start))
        yield ox.Triple(node, G.end, integer(s.end))
        if s.section:
            yield ox.Triple(node, G.sectionPath, zh(" > ".join(s.section)))
        if s.tense != "other":
            yield ox.Triple(node, G.tense, ox.Literal(s.tense))
        if s.year:
            yield ox.Triple(node, G.year, gyear(s.year))
        for page in doc.pages(s.start, s.end):
            yield ox.Triple(node, G.page, integer(page))


#: Quotation marks and title marks of a mention as written, not of the entity's name.
_QUOTES = re.compile("[“”\"《》「」]")


def entity_rules(doc: Document) -> dict[tuple[str, str], set[str]]:
    """The ids of the rules that named each entity: those of its mentions (by its name or
    another), region:own for the report's region, award for a recipient only an award names."""
    forms = {(t, form): key for key, ent in doc.entities.items() for t in (key[0],)
             for form in {key[1], *ent.aliases}}
    out: dict[tuple[str, str], set[str]] = {}
    for m in doc.mentions:
        key = forms.get((m.label, _QUOTES.sub("", m.text)))
        if key and m.source:
            out.setdefault(key, set()).add(rule_id(m.source) or m.source)
    own = (doc.region_type, doc.region)
    if own in doc.entities:
        out.setdefault(own, set()).add("region:own")
    for award in doc.awards:  # a recipient the award rule named itself (甲、乙获评…)
        if award.recipient in doc.entities and award.recipient not in out:
            out[award.recipient] = {award.rule or "award"}
    return out


def _entities(doc: Document) -> Iterator[ox.Triple]:
    rules, rid = entity_rules(doc), iris.report_id(doc)
    for (type_, label), ent in sorted(doc.entities.items()):
        node = entity_node(doc, (type_, label))
        yield ox.Triple(node, _TYPE, getattr(G, type_))
        yield ox.Triple(node, _LABEL, zh(label))
        for alias in sorted(ent.aliases - {label}):
            yield ox.Triple(node, _p(SKOS.altLabel), zh(alias))
        for index in sorted(ent.sentences):
            yield ox.Triple(node, G.mentionedIn, sentence_node(rid, index))
        if ent.part_of:
            yield ox.Triple(node, G.partOf, entity_node(doc, ent.part_of))
        if ent.uid.startswith("region/"):
            yield ox.Triple(node, G.divisionCode, ox.Literal(ent.uid.split("/", 1)[1]))
        for rule in sorted(rules.get((type_, label), ())):
            yield ox.Triple(node, G.extractedBy, ox.Literal(rule))


def _quantity(node, q: Observation | Target) -> Iterator[ox.Triple]:
    """The value, unit, normalized value and year shared by observations and targets."""
    if q.value is not None:
        yield ox.Triple(node, G.value, decimal(q.value))
    if q.unit:
        yield ox.Triple(node, G.unit, ox.Literal(q.unit))
        yield ox.Triple(node, G.standardUnit, ox.Literal(units.standard(q.unit)))
    if q.growth is not None:
        yield ox.Triple(node, G.growthRate, decimal(q.growth))
    if q.base_value is not None and q.base_unit:
        yield ox.Triple(node, G.normalizedValue, decimal(q.base_value))
        yield ox.Triple(node, G.baseUnit, ox.Literal(q.base_unit))
    if q.year:
        yield ox.Triple(node, G.year, gyear(q.year))
    if q.qualifier:
        yield ox.Triple(node, G.qualifier, zh(q.qualifier))
    yield from _rate(node, q.rate)


def _rate(node, rate: RateKind) -> Iterator[ox.Triple]:
    """What kind of rate or value a figure is (ontology/README.md, "Rates"); annual says nothing."""
    if rate.kind == "average":
        yield ox.Triple(node, G.averageAnnual, ox.Literal("true", datatype=_p(XSD.boolean)))
    elif rate.kind == "cumulative":
        yield ox.Triple(node, G.cumulative, ox.Literal("true", datatype=_p(XSD.boolean)))
    elif rate.kind == "base" and rate.base_year:
        yield ox.Triple(node, G.baseYear, gyear(rate.base_year))
    if rate.kind in ("average", "cumulative") and rate.period_start and rate.period_end:
        yield ox.Triple(node, G.periodStart, gyear(rate.period_start))
        yield ox.Triple(node, G.periodEnd, gyear(rate.period_end))


def _cited(doc: Document, node, sentence: int, region) -> Iterator[ox.Triple]:
    """The region a statement speaks of, and the sentence it was read from."""
    if region is not None:
        yield ox.Triple(node, G.region, region)
    yield ox.Triple(node, _DERIVED, sentence_node(iris.report_id(doc), sentence))


def _indicator(node, label: str, concept: str | None = None) -> Iterator[ox.Triple]:
    """The indicator as written, and the concept of the indicator vocabulary it names."""
    ind = _indicator_node(label)
    yield ox.Triple(node, G.indicator, ind)
    yield ox.Triple(ind, _TYPE, G.Indicator)
    yield ox.Triple(ind, _LABEL, _zh_cached(label))
    if concept:
        yield ox.Triple(ind, G.concept, _N(concept))


@lru_cache(maxsize=4096)
def _indicator_node(label: str) -> ox.NamedNode:
    return _N(iris.indicator(label))


@lru_cache(maxsize=4096)
def _zh_cached(text: str) -> ox.Literal:
    """A label said again and again across reports (an indicator's), made once."""
    return zh(text)


def _span(node, q: Observation | Target) -> Iterator[ox.Triple]:
    """Where the figure stands in the report's text, to highlight what was read."""
    if q.span is not None:
        yield ox.Triple(node, G.valueStart, integer(q.span[0]))
        yield ox.Triple(node, G.valueEnd, integer(q.span[1]))


def _observation(doc: Document, node, obs: Observation, region) -> Iterator[ox.Triple]:
    yield ox.Triple(node, _TYPE, G.Observation)
    yield from _indicator(node, obs.indicator, obs.concept)
    yield from _quantity(node, obs)
    yield from _span(node, obs)
    if obs.points is not None:
        yield ox.Triple(node, G.pointsChange, decimal(obs.points))
    yield from _rule(node, obs.rule)
    yield from _cited(doc, node, obs.sentence, region)


def _target(doc: Document, node, t: Target, region) -> Iterator[ox.Triple]:
    yield ox.Triple(node, _TYPE, G.Target)
    yield ox.Triple(node, _LABEL, zh(t.label))
    if t.indicator:
        yield from _indicator(node, t.indicator, t.concept)
    elif t.concept:
        yield from _indicator(node, concept_label(t.concept), t.concept)
    yield from _quantity(node, t)
    yield from _span(node, t)
    if t.max_value is not None:
        yield ox.Triple(node, G.maxValue, decimal(t.max_value))
    if t.base_max_value is not None and t.base_unit:
        yield ox.Triple(node, G.normalizedMaxValue, decimal(t.base_max_value))
    if t.deadline:
        yield ox.Triple(node, G.deadline, ox.Literal(t.deadline))
    if t.modality:
        yield ox.Triple(node, G.modality, zh(t.modality))
    yield from _rule(node, t.rule)
    yield from _cited(doc, node, t.sentence, region)


def _award(doc: Document, node, award: Award) -> Iterator[ox.Triple]:
    honor = _N(iris.honor(award.honor))
    yield ox.Triple(node, _TYPE, G.Award)
    yield ox.Triple(node, G.recipient, entity_node(doc, award.recipient))
    yield ox.Triple(node, G.honor, honor)
    yield ox.Triple(honor, _TYPE, G.Honor)
    yield ox.Triple(honor, _LABEL, zh(award.honor))
    if award.level:
        yield ox.Triple(node, G.level, _p(_LEVELS[award.level]))
    if award.year:
        yield ox.Triple(node, G.year, gyear(award.year))
    yield from _rule(node, award.rule)
    yield ox.Triple(node, _DERIVED, sentence_node(iris.report_id(doc), award.sentence))


def _rule(node, rule: str) -> Iterator[ox.Triple]:
    """gov:extractedBy: the rule that produced a statement."""
    if rule:
        yield ox.Triple(node, G.extractedBy, ox.Literal(rule))


def to_rdflib(doc: Document):
    """The Document's graph as an ``rdflib.Graph``, with the project's prefixes bound."""
    import rdflib

    from kg.rdf.serialize import PREFIXES, ox_to_rdflib

    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for t in set(triples(doc)):
        graph.add(ox_to_rdflib(t))
    return graph
