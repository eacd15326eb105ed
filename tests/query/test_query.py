"""kg query: files and stores give the same answers; formats, prefixes, errors, updates."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from conftest import DATA
from kg.cli import main
from kg.errors import QueryError
from kg.query import read_query, run_query, select
from kg.query.results import table, width
from kg.query.sparql import operation, with_prefixes
from kg.store import load_files

TWO_REPORTS = DATA / "query" / "two-reports.trig"
LABELS = "SELECT ?name WHERE { ?e a gov:Enterprise ; rdfs:label ?name }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("query") / "store"
    load_files(path, [TWO_REPORTS])
    return path


def values(rows, name):
    return {row[name].value for row in rows if name in row}


def test_a_file_and_a_store_answer_alike_over_the_union_of_graphs(store_dir):
    query = "SELECT DISTINCT ?region WHERE { ?r a gov:Report ; gov:region/rdfs:label ?region }"
    from_file = values(select(TWO_REPORTS, query), "region")
    assert from_file == values(select(store_dir, query), "region")
    assert len(from_file) == 2  # one region from each named graph


def test_predeclared_prefixes_and_the_query_s_own_win():
    assert values(select(TWO_REPORTS, LABELS), "name") == {"鑫源科技", "华联电子"}
    own = "PREFIX gov: <http://example.org/other#>\n" + LABELS
    assert select(TWO_REPORTS, own) == []


def test_with_prefixes_declares_only_what_is_used_and_missing():
    text = with_prefixes("PREFIX rdfs: <http://x/>\n" + LABELS)
    assert text.count("PREFIX gov:") == 1 and text.count("PREFIX rdfs:") == 1
    assert "PREFIX skos:" not in text


@pytest.mark.parametrize("query, kind", [
    ("# a comment with <iri#x>\nPREFIX gov: <https://w3id.org/govkg/ontology#>\nselect * {}",
     "SELECT"),
    ("ASK {}", "ASK"), ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("BASE <http://x/#> DESCRIBE <a>", "DESCRIBE"),
    ("INSERT DATA { <a:b> <a:b> <a:c> }", "UPDATE"), ("clear all", "UPDATE"),
    ("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
    ("PREFIX x: <http://x/> DROP GRAPH <http://g>", "UPDATE"), ("LOAD <http://x>", "UPDATE"),
])
def test_operation_kind(query, kind):
    assert operation(query) == kind


def test_a_malformed_query_gives_line_and_column():
    with pytest.raises(QueryError, match=r"line 3, column \d+"):
        run_query(TWO_REPORTS, "SELECT ?x\nWHERE {\n  ?x a gov:Town . ?y }")


def test_updates_are_refused_without_update(store_dir, capsys):
    update = "DELETE WHERE { ?e a gov:Enterprise ; ?p ?o }"
    with pytest.raises(QueryError, match="--update"):
        run_query(store_dir, update)
    assert main(["query", str(store_dir), update]) == 2
    assert "--update" in capsys.readouterr().err
    assert values(select(store_dir, LABELS), "name")  # nothing was deleted


def test_update_applies_to_a_store_and_never_to_a_file(tmp_path):
    path = tmp_path / "store"
    load_files(path, [TWO_REPORTS])
    update = ("DELETE { GRAPH ?g { ?e ?p ?o } } WHERE { GRAPH ?g { ?e a gov:Enterprise ; "
              "rdfs:label \"鑫源科技\"@zh ; ?p ?o } }")
    assert main(["query", str(path), update, "--update"]) == 0
    assert values(select(path, LABELS), "name") == {"华联电子"}
    assert main(["query", str(TWO_REPORTS), update, "--update"]) == 2


def test_a_one_triple_update_adds_one_quad_and_copies_nothing(tmp_path):
    """No default graph to rebuild: the update is the whole cost (issue 15, item 3)."""
    from kg.store import open_store

    path = tmp_path / "store"
    load_files(path, [TWO_REPORTS])
    before = len(open_store(path))
    update = ("INSERT DATA { GRAPH <https://w3id.org/govkg/id/report/extra> { "
              "<http://example.org/a> rdfs:label \"甲\" } }")
    assert main(["query", str(path), update, "--update"]) == 0
    store = open_store(path)
    assert len(store) == before + 1
    assert not list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_ask_answers_in_the_exit_status(capsys):
    assert main(["query", str(TWO_REPORTS), "ASK { ?a gov:level gov:NationalLevel }"]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["query", str(TWO_REPORTS), "ASK { ?a gov:level gov:CountyLevel }"]) == 1
    assert capsys.readouterr().out.strip() == "false"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_machine_formats(capsys, fmt):
    assert main(["query", str(TWO_REPORTS), LABELS, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        doc = json.loads(out)
        assert doc["head"]["vars"] == ["name"]
        names = {b["name"]["value"] for b in doc["results"]["bindings"]}
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == ["name"]
        names = {r[0] for r in rows[1:]}
    else:  # TSV writes terms in Turtle syntax: "鑫源科技"@zh
        lines = out.splitlines()
        assert lines[0] == "?name"
        names = {ox.Literal(line.split('"')[1]).value for line in lines[1:]}
    assert names == {"鑫源科技", "华联电子"}


def test_construct_gives_turtle(capsys):
    query = "CONSTRUCT { ?t gov:partOf ?c } WHERE { ?t a gov:Town ; gov:partOf ?c }"
    assert main(["query", str(TWO_REPORTS), query]) == 0
    graph = list(ox.parse(capsys.readouterr().out.encode(), format=ox.RdfFormat.TURTLE))
    assert len(graph) == 2


def test_table_columns_line_up_with_chinese_text():
    rows = [[ox.Literal("鑫源科技"), ox.Literal("1")], [ox.Literal("ABC"), ox.Literal("22")]]
    lines = table(["name", "n"], rows).splitlines()
    # the second column starts at the same display column on every line
    starts = [width(line[:line.rindex(" ") + 1]) for line in lines[:1] + lines[2:4]]
    assert len(set(starts)) == 1
    assert lines[-1] == "(2 rows)"


def test_query_files_and_inline_text(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("# names\n" + LABELS, encoding="utf-8")
    assert read_query(str(path)) == ("# names\n" + LABELS, str(path))
    assert read_query(LABELS) == (LABELS, "query")
    with pytest.raises(Exception, match="no such query file"):
        read_query(str(tmp_path / "absent.rq"))


def test_a_query_from_standard_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("ASK { ?t a gov:Town }"))
    assert main(["query", str(TWO_REPORTS), "-"]) == 0
    assert capsys.readouterr().out.strip() == "true"


def test_missing_sources_are_clear_errors(tmp_path, capsys):
    assert main(["query", str(tmp_path / "absent.ttl"), LABELS]) == 2
    assert "no such graph file" in capsys.readouterr().err
    (tmp_path / "bad.ttl").write_text("this is not turtle")
    assert main(["query", str(tmp_path / "bad.ttl"), LABELS]) == 2
    assert "not valid Turtle" in capsys.readouterr().err
