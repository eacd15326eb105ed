"""Run SPARQL over a graph file or a store directory, as ``kg query`` does.

Queries see the union of the report graphs (a store's, or a dataset file's named graphs;
see :mod:`kg.store`), so a question about many reports needs no ``GRAPH`` clause, and
``GRAPH ?g`` still finds the report a triple came from. A triple that several reports hold
is seen once per report: ask with ``DISTINCT``. Updates are refused
unless asked for, and only a store directory can be updated.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.query.results import render
from kg.query.source import has_named_graphs, is_file_source, open_source
from kg.query.sparql import operation, prefixes_for, reaches_out, syntax_message, with_prefixes

__all__ = ["read_query", "run_query", "run_update", "select", "render", "with_prefixes"]

#: Files of queries: a QUERY argument ending so is read as a file, never run as text.
QUERY_SUFFIXES = (".rq", ".sparql", ".ru")


def read_query(arg: str) -> tuple[str, str]:
    """The query text and a name for messages, from a file path, ``-`` (standard input) or
    inline text."""
    if arg == "-":
        import sys

        return sys.stdin.read(), "stdin"
    path = Path(arg)
    looks_like_file = arg.lower().endswith(QUERY_SUFFIXES) and "\n" not in arg
    if looks_like_file or (len(arg) < 4096 and "{" not in arg and path.is_file()):
        try:
            return path.read_text(encoding="utf-8-sig"), str(path)
        except FileNotFoundError:
            raise InputError("no such query file", path) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query ({exc})", path) from None
    return arg, "query"


def run_query(source: Path | ox.Store, query: str, *, name: str = "query",
              allow_service: bool = False):
    """Run a read-only query over the union of the source's graphs; a query that reaches
    out of them (SERVICE) only with ``allow_service``.

    Returns:
        ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or ``QueryTriples``
        (CONSTRUCT, DESCRIBE).

    Raises:
        kg.errors.QueryError: a malformed query (with line and column), an update, or
            SERVICE not allowed.
    """
    if operation(query) == "UPDATE":
        raise QueryError(f"{name}: this query changes data (an update); "
                         "kg query runs it only with --update, on a store directory")
    _check_reach(query, name, allow_service)
    store = source if isinstance(source, ox.Store) else open_source(source)
    try:
        return store.query(query, prefixes=prefixes_for(query),
                           use_default_graph_as_union=has_named_graphs(store))
    except SyntaxError as exc:
        raise QueryError(f"{name}: {syntax_message(exc)}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"{name}: the query failed ({exc})") from None


def run_update(source: Path, update: str, *, name: str = "update",
               allow_service: bool = False) -> tuple[int, int]:
    """Apply a SPARQL update to a store directory, in one transaction; one that fetches a
    document (LOAD) or asks another server (SERVICE) only with ``allow_service``.

    Returns:
        The number of quads before and after.
    """
    if is_file_source(source):
        raise QueryError(f"{source}: updates apply to a store directory only, not to a file")
    _check_reach(update, name, allow_service)
    store = open_source(source)
    before = len(store)
    text = update.rstrip()
    text = text[:-1] if text.endswith(";") else text
    try:
        store.update(text, prefixes=prefixes_for(update))
    except SyntaxError as exc:
        raise QueryError(f"{name}: {syntax_message(exc)}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"{name}: the update failed ({exc})") from None
    store.flush()
    return before, len(store)


def _check_reach(query: str, name: str, allowed: bool) -> None:
    """Refuse SERVICE and LOAD unless allowed: a read of local graphs must not make network
    requests or read files the user did not name."""
    form = None if allowed else reaches_out(query)
    if form:
        raise QueryError(f"{name}: this query reaches out of the graphs ({form}: the network "
                         "or a file); kg query runs it only with --allow-service")


def select(source: Path | ox.Store, query: str) -> list[dict[str, object]]:
    """The rows of a SELECT query, each a dict of variable name → term (unbound left out)."""
    result = run_query(source, query)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("not a SELECT query")
    names = [v.value for v in result.variables]
    return [{n: t for n, t in zip(names, row) if t is not None} for row in result]
