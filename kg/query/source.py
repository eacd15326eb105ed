"""Open what a query runs over: a graph file (read into memory) or a store directory."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError


def open_source(path: Path) -> ox.Store:
    """A store holding the source's triples; a dataset file keeps its named graphs.

    Queries over it see the union of its named graphs when it has any (a store, an N-Quads
    or TriG file), else its default graph (a Turtle file): see :func:`has_named_graphs`.

    Raises:
        kg.errors.InputError: no such file or folder, or a file that is not valid RDF.
        kg.store.StoreError: a folder that is not a store, or one in use.
    """
    from kg.store import open_store
    from kg.store.files import rdf_format

    path = Path(path)
    if path.is_dir():
        return open_store(path, create=False)
    if not path.exists():
        raise InputError("no such graph file or store directory", path)
    fmt = rdf_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"not valid {fmt.name} ({exc})", path) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc})", path) from None
    if has_named_graphs(store) and _has_default(store):
        # A dataset file with triples outside any graph: give them a graph of their own,
        # so that the union still sees them.
        store.update("ADD DEFAULT TO <urn:x-govkg:default-graph> ; DROP DEFAULT")
    return store


def has_named_graphs(store: ox.Store) -> bool:
    """Whether queries over ``store`` read the union of its named graphs (it has some)."""
    return next(iter(store.named_graphs()), None) is not None


def _has_default(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                None) is not None


def is_file_source(path: Path) -> bool:
    """Whether the source is a graph file (read-only here) rather than a store directory."""
    return not Path(path).is_dir()
