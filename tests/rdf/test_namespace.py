"""The ontology file and the GOV namespace agree, and the ontology says what the contract says."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kg.rdf.namespace import GOV, GOV_IRI
from kg.resources import ontology_dir

ONTOLOGY = ontology_dir() / "govkg.ttl"
REGIONS = ("Country", "Province", "City", "County", "Town", "Village")
#: The contract's classes that the evaluation tells apart: none may be a subclass of another.
CORE = ("Village", "Town", "County", "Enterprise", "Organization", "Project", "Program",
        "Event", "Place", "Indicator", "Observation", "Target", "Honor", "Award", "Report",
        "Sentence")
LEVELS = ("NationalLevel", "ProvincialLevel", "CityLevel", "CountyLevel")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def defined_terms(graph: rdflib.Graph) -> set[str]:
    """Local names of the gov: IRIs the ontology types (classes, properties, individuals)."""
    return {str(s)[len(GOV_IRI):] for s in graph.subjects(RDF.type, None)
            if str(s).startswith(GOV_IRI)}


def test_every_gov_term_is_defined_in_the_ontology(ontology):
    assert set(GOV.__annotations__) - defined_terms(ontology) == set()


def test_every_ontology_term_is_in_gov(ontology):
    assert defined_terms(ontology) - set(GOV.__annotations__) == set()


def test_the_ontology_parses_in_rdflib_and_oxigraph(ontology):
    quads = list(ox.parse(path=ONTOLOGY, format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(ontology) > 500


def test_the_ontology_has_a_header(ontology):
    (node,) = ontology.subjects(RDF.type, OWL.Ontology)
    for prop in (OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license,
                 DCTERMS.creator):
        assert ontology.value(node, prop) is not None, prop


@pytest.mark.parametrize("name", sorted(GOV.__annotations__))
def test_every_term_has_chinese_and_english_labels_and_a_comment(ontology, name):
    term = GOV[name]
    languages = {lit.language for lit in ontology.objects(term, RDFS.label)}
    assert {"zh", "en"} <= languages
    assert any(lit.language == "en" for lit in ontology.objects(term, RDFS.comment))


def test_every_property_has_a_domain_and_a_range(ontology):
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(properties) > 25
    for prop in properties:
        assert ontology.value(prop, RDFS.domain) is not None, prop
        assert ontology.value(prop, RDFS.range) is not None, prop


def test_region_classes_are_regions(ontology):
    for name in REGIONS:
        assert (GOV[name], RDFS.subClassOf, GOV.Region) in ontology


def test_no_core_class_is_a_subclass_of_another(ontology):
    core = {GOV[name] for name in CORE} | {GOV.Region}
    for name in CORE:
        ancestors = set(ontology.transitive_objects(GOV[name], RDFS.subClassOf)) - {GOV[name]}
        allowed = {GOV.Region} if name in REGIONS else set()
        assert not ancestors & (core - allowed), name


def test_the_four_levels_are_the_individuals_of_level(ontology):
    assert {s for s in ontology.subjects(RDF.type, GOV.Level)} == {GOV[n] for n in LEVELS}


def test_scorer_style_subclass_reading_finds_each_region_once(ontology):
    """A County node counts as County (and Region), never as another entity class."""
    found = {str(c)[len(GOV_IRI):] for c in ontology.transitive_objects(GOV.County,
                                                                         RDFS.subClassOf)}
    assert found & set(CORE) == {"County"}
    assert "Region" in found
