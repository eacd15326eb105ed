"""Write query results: aligned tables for people, CSV / TSV / JSON for programs, Turtle.

Chinese characters take two columns on a terminal, so the table measures each cell with
``unicodedata.east_asian_width``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import BinaryIO

import pyoxigraph as ox

from kg.query.sparql import PREDECLARED
from kg.rdf.namespace import ID

#: Formats of SELECT and ASK results, with Oxigraph's serializer where it has one.
RESULT_FORMATS = {"table": None, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}
#: Formats of CONSTRUCT and DESCRIBE results.
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}

#: The widest a table cell grows before it is cut with "…" (use --format tsv for all).
MAX_CELL = 60


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
               if not unicodedata.combining(c))


def cut(text: str, limit: int = MAX_CELL) -> str:
    """``text`` shortened to ``limit`` columns, ending with "…" when cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        used += width(c)
        if used > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def short(term) -> str:
    """A term as a person reads it: prefixed names, bare literal values, blank for unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for name, iri in (*PREDECLARED.items(), ("govid", str(ID))):
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{name}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value.replace("\n", " ")
    return str(term)


def table(variables: Sequence[str], rows: Iterable[Sequence]) -> str:
    """An aligned text table with a header rule and a row count."""
    cells = [[cut(short(term)) for term in row] for row in rows]
    widths = [max([width(v)] + [width(row[i]) for row in cells]) for i, v in enumerate(variables)]

    def line(values):
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(variables), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


#: Rows a streamed table measures its columns on; later rows are cut to those widths.
TABLE_CHUNK = 1000


def write(result, fmt: str, out: BinaryIO) -> None:
    """Write a query result to ``out`` as it is read, row by row: memory does not grow with
    the number of rows (CONSTRUCT and DESCRIBE excepted: they are sorted first, for the same
    bytes every time). A table's columns are as wide as the first TABLE_CHUNK rows need."""
    if isinstance(result, ox.QuerySolutions) and fmt in RESULT_FORMATS:
        if fmt == "table":
            _write_table(result, out)
        else:
            result.serialize(output=out, format=RESULT_FORMATS[fmt])
            out.write(b"\n" if fmt == "json" else b"")
    else:
        out.write(render(result, fmt))


def _write_table(result: ox.QuerySolutions, out: BinaryIO) -> None:
    names = [v.value for v in result.variables]
    rows = iter(result)
    first = [[cut(short(term)) for term in row] for row in islice(rows, TABLE_CHUNK)]
    widths = [max([width(v)] + [width(row[i]) for row in first]) for i, v in enumerate(names)]

    def line(values):
        return ("  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()
                + "\n").encode("utf-8")

    out.write(line(names) + ("  ".join("-" * w for w in widths) + "\n").encode("utf-8"))
    count = 0
    for count, row in enumerate(first, 1):
        out.write(line(row))
    for count, row in enumerate(rows, count + 1):
        out.write(line([cut(short(t), w) for t, w in zip(row, widths)]))
    out.write(f"({count} row{'s' if count != 1 else ''})\n".encode("utf-8"))


def render(result, fmt: str) -> bytes:
    """Serialize a query result: SELECT and ASK in ``fmt`` (a RESULT_FORMATS key),
    CONSTRUCT and DESCRIBE as Turtle or N-Triples (sorted, with the project's prefixes)."""
    if isinstance(result, ox.QueryTriples):
        triples = sorted(set(result), key=lambda t: (str(t.subject), str(t.predicate),
                                                     str(t.object)))
        rdf_format = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        prefixes = PREDECLARED if rdf_format == ox.RdfFormat.TURTLE else None
        return ox.serialize(triples, format=rdf_format, prefixes=prefixes)
    if fmt == "table" or fmt not in RESULT_FORMATS:
        if isinstance(result, ox.QueryBoolean):
            return b"true\n" if bool(result) else b"false\n"
        names = [v.value for v in result.variables]
        return table(names, (list(row) for row in result)).encode("utf-8")
    data = result.serialize(format=RESULT_FORMATS[fmt])
    return data if data.endswith(b"\n") else data + b"\n"
