"""The pipeline: a list of named ``Document -> Document`` steps, run in order.

Each step is a small function of one stage (``ingest``, ``segment``, ``extract`` …). The
runner checks that each returns a Document, and when one raises it says which step failed on
which report (a :class:`StepError` chained to the original error). To add a step, add a row to
:func:`default_steps` at its place in the order; its name is what errors and ``steps=`` use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from kg.errors import KGError
from kg.ingest.layout import lay_out
from kg.ingest.reader import read_report
from kg.model import Document
from kg.segment.sentences import sentences
from kg.segment.structure import structure


class Step(NamedTuple):
    """A named step: ``run`` takes the Document and returns it, with what the step adds."""

    name: str
    run: Callable[[Document], Document]


def default_steps() -> list[Step]:
    """The steps of ``kg build``, in order. Extraction steps import lazily (they load lexicons)."""
    from kg.extract import extract_awards, extract_entities, extract_figures
    from kg.resolve import resolve

    return [
        Step("layout", lay_out),              # ingest: raw file → report text
        Step("structure", structure),         # segment: header, parts and sections
        Step("sentences", sentences),         # segment: sentences with offsets
        Step("entities", extract_entities),   # extract: mentions, entities, part-of
        Step("awards", extract_awards),       # extract: honors and their recipients
        Step("figures", extract_figures),     # extract: observations and targets
        Step("resolve", resolve),             # resolve: division codes, identities
    ]


class StepError(RuntimeError):
    """A pipeline step failed on a document (a bug, not a user's mistake): it names the step
    and the report; the original error is its ``__cause__``."""

    def __init__(self, step: str, path: object, problem: str):
        self.step = step
        super().__init__(f"{path}: pipeline step {step!r} {problem}")


def run(doc: Document, steps: Sequence[tuple[str, Callable]] | None = None) -> Document:
    """Run ``steps`` (the default ones if None) over ``doc`` and return it.

    Raises:
        StepError: a step raised (other than a user's :class:`KGError`) or returned no
            Document; the message names the step.
    """
    for name, step in steps or default_steps():
        try:
            result = step(doc)
        except KGError:
            raise
        except Exception as exc:
            raise StepError(name, doc.path, f"failed: {type(exc).__name__}: {exc}") from exc
        if not isinstance(result, Document):
            raise StepError(name, doc.path, f"returned {type(result).__name__}, not a Document")
        doc = result
    return doc


def build_document(path: str | Path) -> Document:
    """Read a report file and run the whole pipeline over it.

    Raises:
        kg.errors.InputError: the file cannot be read as a report.
        StepError: a step failed (a bug); the message names it.
    """
    return run(read_report(Path(path)))


def to_graph(doc: Document):
    """The Document as an ``rdflib.Graph`` (for use from Python)."""
    from kg.rdf.mapping import to_rdflib

    return to_rdflib(doc)
