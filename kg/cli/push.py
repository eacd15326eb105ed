"""kg push: send graphs to a SPARQL 1.1 server (Graph Store HTTP Protocol).

Each report's graph is PUT to its own named graph (?graph=<report IRI>), so pushing again
replaces it. ENDPOINT is the server's Graph Store URL:

  Oxigraph   http://127.0.0.1:7878/store
  Fuseki     http://127.0.0.1:3030/DATASET/data
  GraphDB    http://127.0.0.1:7200/repositories/REPO/rdf-graphs/service
  Virtuoso   http://127.0.0.1:8890/sparql-graph-crud-auth   (graph-uri=…, digest auth)

The password may also come from the KG_PUSH_PASSWORD environment variable, which keeps it
out of the process list and shell history. Credentials are never printed.

examples:
  kg push store/ --endpoint http://127.0.0.1:7878/store
  kg push out/yanhu-2023.ttl --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kg.errors import InputError

HELP = "send graphs to a SPARQL server (Graph Store Protocol, one named graph per report)"


def add_arguments(parser) -> None:
    parser.add_argument("source", type=Path, metavar="GRAPH_OR_STORE",
                        help="a graph file or a store directory")
    parser.add_argument("--endpoint", required=True, metavar="URL",
                        help="the server's Graph Store URL (see above)")
    parser.add_argument("--user", metavar="U", help="user name (basic or digest auth)")
    parser.add_argument("--password", metavar="P",
                        help="password (or set KG_PUSH_PASSWORD)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S",
                        help="seconds to wait for each request (default: 60)")
    parser.add_argument("--retries", type=int, default=3, metavar="N",
                        help="retries on connection errors and 502/503/504 (default: 3)")
    parser.add_argument("--chunk", type=int, default=0, metavar="N",
                        help="triples per request (default: 0, the whole graph in one PUT, "
                        "which the server applies whole; N splits it for servers that stall "
                        "on large uploads, and a push cut off then leaves a part)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")


def run(args) -> int:
    from kg.push import endpoint, push

    if not args.source.exists():
        raise InputError("no such graph file or store directory", args.source)
    if args.chunk < 0 or args.retries < 0 or args.timeout <= 0:
        raise InputError("--timeout must be positive, --chunk and --retries not negative")
    password = args.password or os.environ.get("KG_PUSH_PASSWORD")
    ep = endpoint(args.endpoint, args.user, password, args.timeout, args.retries)

    def progress(graph: str, count: int) -> None:
        if not args.quiet:
            print(f"{graph}: {count} triples → {ep.shown}")

    done = push(args.source, ep, args.chunk, progress)
    if not args.quiet:
        print(f"pushed {len(done)} graph{'s' if len(done) != 1 else ''}, "
              f"{sum(done.values())} triples", file=sys.stderr)
    return 0
