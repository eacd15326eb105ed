"""Tables of a graph's observations, targets or awards, as CSV that Excel opens as it should.

The graph is read through the core terms of the contract (and the project's normalized-value
terms), so any graph file or store that ``kg query`` reads will do; a file of several report
graphs gives one table of them all. Rows come in a fixed order: by report, then by where the
evidence sentence stands, then by where the value stands in it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kg.errors import InputError

#: The kinds of table, with their columns (CSV header) in order.
COLUMNS = {
    "observations": ("report", "indicator", "value", "unit", "normalized_value", "base_unit",
                     "growth_rate", "points_change", "qualifier", "year", "region",
                     "evidence"),
    "targets": ("report", "label", "indicator", "value", "max_value", "unit",
                "normalized_value", "normalized_max_value", "base_unit", "growth_rate",
                "qualifier", "modality", "deadline", "year", "region", "evidence"),
    "awards": ("report", "recipient", "recipient_type", "honor", "level", "year", "evidence"),
}

# One pattern per column: ?node is the statement, ?s its evidence sentence.
_PATTERNS = {
    "indicator": "?node gov:indicator/rdfs:label ?indicator",
    "label": "?node rdfs:label ?label",
    "value": "?node gov:value ?value",
    "max_value": "?node gov:maxValue ?max_value",
    "unit": "?node gov:unit ?unit",
    "normalized_value": "?node gov:normalizedValue ?normalized_value",
    "normalized_max_value": "?node gov:normalizedMaxValue ?normalized_max_value",
    "base_unit": "?node gov:baseUnit ?base_unit",
    "growth_rate": "?node gov:growthRate ?growth_rate",
    "points_change": "?node gov:pointsChange ?points_change",
    "qualifier": "?node gov:qualifier ?qualifier",
    "modality": "?node gov:modality ?modality",
    "deadline": "?node gov:deadline ?deadline",
    "year": "?node gov:year ?year",
    "region": "?node gov:region/rdfs:label ?region",
    "evidence": "?s gov:text ?evidence",
    "recipient": "?node gov:recipient/rdfs:label ?recipient",
    "recipient_type": "?node gov:recipient/rdf:type ?recipient_type",
    "honor": "?node gov:honor/rdfs:label ?honor",
    "level": "?node gov:level ?level",
}
_CLASS = {"observations": "gov:Observation", "targets": "gov:Target", "awards": "gov:Award"}
_LOCAL = re.compile(r"[^#/]+$")
_DIGITS = re.compile(r"(\d+)")


def query(kind: str) -> str:
    """The SPARQL query of a table: one row per statement, one value per column (the least)."""
    cols = [c for c in COLUMNS[kind] if c != "report"]
    optional = "\n".join(f"  OPTIONAL {{ {_PATTERNS[c]} }}" for c in cols)
    chosen = " ".join(f"(MIN(STR(?{c})) AS ?{c}_)" for c in cols)
    return (f"SELECT ?node (MIN(STR(?r)) AS ?report_) (MIN(?at) AS ?at_) (MIN(?vs) AS ?vs_) "
            f"{chosen} WHERE {{\n"
            f"  ?node a {_CLASS[kind]} .\n"
            "  OPTIONAL { ?node gov:valueStart ?vs }\n"
            "  OPTIONAL { ?node prov:wasDerivedFrom ?s .\n"
            "    OPTIONAL { ?s gov:start ?at } OPTIONAL { ?s gov:inReport ?report .\n"
            "      OPTIONAL { ?report gov:sourceFile ?file }\n"
            "      BIND(COALESCE(?file, ?report) AS ?r) } }\n"
            f"{optional}\n}} GROUP BY ?node")


def rows(source: Path, kind: str) -> list[list[str]]:
    """The rows of a ``kind`` table of the graph at ``source``, header first.

    Raises:
        kg.errors.InputError: the source cannot be read, or ``kind`` is unknown.
    """
    if kind not in COLUMNS:
        raise InputError(f"unknown table {kind!r}; use one of {', '.join(COLUMNS)}")
    found = []
    for solution in _solutions(Path(source), query(kind), f"{kind} table"):
        cells = {c: _cell(solution[f"{c}_"]) for c in COLUMNS[kind] if c != "report"}
        for c in ("recipient_type", "level"):
            if cells.get(c):
                cells[c] = _LOCAL.search(cells[c]).group().removesuffix("Level").lower()
        at = solution["at_"]
        vs = solution["vs_"]
        key = (_cell(solution["report_"]), int(at.value) if at is not None else -1,
               int(vs.value) if vs is not None else -1, _natural(solution["node"].value))
        found.append((key, [_report_name(key[0])] + [cells[c] for c in COLUMNS[kind][1:]]))
    found.sort(key=lambda item: item[0])
    return [list(COLUMNS[kind])] + [row for _, row in found]


def _solutions(source: Path, text: str, name: str):
    """The query's solutions: over each report graph of a store in turn (a report graph
    holds all its statements need, and a small graph answers at once), else over the file."""
    from kg.query import run_query

    if not source.is_dir():
        yield from run_query(source, text, name=name)
        return
    from kg.query.sparql import prefixes_for
    from kg.store import open_store, report_graphs

    store = open_store(source, create=False)
    for graph in report_graphs(store):
        yield from store.query(text, prefixes=prefixes_for(text), default_graph=graph)


def to_csv(table: list[list[str]]) -> bytes:
    """CSV bytes in UTF-8 with a byte-order mark, so that Excel reads the Chinese right;
    text that a spreadsheet would run as a formula is escaped (see :func:`safe_cell`)."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([safe_cell(c) for c in row]
                                                       for row in table)
    return out.getvalue().encode("utf-8-sig")


#: What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def safe_cell(text: str) -> str:
    """``text`` with a leading apostrophe when it begins like a formula (=HYPERLINK(…),
    @SUM(…), -1+cmd…), so a spreadsheet shows it rather than runs it; numbers (-0.5) stay.

    >>> safe_cell("=1+1"), safe_cell("-0.5"), safe_cell("增长5%")
    ("'=1+1", '-0.5', '增长5%')
    """
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _cell(term) -> str:
    return "" if term is None else term.value


def _report_name(value: str) -> str:
    """A report's file name, or the last part of its IRI."""
    m = _LOCAL.search(value)
    return m.group() if m else value


def _natural(iri: str) -> tuple:
    """Sort key that puts …/observation/9 before …/observation/10."""
    return tuple(int(p) if p.isdigit() else p for p in _DIGITS.split(iri))
