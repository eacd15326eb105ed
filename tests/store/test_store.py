"""The embedded store: one graph per report, replaced whole, never mixed, clear errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest

from conftest import DATA, ROOT
from kg.errors import InputError
from kg.rdf import iris
from kg.rdf.mapping import triples
from kg.store import (
    LOADING_FILE,
    Loader,
    StoreError,
    graphs,
    is_store,
    load_documents,
    load_files,
    open_store,
    replace_graph,
    to_nquads,
)

TWO_REPORTS = DATA / "query" / "two-reports.trig"
G = "http://example.org/graph/one"
P = ox.NamedNode("http://example.org/p")


def made(version: str, n: int = 50) -> list[ox.Triple]:
    return [ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), P, ox.Literal(version))
            for i in range(n)]


def versions_in(store: ox.Store, graph: str = G) -> set[str]:
    return {t.object.value for t in graphs(store).get(graph, [])}


def test_building_again_replaces_the_report_graph(tmp_path, sample_doc):
    expected = set(triples(sample_doc))
    load_documents(tmp_path / "store", [sample_doc])
    load_documents(tmp_path / "store", [sample_doc])
    store = open_store(tmp_path / "store")
    found = graphs(store)
    assert list(found) == [iris.report(sample_doc)]
    assert set(found[iris.report(sample_doc)]) == expected
    assert len(store) == len(expected)


def test_no_second_copy_the_default_graph_is_empty(tmp_path, sample_doc):
    load_documents(tmp_path / "store", [sample_doc])
    store = open_store(tmp_path / "store")
    assert len(store) == len(set(triples(sample_doc)))
    assert not list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_queries_see_the_union_of_the_report_graphs(tmp_path):
    from kg.query import select

    shared = made("shared", 5)
    path = tmp_path / "store"
    loader = Loader(path)
    loader.add("http://example.org/graph/a", to_nquads("http://example.org/graph/a", shared))
    loader.add("http://example.org/graph/b", to_nquads("http://example.org/graph/b",
                                                       shared[:2] + made("b", 3)))
    loader.close()
    store = open_store(path)
    rows = select(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"].value) == 5
    rows = select(store, "SELECT DISTINCT ?o WHERE { ?s ?p ?o }")
    assert {r["o"].value for r in rows} == {"shared", "b"}


def test_a_loader_writes_only_what_changed(tmp_path):
    path = tmp_path / "store"
    a, b = "http://example.org/graph/a", "http://example.org/graph/b"
    loader = Loader(path)
    loader.add(a, to_nquads(a, made("old", 80)))
    loader.add(b, to_nquads(b, made("b", 10)))
    stats = loader.close()
    assert sorted(stats.added) == [a, b] and stats.quads == 90
    loader = Loader(path)
    loader.add(a, to_nquads(a, made("new", 30)))
    loader.add(b, to_nquads(b, made("b", 10)))
    stats = loader.close()
    assert (stats.added, stats.replaced, stats.unchanged) == ([], [a], [b])
    store = open_store(path)
    assert versions_in(store, a) == {"new"} and len(graphs(store)[a]) == 30
    assert len(store) == 40


def test_a_cut_off_bulk_load_is_removed_when_the_store_is_next_loaded(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    g = ox.NamedNode(G)
    # what a crash in the middle of a bulk load leaves: the mark, and part of the graph
    (path / LOADING_FILE).write_text(G + "\n")
    store.extend([ox.Quad(t.subject, t.predicate, t.object, g) for t in made("half", 7)])
    del store
    stats = Loader(path).close()
    assert stats.recovered == [G] and stats.quads == 0
    assert graphs(open_store(path)) == {} and not (path / LOADING_FILE).exists()


def test_a_merge_left_by_an_older_govkg_is_dropped(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    store.extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                  for t in made("merge", 5)])
    del store
    Loader(path).close()
    assert len(open_store(path)) == 0


def test_replace_keeps_only_the_new_version():
    store = ox.Store()
    replace_graph(store, G, made("old", 80))
    replace_graph(store, G, made("new", 30))
    assert versions_in(store) == {"new"}
    assert len(graphs(store)[G]) == 30


def test_an_error_while_making_triples_leaves_the_old_graph():
    store = ox.Store()
    replace_graph(store, G, made("old"))

    def failing():
        yield from made("new")[:20]
        raise RuntimeError("extractor failed mid-way")

    with pytest.raises(RuntimeError):
        replace_graph(store, G, failing())
    assert versions_in(store) == {"old"} and len(graphs(store)[G]) == 50


# A process that replaces one graph over and over, alternating two versions, and says
# after each commit; the test kills it at an arbitrary point of a later load.
_CHILD = textwrap.dedent("""
    import sys
    import pyoxigraph as ox
    from kg.store import open_store, replace_graph
    store = open_store(sys.argv[1])
    p = ox.NamedNode("http://example.org/p")
    for i in range(10_000):
        version = f"v{i % 2}"
        replace_graph(store, "http://example.org/graph/one",
                      [ox.Triple(ox.NamedNode(f"http://example.org/s{n}"), p, ox.Literal(version))
                       for n in range(5_000)])
        print(i, flush=True)
""")


def test_a_killed_load_leaves_the_old_graph_or_the_new_never_a_mix(tmp_path):
    path = tmp_path / "store"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(path)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        for _ in range(3):  # three whole loads committed; the fourth is under way
            assert child.stdout.readline(), "the loading process ended early"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    store = open_store(path)
    assert len(versions_in(store)) == 1
    assert len(graphs(store)[G]) == 5_000


def test_a_store_in_use_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "store"
    open_store(path)  # create it, then let it go
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.store import open_store; "
         "s = open_store(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_a_folder_of_other_files_or_a_file_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="not a store"):
        open_store(tmp_path / "notes.txt")
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "absent", create=False)
    assert not is_store(tmp_path)


def test_load_files_keeps_named_graphs_and_finds_the_report_of_a_turtle_file(tmp_path,
                                                                              sample_ttl,
                                                                              sample_doc):
    loaded = load_files(tmp_path / "store", [TWO_REPORTS, sample_ttl])
    store = open_store(tmp_path / "store")
    names = {g.value for g in store.named_graphs()}
    assert names == set(loaded) and len(names) == 3
    assert {n.rsplit("/", 1)[1] for n in names} >= {"hongqi-2024", "qingshan-2023"}
    assert iris.report(sample_doc) in names
    # loading again changes nothing
    before = len(store)
    del store
    load_files(tmp_path / "store", [TWO_REPORTS, sample_ttl])
    assert len(open_store(tmp_path / "store")) == before


def test_a_graph_file_of_no_report_cannot_be_loaded(tmp_path):
    path = tmp_path / "loose.ttl"
    path.write_text("<http://example.org/a> <http://example.org/b> 'c' .\n")
    with pytest.raises(InputError, match="which report"):
        load_files(tmp_path / "store", [path])
    assert not (tmp_path / "store").exists()


def test_kg_build_store_twice_holds_the_report_once(tmp_path, sample_doc):
    from conftest import SAMPLE
    from kg.cli import main
    from kg.query import select

    for _ in range(2):
        assert main(["build", str(SAMPLE), "--out", str(tmp_path / "out"),
                     "--store", str(tmp_path / "store"), "--quiet"]) == 0
    store = open_store(tmp_path / "store")
    found = graphs(store)
    assert list(found) == [iris.report(sample_doc)]
    built = {(q.subject, q.predicate, q.object)
             for q in ox.parse(path=str(tmp_path / "out" / f"{SAMPLE.stem}.ttl"))}
    assert {(t.subject, t.predicate, t.object) for t in found[iris.report(sample_doc)]} == built
    rows = select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"].value) == len(built)


def test_building_again_finds_unchanged_graphs_by_digest_without_reading_them(tmp_path,
                                                                              monkeypatch):
    import kg.store

    path = tmp_path / "store"
    a, b = "http://example.org/graph/a", "http://example.org/graph/b"
    loader = Loader(path)
    loader.add(a, to_nquads(a, made("a", 20)))
    loader.add(b, to_nquads(b, made("b", 10)))
    loader.close()

    def no_reading(*_):
        raise AssertionError("a stored graph was read back")

    monkeypatch.setattr(kg.store, "graph_triples", no_reading)
    loader = Loader(path)
    loader.add(a, to_nquads(a, made("a", 20)))
    loader.add(b, to_nquads(b, made("b", 10)))
    stats = loader.close()
    assert (stats.added, stats.replaced, stats.unchanged) == ([], [], [a, b])


def test_a_graph_changed_by_an_update_is_no_longer_taken_as_unchanged(tmp_path):
    path = tmp_path / "store"
    loader = Loader(path)
    loader.add(G, to_nquads(G, made("v", 20)))
    loader.close()
    store = open_store(path)
    store.update(f"INSERT DATA {{ GRAPH <{G}> {{ <http://example.org/x> "
                 f"<http://example.org/p> 'added by hand' }} }}")
    del store
    loader = Loader(path)
    loader.add(G, to_nquads(G, made("v", 20)))
    stats = loader.close()
    assert stats.replaced == [G] and stats.quads == 20
    assert versions_in(open_store(path)) == {"v"}
