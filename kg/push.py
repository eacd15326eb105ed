"""Send graphs to any SPARQL 1.1 server with the Graph Store HTTP Protocol.

Each report's graph is PUT to its named graph (so pushing again replaces it), as N-Triples,
in chunks: the first chunk is PUT, the rest are POSTed (added). Connection errors are retried
with backoff; PUT and POST of the same triples are idempotent, so a retry never duplicates.
Credentials go to an auth handler (basic or digest, as the server asks) and never into a
message: URLs are shown without any ``user:password@``.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError

#: Triples per request; Virtuoso stalls on very large single uploads.
CHUNK = 50_000
NTRIPLES = "application/n-triples"


class PushError(KGError):
    """A push that failed: the server refused or could not be reached."""


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store endpoint: its URL (without credentials) and how to reach it."""

    url: str
    user: str | None = None
    password: str | None = None
    timeout: float = 60.0
    retries: int = 3

    def graph_url(self, graph: str) -> str:
        """The URL of one named graph: ``?graph=…`` (``graph-uri=`` for Virtuoso's CRUD path)."""
        parts = urllib.parse.urlsplit(self.url)
        key = "graph-uri" if "sparql-graph-crud" in parts.path else "graph"
        query = urllib.parse.parse_qsl(parts.query) + [(key, graph)]
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def redact(url: str) -> str:
    """``url`` without the ``user:password@`` part, for messages."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def endpoint(url: str, user: str | None = None, password: str | None = None,
             timeout: float = 60.0, retries: int = 3) -> Endpoint:
    """An Endpoint from a URL that may carry ``user:password@``; given ones win."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"not an http(s) URL: {redact(url)}")
    user = user or (urllib.parse.unquote(parts.username) if parts.username else None)
    password = password or (urllib.parse.unquote(parts.password) if parts.password else None)
    return Endpoint(redact(url), user, password, timeout, retries)


def chunks(triples: list[ox.Triple], size: int = CHUNK) -> Iterator[bytes]:
    """The triples as N-Triples documents of at most ``size`` triples (one, if empty)."""
    for start in range(0, max(len(triples), 1), size):
        yield ox.serialize(triples[start:start + size], format=ox.RdfFormat.N_TRIPLES)


def push_graph(ep: Endpoint, graph: str, triples: list[ox.Triple], size: int = CHUNK,
               opener=None) -> int:
    """Replace ``graph`` on the server by ``triples``; return the number of requests made."""
    opener = opener or _opener(ep)
    url = ep.graph_url(graph)
    sent = 0
    for n, body in enumerate(chunks(triples, size)):
        method = "PUT" if n == 0 else "POST"
        _send(ep, opener, method, url, body, where=f"{method} <{graph}> to {ep.url}")
        sent += 1
    return sent


def push(source: Path, ep: Endpoint, size: int = CHUNK,
         progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Push every graph of a store directory or graph file; triples sent, by graph IRI."""
    from kg.store.export import source_graphs

    opener = _opener(ep)
    done = {}
    for graph, triples in source_graphs(source).items():
        push_graph(ep, graph, triples, size, opener)
        done[graph] = len(triples)
        if progress:
            progress(graph, len(triples))
    return done


def _opener(ep: Endpoint) -> urllib.request.OpenerDirector:
    """An opener that answers basic or digest challenges with the endpoint's credentials."""
    handlers = []
    if ep.user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, ep.url, ep.user, ep.password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords),
                     urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _send(ep: Endpoint, opener, method: str, url: str, body: bytes, where: str) -> None:
    """One request, retried with backoff on connection errors and 502/503/504."""
    for attempt in range(ep.retries + 1):
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": NTRIPLES})
        try:
            with opener.open(request, timeout=ep.timeout) as response:
                response.read()
            return
        except urllib.error.HTTPError as exc:
            if exc.code not in (502, 503, 504) or attempt == ep.retries:
                raise PushError(_http_message(exc, where)) from None
        except (urllib.error.URLError, OSError) as exc:
            if attempt == ep.retries:
                reason = getattr(exc, "reason", exc)
                raise PushError(f"{where}: cannot reach the server ({reason}) "
                                f"after {ep.retries + 1} attempts") from None
        time.sleep(min(0.5 * 2 ** attempt, 8.0))


def _http_message(exc: urllib.error.HTTPError, where: str) -> str:
    """One line saying what the server's refusal means and what to do."""
    hints = {
        401: "the server wants credentials, or refused them: check --user and --password",
        403: "the credentials are not allowed to write graphs on this server",
        404: "no Graph Store service at this URL: give its GSP address, e.g. "
             "http://host:7878/store (Oxigraph), http://host:3030/ds/data (Fuseki), "
             "http://host:8890/sparql-graph-crud-auth (Virtuoso)",
        413: "the server refused a request as too large: lower --chunk",
    }
    hint = hints.get(exc.code)
    if hint is None and exc.code >= 500:
        hint = f"server error: {_first_line(exc)}"
    return f"{where}: HTTP {exc.code} {exc.reason}: {hint or _first_line(exc)}"


def _first_line(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(2000).decode("utf-8", "replace")
    except OSError:
        text = ""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200] or "no details given"
