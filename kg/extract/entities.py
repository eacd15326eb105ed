"""Entity extraction (placeholder until issue 3 lands)."""

from kg.model import Document


def extract(doc: Document) -> Document:
    return doc
