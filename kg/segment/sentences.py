"""Split the report text into sentences with half-open code-point offsets."""

from __future__ import annotations

import re

from kg.model import Document, Sentence

# A sentence ends at a full stop, question or exclamation mark, semicolon, or line end;
# closing quotes and brackets stay with the sentence they close.
_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")


def split(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, shifted by ``offset``, blank ones left out."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _add(spans, text, start, end, offset)
        start = m.end()
    _add(spans, text, start, len(text), offset)
    return spans


def _add(spans: list, text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start + offset, end + offset))


def sentences(doc: Document) -> Document:
    """Pipeline step: fill ``doc.sentences``, each with the section it stands in."""
    out = []
    sections = sorted(doc.sections, key=lambda s: (s.start, s.level))
    for start, end in split(doc.text):
        enclosing = [s for s in sections if s.start <= start < s.end]
        tense = next((s.tense for s in reversed(enclosing) if s.tense != "other"), "other")
        year = next((s.year for s in reversed(enclosing) if s.year), None)
        out.append(Sentence(index=len(out), start=start, end=end, text=doc.text[start:end],
                            section=tuple(s.title for s in enclosing), tense=tense, year=year))
    doc.sentences = out
    return doc
