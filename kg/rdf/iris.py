"""Deterministic, ASCII IRIs for everything a graph holds, made from what a thing is.

- A report: its region's division code, its year and a hash of its text.
- An entity: the key the resolve stage gave it (``region/140802``, ``org/3f2a…``), the same
  in every report; failing one, a hash of its class and name.
- A statement: its report and a hash of its content (the sentence it was read from, its
  kind and value), so that a rebuild after a rule change keeps the IRIs of the statements
  the change did not touch (numbering by position renamed every statement after a change).

The Chinese names live in labels; the IRIs carry short hashes, which every strict parser
(Oxigraph's included) accepts.
"""

from __future__ import annotations

from kg.ingest.collect import text_digest
from kg.rdf.namespace import ID
from kg.resolve.keys import digest


def report_id(doc) -> str:
    """A report's local name from what it is, not where its file lies: its region's division
    code (or a hash of the region's name), its year and a hash of its text —
    ``140802-2023-3f2a1b9c0d``. Two files of one name are two reports; two copies of one
    text are one."""
    if doc.division:
        region = doc.division
    elif doc.region == "中国":
        region = "cn"
    elif doc.region:
        region = f"x{digest(doc.region, 6)}"
    else:
        region = "unknown"
    year = f"-{doc.year:04d}" if doc.year else ""
    return f"{region}{year}-{text_digest(doc.raw)}"


def report(doc_or_id) -> str:
    """The report's IRI (also its named graph's), from a Document or its :func:`report_id`."""
    local = doc_or_id if isinstance(doc_or_id, str) else report_id(doc_or_id)
    return f"{ID}report/{local}"


def sentence(report_local: str, index: int) -> str:
    return f"{ID}sentence/{report_local}-s{index:04d}"


def entity(type_: str, label: str, uid: str = "") -> str:
    """``…/id/region/140802``, ``…/id/org/3f2a…``: the resolved key when there is one, else
    ``…/id/place/3f2a…``, one IRI per (class, name)."""
    if uid:
        return f"{ID}{uid}"
    return f"{ID}{type_.lower()}/{digest(label)}"


def indicator(label: str) -> str:
    return f"{ID}indicator/{digest(label)}"


def honor(label: str) -> str:
    return f"{ID}honor/{digest(label)}"


def statement(kind: str, report_local: str, content: str) -> str:
    """``…/id/observation/140802-2023-3f2a1b9c0d-9e0c4a21b7``: the report and a hash of the
    statement's ``content`` (see :func:`statement_iris`)."""
    return f"{ID}{kind}/{report_local}-{digest(content, 10)}"


def statement_iris(kind: str, report_local: str, contents: list[str]) -> list[str]:
    """The IRIs of a report's statements of one kind, from their contents; two statements of
    the same content (one value said twice in a sentence) are told apart by their order."""
    seen: dict[str, int] = {}
    out = []
    for content in contents:
        n = seen[content] = seen.get(content, 0) + 1
        out.append(statement(kind, report_local, content if n == 1 else f"{content}#{n}"))
    return out
