"""Golden cases: each folder here holds an invented report fragment (``input.txt``), the graph
it must give (``expected.ttl``) and its entities (``entities.tsv``: class and label, the exact
set). ``test_cases.py`` builds every case and compares graphs by isomorphism.

When a change to the rules changes a case's graph on purpose, regenerate the expected files
and review their diff before committing::

    .venv/bin/python tests/cases/golden.py            # every case
    .venv/bin/python tests/cases/golden.py awards     # one case
    KG_UPDATE_CASES=1 .venv/bin/pytest tests/cases    # the same, from pytest
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import RDFS

from kg.pipeline import build_document
from kg.rdf import iris
from kg.rdf.mapping import triples
from kg.rdf.serialize import PREFIXES, to_bytes

CASES = Path(__file__).resolve().parent


def case_names() -> list[str]:
    return sorted(p.parent.name for p in CASES.glob("*/input.txt"))


def build(name: str) -> tuple[bytes, str]:
    """The case's graph as Turtle, and its entity table (one ``class<TAB>label`` a line)."""
    doc = build_document(CASES / name / "input.txt")
    ttl = to_bytes(triples(doc), "ttl", iris.report(doc))
    table = "".join(f"{t}\t{label}\n" for t, label in sorted(doc.entities))
    return ttl, table


def update(name: str) -> None:
    """Write the case's expected files from what the code gives now."""
    ttl, table = build(name)
    (CASES / name / "expected.ttl").write_bytes(ttl)
    (CASES / name / "entities.tsv").write_text(table, encoding="utf-8")


def graph(data: bytes) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=data, format="turtle")
    return g


def readable_diff(expected: rdflib.Graph, got: rdflib.Graph, limit: int = 40) -> str:
    """The triples only one side has, one per line with prefixed names: ``- `` expected and
    missing, ``+ `` made and not expected."""
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    ns = rdflib.Graph().namespace_manager
    for prefix, iri in PREFIXES.items():
        ns.bind(prefix, iri, override=True)

    labels = {s: str(o) for g in (expected, got) for s, o in g.subject_objects(RDFS.label)}

    def lines(g: rdflib.Graph, sign: str) -> list[str]:
        out = sorted(" ".join(_short(t, ns, labels) for t in triple) for triple in g)
        more = [f"{sign} … {len(out) - limit} more"] if len(out) > limit else []
        return [f"{sign} {line}" for line in out[:limit]] + more
    return "\n".join(lines(only_expected, "-") + lines(only_got, "+"))


def _short(term, ns, labels: dict) -> str:
    """A term as Turtle writes it, with its label beside a node (county/92212b…「青禾县」)."""
    text = term.n3(ns)
    text = text if len(text) <= 80 else text[:77] + "…"
    return f"{text}「{labels[term]}」" if term in labels else text


if __name__ == "__main__":
    for name in sys.argv[1:] or case_names():
        update(name)
        print(f"wrote tests/cases/{name}/expected.ttl and entities.tsv")
