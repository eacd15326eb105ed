"""Read a Word 2007+ (.docx) report straight from its OOXML: paragraphs, tables, footnotes.

A .docx is a ZIP of XML parts; the body is ``word/document.xml``. Reading it with the
standard library keeps govkg free of a dependency and lets the reader see what python-docx
leaves out (footnotes, content controls). Each body paragraph becomes one line; a table row
becomes one line, its cells separated by a tab; footnotes follow the body, one line each.
Deleted text of tracked changes and field codes are left out; inserted text is kept.
Every line is marked with its :class:`~kg.model.Origin`: the paragraph's index among the
body's paragraphs (as python-docx's ``Document.paragraphs`` counts them), the table and row,
or the footnote.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as ET

from kg.errors import InputError
from kg.model import Origin

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: A part larger than this once unpacked is refused (a ZIP bomb, not a report).
_MAX_PART = 200 * 1024 * 1024
#: Runs' children that stand for characters.
_BREAKS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
           f"{_W}softHyphen": ""}
#: Elements whose text is not the document's: deleted text, field codes, and the fallback copy
#: Word writes of every text box beside its modern form (mc:Fallback), which would repeat it.
_SKIP = {f"{_W}del", f"{_W}instrText", f"{_W}delText", f"{_W}moveFrom",
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def read_docx(data: bytes, path: Path | None = None) -> tuple[str, list[Origin], list[str]]:
    """The text of a .docx, the origin of each line, and notes on what was left out.

    Raises:
        InputError: a damaged or oversized file.
    """
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            body = _part(archive, "word/document.xml", path)
            notes = _part(archive, "word/footnotes.xml", path, required=False)
            numbering = _part(archive, "word/numbering.xml", path, required=False)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(f"a damaged DOCX file ({exc}): open and save it again in Word or "
                         "LibreOffice", path) from None
    lines: list[tuple[str, Origin]] = []
    skipped: list[str] = []
    paragraph = tables = 0
    numbers = _Numbering(_root(numbering, path) if numbering is not None else None)
    for block in _blocks(_root(body, path).find(f"{_W}body")):
        if block.tag == f"{_W}p":
            lines.append((numbers.label(block) + _text(block), Origin(0, paragraph=paragraph)))
            paragraph += 1
        elif block.tag == f"{_W}tbl":
            tables += 1
            lines.extend(_table(block, tables))
    if notes is not None:
        lines.extend(_footnotes(_root(notes, path)))
    return _join(lines) + (skipped,)


def _part(archive: zipfile.ZipFile, name: str, path, required: bool = True) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise InputError(f"a ZIP without {name}: not a Word document", path) from None
        return None
    if info.file_size > _MAX_PART:
        raise InputError(f"{name} unpacks to {info.file_size} bytes: refused as too large", path)
    return archive.read(info)


def _root(xml: bytes, path) -> ET.Element:
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise InputError(f"a damaged DOCX file (bad XML: {exc})", path) from None


def _blocks(body: ET.Element | None):
    """The body's paragraphs and tables in order, looking through content controls."""
    if body is None:
        return
    for child in body:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            yield from _blocks(content)


def _text(element: ET.Element) -> str:
    """The visible text of a paragraph (or of any element holding paragraphs)."""
    out: list[str] = []

    def walk(node: ET.Element) -> None:
        for child in node:
            if child.tag in _SKIP:
                continue
            if child.tag == f"{_W}t" and child.text:
                out.append(child.text)
            elif child.tag in _BREAKS:
                out.append(_BREAKS[child.tag])
            elif child.tag == f"{_W}sym":
                out.append(_symbol(child))
            elif child.tag == f"{_W}p" and out:
                out.append("\n")  # paragraphs inside a table cell or a text box
                walk(child)
                continue
            walk(child)

    walk(element)
    return "".join(out)


def _symbol(node: ET.Element) -> str:
    code = node.get(f"{_W}char", "")
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return chr(value - 0xF000) if value >= 0xF000 else chr(value)


def _table(table: ET.Element, number: int):
    """One line per row, cells separated by a tab (paragraphs inside a cell by a space)."""
    for r, row in enumerate(table.iter(f"{_W}tr"), 1):
        cells = [" ".join(_text(cell).split("\n")).strip() for cell in row.findall(f"{_W}tc")]
        yield "\t".join(cells), Origin(0, element=f"table {number}, row {r}")


def _footnotes(root: ET.Element):
    for note in root.findall(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(_text(note).split("\n")).strip()
        if text:
            yield text, Origin(0, element=f"footnote {note.get(f'{_W}id')}")


class _Numbering:
    """The numbers Word writes before numbered paragraphs (一、, （二）, 3.), counted in order.

    Headings of a report are often numbered by Word rather than typed; without their numbers
    the report's parts and headings would not be found. Each list (``w:numId``) counts per
    level, a level's count restarting when a higher level moves on. Bullets are left out.
    """

    def __init__(self, root: ET.Element | None):
        self.levels: dict[str, dict[str, tuple[int, str, str]]] = {}  # numId → ilvl → format
        self.counts: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract = {a.get(f"{_W}abstractNumId"): {
            lvl.get(f"{_W}ilvl"): (_int(lvl.find(f"{_W}start"), 1), _val(lvl.find(f"{_W}numFmt")),
                                   _val(lvl.find(f"{_W}lvlText")))
            for lvl in a.findall(f"{_W}lvl")} for a in root.findall(f"{_W}abstractNum")}
        for num in root.findall(f"{_W}num"):
            self.levels[num.get(f"{_W}numId")] = abstract.get(_val(num.find(f"{_W}abstractNumId")), {})

    def label(self, paragraph: ET.Element) -> str:
        props = paragraph.find(f"{_W}pPr/{_W}numPr")
        if props is None:
            return ""
        num, level = _val(props.find(f"{_W}numId")), _int(props.find(f"{_W}ilvl"), 0)
        formats = self.levels.get(num)
        if not formats or str(level) not in formats or formats[str(level)][1] in ("bullet", "none"):
            return ""
        counts = self.counts.setdefault(num, {})
        counts[level] = counts.get(level, formats[str(level)][0] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        text = formats[str(level)][2]
        for k in range(level + 1):
            fmt = formats.get(str(k), (1, "decimal", ""))
            value = counts.get(k, fmt[0])
            text = text.replace(f"%{k + 1}", _number(value, fmt[1]))
        return text


def _val(node: ET.Element | None) -> str:
    return node.get(f"{_W}val", "") if node is not None else ""


def _int(node: ET.Element | None, default: int) -> int:
    try:
        return int(_val(node))
    except ValueError:
        return default


_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _number(value: int, fmt: str) -> str:
    """A list number in Word's format: 一 for chineseCounting, ① for decimalEnclosedCircle …"""
    if fmt.startswith("chineseCounting") or fmt in ("ideographDigital", "japaneseCounting"):
        return _chinese(value)
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[value - 1]
    if fmt.startswith("decimalEnclosedCircle") and 1 <= value <= 20:
        return _CIRCLED[value - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    if fmt in ("lowerLetter", "upperLetter") and 1 <= value <= 26:
        letter = chr(ord("a") + value - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= value < 40:
        roman = "x" * (value // 10) + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
                                       "ix"][value % 10]
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(value)


def _chinese(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (larger as digits)."""
    if not 0 < value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _join(lines: list[tuple[str, Origin]]) -> tuple[str, list[Origin]]:
    """The lines as one text, one per line, each with its origin moved to its offset."""
    parts, origins, pos = [], [], 0
    for text, origin in lines:
        text = text.replace("\r", "")
        origins.append(Origin(pos, page=origin.page, paragraph=origin.paragraph,
                              element=origin.element))
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), origins
