"""kg export: every format reads back as the same graphs; JSON-LD keys a person can read."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from conftest import DATA
from kg.cli import main
from kg.rdf.serialize import FORMATS
from kg.store import load_files
from kg.store.export import export, source_graphs
from kg.store.jsonld import to_jsonld

TWO_REPORTS = DATA / "query" / "two-reports.trig"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, sample_ttl):
    path = tmp_path_factory.mktemp("export") / "store"
    load_files(path, [TWO_REPORTS, sample_ttl])
    return path


def quads(data: bytes, fmt: str) -> set[tuple]:
    return {(q.subject, q.predicate, q.object, q.graph_name)
            for q in ox.parse(data, format=FORMATS[fmt][1])}


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_formats_keep_one_graph_per_report(store_dir, fmt):
    expected = {(t.subject, t.predicate, t.object, ox.NamedNode(g))
                for g, ts in source_graphs(store_dir).items() for t in ts}
    assert quads(export(store_dir, fmt), fmt) == expected
    assert len({q[3] for q in expected}) == 3


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_graph_formats_hold_the_union(store_dir, fmt):
    union = {(t.subject, t.predicate, t.object)
             for ts in source_graphs(store_dir).values() for t in ts}
    assert {q[:3] for q in quads(export(store_dir, fmt), fmt)} == union


def test_exports_are_byte_identical_across_runs(store_dir):
    for fmt in ("nq", "jsonld", "ttl"):
        assert export(store_dir, fmt) == export(store_dir, fmt)


def test_jsonld_uses_readable_keys():
    doc = json.loads(export(TWO_REPORTS, "jsonld"))
    nodes = {n["id"]: n for n in doc["@graph"]}
    figure = next(n for n in nodes.values() if n.get("type") == "Observation"
                  and n.get("unit") == "亿元" and str(n.get("growthRate", "")).startswith("-"))
    assert {"indicator", "value", "unit", "growthRate", "year", "derivedFrom"} <= set(figure)
    indicator = nodes[figure["indicator"]]
    assert indicator["type"] == "Indicator" and isinstance(indicator["label"], str)
    sentence = nodes[figure["derivedFrom"]]
    assert sentence["type"] == "Sentence" and "下降" in sentence["text"]
    award = next(n for n in nodes.values() if n.get("type") == "Award"
                 and n.get("level") == "NationalLevel")
    assert nodes[award["recipient"]]["label"]


def test_jsonld_keeps_literals_that_do_not_fit_their_key():
    s = ox.NamedNode("https://w3id.org/govkg/id/observation/x-o0001")
    value = ox.NamedNode("https://w3id.org/govkg/ontology#value")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    odd = {ox.Triple(s, value, ox.Literal("3", datatype=ox.NamedNode(
               "http://www.w3.org/2001/XMLSchema#integer"))),
           ox.Triple(s, value, ox.Literal("3.5", datatype=ox.NamedNode(
               "http://www.w3.org/2001/XMLSchema#decimal"))),
           ox.Triple(s, label, ox.Literal("GDP", language="en")),
           ox.Triple(s, label, ox.Literal("产值", language="zh")),
           ox.Triple(ox.BlankNode("b0"), ox.NamedNode("http://example.org/p"), s)}
    back = {(q.subject, q.predicate, q.object)
            for q in ox.parse(to_jsonld(odd), format=ox.RdfFormat.JSON_LD)}
    assert len(back) == len(odd)
    assert {t for t in back if not isinstance(t[0], ox.BlankNode)} == \
        {(t.subject, t.predicate, t.object) for t in odd if isinstance(t.subject, ox.NamedNode)}


def test_cli_writes_the_file_and_refuses_unknown_formats(store_dir, tmp_path, capsys):
    out = tmp_path / "corpus.nq"
    assert main(["export", str(store_dir), "--format", "nq", "--out", str(out)]) == 0
    assert quads(out.read_bytes(), "nq")
    assert main(["export", str(store_dir), "--format", "xml"]) == 2
    assert "graphml" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "absent"), "--format", "nq"]) == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_formats_go_to_the_network_view(store_dir, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"corpus.{fmt}"
    assert main(["export", str(store_dir), "--format", fmt, "--out", str(out)]) == 0
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert graph.number_of_nodes() > 0
    assert main(["export", str(store_dir), "--format", fmt]) == 2  # needs --out


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl"])
def test_written_graph_by_graph_the_bytes_are_those_of_the_whole(store_dir, tmp_path, fmt,
                                                                 capsysbinary):
    from kg.store.export import export_to

    export_to(store_dir, fmt, tmp_path / f"all.{fmt}")
    assert (tmp_path / f"all.{fmt}").read_bytes() == export(store_dir, fmt)
    export_to(store_dir, fmt, "-")
    assert capsysbinary.readouterr().out == export(store_dir, fmt)
