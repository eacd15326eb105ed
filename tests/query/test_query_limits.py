"""kg query touches nothing but its source unless asked (SERVICE, LOAD need
--allow-service), every query has a timeout, Ctrl-C stops any query at once, and results
stream. Real processes; the "server" that never answers is a real listening socket."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import pytest

from conftest import SAMPLE
from kg.cli import parser
from kg.cli.query import DEFAULT_TIMEOUT

#: A query with no end over any graph of some size: three times every triple.
ENDLESS = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLE), "--out",
                           str(tmp / "out"), "--store", str(tmp / "store"), "-q"],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    return tmp / "store"


@pytest.fixture
def silent_server():
    """A SPARQL endpoint that accepts connections and never answers."""
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen(8)
        srv.settimeout(0.5)
        yield srv, f"http://127.0.0.1:{srv.getsockname()[1]}/sparql"


def start(*args) -> subprocess.Popen:
    # Ctrl-C as a terminal sends it: the default disposition, even where the tests run in
    # the background (which ignores SIGINT, and a child inherits that)
    return subprocess.Popen([sys.executable, "-m", "kg", "query", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def connections(srv) -> int:
    try:
        conn, _ = srv.accept()
    except TimeoutError:
        return 0
    conn.close()
    return 1


def test_service_is_refused_without_allow_service(store, silent_server):
    srv, url = silent_server
    proc = start(store, f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and b"--allow-service" in err and b"Traceback" not in err
    assert connections(srv) == 0


def test_load_is_refused_without_allow_service(store, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    proc = start(store, f"LOAD <{secret.as_uri()}> INTO GRAPH <urn:stolen>", "--update")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and b"--allow-service" in err
    ask = start(store, "ASK { GRAPH <urn:stolen> { ?s ?p ?o } }")
    assert ask.communicate(timeout=120)[0].strip() == b"false"


def test_an_allowed_service_that_never_answers_times_out(store, silent_server):
    _, url = silent_server
    proc = start(store, f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--allow-service",
                 "--timeout", "2")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and b"stopped after 2 s (--timeout)" in err


def test_every_query_has_a_timeout_by_default():
    args = parser().parse_args(["query", "store", ENDLESS])
    assert args.timeout == DEFAULT_TIMEOUT > 0


@pytest.mark.parametrize("how", ["service", "endless"])
def test_ctrl_c_stops_any_query_at_once_and_frees_the_store(store, silent_server, how):
    srv, url = silent_server
    if how == "service":
        proc = start(store, f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--allow-service")
        srv.settimeout(120)
        conn, _ = srv.accept()  # the query is waiting on the server now
    else:
        proc = start(store, ENDLESS, "--format", "tsv")
        proc.stdout.readline()  # the query is running: its first line is out
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)  # a bound for "within a second" on a busy machine
    assert proc.returncode == 130 and b"interrupted" in err and b"Traceback" not in err
    again = start(store, "ASK { ?s ?p ?o }")  # the store is not left locked
    assert again.communicate(timeout=120)[0].strip() == b"true"


def test_results_stream_as_they_are_found(store):
    proc = start(store, ENDLESS, "--format", "tsv")
    lines = [proc.stdout.readline() for _ in range(3)]  # rows of a result with no end
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=15)
    assert lines[0].startswith(b"?a\t") and all(line.count(b"\t") == 8 for line in lines)
