"""Figure extraction (placeholder until issue 4 lands)."""

from kg.model import Document


def extract(doc: Document) -> Document:
    return doc
