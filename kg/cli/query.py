"""kg query: ask a SPARQL question of a graph file or a store directory.

QUERY is a .rq file or the query text itself. The prefixes gov:, prov:, rdfs:, skos:, xsd:,
dcterms: (and rdf:) are predeclared. Queries see the union of all report graphs (a
triple several reports hold is seen once per report: use DISTINCT).

SELECT prints an aligned table (long cells cut; --format tsv gives them whole), or CSV, TSV
or SPARQL results JSON. ASK prints true or false and exits 0 or 1. CONSTRUCT and DESCRIBE
print Turtle. A query that changes data is refused unless --update is given, and then only
a store directory is changed.

examples:
  kg query out/yanhu-2023.ttl examples/queries/enterprises-with-national-honors.rq
  kg query store/ 'SELECT ?label WHERE { ?e a gov:Enterprise ; rdfs:label ?label }'
  kg query store/ 'ASK { ?a gov:level gov:NationalLevel }'
"""

from __future__ import annotations

import sys
from pathlib import Path

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


def run(args) -> int:
    import pyoxigraph as ox

    from kg.query import read_query, render, run_query, run_update
    from kg.query.sparql import operation

    text, name = read_query(args.query)
    if args.update and operation(text) == "UPDATE":
        before, after = run_update(args.source, text, name=name)
        print(f"kg query: updated {args.source}: {before} → {after} triples", file=sys.stderr)
        return 0
    result = run_query(args.source, text, name=name)
    sys.stdout.buffer.write(render(result, args.format))
    sys.stdout.flush()
    if isinstance(result, ox.QueryBoolean):
        return 0 if bool(result) else 1
    return 0
