"""kg export: write a store or a graph file out in another format.

nq and trig keep one named graph per report; ttl, nt and jsonld hold the union of them
(JSON-LD with an @context of readable keys: label, text, value, unit, indicator …).
graphml and gexf write the network view (entities and what links them) for Gephi,
Cytoscape or networkx, and need --out.

examples:
  kg export store/ --format nq --out corpus.nq
  kg export out/yanhu-2023.ttl --format jsonld --out yanhu-2023.jsonld
  kg export store/ --format graphml --out corpus.graphml
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError, OutputError

HELP = "write a store or graph file as nq, trig, ttl, nt, jsonld, graphml or gexf"

RDF_FORMATS = ("nq", "trig", "ttl", "nt", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf")


def add_arguments(parser) -> None:
    parser.add_argument("source", type=Path, metavar="SOURCE",
                        help="a store directory or a graph file")
    parser.add_argument("--format", "-f", default="nq", metavar="FMT",
                        help="nq (default), trig, ttl, nt, jsonld, graphml or gexf")
    parser.add_argument("--out", "-o", type=Path, metavar="FILE",
                        help="file to write, atomically (a regular file only; default or -: "
                        "standard output)")


def run(args) -> int:
    from kg.rdf.serialize import format_name

    if not args.source.exists():
        raise InputError("no such store directory or graph file", args.source)
    fmt = args.format.lower()
    if fmt in NETWORK_FORMATS:
        if args.out is None:
            raise OutputError(f"--format {fmt} needs --out FILE")
        from kg.viz.network import write_network

        write_network(args.source, args.out, fmt)
        return 0
    try:
        fmt = format_name(fmt)
    except OutputError:
        raise OutputError(f"unknown format {args.format!r}; use one of "
                          f"{', '.join(RDF_FORMATS + NETWORK_FORMATS)}") from None
    from kg.store.export import export_to

    export_to(args.source, fmt, args.out)
    return 0
