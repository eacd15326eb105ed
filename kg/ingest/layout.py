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

from dataclasses import dataclass

from kg.ingest import spacing
from kg.model import Document, Repair


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph: its text and the raw ``[start, end)`` spans whose concatenation it is."""

    text: str
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        """The raw offset of the first character."""
        return self.spans[0][0]

    def offsets(self):
        """The raw offset of each character of ``text``, in order."""
        for a, b in self.spans:
            yield from range(a, b)

    def without(self, cuts: list[tuple[int, int]]) -> Para | None:
        """The paragraph without the text ranges ``cuts``, ends stripped; None if nothing is left."""
        keep, pos = [], 0
        for a, b in sorted(cuts):
            if a > pos:
                keep.append((pos, a))
            pos = max(pos, b)
        keep.append((pos, len(self.text)))
        spans = [s for lo, hi in keep if hi > lo for s in self._raw(lo, hi)]
        return _stripped(self.text, spans, keep)

    def _raw(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Raw spans of the text range ``[lo, hi)``."""
        out, pos = [], 0
        for a, b in self.spans:
            s, e = max(lo, pos), min(hi, pos + b - a)
            if s < e:
                out.append((a + s - pos, a + e - pos))
            pos += b - a
        return out


def _stripped(text: str, spans: list[tuple[int, int]], keep) -> Para | None:
    joined = "".join(text[lo:hi] for lo, hi in keep if hi > lo)
    left = len(joined) - len(joined.lstrip())
    right = len(joined.rstrip())
    if right <= left:
        return None
    para = Para(joined, tuple(_merge(spans)))
    if left == 0 and right == len(joined):
        return para
    return Para(joined[left:right], tuple(_merge(para._raw(left, right))))


def _merge(spans):
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


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
    from kg.ingest.furniture import strip_furniture
    from kg.ingest.repair import rejoin

    paras = paragraphs(doc.raw)
    paras = despace(strip_furniture(paras, doc.skipped))
    return assemble(doc, rejoin(paras))
