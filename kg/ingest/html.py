"""Read a saved web page (.html/.htm, or .mhtml saved whole): the main text, one block a line.

The main text is found by trafilatura (Apache-2.0, maintained; an optional dependency:
``pip install 'govkg[formats]'``), which leaves out navigation, side bars and footers; the
layout step then removes the furniture that scraped text keeps (counters, share links, the
site's footer lines) as for any report. Each line is marked with the XPath of the page's
element it was read from (:class:`~kg.model.Origin`).
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from kg.errors import InputError
from kg.model import Origin

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_BLOCKS = {"p", "head", "item", "quote", "code", "row"}
_INLINE_HOLDERS = _BLOCKS | {"cell", "list", "table"}
_SOURCE_WRAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])")
#: How many characters of a line are looked up among the page's elements.
_PROBE = 12
#: How many elements ahead a line is looked for (keeps the pass linear on odd pages).
_WINDOW = 400


def read_html(data: bytes, path: Path | None = None, *, text: str | None = None,
              bad: list[tuple[int, int]] | None = None) -> tuple[str, list[Origin], list[str]]:
    """The main text of a web page, the element each line came from, and what was skipped.

    ``text`` is the page already decoded (an MHTML part); otherwise ``data`` is decoded by its
    ``<meta charset>``, else as a text report is.
    """
    if text is None:
        text = _decode(data, path, bad if bad is not None else [])
    try:
        import trafilatura
        from lxml import etree, html
    except ImportError as exc:
        raise InputError(f"reading a web page needs trafilatura ({exc.name} is missing): "
                         "pip install 'govkg[formats]'", path) from None
    try:
        page = html.fromstring(text.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        raise InputError("a web page with no content", path) from None
    lines = _main_lines(trafilatura, etree, text)
    if lines:
        lines = _titled(lines, page)
    else:
        lines = _all_lines(page)
    if not lines:
        raise InputError("a web page with no text", path)
    return _with_elements(lines, page) + ([],)


def read_mhtml(data: bytes, path: Path | None = None) -> tuple[str, list[Origin], list[str]]:
    """The main text of a web page saved whole (MHTML): its first text/html part."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            try:
                text = part.get_content()
            except (LookupError, ValueError):
                text = part.get_payload(decode=True).decode("utf-8", "replace")
            return read_html(b"", path, text=text)
    raise InputError("a saved web page (MHTML) with no HTML part", path)


def _decode(data: bytes, path: Path | None, bad: list[tuple[int, int]]) -> str:
    """The page's text in the charset its ``<meta>`` declares, unless the declaration is wrong
    (more bad bytes than a cut download has): then as a text report is decoded."""
    from kg.ingest.encoding import decode, decode_counting, tolerated

    declared = _CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        if codec in ("gb2312", "gbk"):
            codec = "gb18030"  # its superset: pages labelled GB2312 use GBK characters
        found: list[tuple[int, int]] = []
        try:
            text = decode_counting(data, codec, found)
        except LookupError:
            text = None
        if text is not None and len(found) <= tolerated(data):
            bad.extend(found)
            return text
    text, _ = decode(data, path, bad)
    return text


def _main_lines(trafilatura, etree, text: str) -> list[str]:
    """The blocks of the main text as trafilatura finds it (tables' rows as lines)."""
    xml = trafilatura.extract(text, output_format="xml", include_tables=True,
                              include_comments=False, favor_recall=True, deduplicate=False,
                              include_formatting=False, include_links=False)
    if not xml:
        return []
    main = etree.fromstring(xml.encode("utf-8")).find("main")
    if main is None:
        return []
    lines = []
    for el in main.iter():
        if el.tag not in _BLOCKS or _inside_block(el):
            continue
        if el.tag == "row":
            line = "\t".join(_squash("".join(c.itertext())) for c in el if c.tag == "cell")
        else:
            line = _squash("".join(el.itertext()))
        if line.strip():
            lines.append(line)
    return lines


def _titled(lines: list[str], page) -> list[str]:
    """The main text with the page's first heading before it, which trafilatura takes for
    the page's title and leaves out; the header step reads a report's region and year there."""
    heading = next((_squash(h.text_content()) for h in page.iter("h1")), "")
    if heading and not any(heading in line for line in lines[:5]):
        return [heading] + lines
    return lines


def _inside_block(el) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in _BLOCKS:
            return True
        parent = parent.getparent()
    return False


def _all_lines(page) -> list[str]:
    """Every block's text, when trafilatura finds no main text (a page of one short notice)."""
    for bad in page.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return [line for line in (_squash(t) for t in page.text_content().split("\n")) if line]


def _squash(text: str) -> str:
    """Whitespace runs made one space; a line break of the source between Chinese characters
    goes (it wraps the source, not the text)."""
    text = _SOURCE_WRAP.sub("", text)
    return " ".join(text.split())


def _with_elements(lines: list[str], page) -> tuple[str, list[Origin]]:
    """The lines as one text; each line's origin is the page element where it begins.

    Elements are searched in document order from the last one found, so the pass is linear.
    """
    tree = page.getroottree()
    owned = [(el, _squash((el.text or "") + "".join(c.tail or "" for c in el)))
             for el in page.iter() if isinstance(el.tag, str)]
    owned = [(el, t.replace(" ", "")) for el, t in owned if t]
    origins, pos, cursor = [], 0, 0
    for line in lines:
        probe = line.replace(" ", "").replace("\t", "")[:_PROBE]
        element = None
        for i in range(cursor, min(cursor + _WINDOW, len(owned))):
            text = owned[i][1]
            if probe and (probe in text or (len(text) >= 4 and probe.startswith(text))):
                element, cursor = tree.getpath(owned[i][0]), i
                break
        origins.append(Origin(pos, element=element))
        pos += len(line) + 1
    return "\n".join(lines), origins
