"""Documents made in tests, as the structure step leaves them, for the figure extractors."""

from __future__ import annotations

from pathlib import Path

from kg.model import Document, Sentence


def document(*sentences: tuple[str, str], year: int = 2024) -> Document:
    """A Document of the given (tense, text) sentences, as the structure step leaves it."""
    text, out = "", []
    for tense, s in sentences:
        start = len(text)
        text += s + "\n"
        out.append(Sentence(index=len(out), start=start, end=start + len(s), text=s,
                            tense=tense, year=year - 1 if tense == "review" else year))
    doc = Document(path=Path("test-county-2024.txt"), raw=text, text=text, year=year)
    doc.sentences = out
    return doc
