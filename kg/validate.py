"""Check a graph against the ontology's SHACL shapes, and say what is wrong in plain lines.

The graph is validated together with the class hierarchy of ``ontology/govkg.ttl`` (the
shapes follow its ``rdfs:subClassOf``: a ``gov:County`` is a ``gov:Region``). A dataset file
(N-Quads, TriG) is validated as the union of its graphs. pySHACL is imported only when a
check runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from kg.errors import KGError
from kg.rdf.namespace import GOV, ID
from kg.rdf.serialize import PREFIXES
from kg.resources import ontology_dir

#: Prefixes for showing IRIs in messages; the shapes' own namespace too.
_SHOWN = {**PREFIXES, "rdf": str(RDF), "govsh": "https://w3id.org/govkg/shapes#",
          "id": str(ID)}
_IRI = re.compile(r"<?(https?://[^\s<>\"{}|^`]+)>?")
_ABOUT_CHARS = 24


class ShapesError(KGError):
    """A shapes file that pySHACL cannot use."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result, with IRIs compacted and the focus node named."""

    focus: str  # sentence:yanhu-2023-s0012
    about: str  # the focus node's label or text, shortened; "" when it has neither
    path: str  # gov:unit; "" for a result without a path
    message: str
    severity: str = "Violation"  # or Warning, Info

    def line(self) -> str:
        """``focus “about” path: message`` on one line."""
        head = self.focus + (f" “{self.about}”" if self.about else "")
        kind = "" if self.severity == "Violation" else f"[{self.severity}] "
        return f"{head}  {kind}{self.path + ': ' if self.path else ''}{self.message}"


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of a validation: whether the graph conforms, and each result."""

    conforms: bool
    violations: tuple[Violation, ...]

    def lines(self) -> list[str]:
        return [v.line() for v in self.violations]


def load_graph(path: Path) -> rdflib.Graph:
    """A graph file of any supported format (by extension), as one graph: the union.

    Raises:
        kg.errors.InputError: no such file, an unknown extension, or not valid RDF.
    """
    from kg.rdf.serialize import ox_to_rdflib
    from kg.store.files import parse_file

    graph = rdflib.Graph()
    for quad in parse_file(Path(path)):
        graph.add(ox_to_rdflib(quad))
    return graph


def validate(graph: rdflib.Graph | str | Path, shapes: Path | None = None) -> Report:
    """Validate a graph (or a graph file) against ``ontology/shapes.ttl`` or ``shapes``.

    Raises:
        kg.errors.InputError: the graph file cannot be read or parsed.
        ShapesError: the shapes cannot be read or are not valid SHACL.
    """
    import pyshacl
    from pyshacl.errors import ReportableRuntimeError, ShapeLoadError

    data = graph if isinstance(graph, rdflib.Graph) else load_graph(Path(graph))
    data = _typed(_union(data))
    shapes_graph = _shapes(Path(shapes) if shapes else ontology_dir() / "shapes.ttl")
    try:
        conforms, results, _ = pyshacl.validate(
            data, shacl_graph=shapes_graph, ont_graph=_class_hierarchy(), inference="none",
            allow_warnings=True)
    except (ShapeLoadError, ReportableRuntimeError) as exc:
        raise ShapesError(f"not usable as SHACL shapes ({_first_line(exc)})",
                          shapes or "ontology/shapes.ttl") from None
    found = {_violation(data, results, r) for r in results.subjects(RDF.type, SH.ValidationResult)}
    ordered = sorted(found, key=lambda v: (v.focus, v.path, v.message, v.severity, v.about))
    return Report(conforms=bool(conforms), violations=tuple(ordered))


def _union(graph: rdflib.Graph) -> rdflib.Graph:
    """A plain graph of every triple: pySHACL validates a dataset's graphs one by one."""
    if not isinstance(graph, rdflib.ConjunctiveGraph):
        return graph
    union = rdflib.Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _typed(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph with its simple literals typed xsd:string, as Oxigraph reads every file (and
    the shapes): rdflib leaves "review" untyped, and pySHACL then finds it in no sh:in list of
    "review"^^xsd:string, though RDF 1.1 holds the two for one literal."""
    if not any(isinstance(o, rdflib.Literal) and o.datatype is None and o.language is None
               for o in graph.objects()):
        return graph
    typed = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype is None and o.language is None:
            o = rdflib.Literal(str(o), datatype=XSD.string)
        typed.add((s, p, o))
    return typed


@cache
def _class_hierarchy() -> rdflib.Graph:
    """The ontology's rdfs:subClassOf triples: all the shapes need of it (sh:class, targets).

    pySHACL copies the ontology into the data graph; the hierarchy alone is a tenth of it.
    """
    ontology = rdflib.Graph().parse(ontology_dir() / "govkg.ttl", format="turtle")
    hierarchy = rdflib.Graph()
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(s, rdflib.URIRef) and isinstance(o, rdflib.URIRef):
            hierarchy.add((s, RDFS.subClassOf, o))
    return hierarchy


def _shapes(path: Path) -> rdflib.Graph:
    from kg.errors import InputError

    if not path.is_file():
        raise ShapesError("no such shapes file", path)
    try:
        return _read_shapes(path.resolve(), path.stat().st_mtime_ns)
    except InputError as exc:
        raise ShapesError(str(exc).removeprefix(f"{path.resolve()}: "), path) from None


@cache
def _read_shapes(path: Path, _mtime: int) -> rdflib.Graph:
    """A shapes file, read once per version of it (pySHACL does not change it)."""
    return load_graph(path)


def _violation(data: rdflib.Graph, results: rdflib.Graph, node) -> Violation:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    severity = results.value(node, SH.resultSeverity)
    value = results.value(node, SH.value)
    message = _compact_text(messages[0] if messages else "does not conform")
    if value is not None and value != focus and _show(value) not in message:
        message += f" (value: {_show(value)})"
    return Violation(focus=_show(focus), about=describe(data, focus),
                     path=_show(path) if path is not None else "", message=message,
                     severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation")


def describe(graph: rdflib.Graph, node) -> str:
    """A few words that say what a node is: its label, title or text, or its indicator's."""
    for prop in (RDFS.label, DCTERMS.title, GOV.text):
        text = _pick(graph.objects(node, prop))
        if text:
            return _shorten(text)
    for prop in (GOV.indicator, GOV.honor):
        target = min(graph.objects(node, prop), default=None)  # the same of two, every time
        if target is not None:
            return describe(graph, target)
    return ""


def _pick(literals) -> str:
    """The Chinese one of several literals when there is one, else the first (sorted)."""
    found = sorted(literals, key=lambda lit: (getattr(lit, "language", None) != "zh", str(lit)))
    return str(found[0]) if found else ""


def _shorten(text: str, size: int = _ABOUT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _show(term) -> str:
    """An IRI compacted with the project's prefixes; a literal quoted and shortened."""
    if isinstance(term, rdflib.URIRef):
        return _compact(str(term))
    if isinstance(term, rdflib.Literal):
        datatype = f"^^{_compact(str(term.datatype))}" if term.datatype else ""
        return f"\"{_shorten(str(term))}\"{datatype}"
    if isinstance(term, rdflib.BNode):
        return "[]"  # a path or value built of blank nodes: the message says the rest
    return str(term)


def _compact(iri: str) -> str:
    for prefix, ns in sorted(_SHOWN.items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _compact_text(message: str) -> str:
    """A pySHACL message with its full IRIs compacted."""
    return _IRI.sub(lambda m: _compact(m.group(1)), message)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def validate_store(path: Path, shapes: Path | None = None):
    """Validate each report graph of a store directory in turn: one pass over the store, one
    graph in memory at a time, so memory does not grow with the number of reports.

    Yields:
        (graph IRI, Report) for every named graph, in IRI order.

    Raises:
        kg.store.StoreError: not a store, or one in use.
    """
    from kg.rdf.serialize import ox_to_rdflib
    from kg.store import open_store, report_graphs

    store = open_store(Path(path), create=False)
    try:
        for name in report_graphs(store):
            graph = rdflib.Graph()
            for quad in store.quads_for_pattern(None, None, None, name):
                graph.add(ox_to_rdflib(quad))
            yield name.value, validate(graph, shapes)
    finally:
        del store  # released at once, though a traceback kept this frame
