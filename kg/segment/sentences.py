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
    text = doc.text
    for start, end, (titles, tense, year) in _placed(split(text), doc.sections):
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end],
                            section=titles, tense=tense, year=year))
    doc.sentences = out
    return doc


def _where(enclosing: list[Section]) -> tuple[tuple[str, ...], str, int | None]:
    """Titles of the enclosing sections, and the tense and year of the innermost that has them."""
    tense = next((s.tense for s in reversed(enclosing) if s.tense != "other"), "other")
    year = next((s.year for s in reversed(enclosing) if s.year), None)
    return tuple(s.title for s in enclosing), tense, year


def _placed(spans: list[tuple[int, int]], sections: list[Section]):
    """Each span with where it stands (see ``_where``), in one sweep (sections nest)."""
    ordered = sorted(sections, key=lambda s: (s.start, s.level))
    stack: list[Section] = []
    where = _where(stack)
    k = 0
    for start, end in spans:
        changed = False
        while k < len(ordered) and ordered[k].start <= start:
            while stack and stack[-1].end <= ordered[k].start:
                stack.pop()
            stack.append(ordered[k])
            k += 1
            changed = True
        while stack and stack[-1].end <= start:
            stack.pop()
            changed = True
        if changed:
            where = _where(stack)
        yield start, end, where
