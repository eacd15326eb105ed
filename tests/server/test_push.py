"""kg push without a real server: URLs, chunks, retries and one-line HTTP errors, against a
tiny in-process HTTP server that answers as told."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pyoxigraph as ox
import pytest

from kg.push import PushError, chunks, endpoint, push_graph, redact

G = "https://w3id.org/govkg/id/report/red-2024"


class Stub(BaseHTTPRequestHandler):
    """Answers each request with the next status of ``statuses``; records what came."""

    statuses: list[int] = []
    seen: list[tuple[str, str, int]] = []

    def _answer(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.seen.append((self.command, self.path, body.count(b"\n")))
        status = self.statuses.pop(0) if self.statuses else 204
        self.send_response(status)
        self.send_header("Content-Length", "22")
        self.end_headers()
        self.wfile.write(b"Request Entity Huge!\n\n")

    do_PUT = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture()
def stub():
    server = HTTPServer(("127.0.0.1", 0), Stub)
    Stub.statuses, Stub.seen = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/store"
    server.shutdown()
    server.server_close()


def made(n: int) -> list[ox.Triple]:
    p = ox.NamedNode("http://example.org/p")
    return [ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal("红"))
            for i in range(n)]


def test_credentials_in_the_url_are_taken_out_of_it():
    ep = endpoint("http://ann:p%40ss@example.org:8890/sparql-graph-crud-auth")
    assert (ep.user, ep.password) == ("ann", "p@ss")
    assert "ann" not in ep.url and "p%40ss" not in ep.url
    assert redact("https://u:pw@host/x?y=1") == "https://host/x?y=1"
    assert "pw" not in repr(endpoint("http://u:pw@h/store").url)


def test_graph_parameter_by_server():
    assert "?graph=https%3A%2F%2Fw3id.org" in endpoint("http://h/store").graph_url(G)
    crud = endpoint("http://h:8890/sparql-graph-crud-auth").graph_url(G)
    assert "?graph-uri=" in crud
    assert "a=1&graph=" in endpoint("http://h/ds/data?a=1").graph_url(G)


def test_chunks_cover_every_triple_once():
    parts = list(chunks(made(1050), 500))
    assert [p.count(b"\n") for p in parts] == [500, 500, 50]
    assert len(list(chunks([], 500))) == 1  # an empty graph is still PUT (cleared)


def test_first_chunk_is_put_and_the_rest_posted(stub):
    assert push_graph(endpoint(stub), G, made(1200), size=500) == 3
    assert [(m, n) for m, _, n in Stub.seen] == [("PUT", 500), ("POST", 500), ("POST", 200)]


def test_a_busy_server_is_retried(stub):
    Stub.statuses = [503, 503]
    push_graph(endpoint(stub, retries=2), G, made(3))
    assert len(Stub.seen) == 3


@pytest.mark.parametrize("status, words", [(413, "--chunk"), (404, "Graph Store"),
                                           (401, "--password"), (500, "server error")])
def test_http_errors_are_one_line_saying_what_to_do(stub, status, words):
    Stub.statuses = [status]
    secret = stub.replace("://", "://bob:Hush-77@")
    with pytest.raises(PushError) as caught:
        push_graph(endpoint(secret, retries=0), G, made(3))
    message = str(caught.value)
    assert str(status) in message and words in message
    assert "\n" not in message and "Hush-77" not in message and "bob" not in message


def test_an_unreachable_server_is_retried_then_reported():
    ep = endpoint("http://127.0.0.1:9/store", retries=1, timeout=2)
    with pytest.raises(PushError, match="cannot reach the server.*2 attempts"):
        push_graph(ep, G, made(1))
