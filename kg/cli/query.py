"""kg query: ask a SPARQL question of a graph file or a store directory.

QUERY is a .rq file or the query text itself. The prefixes gov:, prov:, rdfs:, skos:, xsd:,
dcterms: (and rdf:) are predeclared. Queries see the union of all report graphs (a
triple several reports hold is seen once per report: use DISTINCT).

SELECT prints an aligned table (long cells cut; --format tsv gives them whole), or CSV, TSV
or SPARQL results JSON. ASK prints true or false and exits 0 or 1. CONSTRUCT and DESCRIBE
print Turtle. A query that changes data is refused unless --update is given, and then only
a store directory is changed.

A query reads nothing but SOURCE: SERVICE (another SPARQL server) and LOAD (a document, a
file) need --allow-service. Every query stops after --timeout seconds (default 300), and
Ctrl-C stops it at once. Rows are written as they are found (a table's columns are sized on
its first 1,000 rows).

examples:
  kg query out/yanhu-2023.ttl examples/queries/enterprises-with-national-honors.rq
  kg query store/ 'SELECT ?label WHERE { ?e a gov:Enterprise ; rdfs:label ?label }'
  kg query store/ 'ASK { ?a gov:level gov:NationalLevel }'
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.cli.args import at_least

HELP = "run a SPARQL query over a graph file or a store"


def add_arguments(parser) -> None:
    parser.add_argument("source", type=Path, metavar="SOURCE",
                        help="a graph file (.ttl .nt .nq .trig .jsonld) or a store directory")
    parser.add_argument("query", metavar="QUERY",
                        help="a .rq file, the query text, or - to read it from standard input")
    parser.add_argument("--format", "-f", default="table", metavar="FMT",
                        choices=("table", "csv", "tsv", "json", "ttl", "nt"),
                        help="table (default), csv, tsv or json for SELECT and ASK; "
                        "ttl (default) or nt for CONSTRUCT and DESCRIBE")
    parser.add_argument("--update", action="store_true",
                        help="allow a query that changes data (INSERT, DELETE, LOAD, CLEAR, "
                        "DROP …); SOURCE must be a store directory. Change the report "
                        "graphs (GRAPH <report> { … }): queries read their union")
    parser.add_argument("--allow-service", action="store_true",
                        help="allow SERVICE (asking another SPARQL server) and LOAD (reading "
                        "a document): without it a query touches no network and no file "
                        "but SOURCE")
    parser.add_argument("--timeout", type=at_least(0, float, "a number of seconds"),
                        default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"stop a query that runs longer (default: {DEFAULT_TIMEOUT:g}; "
                        "0 for none)")


#: Seconds a query may run by default.
DEFAULT_TIMEOUT = 300.0
#: How often the waiting thread wakes: Ctrl-C stops a query within this long.
_TICK = 0.1


def run(args) -> int:
    """Run the query in a worker thread, the main one waiting: Ctrl-C and the timeout stop
    any query at once, even one inside Oxigraph or waiting on a server (Oxigraph releases
    the interpreter while it evaluates)."""
    import threading

    outcome: dict = {}

    def work():
        try:
            outcome["status"] = _run(args)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    deadline = time.monotonic() + args.timeout if args.timeout else None
    try:
        while worker.is_alive():
            worker.join(_TICK)
            if deadline is not None and time.monotonic() > deadline and worker.is_alive():
                name = args.query if len(args.query) < 60 else "the query"
                _leave(2, f"error: {name}: stopped after {args.timeout:g} s (--timeout)")
    except KeyboardInterrupt:
        if worker.is_alive():
            _leave(130, "interrupted")
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["status"]


def _leave(status: int, message: str) -> None:
    """End the process now, the query still running: say why, and exit without waiting for
    the worker (a server that never answers) or for the interpreter's cleanup of it."""
    import os

    print(f"kg query: {message}", file=sys.stderr, flush=True)
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)


def _run(args) -> int:
    import pyoxigraph as ox

    from kg.query import read_query, run_query, run_update
    from kg.query.results import write
    from kg.query.sparql import operation

    text, name = read_query(args.query)
    if args.update and operation(text) == "UPDATE":
        before, after = run_update(args.source, text, name=name,
                                   allow_service=args.allow_service)
        print(f"kg query: updated {args.source}: {before} → {after} triples", file=sys.stderr)
        return 0
    result = run_query(args.source, text, name=name, allow_service=args.allow_service)
    write(result, args.format, sys.stdout.buffer)
    sys.stdout.flush()
    if isinstance(result, ox.QueryBoolean):
        return 0 if bool(result) else 1
    return 0
