"""kg series: an indicator's time series across the reports of a store.

INDICATOR is any name of a concept of the indicator vocabulary (GDP, 地区生产总值 and 生产总值
are one; see data/vocabularies/indicators.ttl) or its id (gdp). One row per region and year:
the value in its base unit (元, 人 …), the growth rate the report states, and the growth
computed from the year before where both levels are known. --region keeps a region and the
regions under it (by name or division code).

examples:
  kg series store/ 地区生产总值
  kg series store/ GDP --region 保定市 --format table
  kg series store/ 城镇新增就业 --out jobs.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "print an indicator's series by region and year (CSV or a table)"


def add_arguments(parser) -> None:
    parser.add_argument("store", type=Path, metavar="STORE", help="a store directory")
    parser.add_argument("indicator", metavar="INDICATOR",
                        help="an indicator's name (地区生产总值, GDP …) or concept id (gdp)")
    parser.add_argument("--region", "-r", metavar="REGION",
                        help="only this region and those under it (name or division code)")
    parser.add_argument("--format", "-f", choices=("csv", "table"), default="csv",
                        help="csv (default) or an aligned table")
    parser.add_argument("--out", "-o", type=Path, metavar="FILE",
                        help="write the CSV here (atomically) instead of to stdout")


def run(args) -> int:
    from kg.series import label, rows, series
    from kg.store import open_store
    from kg.table import to_csv

    store = open_store(args.store, create=False)
    table = rows(series(store, args.indicator, args.region))
    if args.format == "table":
        widths = [max(_width(r[i]) for r in table) for i in range(len(table[0]))]
        lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip()
                 for r in table]
        text = f"{label(args.indicator)}\n" + "\n".join(lines) + "\n"
        data = text.encode("utf-8")
    else:
        data = to_csv(table)
    if args.out:
        from kg.rdf.serialize import write_atomic

        write_atomic(args.out, data)
        print(f"kg series: {len(table) - 1} rows → {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
