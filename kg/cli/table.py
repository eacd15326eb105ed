"""kg table: a graph's observations, targets or awards as a CSV table.

The CSV is UTF-8 with a byte-order mark, so that Excel shows the Chinese correctly; one row
per statement, with its evidence sentence. GRAPH is a graph file (.ttl .nt .nq .trig .jsonld
.rdf) or a store directory; a file of several reports gives one table of them all.

examples:
  kg table out/yanhu-2023.ttl --kind observations
  kg table out/yanhu-2023.ttl --kind targets --out targets.csv
  kg table store/ --kind awards --out awards.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "write a graph's observations, targets or awards as CSV (for spreadsheets)"


def add_arguments(parser) -> None:
    parser.add_argument("graph", type=Path, metavar="GRAPH",
                        help="a graph file (.ttl .nt .nq .trig .jsonld) or a store directory")
    parser.add_argument("--kind", "-k", default="observations",
                        choices=("observations", "targets", "awards"),
                        help="which statements to tabulate (default: observations)")
    parser.add_argument("--out", "-o", type=Path, metavar="FILE",
                        help="write the CSV to this file (atomically; a regular file only) "
                        "instead of to standard output (also: --out -)")


def run(args) -> int:
    from kg.rdf.serialize import STDOUT, write_out
    from kg.table import rows, to_csv

    table = rows(args.graph, args.kind)
    write_out(args.out, to_csv(table))
    if args.out and str(args.out) != STDOUT:
        print(f"kg table: {len(table) - 1} {args.kind} → {args.out}", file=sys.stderr)
    return 0
