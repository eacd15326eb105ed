"""Read a report file: tell its format by its content, decode or draw out its text, refuse the rest."""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.ingest import sniff
from kg.ingest.encoding import decode, describe_bad
from kg.model import Document, Origin

_ADVICE = {
    sniff.DOC: "an old binary Word file (.doc), which govkg cannot read: open it in Word or "
               "LibreOffice and save it as .docx (or run `libreoffice --headless --convert-to docx "
               "FILE`), then build that",
    sniff.RTF: "an RTF file, which govkg cannot read: save it as .docx or plain text, then build that",
    sniff.ZIP: "a ZIP archive that is no Word document: unpack it, or save the document as .docx",
}


def read_report(path: Path) -> Document:
    """Read ``path`` into a Document (``raw`` and its origins; later stages fill the rest).

    The format is told by the file's content (:mod:`kg.ingest.sniff`): plain text in any
    usual encoding, a DOCX, a PDF's text layer, a saved web page. Bad bytes in a text file
    are replaced by U+FFFD and counted in ``Document.warnings``.

    Raises:
        InputError: the file is missing, not a file, empty, binary, in no known encoding, or
            in a format that must be converted first (old .doc, scanned or encrypted PDF).
    """
    if not path.exists():
        raise InputError("no such file", path)
    if not path.is_file():
        raise InputError("not a regular file", path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path) from None
    if not data.strip():
        raise InputError("the file is empty", path)
    media = sniff.sniff(data, path)
    if media in _ADVICE:
        raise InputError(_ADVICE[media], path)
    bad: list[tuple[int, int]] = []
    encoding = "utf-8"
    origins: list[Origin] = []
    skipped: list[str] = []
    if media == sniff.TEXT:
        text, encoding = decode(data, path, bad)
    else:
        text, origins, skipped = _reader(media)(data, path, bad)
    if not text.strip():
        raise InputError("the file holds no text", path)
    doc = Document(path=path, raw=text, encoding=encoding, source_format=media, origins=origins)
    doc.skipped.extend(skipped)
    if bad:
        doc.warnings.append(describe_bad(bad, data, encoding))
    return doc


def _reader(media: str):
    """The reader of a format: ``(data, path, bad) -> (text, origins, skipped)``."""
    if media == sniff.DOCX:
        from kg.ingest.docx import read_docx

        return lambda data, path, bad: read_docx(data, path)
    if media == sniff.PDF:
        from kg.ingest.pdf import read_pdf

        return lambda data, path, bad: read_pdf(data, path)
    if media == sniff.MHTML:
        from kg.ingest.html import read_mhtml

        return lambda data, path, bad: read_mhtml(data, path)
    from kg.ingest.html import read_html

    return lambda data, path, bad: read_html(data, path, bad=bad)

__all__ = ["decode", "read_report"]
