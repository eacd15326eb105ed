"""Spacing: paragraphs apart by indentation on one line, and the noise spaces of PDF text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import spacing
from kg.ingest.layout import lay_out
from kg.model import Document

#: Invented text as a PDF gives it: spaces around numbers and where its lines broke.
PDF_LIKE = ("2023 年全区地区生产总值预计达 1270 亿元，增 长 5.1%。一般公共预算收入 86.4 亿元，"
            "同比增长 7 . 2%。新建 5G 基站 1 2 0 0 个，城乡居民人均可支配收入 61 000 元。"
            "完成城市更新项 目 16 个，覆盖 3 万户居民，社会主 义现代化建设取得新进展。\n")
MORE = "".join(f"{2015 + i} 年新开工项目 {20 + i} 个，总投资 {i + 3}.5 亿元。\n" for i in range(6))


def test_indented_paragraphs_on_one_line_are_split():
    line = "请予审议。\u2003\u2003一、2024年工作回顾\u2003\u2003过去一年，我们…"
    assert [line[a:b] for a, b in spacing.breaks(line)] == ["\u2003\u2003", "\u2003\u2003"]
    doc = lay_out(Document(path=Path("x-2025.txt"), raw=line))
    assert doc.text.split("\n") == ["请予审议。", "一、2024年工作回顾", "过去一年，我们…"]


@pytest.mark.parametrize("line", [
    "国务院总理 李克强",        # one space between a title and a name
    "指标  2023年  2024年",      # table columns: no sentence ends before the spaces
])
def test_spaces_that_are_no_paragraph_break(line):
    assert spacing.breaks(line) == []


def test_a_pdf_like_text_is_spaced_and_an_ordinary_one_is_not():
    assert spacing.spaced(PDF_LIKE + MORE)
    assert not spacing.spaced("国务院总理 李克强\n" + "全年地区生产总值增长5%。" * 50)


@pytest.mark.parametrize("written,read", [
    ("收入 7 4 7 7 2 亿元", "收入 74772亿元"),
    ("占比 1 1 ％", "占比 11％"),
    ("增长1 5 ．3 ％", "增长15．3％"),        # with a decimal point
    ("增长 7.9 %", "增长 7.9 %"),            # a whole number: not spaced digits
    ("回眸 2023", "回眸 2023"),              # a heading's space, in text that is not spaced
    ("1 10 100 工程", "1 10 100 工程"),      # numbers of several digits are not one number
    ("新增就业61 000人", "新增就业61000人"),  # a space that groups thousands
    ("实现税收12 345.6万元", "实现税收12345.6万元"),
])
def test_digits_spaced_one_by_one_are_joined_in_any_text(written, read):
    text, _ = spacing.normalize(written, spaced_text=False)
    assert text == read


def test_spaced_text_loses_its_noise_spaces_and_keeps_its_source_map():
    text, offsets = spacing.normalize(PDF_LIKE + MORE)
    first = text[:text.index("一般")]
    assert first == "2023年全区地区生产总值预计达1270亿元，增长5.1%。"
    assert "新建5G基站1200个" in text and "项目16个" in text and "社会主义" in text
    assert "61000元" in text  # a space grouping thousands is joined
    assert "同比增长7.2%" in text  # 7 . 2: spaces on both sides of the decimal point
    assert "2020年新开工项目25个，总投资8.5亿元。" in text
    assert [(PDF_LIKE + MORE)[i] for i in offsets] == list(text)


def test_layout_of_a_spaced_report_maps_every_character_to_the_file():
    raw = "各位代表：\n" + PDF_LIKE.replace("。", "。\n") + MORE
    doc = lay_out(Document(path=Path("x-2024.txt"), raw=raw))
    assert "地区生产总值预计达1270亿元，增长5.1%" in doc.text
    assert all(c == "\n" or raw[i] == c for i, c in zip(doc.source_map, doc.text))
