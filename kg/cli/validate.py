"""kg validate: check graphs against the ontology's SHACL shapes (ontology/shapes.ttl).

Every statement needs its evidence sentence, every observation one indicator, every value
its unit, every range min ≤ max, every award a level; every sentence's offsets must give back
its text from the report's full text; entities need their names. The graph is checked
together with ontology/govkg.ttl; a dataset file (.nq, .trig) is checked as one graph.

Prints one line per violation (focus node, what it is, the property, the message) and a
count. Exit status: 0 when every graph conforms, 1 when one does not, 2 when a file cannot
be read or parsed.

examples:
  kg validate out/yanhu-2023.ttl
  kg validate out/*.nq
  kg validate graph.ttl --shapes my-shapes.ttl
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "check graphs against the SHACL shapes; exit 0 when they conform"


def add_arguments(parser) -> None:
    parser.add_argument("graphs", type=Path, nargs="+", metavar="GRAPH",
                        help="a graph file (.ttl .nt .nq .trig .jsonld)")
    parser.add_argument("--shapes", type=Path, metavar="FILE",
                        help="SHACL shapes to use instead of the ontology's shapes.ttl")


def run(args) -> int:
    from kg.errors import KGError
    from kg.validate import ShapesError, validate

    status = 0
    for path in args.graphs:
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


def _summary(path: Path, report) -> str:
    if report.conforms and not report.violations:
        return f"{path}: conforms"
    counts: dict[str, int] = {}
    for v in report.violations:
        counts[v.severity] = counts.get(v.severity, 0) + 1
    parts = [f"{n} {kind.lower()}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items())]
    verdict = "conforms" if report.conforms else "does not conform"
    return f"{path}: {verdict}: {', '.join(parts)}"
