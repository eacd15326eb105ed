"""Quoted terms (kg.extract.quotes): which bare quoted terms are programs, on invented text."""

from __future__ import annotations

import pytest

from kg.extract.quotes import find

# fmt: off
PROGRAMS = [
    ("推行“柴改电”。", "柴改电"),  # an action inside
    ("落实“三查两改”。", "三查两改"),  # a numbered formula
    ("深化“青禾经验”。", "青禾经验"),  # a program word at its end
    ("推进“数字大脑”建设。", "数字大脑"),  # four characters of nouns: a campaign's name
    ("实施“智慧田”。", "智慧田"),  # three characters of nouns, but put into effect
    ("全面推开“共享厨房”。", "共享厨房"),
    ("聚力“青禾临”一体化。", "青禾临一体化"),  # 一体化 after the term
]
NOT_PROGRAMS = [
    "用政策“暖心雨”助力企业。",  # rule quote:thing: a figure of speech
    "打造“书香角”，培育“新匠人”。",
    "建成4个“书香角”，新建5家“共享厨房”。",  # rule quote:counted: kinds of thing
    "荣获“全国绿色城市”称号，获评“十佳宜居县”。",  # honors received
    "打好政策“组合拳”，下好“先手棋”，念好“山字经”。",  # figures of speech by their verb
    "当好“店小二”，争当“排头兵”。",
    "坚定拥护“两个确立”，胸怀“国之大者”。",  # catchwords of ideology
    "全国双拥模范城实现“五连冠”。",
    "严控“三公经费”，坚决防止“一刀切”，处置“僵尸企业”。",  # kinds and figures of speech
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PROGRAMS)
def test_quoted_programs(text, name):
    assert [(f.text, f.type) for f in find(text)] == [(name, "Program")]


@pytest.mark.parametrize("text", NOT_PROGRAMS)
def test_quoted_terms_that_are_no_programs(text):
    assert list(find(text)) == []
