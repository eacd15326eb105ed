"""How statements read: quantities, changes, and the labels of figures, targets and awards."""

from __future__ import annotations

import pytest

from kg.viz import labels

# fmt: off
QUANTITIES = [
    ({"value": "12.5", "unit": "亿元"}, "12.5亿元"),
    ({"value": "3", "unit": "万亩", "qualifier": "近"}, "近3万亩"),
    ({"value": "500", "unit": "个", "qualifier": "以上"}, "500个以上"),
    ({"value": "60", "maxValue": "90", "unit": "个"}, "60–90个"),
    ({"growthRate": "6"}, ""),
]
CHANGES = [
    ({"growthRate": "6.5"}, "↑6.5%"),
    ({"growthRate": "-12.75"}, "↓12.75%"),
    ({"growthRate": "0"}, "±0%"),
    ({"pointsChange": "0.8"}, "↑0.8个百分点"),
    ({"value": "5"}, ""),
]
LABELS = [
    (labels.observation_label,
     {"indicator": "社会消费品零售总额", "value": "88.2", "unit": "亿元", "growthRate": "6.1",
      "year": "2023"}, "社会消费品零售总额 88.2亿元 ↑6.1% (2023)"),
    (labels.observation_label, {"indicator": "刑事案件发案率", "growthRate": "-21.5"},
     "刑事案件发案率 ↓21.5%"),
    (labels.target_label,
     {"label": "新增托位", "value": "60", "maxValue": "90", "unit": "个", "year": "2024",
      "deadline": "H1"}, "新增托位 60–90个 (2024, H1)"),
    (labels.target_label, {"indicator": "城镇新增就业", "value": "4000", "unit": "人"},
     "城镇新增就业 4000人"),
    (labels.award_label, {"honor": "省级文明村", "level": "ProvincialLevel"}, "省级 · 省级文明村"),
    (labels.award_label, {"honor": "绿色工厂"}, "绿色工厂"),
]
# fmt: on


@pytest.mark.parametrize("facts,expected", QUANTITIES)
def test_quantity(facts, expected):
    assert labels.quantity(facts) == expected


@pytest.mark.parametrize("facts,expected", CHANGES)
def test_change(facts, expected):
    assert labels.change(facts) == expected


@pytest.mark.parametrize("make,facts,expected", LABELS)
def test_statement_labels(make, facts, expected):
    assert make(facts) == expected


def test_tooltip_of_an_award():
    text = labels.tooltip("Award", "国家级 · 绿色工厂",
                          {"honor": "绿色工厂", "level": "NationalLevel", "recipient": "鑫源科技",
                           "year": "2023"}, ["鑫源科技获评国家级绿色工厂。"], ["hongqi-2024"])
    assert text.splitlines() == [
        "荣誉 Award", "国家级 · 绿色工厂", "荣誉: 绿色工厂", "级别: 国家级", "获得者: 鑫源科技",
        "年份: 2023", "报告: hongqi-2024", "依据:", "「鑫源科技获评国家级绿色工厂。」"]


def test_long_and_many_sentences_are_cut():
    text = labels.tooltip("Enterprise", "鑫源科技", {}, ["甲" * 400] + ["乙。"] * 4, [])
    lines = text.splitlines()
    assert lines[2] == "提及 (5 句):"
    assert len(lines[3]) == labels.MAX_SENTENCE_CHARS + 2 and lines[3].endswith("…」")
    assert lines[-1] == "… 另 2 句"
