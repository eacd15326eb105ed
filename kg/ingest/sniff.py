"""Which kind of file a report is, told by its content (magic bytes), not by its name.

People rename files: an old binary Word file named ``.docx``, a PDF saved as ``.txt``, a web
page with no extension. The first bytes say what a file is; the extension only breaks a tie
(a plain-text file beginning with ``<`` is a web page only if it is named like one).
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

#: Media types of the formats govkg reads, as recorded in the graph (gov:sourceFormat).
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
HTML = "text/html"
MHTML = "multipart/related"  # a web page saved whole (.mhtml/.mht)
#: Formats recognised only to be refused with advice.
DOC = "application/msword"  # the old binary (OLE2) Word format
RTF = "application/rtf"
ZIP = "application/zip"  # a ZIP that is no Word document (.xlsx, .odt, .zip …)

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_MHTML_HEAD = re.compile(rb"^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/related",
                         re.IGNORECASE | re.MULTILINE)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_MHTML_SUFFIXES = (".mhtml", ".mht")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes, path: Path | None = None) -> str:
    """The media type of a report's bytes (one of the constants above)."""
    head = data[:2048]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(_OLE2):
        return DOC
    if head.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else ZIP
    if head.lstrip().startswith(b"{\\rtf"):
        return RTF
    suffix = path.suffix.lower() if path is not None else ""
    body = head.removeprefix(_BOMS[0])
    if _MHTML_HEAD.search(body.replace(b"\r\n", b"\n")) or (
            suffix in _MHTML_SUFFIXES and b"MIME-Version" in head):
        return MHTML
    if _HTML_START.match(body) or (suffix in _HTML_SUFFIXES and body.lstrip().startswith(b"<")):
        return HTML
    return TEXT


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def label(media_type: str) -> str:
    """The everyday name of a format: DOCX, PDF, web page …"""
    return {TEXT: "text", DOCX: "DOCX", PDF: "PDF", HTML: "web page", MHTML: "saved web page (MHTML)",
            DOC: "old Word (.doc)", RTF: "RTF", ZIP: "ZIP"}.get(media_type, media_type)
