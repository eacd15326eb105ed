"""The embedded store: an on-disk Oxigraph dataset, one named graph per report.

Every triple is stored once, in its report's graph; the default graph is empty. Queries see
the **union of the report graphs** (Oxigraph's ``use_default_graph_as_union``, the view of
an Oxigraph server started with ``--union-default-graph``): a triple that several reports
hold (a shared region or indicator label) is seen once per report, so corpus questions use
``DISTINCT`` and ``COUNT(DISTINCT …)``, as the example queries do, and ``GRAPH ?report
{ … }`` says where a triple came from.

Loading (:class:`Loader`) works in batches:

- reports new to the store go in with Oxigraph's bulk loader, a batch per call; their names
  are written to ``LOADING_FILE`` in the store's folder first and the file removed after, so
  a load cut off by a crash is removed the next time the store is opened for loading;
- a report already there whose graph changed is replaced in one SPARQL update per batch
  (one transaction: a crash leaves the old graph or the new one, never a mix);
- a report whose graph is what the store holds is left alone, so building the same reports
  again rewrites nothing. The SHA-256 of each graph's N-Quads, noted at its load in
  ``DIGESTS_FILE``, tells this without reading the graph back (when the store also holds as
  many quads for it); a graph with no digest, or another one, is read back and compared.

A batch is written in a thread while the next is gathered, and the caller goes on. At the
end the store is flushed and compacted, so replacing graphs does not grow it.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError

#: Files every Oxigraph (RocksDB) store directory holds.
_MARKERS = ("CURRENT", "IDENTITY")

#: In a store's folder while a bulk load is under way: the graphs it loads, one a line.
LOADING_FILE = "govkg-loading.txt"

#: In a store's folder: each report graph as last loaded, one a line (IRI, SHA-256 of its
#: N-Quads, number of quads), so that building a report again finds it unchanged without
#: reading its graph back.
DIGESTS_FILE = "govkg-digests.tsv"

#: Options that make a query see the union of the report graphs.
UNION = {"use_default_graph_as_union": True}

#: N-Quads bytes gathered before a batch is written (about 70,000 quads): bigger batches
#: load a little faster, but the bulk loader's memory grows with them.
BATCH_BYTES = 16_000_000


class StoreError(KGError):
    """A store directory that cannot be used: locked, not a store, unwritable."""


def is_store(path: Path) -> bool:
    """Whether ``path`` is an existing store directory."""
    path = Path(path)
    return path.is_dir() and all((path / name).is_file() for name in _MARKERS)


def open_store(path: Path, *, create: bool = True) -> ox.Store:
    """Open the store at ``path`` for reading and writing (creating it if allowed and absent).

    Raises:
        StoreError: the path is a file or a folder of other things, the store is in use by
            another process, or (with ``create=False``) there is no store there.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError("not a store directory (it is a file)", path)
    if path.is_dir():
        try:
            os.listdir(path)
        except OSError as exc:
            raise StoreError(f"cannot list this folder ({exc.strerror})", path) from None
    if not is_store(path):
        if path.is_dir() and any(path.iterdir()):
            raise StoreError("not a store directory (it holds other files); "
                             "give an empty or new folder", path)
        if not create:
            raise StoreError("no store here; make one with `kg build REPORT --store DIR`", path)
    try:
        return ox.Store(str(path))
    except OSError as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise StoreError("the store is in use by another process (a kg command or a "
                             "server still running on it?); try again when it is done",
                             path) from None
        raise StoreError(f"cannot open the store ({text})", path) from None


def probe(path: Path) -> None:
    """Fail now if the store at ``path`` cannot be opened (see :func:`open_store`); it is
    released at once.

    Raises:
        StoreError: as :func:`open_store`.
    """
    store = open_store(path)
    del store


def to_nquads(graph: str, triples: Iterable[ox.Triple]) -> bytes:
    """A report graph as N-Quads bytes, each triple once, in the order given (what
    :class:`Loader` takes; no sorting: the bulk loader does not need it).

    Written as N-Triples by Oxigraph, with the graph put before each line's closing dot:
    five times faster than making a Quad of every triple. N-Triples escapes line breaks in
    literals, so every line ends with `` .``.
    """
    lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
    end = f" {ox.NamedNode(graph)} .\n".encode()
    return b"".join(line[:-3] + end for line in dict.fromkeys(lines))


def _lines(nquads: bytes) -> list[bytes]:
    """The quads of N-Quads bytes as sorted lines: two graphs compare equal as sets."""
    return sorted(line for line in nquads.split(b"\n") if line)


@dataclass
class LoadStats:
    """What a load did, by report graph IRI."""

    added: list[str] = field(default_factory=list)  # new to the store (bulk loaded)
    replaced: list[str] = field(default_factory=list)  # changed, replaced in a transaction
    unchanged: list[str] = field(default_factory=list)  # the same as stored: left alone
    recovered: list[str] = field(default_factory=list)  # cut-off loads removed on opening
    quads: int = 0  # quads in the store at the end


def _reason(exc: OSError) -> str:
    """The cause of a store's I/O error, without RocksDB's file detail: No space left on
    device."""
    text = exc.strerror or str(exc)
    return "no space left on the device" if "No space left" in text else text.splitlines()[0]


class Loader:
    """Loads report graphs into a store in batches; open it before building (so a bad or busy
    store is found at once), :meth:`add` each report's N-Quads, then :meth:`close`.

    Raises:
        StoreError: (on creation) the store cannot be opened.
    """

    def __init__(self, path: Path, batch_bytes: int = BATCH_BYTES):
        self.path = Path(path)
        self.store = open_store(self.path)
        self.batch_bytes = batch_bytes
        self.stats = LoadStats()
        self._new: list[tuple[str, bytes]] = []
        self._changed: list[tuple[str, bytes]] = []
        self._pending = 0
        self._wrote = False
        # the batch being written, in a thread of its own (Oxigraph releases the GIL while
        # it loads, so the caller goes on building the next batch meanwhile)
        self._writing: threading.Thread | None = None
        self._in_flight: set[str] = set()
        self._failure: StoreError | None = None
        self._digests = _read_digests(self.path)  # of the graphs the store holds
        self._queued: dict[str, tuple[str, int]] = {}  # of the graphs not yet written
        self.stats.recovered = self._recover()

    def add(self, graph: str, nquads: bytes) -> None:
        """Queue one report graph (N-Quads of that graph only, as :func:`to_nquads` writes
        them); the batch is written when it is full, while the next one is gathered.

        Raises:
            StoreError: the store could not be written (see :meth:`write`).
        """
        if any(graph == g for g, _ in self._new + self._changed):
            self.write()  # the same graph twice in one load: the later one wins
        if graph in self._in_flight:
            self._wait()
        g = ox.NamedNode(graph)
        digest = (hashlib.sha256(nquads).hexdigest(), nquads.count(b"\n"))
        if self.store.contains_named_graph(g):
            if self._unchanged(g, nquads, digest):
                self.stats.unchanged.append(graph)
                self._digests[graph] = digest
                return
            self._changed.append((graph, nquads))
        else:
            self._new.append((graph, nquads))
        self._queued[graph] = digest
        self._pending += len(nquads)
        if self._pending >= self.batch_bytes:
            self.write()

    def write(self) -> None:
        """Start writing what is queued (new graphs bulk loaded, changed ones replaced), once
        the batch before it is written.

        Raises:
            StoreError: the store cannot be written (a full disk): the loader is released,
                the graphs the store held are kept (a cut-off bulk load is removed on the next
                opening; a replacement is one transaction), and the queued ones are dropped.
        """
        self._wait()
        new, changed = self._new, self._changed
        self._new, self._changed, self._pending = [], [], 0
        if not new and not changed:
            return
        self._in_flight = {g for g, _ in new + changed}
        # forgotten before the graphs change: a crash must not leave a digest of the old one
        if self._in_flight & self._digests.keys():
            for graph in self._in_flight:
                self._digests.pop(graph, None)
            self._save_digests()
        self._writing = threading.Thread(target=self._write, args=(new, changed),
                                         name="govkg-store-writer", daemon=True)
        self._writing.start()

    def _wait(self) -> None:
        """Wait for the batch being written; raise its failure, if any."""
        if self._writing is not None:
            self._writing.join()
            self._writing, self._in_flight = None, set()
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self.store = None
            raise failure

    def _write(self, new: list[tuple[str, bytes]], changed: list[tuple[str, bytes]]) -> None:
        try:
            if new:
                self._bulk(new)
                self.stats.added += [g for g, _ in new]
                self._digests.update((g, self._queued.pop(g)) for g, _ in new)
            if changed:
                self._replace(changed)
                self.stats.replaced += [g for g, _ in changed]
                self._digests.update((g, self._queued.pop(g)) for g, _ in changed)
        except OSError as exc:
            self._failure = StoreError(
                f"cannot load into the store ({_reason(exc)}); the graphs it held are kept, "
                f"{len(new) + len(changed)} of this batch are not loaded", self.path)

    def abandon(self) -> None:
        """Release the store without writing anything more (once the batch being written is
        done)."""
        if self._writing is not None:
            self._writing.join()
            self._writing = None
        self.store = None

    def close(self) -> LoadStats:
        """Write the last batch, flush, compact; the store is released.

        Raises:
            StoreError: the store cannot be written (see :meth:`write`).
        """
        self.write()
        self._wait()
        store, self.store = self.store, None
        try:
            store.flush()
            if self._wrote:
                # compacted now, not when RocksDB gets to it on some later opening: a store
                # opened again and left unchanged keeps its size
                store.optimize()
        except OSError as exc:
            raise StoreError(f"cannot finish writing the store ({_reason(exc)}); the "
                             "graphs it held are kept", self.path) from None
        self._save_digests()
        self.stats.quads = len(store)
        del store
        if self._wrote:
            # RocksDB deletes its spent write-ahead logs when a store is opened: do it now,
            # so that the store's size on disk is its size.
            again = ox.Store(str(self.path))
            del again
        return self.stats

    def _bulk(self, items: list[tuple[str, bytes]]) -> None:
        marks = self.path / LOADING_FILE
        marks.write_text("".join(f"{g}\n" for g, _ in items), encoding="utf-8")
        _sync(marks)
        self.store.bulk_load(b"".join(data for _, data in items),
                             format=ox.RdfFormat.N_QUADS)
        self.store.flush()
        marks.unlink()
        self._wrote = True

    def _replace(self, items: list[tuple[str, bytes]]) -> None:
        parts = []
        for graph, data in items:
            g = ox.NamedNode(graph)
            parts.append(f"DROP SILENT GRAPH {g} ;\n"
                         f"INSERT DATA {{ GRAPH {g} {{\n{_ntriples(data)}}} }}")
        self.store.update(" ;\n".join(parts))
        self._wrote = True

    def _unchanged(self, g: ox.NamedNode, nquads: bytes, digest: tuple[str, int]) -> bool:
        """Whether the store holds this graph already: by its digest when the one noted at
        its last load matches and the store holds as many quads for it (a SPARQL count, not
        a read), else by reading it back and comparing the quads (literals in canonical
        form)."""
        if self._digests.get(g.value) == digest and _count(self.store, g) == digest[1]:
            return True
        return _lines(to_nquads(g.value, graph_triples(self.store, g))) == \
            _lines(_as_stored(g.value, nquads))

    def _save_digests(self) -> None:
        """Write the digests of the graphs loaded, durably (a temporary file, renamed)."""
        path = self.path / DIGESTS_FILE
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(f"{g}\t{h}\t{n}\n" for g, (h, n) in sorted(self._digests.items())),
                       encoding="utf-8")
        _sync(tmp)
        os.replace(tmp, path)

    def _recover(self) -> list[str]:
        """Remove the graphs of a bulk load that was cut off, and a merge left in the default
        graph by an older govkg (queries now read the union of the report graphs)."""
        marks = self.path / LOADING_FILE
        cut = sorted(marks.read_text(encoding="utf-8").split()) if marks.is_file() else []
        for graph in cut:
            if self.store.contains_named_graph(ox.NamedNode(graph)):
                self.store.remove_graph(ox.NamedNode(graph))
        if next(iter(self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
            self.store.clear_graph(ox.DefaultGraph())
            self._wrote = True
        if cut:
            self.store.flush()
            marks.unlink()
            self._wrote = True
        return cut


def _read_digests(path: Path) -> dict[str, tuple[str, int]]:
    """The digests noted in a store's folder (none if there is no file; bad lines skipped)."""
    found = {}
    try:
        text = (path / DIGESTS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return found
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].isdigit():
            found[parts[0]] = (parts[1], int(parts[2]))
    return found


def _count(store: ox.Store, g: ox.NamedNode) -> int:
    """The number of quads in one named graph, counted by the store."""
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
    return int(next(iter(rows))["n"].value)


def _as_stored(graph: str, nquads: bytes) -> bytes:
    """The N-Quads as the store gives them back (literals in canonical form: "9.80" as 9.8)."""
    memory = ox.Store()
    memory.extend(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    return to_nquads(graph, graph_triples(memory, ox.NamedNode(graph)))


def _ntriples(nquads: bytes) -> str:
    """One graph's N-Quads as N-Triples text (for INSERT DATA)."""
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object)
                         for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)],
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _sync(path: Path) -> None:
    """Make ``path``'s content durable before what follows is written."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_graph(store: ox.Store, graph: str, triples: Iterable[ox.Triple]) -> int:
    """Replace the named graph ``graph`` by ``triples`` in one transaction; return how many.

    The triples are gathered first, so an error while making them leaves the store as it
    was; the update (drop, insert) is one transaction, so a crash leaves one version whole.
    """
    body = _ntriples(to_nquads(graph, triples))
    g = ox.NamedNode(graph)
    store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}")
    return body.count("\n")


def load_documents(path: Path, docs: Iterable) -> dict[str, int]:
    """Put each Document's graph in the store at ``path``, replacing its earlier version.

    Returns:
        The number of triples of each report graph, by report IRI.
    """
    from kg.rdf import iris
    from kg.rdf.mapping import triples

    loader = Loader(path)
    loaded = {}
    for doc in docs:
        graph = iris.report(doc)
        data = to_nquads(graph, triples(doc))
        loader.add(graph, data)
        loaded[graph] = data.count(b"\n")
    loader.close()
    return loaded


def load_files(path: Path, graph_files: Iterable[Path]) -> dict[str, int]:
    """Load built graph files into the store at ``path``, each graph replacing its old version.

    All files are read before the store is touched, so a bad file loads nothing.
    """
    from kg.store.files import read_graphs

    graphs_: dict[str, list[ox.Triple]] = {}
    for file in graph_files:
        for name, triples in read_graphs(file).items():
            graphs_.setdefault(name, []).extend(triples)
    loader = Loader(path)
    loaded = {}
    for name, triples in graphs_.items():
        data = to_nquads(name, triples)
        loader.add(name, data)
        loaded[name] = data.count(b"\n")
    loader.close()
    return loaded


def report_graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The store's named graphs, sorted by IRI."""
    return sorted(store.named_graphs(), key=lambda g: g.value)


def graph_triples(store: ox.Store, graph: ox.NamedNode) -> list[ox.Triple]:
    """One named graph's triples, sorted."""
    return sorted((ox.Triple(q.subject, q.predicate, q.object)
                   for q in store.quads_for_pattern(None, None, None, graph)),
                  key=lambda t: (str(t.subject), t.predicate.value, str(t.object)))


def graphs(store: ox.Store) -> dict[str, list[ox.Triple]]:
    """Every named graph of a store with its triples (sorted), by graph IRI."""
    return {g.value: graph_triples(store, g) for g in report_graphs(store)}
