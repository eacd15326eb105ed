"""Every output format parses with rdflib and with Oxigraph's strict parser, and is stable."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from conftest import SAMPLE
from kg.rdf import iris
from kg.rdf.mapping import triples
from kg.rdf.serialize import FORMATS, format_name, to_bytes

RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig",
                  "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def sample_triples(sample_doc):
    return set(triples(sample_doc))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_in_both_parsers(sample_doc, sample_triples, fmt):
    data = to_bytes(sample_triples, fmt, iris.report(sample_doc))
    parsed = list(ox.parse(data, format=FORMATS[fmt][1]))
    assert len({(q.subject, q.predicate, q.object) for q in parsed}) == len(sample_triples)
    if fmt in ("nq", "trig"):
        assert {q.graph_name.value for q in parsed} == {iris.report(sample_doc)}
    graph = rdflib.Dataset() if fmt in ("nq", "trig") else rdflib.Graph()
    graph.parse(data=data, format=RDFLIB_FORMATS[fmt])
    assert len(graph) == len(sample_triples)


def test_format_names_and_aliases():
    assert format_name("Turtle") == "ttl"
    assert format_name("json-ld") == "jsonld"
    with pytest.raises(Exception, match="unknown format"):
        format_name("xml")


def test_iris_are_ascii(sample_triples):
    for t in sample_triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                assert term.value.isascii(), term.value


def test_same_name_and_type_give_the_same_iri_in_any_report():
    assert iris.entity("Town", "红旗镇") == iris.entity("Town", "红旗镇")
    assert iris.entity("Town", "红旗镇") != iris.entity("Village", "红旗镇")


@pytest.mark.parametrize("fmt", ["ttl", "nq"])
def test_two_runs_are_byte_identical(tmp_path, fmt):
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLE), "--out", str(out),
                        "--format", fmt, "-q"], check=True)
        outs.append((out / f"yanhu-2023.{fmt}").read_bytes())
    assert outs[0] == outs[1]
