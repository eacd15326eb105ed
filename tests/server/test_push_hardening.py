"""kg push against replies a real server does not give (a stub): a web page with 200, an
error text with terminal escapes; secrets in the endpoint's query hidden in every line; a
graph replaced in one request, so the server applies it whole."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from conftest import SAMPLE
from kg.cli import main
from kg.push import PushError, endpoint, push_graph, redact

G = "https://w3id.org/govkg/id/report/red-2024"
TOKEN = "s3cr3t-T0ken"


class Reply(BaseHTTPRequestHandler):
    """Answers every request with ``status``, ``kind`` and ``body``; records requests."""

    status, kind, body = 204, "text/plain", b""
    seen: list[tuple[str, str, int]] = []

    def _answer(self):
        data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.seen.append((self.command, self.path, data.count(b"\n")))
        self.send_response(self.status)
        self.send_header("Content-Type", self.kind)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_PUT = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = HTTPServer(("127.0.0.1", 0), Reply)
    Reply.status, Reply.kind, Reply.body, Reply.seen = 204, "text/plain", b"", []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/store"
    httpd.shutdown()
    httpd.server_close()


def made(n: int):
    import pyoxigraph as ox

    p = ox.NamedNode("http://example.org/p")
    return [ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal("红"))
            for i in range(n)]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("push")
    assert main(["build", str(SAMPLE), "--out", str(out), "-q"]) == 0
    return out / "yanhu-2023.ttl"


def test_a_web_page_with_200_is_no_success(server):
    Reply.status, Reply.kind = 200, "text/html"
    Reply.body = b"<html><body>Welcome to our portal</body></html>"
    with pytest.raises(PushError, match="web page"):
        push_graph(endpoint(server), G, made(3))


def test_the_servers_error_text_loses_its_terminal_escapes(server):
    Reply.status = 500
    Reply.body = b"\x1b]0;pwned\x07\x1b[2J\x1b[31mboom\x1b[0m\x07 \x9b1mhere\x08"
    with pytest.raises(PushError) as caught:
        push_graph(endpoint(server, retries=0), G, made(3))
    message = str(caught.value)
    assert "boom" in message and not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in message)


def test_a_token_in_the_endpoint_is_hidden_in_every_line(server, graph_file, capsys):
    url = f"{server}?token={TOKEN}&api_key={TOKEN}&dataset=ds1"
    assert main(["push", str(graph_file), "--endpoint", url]) == 0
    assert all(TOKEN in path for _, path, _ in Reply.seen)  # sent to the server, as given
    Reply.status = 500
    assert main(["push", str(graph_file), "--endpoint", url, "--retries", "0"]) == 2
    out, err = capsys.readouterr()
    assert out and err and TOKEN not in out + err
    assert "dataset=ds1" in out and "token=***" in out
    assert redact(f"http://u:pw@h/x?Access-Token={TOKEN}&q=1") == "http://h/x?Access-Token=***&q=1"


def test_a_graph_goes_in_one_request_however_large(server):
    assert push_graph(endpoint(server), G, made(60_000)) == 1
    assert [(m, n) for m, _, n in Reply.seen] == [("PUT", 60_000)]
