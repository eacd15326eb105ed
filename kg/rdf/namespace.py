"""The govkg vocabulary, declared once (closed: a misspelt term fails at import).

Every term here is defined in ``ontology/govkg.ttl``; ``tests/rdf/test_namespace.py`` checks
that the two agree.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

GOV_IRI = "https://w3id.org/govkg/ontology#"
ID = Namespace("https://w3id.org/govkg/id/")


class GOV(DefinedNamespace):
    """Classes, properties and individuals of the govkg ontology."""

    _NS = Namespace(GOV_IRI)
    _fail = True

    # text and provenance
    Report: URIRef
    Section: URIRef
    Sentence: URIRef
    text: URIRef
    inReport: URIRef
    start: URIRef
    end: URIRef
    sectionPath: URIRef
    tense: URIRef
    mentionedIn: URIRef
    sourceFile: URIRef
    sourceFormat: URIRef
    page: URIRef
    fullText: URIRef
    extractedBy: URIRef
    # entities
    NamedEntity: URIRef
    Region: URIRef
    Country: URIRef
    Province: URIRef
    City: URIRef
    County: URIRef
    Town: URIRef
    Village: URIRef
    partOf: URIRef
    Enterprise: URIRef
    Organization: URIRef
    Program: URIRef
    Project: URIRef
    Event: URIRef
    Place: URIRef
    # statements
    Statement: URIRef
    Figure: URIRef
    Indicator: URIRef
    Observation: URIRef
    Target: URIRef
    Honor: URIRef
    Award: URIRef
    Level: URIRef
    indicator: URIRef
    value: URIRef
    maxValue: URIRef
    unit: URIRef
    standardUnit: URIRef
    growthRate: URIRef
    pointsChange: URIRef
    year: URIRef
    region: URIRef
    deadline: URIRef
    modality: URIRef
    qualifier: URIRef
    averageAnnual: URIRef
    cumulative: URIRef
    baseYear: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    normalizedValue: URIRef
    normalizedMaxValue: URIRef
    baseUnit: URIRef
    recipient: URIRef
    honor: URIRef
    level: URIRef
    NationalLevel: URIRef
    ProvincialLevel: URIRef
    CityLevel: URIRef
    CountyLevel: URIRef
    # identity, indicators and outcomes (kg.resolve, kg link)
    divisionCode: URIRef
    concept: URIRef
    valueStart: URIRef
    valueEnd: URIRef
    outcome: URIRef
    met: URIRef
    outcomeRatio: URIRef
