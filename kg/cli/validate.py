"""kg validate: check graphs against the ontology's SHACL shapes (ontology/shapes.ttl).

Every statement needs its evidence sentence, every observation one indicator, every value
its unit, every range min ≤ max, every award a level; every sentence's offsets must give back
its text from the report's full text; entities need their names. The graph is checked
together with ontology/govkg.ttl; a dataset file (.nq, .trig) is checked as one graph.

Prints one line per violation (focus node, what it is, the property, the message) and a
count. Exit status: 0 when every graph conforms, 1 when one does not, 2 when a file cannot
be read or parsed.

A store directory is checked graph by graph, one report graph in memory at a time: a line
per violation (prefixed with its report), then one count for the store.

examples:
  kg validate out/yanhu-2023.ttl
  kg validate store/
  kg validate out/*.nq
  kg validate graph.ttl --shapes my-shapes.ttl
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "check graphs against the SHACL shapes; exit 0 when they conform"


def add_arguments(parser) -> None:
    parser.add_argument("graphs", type=Path, nargs="+", metavar="GRAPH",
                        help="a graph file (.ttl .nt .nq .trig .jsonld) or a store directory")
    parser.add_argument("--shapes", type=Path, metavar="FILE",
                        help="SHACL shapes to use instead of the ontology's shapes.ttl")


def run(args) -> int:
    from kg.errors import KGError
    from kg.validate import ShapesError, validate

    status = 0
    for path in args.graphs:
        if path.is_dir():
            status = max(status, _validate_store(path, args.shapes))
            continue
        try:
            report = validate(path, shapes=args.shapes)
        except ShapesError:
            raise  # the same for every graph: stop at once
        except KGError as exc:
            if len(args.graphs) == 1:
                raise
            print(f"kg validate: error: {exc}", file=sys.stderr)
            status = 2
            continue
        for line in report.lines():
            print(f"{path}: {line}" if len(args.graphs) > 1 else line)
        print(_summary(path, report))
        if not report.conforms:
            status = max(status, 1)
    return status


def _validate_store(path: Path, shapes) -> int:
    """Validate a store graph by graph; its exit status (0 or 1)."""
    from kg.validate import validate_store

    graphs = failing = 0
    counts: dict[str, int] = {}
    for graph, report in validate_store(path, shapes=shapes):
        graphs += 1
        name = graph.rsplit("/", 1)[-1]
        for line in report.lines():
            print(f"{path}: {name}: {line}")
        for v in report.violations:
            counts[v.severity] = counts.get(v.severity, 0) + 1
        failing += not report.conforms
    found = ", ".join(f"{n} {kind.lower()}{'s' if n != 1 else ''}"
                      for kind, n in sorted(counts.items()))
    verdict = "conforms" if not failing else f"{failing} do not conform"
    print(f"{path}: {graphs} report graph{'s' if graphs != 1 else ''}: {verdict}"
          + (f": {found}" if found else ""))
    return 1 if failing else 0


def _summary(path: Path, report) -> str:
    if report.conforms and not report.violations:
        return f"{path}: conforms"
    counts: dict[str, int] = {}
    for v in report.violations:
        counts[v.severity] = counts.get(v.severity, 0) + 1
    parts = [f"{n} {kind.lower()}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items())]
    verdict = "conforms" if report.conforms else "does not conform"
    return f"{path}: {verdict}: {', '.join(parts)}"
