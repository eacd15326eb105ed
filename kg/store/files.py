"""Read graph files of any RDF format into graphs keyed by their report's IRI.

Dataset files (N-Quads, TriG) keep their named graphs. A single-graph file (Turtle,
N-Triples, JSON-LD, RDF/XML) is put in the graph of the one ``gov:Report`` it describes, as
``kg build`` writes one report per file; a file describing no report, or several, is refused
because no graph name can be chosen for it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.rdf.namespace import GOV

#: Extensions Oxigraph does not guess but users write.
_EXTRA = {".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
          ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its extension."""
    suffix = Path(path).suffix.lower()
    found = _EXTRA.get(suffix) or ox.RdfFormat.from_extension(suffix.lstrip("."))
    if found is None:
        raise InputError("unknown graph file type; use .ttl, .nt, .nq, .trig, .jsonld or .rdf",
                         path)
    return found


def parse_file(path: Path) -> list[ox.Quad]:
    """All quads of a graph file; a clear error when it is missing or not valid RDF."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such graph file", path)
    fmt = rdf_format(path)
    try:
        return list(ox.parse(path=path, format=fmt))
    except SyntaxError as exc:
        raise InputError(f"not valid {fmt.name} ({exc})", path) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read ({exc})", path) from None


def read_graphs(path: Path) -> dict[str, list[ox.Triple]]:
    """The graphs of a file: graph IRI → its triples (sorted, without duplicates)."""
    graphs: dict[str, set[ox.Triple]] = defaultdict(set)
    default: set[ox.Triple] = set()
    for q in parse_file(path):
        t = ox.Triple(q.subject, q.predicate, q.object)
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value].add(t)
        else:
            default.add(t)
    if default:
        graphs[_report_iri(default, path)] |= default
    return {name: sorted(ts, key=_key) for name, ts in sorted(graphs.items())}


def _report_iri(triples: set[ox.Triple], path: Path) -> str:
    """The IRI of the single report a one-graph file describes."""
    type_, report = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(GOV.Report))
    reports = sorted(t.subject.value for t in triples
                     if t.predicate == type_ and t.object == report)
    if len(reports) != 1:
        found = "no gov:Report" if not reports else f"{len(reports)} reports"
        raise InputError(f"cannot tell which report graph this is ({found} in its default "
                         "graph); use N-Quads or TriG with named graphs", path)
    return reports[0]


def _key(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), t.predicate.value, str(t.object))
