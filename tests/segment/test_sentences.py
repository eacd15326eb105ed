"""Sentences: half-open code-point offsets into the repaired text, placed in their sections."""

from __future__ import annotations

import pytest

from conftest import DATA
from kg.ingest.layout import lay_out
from kg.ingest.reader import read_report
from kg.segment.sentences import sentences, split
from kg.segment.structure import structure


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("全年完成投资85亿元。新增就业2860人！", ["全年完成投资85亿元。", "新增就业2860人！"]),
    ("一是推进物流建设；二是改造老旧小区。", ["一是推进物流建设；", "二是改造老旧小区。"]),
    ("他说：“要真抓实干。”随后散会", ["他说：“要真抓实干。”", "随后散会"]),
    ("标题\n\n  正文第一句。  \n", ["标题", "正文第一句。"]),
    ("各位代表！𠮷字也算一个字。", ["各位代表！", "𠮷字也算一个字。"]),
])
# fmt: on
def test_split_keeps_closing_marks_and_drops_blanks(text, expected):
    assert [text[a:b] for a, b in split(text)] == expected


@pytest.mark.parametrize("name", ["split-words.txt", "scraped-page.txt", "repeated-body.txt",
                                  "report-utf16le-nobom.txt", "collector-header.txt"])
def test_offsets_reproduce_every_sentence(name):
    doc = sentences(structure(lay_out(read_report(DATA / name))))
    assert doc.sentences
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert doc.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and "\n" not in s.text
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


def test_sentences_take_tense_and_year_from_their_innermost_section():
    doc = sentences(structure(lay_out(read_report(DATA / "report-gb18030.txt"))))
    by_text = {s.text: s for s in doc.sentences}
    review = by_text["新建标准化厂房12万平方米，鑫源科技荣获省级专精特新企业称号。"]
    assert (review.tense, review.year, review.section) == ("review", 2023, ("一、2023年工作回顾",))
    plan = by_text["全年实施重点项目60个，完成投资85亿元。"]
    assert (plan.tense, plan.year) == ("plan", 2024)
    assert plan.section == ("二、2024年工作安排", "（一）坚持项目为王，持续扩大有效投资")
    preface = by_text["各位代表："]
    assert (preface.tense, preface.year, preface.section) == ("other", None, ())
