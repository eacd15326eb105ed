"""kg push against real servers: pushing twice holds each graph once, and the example
queries sent over HTTP give the answers `kg query` gives locally."""

from __future__ import annotations

import contextlib
import io
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import DATA, ROOT
from kg.cli import main
from kg.push import endpoint, push_graph
from kg.query import run_query
from kg.store import graphs, load_files, open_store

pytestmark = pytest.mark.server

EXAMPLES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
TWO_REPORTS = DATA / "query" / "two-reports.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("decimal", "integer", "int", "long", "double", "float",
                             "nonNegativeInteger")}
#: Virtuoso's default cap on result rows: an answer this long may have been cut.
ROW_CAP = 10_000


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, sample_ttl) -> Path:
    """The sample and the invented two-report graph in a local store."""
    path = tmp_path_factory.mktemp("local") / "store"
    load_files(path, [sample_ttl, TWO_REPORTS])
    return path


@pytest.fixture(scope="module")
def local_graphs(local_store) -> dict[str, list]:
    return graphs(open_store(local_store, create=False))


def run_cli(*args: str) -> tuple[int, str]:
    """Run ``kg`` in this process; its exit status and everything it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = main(list(args))
    return status, out.getvalue()


def push_args(server, source: Path, password: str | None = None) -> list[str]:
    args = ["push", str(source), "--endpoint", server.gsp, "--chunk", "500", "--timeout", "60"]
    if server.user:
        args += ["--user", server.user, "--password", password or server.password]
    return args


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, local_store):
    """Each server, with the local store pushed to it twice (the outputs kept)."""
    found = request.getfixturevalue(f"{request.param}_server")
    found.outputs = [run_cli(*push_args(found, local_store)) for _ in range(2)]
    return found


def test_pushing_twice_holds_each_graph_once(server, local_graphs):
    assert [status for status, _ in server.outputs] == [0, 0]
    assert len(local_graphs) == 3
    for graph, triples in local_graphs.items():
        assert server.count(graph) == len(triples), graph


def _norm(value: str, datatype: str | None) -> str:
    """A value as both sides can agree on: numbers by their decimal value, else the text."""
    if datatype in NUMERIC:
        try:
            return format(Decimal(value).normalize(), "f")
        except InvalidOperation:
            return value
    return value


def local_answers(store: Path, query: str) -> tuple[list[str], list[tuple]]:
    result = run_query(store, query)
    names = [v.value for v in result.variables]
    return names, sorted(tuple("" if t is None else _norm(t.value, getattr(t, "datatype", None)
                                                           and t.datatype.value) for t in row)
                         for row in result)


def remote_answers(server, query: str, names: list[str]) -> list[tuple]:
    _, rows = server.select(query)
    assert len(rows) < ROW_CAP, "the server may have cut the answer (ResultSetMaxRows)"
    return sorted(tuple(_norm(b[n]["value"], b[n].get("datatype")) if n in b else ""
                        for n in names) for b in rows)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_queries_answer_the_same_rows_over_http(server, local_store, path):
    """Sent unchanged (their own PREFIX lines), every row alike, none repeated: reports
    share entities, and both sides read the union of the report graphs."""
    query = path.read_text(encoding="utf-8")
    names, local = local_answers(local_store, query)
    assert local, "an example with no answer proves nothing"
    assert remote_answers(server, query, names) == local


def test_push_prints_no_credentials(server):
    for _, output in server.outputs:
        if server.password:
            assert server.password not in output
    status, output = run_cli("push", str(TWO_REPORTS), "--endpoint",
                             server.gsp.replace("://", "://someone:Zz-secret-9@"))
    assert "Zz-secret-9" not in output and "someone" not in output
    if server.user:  # a server that checks credentials refuses these
        assert status == 2 and "401" in output
    for secret in filter(None, [server.password, "Zz-secret-9"]):
        _, rows = server.select(f'SELECT ?s WHERE {{ ?s ?p ?o FILTER (CONTAINS(STR(?s), "{secret}")'
                                f' || CONTAINS(STR(?o), "{secret}")) }}')
        assert rows == [], "a credential reached the graph"


def test_a_wrong_password_is_one_clear_line(virtuoso_server):
    status, output = run_cli(*push_args(virtuoso_server, TWO_REPORTS, "Wrong-pw-42"))
    assert status == 2
    assert "401" in output and "--password" in output
    assert "Wrong-pw-42" not in output and output.count("\n") == 1


def test_pushing_fewer_triples_replaces_the_graph(server):
    graph = "http://example.org/graph/replaced"
    p = ox.NamedNode("http://example.org/p")
    made = [ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)))
            for i in range(1200)]
    ep = endpoint(server.gsp, server.user, server.password, timeout=60, retries=1)
    push_graph(ep, graph, made, size=500)
    assert server.count(graph) == 1200
    push_graph(ep, graph, made[:7], size=500)
    assert server.count(graph) == 7
