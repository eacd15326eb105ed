"""Real SPARQL servers on loopback, each with a throwaway database, stopped after the session.

The Oxigraph server comes from the PyPI package ``oxigraph`` (a test dependency); Virtuoso
open source from the Debian package ``virtuoso-opensource``. A missing server skips its tests
with the reason. Every wait is bounded.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The Virtuoso password the fixture sets: distinctive, so a leak would be found.
VIRTUOSO_PASSWORD = "Kq7-never-printed"
READY_SECONDS = 60


@dataclass
class Server:
    """A running server: its Graph Store URL, its SPARQL query URL, and credentials."""

    name: str
    gsp: str
    sparql: str
    user: str | None = None
    password: str | None = None

    def select(self, query: str) -> tuple[list[str], list[dict]]:
        """Variables and bindings of a SELECT, sent with the SPARQL protocol (results JSON)."""
        data = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(self.sparql, data=data, headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=60) as response:
            doc = json.load(response)
        return doc["head"]["vars"], doc["results"]["bindings"]

    def count(self, graph: str) -> int:
        """Triples in one named graph."""
        _, rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]["value"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_ready(url: str, process: subprocess.Popen, log: Path) -> None:
    """Poll ``url`` until it answers 200, the process dies, or READY_SECONDS pass."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    stop(process)
    pytest.fail(f"server not ready after {READY_SECONDS} s: {log.read_text()[-2000:]}")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def ask_url(sparql: str) -> str:
    return sparql + "?" + urllib.parse.urlencode({"query": "ASK {}"})


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` on a free loopback port, queries over the union of graphs."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    root = tmp_path_factory.mktemp("oxigraph")
    port, log = free_port(), root / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(root / "db"), "--bind", f"127.0.0.1:{port}",
             "--union-default-graph"], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_until_ready(ask_url(f"{base}/query"), process, log)
    yield Server("oxigraph", f"{base}/store", f"{base}/query")
    stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {root}/virtuoso.db
ErrorLogFile = {root}/virtuoso.log
LockFile = {root}/virtuoso.lck
TransactionFile = {root}/virtuoso.trx
xa_persistent_file = {root}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {root}/virtuoso-temp.db
TransactionFile = {root}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {root}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 10000
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Virtuoso open source on free loopback ports, with a fresh database and a set password."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource)")
    root = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = root / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(root=root, sql_port=sql_port, http_port=http_port))
    log = root / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=root,
                                   stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    wait_until_ready(ask_url(f"{base}/sparql"), process, log)
    password = "dba"
    isql = shutil.which("isql-vt")
    if isql:
        done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba",
                               f"exec=USER_SET_PASSWORD('dba', '{VIRTUOSO_PASSWORD}');"],
                              capture_output=True, timeout=60, env={**os.environ})
        if done.returncode == 0:
            password = VIRTUOSO_PASSWORD
    yield Server("virtuoso", f"{base}/sparql-graph-crud-auth", f"{base}/sparql", "dba", password)
    stop(process)
