"""Write a store or a graph file out in one RDF format, sorted so that output is stable.

N-Quads and TriG keep one named graph per report; Turtle, N-Triples and JSON-LD hold the
union of the graphs (every sentence still names its report through ``gov:inReport``).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.rdf.serialize import FORMATS, PREFIXES, format_name, to_bytes


def source_graphs(source: Path) -> dict[str, list[ox.Triple]]:
    """The graphs of a store directory or a graph file, by graph IRI."""
    from kg.store import graphs, open_store
    from kg.store.files import read_graphs

    source = Path(source)
    if source.is_dir():
        return graphs(open_store(source, create=False))
    return read_graphs(source)


def export(source: Path, fmt: str) -> bytes:
    """The whole source serialized in ``fmt`` (ttl, nt, nq, trig or jsonld)."""
    fmt = format_name(fmt)
    found = source_graphs(source)
    if fmt in ("nq", "trig"):
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                 for name, triples in found.items() for t in triples]
        prefixes = PREFIXES if fmt == "trig" else None
        return ox.serialize(quads, format=FORMATS[fmt][1], prefixes=prefixes)
    # A set's order differs between processes: sort it so that the bytes do not.
    union = sorted({t for triples in found.values() for t in triples}, key=str)
    if fmt == "jsonld":
        from kg.store.jsonld import to_jsonld

        return to_jsonld(union)
    return to_bytes(union, fmt)
