"""The sample's graph: a Report, and a Sentence node for every sentence, with true offsets."""

from __future__ import annotations

import rdflib
from rdflib.namespace import RDF

from kg.rdf.namespace import GOV


def test_report_and_every_sentence_are_in_the_graph(sample_doc, sample_ttl):
    graph = rdflib.Graph().parse(sample_ttl)
    reports = list(graph.subjects(RDF.type, GOV.Report))
    assert len(reports) == 1
    sentences = set(graph.subjects(RDF.type, GOV.Sentence))
    assert len(sentences) == len(sample_doc.sentences)
    full = str(graph.value(reports[0], GOV.fullText))
    for s in sentences:
        start, end = int(graph.value(s, GOV.start)), int(graph.value(s, GOV.end))
        assert full[start:end] == str(graph.value(s, GOV.text))
        assert graph.value(s, GOV.inReport) == reports[0]


def test_both_parts_of_the_report_have_sentences(sample_ttl):
    graph = rdflib.Graph().parse(sample_ttl)
    tenses = {str(t) for t in graph.objects(None, GOV.tense)}
    assert {"review", "plan"} <= tenses


def test_to_graph_gives_the_same_triples_as_the_file(sample_doc, sample_ttl):
    from kg import to_graph

    assert len(to_graph(sample_doc)) == len(rdflib.Graph().parse(sample_ttl))
