"""The resolve stage: between extraction and RDF, give what was found keys that mean something.

A report's region becomes a division of the official code list (:mod:`kg.resolve.divisions`).
"""

from __future__ import annotations

from kg.model import Document
from kg.resolve.divisions import locate, short_code


def resolve(doc: Document) -> Document:
    """Fill ``doc.division`` (the division code of the report's region) where it is known."""
    if doc.region and doc.region_type != "Country":
        found = locate(doc.region, doc.text)
        doc.division = short_code(found.adcode) if found else None
    return doc
