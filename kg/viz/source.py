"""Read the triples of whatever a view is made from: a file, a store, an rdflib graph, a Document.

Files are streamed by Oxigraph's parser (any RDF format, by extension); a store directory
gives the union of its report graphs. ``gov:fullText`` (a whole report per triple) is never
needed by a view and is dropped as it is read.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdf.namespace import GOV

_FULL_TEXT = ox.NamedNode(str(GOV.fullText))


def read_triples(source) -> Iterator[ox.Triple]:
    """The triples of ``source``: a graph file or store directory path, an rdflib Graph, or a
    :class:`kg.model.Document`.

    Raises:
        kg.errors.InputError: no such file, an unknown file type, or a file that is not RDF.
        kg.store.StoreError: a folder that is not a store, or a store in use.
    """
    for t in _triples(source):
        if t.predicate != _FULL_TEXT:
            yield t


def source_name(source) -> str:
    """A short name for page titles: the file or folder name, or the report's name."""
    from kg.model import Document

    if isinstance(source, Document):
        return source.name
    if isinstance(source, str | Path):
        return Path(source).stem or str(source)
    return "graph"


def _triples(source) -> Iterator[ox.Triple]:
    from kg.model import Document

    if isinstance(source, Document):
        from kg.rdf.mapping import triples

        yield from triples(source)
    elif isinstance(source, str | Path):
        yield from _path_triples(Path(source))
    elif hasattr(source, "serialize") and hasattr(source, "triples"):  # rdflib
        # a Dataset or ConjunctiveGraph keeps its triples in named graphs: N-Quads has them
        quads = hasattr(source, "contexts")
        with warnings.catch_warnings():  # rdflib's own N-Quads writer calls a deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            data = source.serialize(format="nquads" if quads else "nt", encoding="utf-8")
        fmt = ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES
        for q in ox.parse(data, format=fmt):
            yield ox.Triple(q.subject, q.predicate, q.object)
    else:
        raise TypeError(f"cannot read a graph from {type(source).__name__}")


def _path_triples(path: Path) -> Iterator[ox.Triple]:
    if path.is_dir():
        from kg.store import open_store, report_graphs

        store = open_store(path, create=False)
        # the union of the report graphs, each triple once (reports share entities)
        seen: set[ox.Triple] = set()
        for graph in report_graphs(store):
            for q in store.quads_for_pattern(None, None, None, graph):
                t = ox.Triple(q.subject, q.predicate, q.object)
                if t not in seen:
                    seen.add(t)
                    yield t
        return
    from kg.store.files import parse_file

    if not path.is_file():
        raise InputError("no such graph file or store directory", path)
    for q in parse_file(path):
        yield ox.Triple(q.subject, q.predicate, q.object)
