"""The pipeline: a list of named ``Document -> Document`` steps, run in order.

Each step is a small function of one stage (``ingest``, ``segment``, ``extract``); the runner
checks that each returns a Document and names the failing step when one raises.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.ingest.layout import lay_out
from kg.ingest.reader import read_report
from kg.model import Document
from kg.segment.sentences import sentences
from kg.segment.structure import structure

Step = Callable[[Document], Document]


def default_steps() -> list[tuple[str, Step]]:
    """The steps of ``kg build``, in order. Extraction steps import lazily (they load lexicons)."""
    from kg.extract import extract_entities, extract_figures

    return [
        ("layout", lay_out),
        ("structure", structure),
        ("sentences", sentences),
        ("entities", extract_entities),
        ("figures", extract_figures),
    ]


class StepError(RuntimeError):
    """A pipeline step failed on a document (a bug, not a user's mistake)."""


def run(doc: Document, steps: list[tuple[str, Step]] | None = None) -> Document:
    """Run ``steps`` (the default ones if None) over ``doc`` and return it."""
    for name, step in steps or default_steps():
        result = step(doc)
        if not isinstance(result, Document):
            raise StepError(f"pipeline step {name!r} returned {type(result).__name__}, "
                            "not a Document")
        doc = result
    return doc


def build_document(path: str | Path) -> Document:
    """Read a report file and run the whole pipeline over it.

    Raises:
        kg.errors.InputError: the file cannot be read as a report.
    """
    return run(read_report(Path(path)))


def to_graph(doc: Document):
    """The Document as an ``rdflib.Graph`` (for use from Python)."""
    from kg.rdf.mapping import to_rdflib

    return to_rdflib(doc)
