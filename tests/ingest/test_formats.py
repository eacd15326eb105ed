"""Reports as people have them: DOCX, PDF and saved web pages, told apart by their content.

The small files of tests/data/formats/ are an invented report written by python-docx and
ReportLab (scripts/make_format_samples.py); the real files of ../shared/reports/formats/ are
used where present.
"""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from conftest import DATA
from kg.errors import InputError
from kg.ingest import sniff
from kg.ingest.reader import read_report
from kg.pipeline import build_document

FORMATS = DATA / "formats"
#: Characters a whole sentence (not a heading) ends with.
ENDS = "。！？；：…!?;:”）)"


def sentence_with(doc, words: str):
    return next(s for s in doc.sentences if words in s.text)


# fmt: off
@pytest.mark.parametrize("name,media", [
    ("report.docx", sniff.DOCX), ("report.pdf", sniff.PDF), ("report.html", sniff.HTML),
    ("report-gbk.htm", sniff.HTML), ("report.mhtml", sniff.MHTML), ("old-word.docx", sniff.DOC),
])
# fmt: on
def test_the_format_is_told_by_content_not_by_name(tmp_path, name, media):
    renamed = tmp_path / "report.txt"  # every file misnamed as text
    shutil.copy(FORMATS / name, renamed)
    assert sniff.sniff(renamed.read_bytes(), renamed) == media
    assert sniff.sniff((FORMATS / name).read_bytes(), FORMATS / name) == media


def test_an_xhtml_page_is_a_web_page():
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
    assert sniff.sniff(page.encode(), None) == sniff.HTML


def test_text_is_still_text():
    assert sniff.sniff("各位代表：\n<p>不是网页</p>".encode(), None) == sniff.TEXT


def test_docx_reads_paragraphs_tables_as_rows_and_footnotes():
    doc = read_report(FORMATS / "report.docx")
    lines = doc.raw.split("\n")
    assert lines[0] == "2024年青松县政府工作报告"
    assert "地区生产总值\t215.6亿元\t5.2%" in lines  # a table row is one line, cells by tabs
    assert lines[-1].startswith("规模以上工业企业：指年主营业务收入")  # the footnote
    assert doc.source_format == sniff.DOCX


def test_docx_sentences_know_their_paragraph():
    doc = build_document(FORMATS / "report.docx")
    # python-docx's Document.paragraphs: heading 0, opening 1-3, 一、 4, then 5, 6, 7
    assert doc.origin(sentence_with(doc, "新增学位900个").start).paragraph == 7
    row = doc.origin(doc.text.index("一般公共预算收入\t12.8亿元"))
    assert row.element == "table 1, row 3"
    assert doc.origin(doc.text.index("指年主营业务收入")).element == "footnote 1"


def test_pdf_lines_are_rejoined_and_page_furniture_left_out():
    doc = build_document(FORMATS / "report.pdf")
    assert "门户网站" not in doc.text and "qingsong.gov.cn" not in doc.text  # heads and feet
    assert "1/3" not in doc.text
    # wrapped at the width without a hyphen, mid-number, and across a page break
    assert "分别达到41230元和21560元" in doc.text
    assert "增长8.3%。" in doc.text
    sentence = sentence_with(doc, "青松绿能科技有限公司建成投产")
    assert doc.pages(sentence.start, sentence.end) == [1, 2]
    assert doc.pages(*(lambda s: (s.start, s.end))(sentence_with(doc, "确保各项民生实事"))) == [2, 3]


def test_pdf_sentences_are_whole_and_figures_found():
    doc = build_document(FORMATS / "report.pdf")
    # the same report written by Word has no line breaks: every PDF sentence is one of its own
    docx = {s.text for s in build_document(FORMATS / "report.docx").sentences}
    assert [s.text for s in doc.sentences if s.text not in docx] == []
    values = {(o.indicator, o.value, o.unit) for o in doc.observations}
    assert ("地区生产总值", Decimal("215.6"), "亿元") in values
    assert ("农村居民人均可支配收入", Decimal("21560"), "元") in values  # wrapped as 2|1560
    assert doc.year == 2024 and doc.region == "青松县"


def test_pdf_sentences_carry_their_pages_into_the_graph():
    from kg.rdf.mapping import triples

    doc = build_document(FORMATS / "report.pdf")
    got = [(t.object.value, t.predicate.value) for t in triples(doc)
           if t.predicate.value.endswith(("#page", "#sourceFormat"))]
    assert ("application/pdf", "https://w3id.org/govkg/ontology#sourceFormat") in got
    assert {v for v, p in got if p.endswith("#page")} == {"1", "2", "3"}


# fmt: off
@pytest.mark.parametrize("name", ["report.html", "report-gbk.htm", "report.mhtml"])
# fmt: on
def test_saved_web_pages_give_the_report_without_the_site(name):
    doc = build_document(FORMATS / name)
    assert doc.title == "2024年青松县政府工作报告"
    for furniture in ("政务公开", "相关链接", "网站标识码", "浏览次数", "counter"):
        assert furniture not in doc.text
    docx = build_document(FORMATS / "report.docx")
    assert [s.text for s in doc.sentences] == [s.text for s in docx.sentences][:len(doc.sentences)]
    assert len(doc.sentences) >= len(docx.sentences) - 1  # all but the footnote
    element = doc.origin(sentence_with(doc, "新增学位900个").start).element
    assert element and element.startswith("/html/body/") and "/p[" in element


# fmt: off
@pytest.mark.parametrize("name,cause,advice", [
    ("old-word.docx", "old binary Word file (.doc)", "save it as .docx"),
    ("scanned.pdf", "scanned PDF (no text layer)", "OCR"),
    ("encrypted.pdf", "encrypted PDF", "password"),
])
# fmt: on
def test_what_cannot_be_read_is_one_line_naming_the_file_and_what_to_do(name, cause, advice):
    with pytest.raises(InputError) as info:
        read_report(FORMATS / name)
    message = str(info.value)
    assert name in message and cause in message and advice in message
    assert "\n" not in message


def test_a_pdf_locked_only_against_changes_is_read(tmp_path):
    """Encrypted with an empty user password (print/copy restrictions): it opens without one."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=FORMATS / "report.pdf")
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    doc = read_report(locked)
    assert "青松绿能科技有限公司" in doc.raw


def test_a_damaged_docx_is_an_input_error(tmp_path):
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes((FORMATS / "report.docx").read_bytes()[:2000])
    with pytest.raises(InputError, match="damaged.docx"):
        read_report(damaged)


def test_a_missing_extra_is_named(monkeypatch):
    """Without trafilatura (the formats extra), a web page says what to install."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)  # import fails
    with pytest.raises(InputError) as info:
        read_report(FORMATS / "report.html")
    assert "pip install 'govkg[formats]'" in str(info.value) and "report.html" in str(info.value)


def test_a_page_without_text_in_a_pdf_with_text_is_skipped_and_said(tmp_path):
    """A scanned page inside a PDF with a text layer: the rest is read, the page noted."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=FORMATS / "report.pdf")
    writer.add_page(pypdf.PdfReader(FORMATS / "scanned.pdf").pages[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as out:
        writer.write(out)
    doc = read_report(mixed)
    assert "PDF page without a text layer: page 4 (an image?)" in doc.skipped
    assert "确保各项民生实事全部落地见效" in doc.raw


def test_docx_headings_numbered_by_word_keep_their_numbers():
    doc = build_document(FORMATS / "numbered.docx")
    lines = doc.raw.split("\n")
    assert lines[1:4] == ["一、2023年工作回顾", "（一）产业发展提质增效", "1.新增规模以上工业企业18家。"]
    assert "（二）民生事业持续改善" in lines and "1.新增学位900个。" in lines  # counts restart
    assert "二、2024年主要工作" in lines
    assert "城镇新增就业4000人以上。" in lines  # a bullet adds nothing
    section = sentence_with(doc, "新增学位900个").section
    assert any("民生事业持续改善" in title for title in section)


@pytest.mark.parametrize("number", ["3", "- 3 -", "— 3 —", "－3－", "第3页", "第 3 页 共 14 页",
                                    "3/14", "Page 3 of 14"])
def test_page_numbers_at_a_page_foot_are_left_out(number):
    from kg.ingest.pdf import from_pages

    one, two = "全县新建幼儿园三所，新增学位九百个。", "城镇新增就业四千二百人，农村公路八十六公里。"
    text, _, skipped = from_pages([f"{one}\n{number}", f"{two}\n{number.replace('3', '4')}"])
    assert text == f"{one}\n{two}"
    assert skipped == ["PDF page furniture: 2 lines (running heads and feet, page numbers)"]


def test_a_page_whose_meta_charset_is_wrong_is_still_read(tmp_path):
    """Declared UTF-8, saved as GBK (a site's template says one thing, its pages another)."""
    page = (FORMATS / "report.html").read_text(encoding="utf-8")
    wrong = tmp_path / "wrong.html"
    wrong.write_bytes(page.encode("gbk"))  # the page still says <meta charset="utf-8">
    doc = read_report(wrong)
    assert "新增学位900个" in doc.raw and "\ufffd" not in doc.raw and not doc.warnings


def test_a_docx_text_box_is_read_once():
    """Word writes a text box twice (mc:Choice and its mc:Fallback copy): read once."""
    from xml.etree import ElementTree as ET

    from kg.ingest.docx import _text

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:p><w:r><w:t>新增学位900个。</w:t></w:r></w:p>"
    paragraph = ET.fromstring(
        f'<w:p xmlns:w="{w}" xmlns:mc="{mc}"><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent>'
        f"<mc:Choice><w:txbxContent>{box}</w:txbxContent></mc:Choice>"
        f"<mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>")
    assert _text(paragraph) == "正文。\n新增学位900个。"
