"""JSON-LD with readable keys: ``label``, ``text``, ``value``, ``unit``, ``indicator`` ….

Written by hand rather than through a generic compactor so that the output is stable
(sorted nodes and keys) and every key is one a person can read. A literal that does not fit
its key's declared type or language is written in full (``@value`` with ``@type`` or
``@language``), so nothing is lost: the file reads back as the same triples.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.namespace import GOV, GOV_IRI, ID

#: Prefixes of the document. The project's per-kind prefixes (indicator:, honor: …) would
#: clash with the readable keys of the same name, so every node IRI is ``govid:kind/…``.
PREFIXES = {"gov": GOV_IRI, "govid": str(ID), "prov": str(PROV), "rdfs": str(RDFS),
            "skos": str(SKOS), "xsd": str(XSD), "dcterms": str(DCTERMS), "rdf": str(RDF)}

_ZH = {"@language": "zh"}
_IRI = {"@type": "@id"}
_VOCAB = {"@type": "@vocab"}


def _typed(datatype) -> dict:
    return {"@type": f"xsd:{datatype.removeprefix(str(XSD))}"}


#: Readable key → (property, how its values are written).
TERMS: dict[str, tuple[str, dict]] = {
    "label": (RDFS.label, _ZH), "altLabel": (SKOS.altLabel, _ZH),
    "title": (DCTERMS.title, _ZH), "derivedFrom": (PROV.wasDerivedFrom, _IRI),
    "text": (GOV.text, _ZH), "fullText": (GOV.fullText, _ZH),
    "sectionPath": (GOV.sectionPath, _ZH), "modality": (GOV.modality, _ZH),
    "qualifier": (GOV.qualifier, _ZH),
    "start": (GOV.start, _typed(XSD.integer)), "end": (GOV.end, _typed(XSD.integer)),
    "year": (GOV.year, _typed(XSD.gYear)),
    "value": (GOV.value, _typed(XSD.decimal)), "maxValue": (GOV.maxValue, _typed(XSD.decimal)),
    "growthRate": (GOV.growthRate, _typed(XSD.decimal)),
    "pointsChange": (GOV.pointsChange, _typed(XSD.decimal)),
    "normalizedValue": (GOV.normalizedValue, _typed(XSD.decimal)),
    "normalizedMaxValue": (GOV.normalizedMaxValue, _typed(XSD.decimal)),
    "unit": (GOV.unit, {}), "baseUnit": (GOV.baseUnit, {}), "deadline": (GOV.deadline, {}),
    "tense": (GOV.tense, {}), "sourceFile": (GOV.sourceFile, {}),
    "sourceFormat": (GOV.sourceFormat, {}), "page": (GOV.page, _typed(XSD.integer)),
    "indicator": (GOV.indicator, _IRI), "region": (GOV.region, _IRI),
    "inReport": (GOV.inReport, _IRI), "mentionedIn": (GOV.mentionedIn, _IRI),
    "partOf": (GOV.partOf, _IRI), "recipient": (GOV.recipient, _IRI),
    "honor": (GOV.honor, _IRI), "level": (GOV.level, _VOCAB),
}
_BY_PROPERTY = {str(prop): (key, spec) for key, (prop, spec) in TERMS.items()}
_XSD_STRING = str(XSD.string)


def context() -> dict:
    """The ``@context``: prefixes, ``@vocab`` for classes, and one entry per readable key."""
    ctx: dict = {"@vocab": GOV_IRI, "id": "@id", "type": "@type"}
    ctx.update(PREFIXES)
    for key, (prop, spec) in TERMS.items():
        ctx[key] = {"@id": _compact(str(prop)), **spec}
    return ctx


def to_jsonld(triples: Iterable[ox.Triple]) -> bytes:
    """One JSON-LD document of the triples: a ``@graph`` of node objects, sorted."""
    nodes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in set(triples):
        subject = _node_id(t.subject)
        if t.predicate.value == str(RDF.type) and isinstance(t.object, ox.NamedNode):
            nodes[subject]["type"].append(_class(t.object.value))
            continue
        key, value = _entry(t.predicate.value, t.object)
        nodes[subject][key].append(value)
    graph = []
    for subject in sorted(nodes):
        node = {"id": subject}
        for key in sorted(nodes[subject], key=lambda k: (k != "type", k)):
            values = sorted(nodes[subject][key], key=lambda v: json.dumps(v, ensure_ascii=False))
            node[key] = values[0] if len(values) == 1 else values
        graph.append(node)
    doc = {"@context": context(), "@graph": graph}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _entry(predicate: str, obj) -> tuple[str, object]:
    """The key and the JSON value of one property value."""
    key, spec = _BY_PROPERTY.get(predicate, (None, None))
    if key is None:
        return _compact(predicate), _full(obj)
    if isinstance(obj, ox.Literal):
        if spec == _ZH and obj.language == "zh":
            return key, obj.value
        if spec and spec.get("@type", "").startswith("xsd:") and not obj.language \
                and _compact(obj.datatype.value) == spec["@type"]:
            return key, obj.value
        if not spec and not obj.language and obj.datatype.value == _XSD_STRING:
            return key, obj.value
        return key, _full(obj)
    if spec == _IRI and isinstance(obj, ox.NamedNode):
        return key, _compact(obj.value)
    if spec == _VOCAB and isinstance(obj, ox.NamedNode) and obj.value.startswith(GOV_IRI):
        return key, obj.value[len(GOV_IRI):]
    return key, _full(obj)


def _full(obj) -> object:
    """A value object that says everything: ``{"@id"}`` or ``{"@value", "@type"|"@language"}``."""
    if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
        return {"@id": _node_id(obj)}
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == _XSD_STRING:
        return {"@value": obj.value}
    return {"@value": obj.value, "@type": _compact(obj.datatype.value)}


def _node_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value)


def _class(iri: str) -> str:
    """A class by its local name when it is the ontology's (``@vocab``), else compacted."""
    local = iri[len(GOV_IRI):] if iri.startswith(GOV_IRI) else ""
    return local if local and ":" not in local else _compact(iri)


def _compact(iri: str) -> str:
    """``prefix:local`` for IRIs under a known prefix whose local part is plain, else the IRI."""
    for name, ns in PREFIXES.items():
        local = iri[len(ns):]
        if iri.startswith(ns) and local and all(c.isalnum() or c in "-_./" for c in local):
            return f"{name}:{local}"
    return iri
