"""Extract: mentions, entities and statements from the sentences of a Document.

Three pipeline steps: :func:`extract_entities` (entities and regions), :func:`extract_awards`
(honors and their recipients) and :func:`extract_figures` (observations and targets).
"""

from kg.model import Document


def extract_entities(doc: Document) -> Document:
    """Pipeline step: entities and their part-of links."""
    from kg.extract.entities import extract

    return extract(doc)


def extract_awards(doc: Document) -> Document:
    """Pipeline step: awards, after the entities (their recipients)."""
    from kg.extract.awarding import extract

    return extract(doc)


def extract_figures(doc: Document) -> Document:
    """Pipeline step: observations of the past and targets for the future."""
    from kg.extract.figures import extract

    return extract(doc)
