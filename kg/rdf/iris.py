"""Deterministic, ASCII IRIs for everything a graph holds.

The same entity name and type give the same IRI in every run and every report, so graphs
of many reports merge. The Chinese name lives in ``rdfs:label``; the IRI carries a short
hash of it, which every strict parser (Oxigraph's included) accepts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from kg.ingest.collect import text_digest
from kg.rdf.namespace import ID


def digest(text: str, size: int = 12) -> str:
    """A short, stable hash of ``text`` (NFKC-normalized first)."""
    norm = unicodedata.normalize("NFKC", text)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:size]


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


def entity(type_: str, label: str) -> str:
    """``…/id/enterprise/3f2a…``: one IRI per (type, name), the same in every report."""
    return f"{ID}{type_.lower()}/{digest(label)}"


def indicator(label: str) -> str:
    return f"{ID}indicator/{digest(label)}"


def honor(label: str) -> str:
    return f"{ID}honor/{digest(label)}"


def statement(kind: str, report_local: str, number: int) -> str:
    """``…/id/observation/140802-2023-3f2a1b9c0d-o0007``: numbered in order of appearance."""
    return f"{ID}{kind}/{report_local}-{kind[0]}{number:04d}"
