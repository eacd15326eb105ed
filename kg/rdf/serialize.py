"""Write graphs in every supported format, byte-identically across runs, atomically.

Serialization goes through Oxigraph (about 40× faster than rdflib's Turtle writer). Triples
are sorted first, so the same Document always gives the same bytes.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD

from kg.errors import OutputError
from kg.rdf.namespace import GOV_IRI, ID

PREFIXES = {
    "gov": GOV_IRI,
    "prov": str(PROV),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
    "report": f"{ID}report/",
    "sentence": f"{ID}sentence/",
    "observation": f"{ID}observation/",
    "target": f"{ID}target/",
    "award": f"{ID}award/",
    "indicator": f"{ID}indicator/",
    "honor": f"{ID}honor/",
}

#: Output formats by the name users give, with the file extension and Oxigraph format.
FORMATS = {
    "ttl": (".ttl", ox.RdfFormat.TURTLE),
    "nt": (".nt", ox.RdfFormat.N_TRIPLES),
    "nq": (".nq", ox.RdfFormat.N_QUADS),
    "trig": (".trig", ox.RdfFormat.TRIG),
    "jsonld": (".jsonld", ox.RdfFormat.JSON_LD),
}
ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq",
           "n-quads": "nq", "json-ld": "jsonld"}


def format_name(name: str) -> str:
    """The canonical name of an output format, or an error listing the known ones."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise OutputError(f"unknown format {name!r}; use one of {', '.join(FORMATS)}")
    return key


def to_bytes(triples: Iterable[ox.Triple], fmt: str, graph_name: str | None = None) -> bytes:
    """Serialize ``triples`` (grouped by subject, deduplicated) in ``fmt``.

    N-Quads and TriG put them in the named graph ``graph_name``; JSON-LD keeps them in the
    default graph, which is what JSON-LD readers expect of a single graph.
    """
    # Sorted by subject only: each subject's triples keep the order they came in (type and
    # label first, as the mapping makes them). Sorting on every term is 3× slower, and the
    # mapping's order is already deterministic; callers holding a set sort it first.
    ordered = sorted(dict.fromkeys(triples), key=_subject)
    _, rdf_format = FORMATS[format_name(fmt)]
    if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) and graph_name:
        graph = ox.NamedNode(graph_name)
        items = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ordered]
    else:
        items = ordered
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG,
                                          ox.RdfFormat.JSON_LD) else None
    return ox.serialize(items, format=rdf_format, prefixes=prefixes)


def _subject(t: ox.Triple) -> str:
    return t.subject.value


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never half-written.

    Only a regular file is replaced: a symbolic link, a FIFO, a device (/dev/full) or a
    folder at ``path`` is refused, since the rename would put a file in its place.

    Raises:
        kg.errors.OutputError: the path is no regular file, or cannot be written.
    """
    write_atomic_with(path, lambda handle: handle.write(data))


def write_atomic_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """As :func:`write_atomic`, with ``write(handle)`` filling the temporary file (a stream
    too large to hold as bytes); whatever it raises leaves no temporary file behind."""
    path = Path(path)
    check_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror})", path.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write ({exc.strerror})", path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: The --out value that means standard output.
STDOUT = "-"


def write_out(out: Path | str | None, data: bytes) -> None:
    """Write ``data`` to standard output (``out`` absent or ``-``: a named special file is
    written through only so, on purpose) or atomically to the regular file ``out``."""
    if out is None or str(out) == STDOUT:
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(Path(out), data)


def check_target(path: Path) -> None:
    """Refuse an output path that holds anything but a regular file (absent is fine)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path) from None
    if stat.S_ISREG(mode):
        return
    if stat.S_ISLNK(mode):
        raise OutputError("is a symbolic link; kg writes regular files only and does not "
                          "follow links (remove it, or name the file it points to)", path)
    kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket")
    raise OutputError(f"is {kind}, not a regular file; kg writes regular files only "
                      "(use --out - to write to standard output)", path)


def ox_to_rdflib(t: ox.Triple):
    """One pyoxigraph triple as an rdflib triple."""
    return (_term(t.subject), _term(t.predicate), _term(t.object))


def _term(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
