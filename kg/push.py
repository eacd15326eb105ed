"""Send graphs to any SPARQL 1.1 server with the Graph Store HTTP Protocol.

Each report's graph is PUT to its named graph in one request (so pushing again replaces it,
and the server applies the graph whole: a push cut off leaves the old graph or the new one).
For servers that stall on large uploads, ``--chunk N`` splits it: the first chunk is PUT, the
rest POSTed (added) — then a push cut off leaves a part until the next. Connection errors are
retried with backoff; PUT and POST of the same triples are idempotent, so a retry never
duplicates. Credentials go to an auth handler (basic or digest, as the server asks) and never
into a message: URLs are shown without ``user:password@`` and with secret query parameters
(``?token=…``) masked; a server's error text is shown without control characters.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError

#: Triples per request: 0 for the whole graph in one request (atomic on the server).
CHUNK = 0
NTRIPLES = "application/n-triples"


class PushError(KGError):
    """A push that failed: the server refused or could not be reached."""


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store endpoint: its URL (without credentials) and how to reach it."""

    url: str  # as requests are sent: without user:password@, with its query parameters
    user: str | None = None
    password: str | None = None
    timeout: float = 60.0
    retries: int = 3

    @property
    def shown(self) -> str:
        """The URL as messages show it: secret query parameters masked."""
        return redact(self.url)

    def graph_url(self, graph: str) -> str:
        """The URL of one named graph: ``?graph=…`` (``graph-uri=`` for Virtuoso's CRUD path)."""
        parts = urllib.parse.urlsplit(self.url)
        key = "graph-uri" if "sparql-graph-crud" in parts.path else "graph"
        query = urllib.parse.parse_qsl(parts.query) + [(key, graph)]
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


#: Query parameters that carry secrets (case-insensitive, - and _ ignored), masked in messages.
_SECRET_KEYS = frozenset({"token", "accesstoken", "authtoken", "apikey", "key", "password",
                          "passwd", "pwd", "secret", "clientsecret", "sig", "signature",
                          "auth", "authorization", "credential", "credentials", "session"})


def redact(url: str) -> str:
    """``url`` for messages: without ``user:password@``, secret query values as ``***``."""
    parts = strip_userinfo(url)
    split = urllib.parse.urlsplit(parts)
    if not split.query:
        return parts
    pairs = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
    masked = [(k, "***" if k.lower().replace("-", "").replace("_", "") in _SECRET_KEYS else v)
              for k, v in pairs]
    return urllib.parse.urlunsplit(split._replace(query=urllib.parse.urlencode(masked,
                                                                               safe="*")))


def strip_userinfo(url: str) -> str:
    """``url`` without the ``user:password@`` part."""
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
    return Endpoint(strip_userinfo(url), user, password, timeout, retries)


def chunks(triples: list[ox.Triple], size: int = CHUNK) -> Iterator[bytes]:
    """The triples as N-Triples documents of at most ``size`` triples (one, if empty; one
    for all of them if ``size`` is 0)."""
    size = size or max(len(triples), 1)
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
        _send(ep, opener, method, url, body, where=f"{method} <{graph}> to {ep.shown}")
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
                kind = response.headers.get_content_type()
                reply = response.read(65536)
            # a web page: the URL is a site, not a Graph Store (Virtuoso's success is typed
            # text/html too, but empty)
            if kind in ("text/html", "application/xhtml+xml") and reply.strip():
                raise PushError(f"{where}: the server answered with a web page, not as a "
                                "Graph Store does: is this its Graph Store URL? (e.g. "
                                "http://host:7878/store, http://host:3030/ds/data)")
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
    text = _CONTROL.sub(" ", _ESCAPE.sub("", text))  # no terminal escapes from a server
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200] or "no details given"


#: Terminal escape sequences (CSI, OSC …) and the other control characters but newline.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
