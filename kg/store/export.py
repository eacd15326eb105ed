"""Write a store or a graph file out in one RDF format, sorted so that output is stable.

N-Quads and TriG keep one named graph per report; Turtle, N-Triples and JSON-LD hold the
union of the graphs (every sentence still names its report through ``gov:inReport``).
A store in N-Quads or TriG is written as it is read, one report graph at a time, so its
size does not bound the memory; the union formats hold the union in memory to sort it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.serialize import FORMATS, PREFIXES, STDOUT, format_name, to_bytes, write_atomic_with


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
    if fmt in ("nq", "trig"):
        return _dataset(source, fmt, None)
    found = source_graphs(source)
    # A set's order differs between processes: sort it so that the bytes do not.
    union = sorted({t for triples in found.values() for t in triples}, key=str)
    if fmt == "jsonld":
        from kg.store.jsonld import to_jsonld

        return to_jsonld(union)
    return to_bytes(union, fmt)


def export_to(source: Path, fmt: str, out: Path | str | None) -> None:
    """Write the source in ``fmt`` to ``out`` (a regular file, written atomically; absent
    or ``-``: standard output), the same bytes as :func:`export`, a report graph at a
    time for N-Quads and TriG."""
    from kg.rdf.serialize import write_out

    fmt = format_name(fmt)
    if fmt not in ("nq", "trig"):
        write_out(out, export(source, fmt))
    elif out is None or str(out) == STDOUT:
        import sys

        _dataset(source, fmt, sys.stdout.buffer)
        sys.stdout.flush()
    else:
        _dataset_to_file(source, fmt, Path(out))


def _dataset(source: Path, fmt: str, output) -> bytes | None:
    """Serialize the quads of ``source`` graph by graph (to ``output``, or as bytes)."""
    prefixes = PREFIXES if fmt == "trig" else None
    return ox.serialize(_quads(source), output, format=FORMATS[fmt][1], prefixes=prefixes)


def _quads(source: Path) -> Iterator[ox.Quad]:
    """Every quad, by graph IRI and then as :func:`kg.store.graph_triples` sorts them; a
    store is read one graph at a time."""
    from kg.store import graph_triples, open_store, report_graphs

    source = Path(source)
    if not source.is_dir():
        for name, triples in source_graphs(source).items():
            g = ox.NamedNode(name)
            yield from (ox.Quad(t.subject, t.predicate, t.object, g) for t in triples)
        return
    store = open_store(source, create=False)
    for g in report_graphs(store):
        yield from (ox.Quad(t.subject, t.predicate, t.object, g)
                    for t in graph_triples(store, g))


def _dataset_to_file(source: Path, fmt: str, path: Path) -> None:
    """:func:`_dataset` into ``path`` through a temporary file and a rename."""
    write_atomic_with(path, lambda handle: _dataset(source, fmt, handle))
