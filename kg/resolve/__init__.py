"""The resolve stage: between extraction and RDF, give what was found keys that mean something.

- the report's region becomes a division of the official code list (:mod:`.divisions`);
- entities get identity keys: regions by division codes or scoped by their parent,
  enterprises and organizations by normalized name, merged within a report (:mod:`.entities`);
- observations and targets get the concept of the indicator vocabulary they measure
  (:mod:`.indicators`).
"""

from __future__ import annotations

from kg.model import Document
from kg.resolve.divisions import locate, short_code


def resolve(doc: Document) -> Document:
    """Resolve the report's division, its entities' keys and its indicators' concepts."""
    from kg.resolve.entities import resolve_entities
    from kg.resolve.indicators import resolve_indicators

    if doc.region and doc.region_type != "Country":
        found = locate(doc.region, doc.text)
        doc.division = short_code(found.adcode) if found else None
    resolve_entities(doc)
    resolve_indicators(doc)
    return doc
