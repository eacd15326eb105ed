"""Paragraphs as spans of the raw file: cutting text out keeps the map to the file exact."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.layout import assemble, paragraphs
from kg.ingest.paragraphs import Para
from kg.model import Document


def test_paragraphs_are_stripped_lines_with_their_offsets():
    raw = "  标题\n\n\u3000\u3000第一段。\n"
    paras = paragraphs(raw)
    assert [p.text for p in paras] == ["标题", "第一段。"]
    assert [raw[p.start] for p in paras] == ["标", "第"]


def test_cutting_text_out_of_a_paragraph_keeps_each_offset():
    raw = "全县增长4.8%云帆 文 库；收入增长6.1%。"
    para = Para(raw, ((0, len(raw)),))
    cut = para.without([(raw.index("云"), raw.index("；"))])
    assert cut.text == "全县增长4.8%；收入增长6.1%。"
    assert [raw[i] for i in cut.offsets()] == list(cut.text)


def test_assembled_text_maps_every_character_back():
    raw = "甲乙丙\n\n丁戊。\n己"
    doc = Document(path=Path("x.txt"), raw=raw)
    p = paragraphs(raw)
    assemble(doc, [[p[0], p[1]], [p[2]]])
    assert doc.text == "甲乙丙丁戊。\n己"
    assert [raw[i] for i, c in zip(doc.source_map, doc.text) if c != "\n"] == list("甲乙丙丁戊。己")
    assert len(doc.repairs) == 1 and doc.repairs[0].at == 3
