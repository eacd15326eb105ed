"""Split the report text into sentences with half-open code-point offsets.

``doc.text[s.start:s.end] == s.text`` holds for every sentence. Each sentence knows the
headings it stands under (outermost first), and takes its tense and year from the innermost
one that has them.
"""

from __future__ import annotations

import re

from kg.model import Document, Section, Sentence

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
    """Pipeline step: fill ``doc.sentences``, each with the sections it stands in."""
    out = []
    for start, end, enclosing in _placed(split(doc.text), doc.sections):
        tense = next((s.tense for s in reversed(enclosing) if s.tense != "other"), "other")
        year = next((s.year for s in reversed(enclosing) if s.year), None)
        out.append(Sentence(index=len(out), start=start, end=end, text=doc.text[start:end],
                            section=tuple(s.title for s in enclosing), tense=tense, year=year))
    doc.sentences = out
    return doc


def _placed(spans: list[tuple[int, int]], sections: list[Section]):
    """Each span with the sections around its start, in one sweep (sections nest)."""
    ordered = sorted(sections, key=lambda s: (s.start, s.level))
    stack: list[Section] = []
    k = 0
    for start, end in spans:
        while k < len(ordered) and ordered[k].start <= start:
            while stack and stack[-1].end <= ordered[k].start:
                stack.pop()
            stack.append(ordered[k])
            k += 1
        while stack and stack[-1].end <= start:
            stack.pop()
        yield start, end, tuple(stack)
