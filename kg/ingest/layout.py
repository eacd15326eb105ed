"""Layout: turn the decoded file into the report text, one paragraph per line.

Every character of ``Document.text`` keeps the offset it came from in ``Document.raw``
(``Document.source_map``), so that a sentence can always be found again in the file.
"""

from __future__ import annotations

from kg.model import Document


def paragraphs(raw: str) -> list[tuple[int, str]]:
    """The non-blank lines of ``raw``, stripped, each with the raw offset of its first char."""
    out = []
    pos = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return out


def assemble(doc: Document, paras: list[tuple[int, str]]) -> Document:
    """Set ``doc.text`` to the paragraphs joined by newlines, and its source map."""
    parts: list[str] = []
    source: list[int] = []
    for i, (offset, para) in enumerate(paras):
        if i:
            parts.append("\n")
            source.append(source[-1] + 1 if source else offset)
        parts.append(para)
        source.extend(range(offset, offset + len(para)))
    doc.text = "".join(parts)
    doc.source_map = source
    return doc


def lay_out(doc: Document) -> Document:
    """Pipeline step: paragraphs of the raw file become the report text."""
    return assemble(doc, paragraphs(doc.raw))
