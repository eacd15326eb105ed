"""Deterministic, ASCII IRIs for everything a graph holds.

The same entity name and type give the same IRI in every run and every report, so graphs
of many reports merge. The Chinese name lives in ``rdfs:label``; the IRI carries a short
hash of it, which every strict parser (Oxigraph's included) accepts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from kg.rdf.namespace import ID

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def digest(text: str, size: int = 12) -> str:
    """A short, stable hash of ``text`` (NFKC-normalized first)."""
    norm = unicodedata.normalize("NFKC", text)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:size]


@cache
def report_slug(name: str) -> str:
    """The report's local name: its file stem when ASCII-safe, else a hash of it."""
    return name if _SAFE.match(name) else f"r{digest(name, 10)}"


def report(name: str) -> str:
    return f"{ID}report/{report_slug(name)}"


def sentence(report_name: str, index: int) -> str:
    return f"{ID}sentence/{report_slug(report_name)}-s{index:04d}"


def entity(type_: str, label: str) -> str:
    """``…/id/enterprise/3f2a…``: one IRI per (type, name), the same in every report."""
    return f"{ID}{type_.lower()}/{digest(label)}"


def indicator(label: str) -> str:
    return f"{ID}indicator/{digest(label)}"


def honor(label: str) -> str:
    return f"{ID}honor/{digest(label)}"


def statement(kind: str, report_name: str, number: int) -> str:
    """``…/id/observation/yanhu-2023-o0007``: numbered in order of appearance in the report."""
    return f"{ID}{kind}/{report_slug(report_name)}-{kind[0]}{number:04d}"
