"""Explore a graph: an interactive, offline HTML page, and GraphML/GEXF for Gephi.

:func:`kg.viz.network.to_networkx` makes the readable view, :mod:`kg.viz.filters` chooses
what to draw, :mod:`kg.viz.page` draws it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.viz.filters import DEFAULT_MAX_NODES


@dataclass(frozen=True)
class PageSummary:
    """What a written page draws, out of how much, and what was left out."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    notes: list[str] = field(default_factory=list)


def write_page(source, path: Path, *, classes=None, reports=None, top: int | None = None,
               max_nodes: int | None = DEFAULT_MAX_NODES, show_sentences: bool = False,
               sections: bool = True, title: str | None = None,
               shared_library: bool = False) -> PageSummary:
    """Write the interactive page of ``source`` to ``path`` (atomically).

    Args:
        source: a graph file, a store directory, an rdflib Graph or a Document.
        path: the HTML file to write.
        classes, reports, top, max_nodes: what to draw; see :func:`kg.viz.filters.select`.
        show_sentences: draw sentences as nodes instead of folding them into tooltips.
        sections: draw a hub per chapter of each report.
        title: the page's heading (default: the report's title, or the source's name).
        shared_library: load vis-network from ``lib/`` beside the page (written there if
            absent) instead of carrying a copy inside: for many pages in one folder.

    Raises:
        kg.errors.KGError: an unreadable source, an unknown class or report, an unwritable path.
    """
    from kg.rdf.serialize import write_out
    from kg.viz import page
    from kg.viz.filters import select
    from kg.viz.network import to_networkx
    from kg.viz.source import source_name

    view = to_networkx(source, show_sentences=show_sentences, sections=sections)
    shown, notes = select(view, classes=classes, reports=reports, top=top, max_nodes=max_nodes)
    heading = title or _heading(view, source_name(source))
    library = page.write_library(Path(path).parent) if shared_library else None
    html = page.render(shown, title=heading, notes=notes,
                       total=(view.number_of_nodes(), view.number_of_edges()), library=library)
    write_out(path, html.encode("utf-8"))  # - for standard output
    return PageSummary(Path(path), shown.number_of_nodes(), shown.number_of_edges(),
                       view.number_of_nodes(), view.number_of_edges(), notes)


def write_document_page(doc, path: Path) -> PageSummary:
    """Write the page of one built report (``kg build --html``); notes go to stderr."""
    summary = write_page(doc, path)
    for note in summary.notes:
        print(f"kg build: {path}: {note}", file=sys.stderr)
    return summary


def _heading(view, fallback: str) -> str:
    reports = view.graph.get("reports", {})
    if len(reports) == 1:
        (name, title), = reports.items()
        return f"{title} · {name}" if title != name else name
    if reports:
        return f"{fallback} · {len(reports)} 份报告"
    return fallback
