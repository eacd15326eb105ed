"""Open what a query runs over: a graph file (read into memory) or a store directory."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError


def open_source(path: Path) -> ox.Store:
    """A store holding the source's triples; a dataset file keeps its named graphs, and its
    default graph gets their merge (see :mod:`kg.store`), which queries run over.

    Raises:
        kg.errors.InputError: no such file or folder, or a file that is not valid RDF.
        kg.store.StoreError: a folder that is not a store, or one in use.
    """
    from kg.store import merge_into_default, open_store
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
    merge_into_default(store)
    return store


def is_file_source(path: Path) -> bool:
    """Whether the source is a graph file (read-only here) rather than a store directory."""
    return not Path(path).is_dir()
