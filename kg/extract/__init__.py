"""Extract: mentions, entities and statements from the sentences of a Document.

Two pipeline steps: :func:`extract_entities` (entities, regions, awards) and
:func:`extract_figures` (observations and targets).
"""

from kg.model import Document


def extract_entities(doc: Document) -> Document:
    """Pipeline step: entities, their part-of links, and awards."""
    from kg.extract.entities import extract

    return extract(doc)


def extract_figures(doc: Document) -> Document:
    """Pipeline step: observations of the past and targets for the future."""
    from kg.extract.figures import extract

    return extract(doc)
