"""Layout: turn the decoded file into the report text, one paragraph per line.

The step runs in five small passes over paragraphs: repeated bodies are dropped
(:mod:`kg.ingest.furniture`), page furniture is left out (same module), noise spaces are cut
(:mod:`kg.ingest.spacing`), split paragraphs are joined (:mod:`kg.ingest.repair`), and the
result is assembled. A paragraph is a list of spans
of the raw file, so every character of ``Document.text`` keeps the offset it came from in
``Document.raw`` (``Document.source_map``), even after text inside a paragraph is cut out or
paragraphs are moved.
"""

from __future__ import annotations

from kg.ingest import spacing
from kg.ingest.furniture import strip_furniture
from kg.ingest.paragraphs import Para
from kg.ingest.repair import rejoin
from kg.model import Document, Repair


def paragraphs(raw: str) -> list[Para]:
    """The non-blank lines of ``raw``, stripped, as paragraphs.

    A line that holds several paragraphs apart by indentation is split at their breaks
    (:func:`kg.ingest.spacing.breaks`).
    """
    out = []
    pos = 0
    for line in raw.split("\n"):
        bounds = [0, *(x for span in spacing.breaks(line) for x in span), len(line)]
        for a, b in zip(bounds[::2], bounds[1::2], strict=True):
            para = Para(line[a:b], ((pos + a, pos + b),)).without([])
            if para is not None:
                out.append(para)
        pos += len(line) + 1
    return out


def despace(paras: list[Para]) -> list[Para]:
    """The paragraphs without noise spaces: around numbers, and between characters in text
    from a PDF (:mod:`kg.ingest.spacing`)."""
    spaced_text = spacing.spaced("\n".join(p.text for p in paras))
    out = []
    for para in paras:
        cuts = spacing.cuts(para.text, spaced_text)
        para = para.without(cuts) if cuts else para
        if para is not None:
            out.append(para)
    return out


def assemble(doc: Document, lines: list[list[Para]]) -> Document:
    """Set ``doc.text`` (one line per chain of joined paragraphs), its source map and repairs."""
    parts: list[str] = []
    source: list[int] = []
    rank = {p.start: i for i, p in enumerate(sorted((p for c in lines for p in c),
                                                     key=lambda p: p.start))}
    for chain in lines:
        if parts:
            parts.append("\n")
            source.append(source[-1] + 1)
        for i, para in enumerate(chain):
            if i:
                previous = chain[i - 1]
                moved = rank[para.start] != rank[previous.start] + 1
                doc.repairs.append(Repair(
                    at=len(source), moved_from=para.start,
                    note=f"joined {previous.text[-2:]}|{para.text[:2]}"
                    + (" (continuation found elsewhere in the file)" if moved else "")))
            parts.append(para.text)
            for a, b in para.spans:
                source.extend(range(a, b))
    doc.text = "".join(parts)
    doc.source_map = source
    return doc


def lay_out(doc: Document) -> Document:
    """Pipeline step: paragraphs of the raw file, cleaned and rejoined, become the report text."""

    paras = paragraphs(doc.raw)
    paras = despace(strip_furniture(paras, doc.skipped))
    return assemble(doc, rejoin(paras))
