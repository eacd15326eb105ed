"""Read a PDF report's text layer, and undo what page layout did to its lines.

The text layer is read with pypdf (BSD licence, pure Python; see docs/formats.md for why it
was chosen over pdfplumber and PyMuPDF). A PDF's lines are the page's lines, not the
report's paragraphs, so the reader then:

- leaves out page furniture: lines repeated at the top or bottom of most pages (a browser's
  date and URL, a running title) and page numbers (``3``, ``- 3 -``, ``第3页``, ``3/14``);
- joins a line that fills the page's width and does not end a sentence to the next line,
  across a page break too, with no space between Chinese characters (a CJK wrap has no hyphen);
- leaves the spaces a text layer puts around numbers and inside words (``2025 年``) to the
  layout step, which cuts them in every report that has many (:mod:`kg.ingest.spacing`).

Lines that end mid-sentence but do not fill the width are left to the layout repair that
every report goes through (:mod:`kg.ingest.repair`). Each line keeps its page and line number
as a :class:`~kg.model.Origin`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from io import BytesIO
from pathlib import Path

from kg.errors import InputError
from kg.model import Origin

#: Fewer visible characters than this per page on average: no text layer (a scan).
_MIN_CHARS_PER_PAGE = 20
#: How many lines at the top and at the bottom of a page may be furniture.
_EDGE = 3
#: A line at a page's edge seen on at least this share of pages is furniture.
_REPEATED = 0.5
#: A line this close to the widest lines' width fills the page (it wraps).
_FULL = 0.88
_PAGE_NUMBER = re.compile(r"^(?:[-–—－―‐·\s]*\d{1,4}[-–—－―‐·\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?)$", re.IGNORECASE)
_SENTENCE_END = set("。！？!?；;：:…”」』）)")
_DIGITS = re.compile(r"\d+")

Line = tuple[str, int, int]  # text, page, line (1-based)


def read_pdf(data: bytes, path: Path | None = None) -> tuple[str, list[Origin], list[str]]:
    """The repaired text of a PDF's text layer, the origin of each line, and what was skipped.

    Raises:
        InputError: an encrypted PDF, a scanned one (no text layer), a damaged one.
    """
    return from_pages(_page_texts(data, path), path)


def from_pages(pages: list[str], path: Path | None = None) -> tuple[str, list[Origin], list[str]]:
    """The repaired text of a PDF's pages as a text layer gives them (one string per page).

    Raises:
        InputError: next to no text on the pages (a scan).
    """
    visible = sum(len("".join(text.split())) for text in pages)
    if visible < _MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise InputError("a scanned PDF (no text layer): run OCR on it first, e.g. "
                         "`ocrmypdf -l chi_sim IN.pdf OUT.pdf`, then build the result", path)
    skipped = [f"PDF page without a text layer: page {n} (an image?)"
               for n, text in enumerate(pages, 1)
               if len(pages) > 1 and not text.strip()]
    lines = [(t.strip(), n, i) for n, text in enumerate(pages, 1)
             for i, t in enumerate(text.split("\n"), 1) if t.strip()]
    lines, furniture = _without_furniture(lines, len(pages))
    if furniture:
        skipped.append(f"PDF page furniture: {furniture} lines (running heads and feet, "
                       "page numbers)")
    return _joined(lines) + (skipped,)


def _page_texts(data: bytes, path: Path | None) -> list[str]:
    """The text layer of each page, as pypdf lays it out."""
    try:
        import pypdf
        from pypdf.errors import PdfReadError
    except ImportError:
        raise InputError("reading a PDF needs pypdf: pip install 'govkg[formats]'", path) from None
    try:
        reader = pypdf.PdfReader(BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader, path)
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"a damaged PDF ({exc}): print it to a new PDF and build that",
                         path) from None


def _decrypt(reader, path: Path | None) -> None:
    """Open a PDF locked only against changes (empty user password); refuse one that needs it."""
    from pypdf.errors import DependencyError

    try:
        opened = reader.decrypt("")
    except DependencyError:
        raise InputError("an encrypted PDF (AES) needs the cryptography package: "
                         "pip install 'govkg[formats]'", path) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a bad key
        raise InputError(f"an encrypted PDF that cannot be opened ({exc}): save an unencrypted "
                         "copy (print it to PDF with its password) and build that", path) from None
    if not opened:
        raise InputError("an encrypted PDF (it needs a password): open it with the password, "
                         "save an unencrypted copy (print to PDF) and build that", path)


def _edge_key(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def _without_furniture(lines: list[Line], pages: int) -> tuple[list[Line], int]:
    """Lines without running heads and feet repeated across pages, nor page numbers."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line[1], []).append(line)
    edges = {id(line) for page in by_page.values() for line in page[:_EDGE] + page[-_EDGE:]}
    seen = Counter()
    for page in by_page.values():
        seen.update({_edge_key(line[0]) for line in page[:_EDGE] + page[-_EDGE:]})
    repeated = {key for key, n in seen.items()
                if pages >= 2 and n >= max(2, _REPEATED * pages)}
    kept = [line for line in lines
            if id(line) not in edges
            or not (_edge_key(line[0]) in repeated or _PAGE_NUMBER.match(line[0]))]
    return kept, len(lines) - len(kept)


def _width(text: str) -> int:
    """Display width: a CJK or full-width character counts two, others one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _full_width(lines: list[Line]) -> int:
    """The width of a full line: the 90th percentile of the lines' widths."""
    widths = sorted(_width(line[0]) for line in lines)
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def _joined(lines: list[Line]) -> tuple[str, list[Origin]]:
    """The lines as text, a wrapped line joined to the next; each piece keeps its origin."""
    full = _full_width(lines)
    parts: list[str] = []
    origins: list[Origin] = []
    pos = 0
    for n, (text, page, number) in enumerate(lines):
        if parts:
            previous = lines[n - 1][0]
            sep = "\n"
            if _wraps(previous, full):
                # a space only between two Latin letters: digits and CJK wrap without one
                sep = " " if _latin(previous[-1]) and _latin(text[0]) else ""
            parts.append(sep)
            pos += len(sep)
        origins.append(Origin(pos, page=page, line=number))
        parts.append(text)
        pos += len(text)
    return "".join(parts), origins


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _wraps(line: str, full: int) -> bool:
    """A line that fills the width and does not end a sentence goes on in the next line."""
    return full > 0 and _width(line) >= _FULL * full and line[-1] not in _SENTENCE_END
