"""Targets: figures of the sentences that plan, with deadlines, ranges and modality."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract.figures import extract
from kg.model import Document, Sentence

D = Decimal


def targets(text: str, year: int = 2024):
    doc = Document(path=Path("test-county-2024.txt"), raw=text, text=text, year=year)
    doc.sentences = [Sentence(index=0, start=0, end=len(text), text=text, tense="plan",
                              year=year)]
    return extract(doc).targets


@pytest.mark.parametrize("text, expected", [
    # (label, value, max value, unit)
    ("新建普惠性托位60个至120个。", [("新建普惠性托位", D(60), D(120), "个")]),
    ("改造提升3—5个特色街区。", [("改造提升特色街区", D(3), D(5), "个")]),
    ("建设一所容纳40个至90个床位的护理院。", [("建设一所容纳床位的护理院", D(40), D(90), "个")]),
    ("新增城镇就业4000人，农村劳动力转移就业2600人。",
     [("新增城镇就业", D(4000), None, "人"), ("农村劳动力转移就业", D(2600), None, "人")]),
    ("60%以上的行政村集体经济收入达到8万元以上。",         # a share, and its condition
     [("行政村集体经济收入达到8万元以上占比", D(60), None, "%")]),
    ("残疾人托养服务年龄由16—45岁扩大到16—60岁。",         # the earlier state is no target
     [("残疾人托养服务年龄", D(16), D(60), "岁")]),
    ("总投资25亿元的12个乡村振兴项目全部开工。",
     [("乡村振兴项目总投资", D(25), None, "亿元"), ("乡村振兴项目", D(12), None, "个")]),
    ("创建8个以上省级美丽乡村。", [("创建省级美丽乡村", D(8), None, "个")]),  # at least 8
    ("对已建成的15个村级服务站加强管理。", []),              # done already: no target
    ("建设3.5万亩节水灌溉农田。", [("建设节水灌溉农田", D("3.5"), None, "万亩")]),  # a bare verb
    ("改造2公里雨污管网。", [("改造雨污管网", D(2), None, "公里")]),
    ("设立5亿元文旅发展引导基金。", [("设立文旅发展引导基金", D(5), None, "亿元")]),
])
def test_targets(text, expected):
    assert [(t.label, t.value, t.max_value, t.unit) for t in targets(text)] == expected


def test_milestones_inside_the_year():
    found = targets("力争项目开工率一季度达到35%、上半年达到70%、年底前全部开工。")
    assert [(t.label, t.value, t.deadline, t.modality) for t in found] == [
        ("项目开工率", D(35), "Q1", "力争"), ("项目开工率", D(70), "H1", "力争")]


def test_main_expected_targets_are_growth_targets():
    found = targets("今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，"
                    "城乡居民人均可支配收入分别增长6%和7%以上。")
    assert [(t.label, t.indicator, t.value, t.unit, t.growth, t.qualifier) for t in found] == [
        ("地区生产总值增长", "地区生产总值", D("6.5"), "%", D("6.5"), "左右"),
        ("城镇居民人均可支配收入增长", "城镇居民人均可支配收入", D(6), "%", D(6), None),
        ("农村居民人均可支配收入增长", "农村居民人均可支配收入", D(7), "%", D(7), "以上")]
    assert {t.modality for t in found} == {"预期"}


def test_a_decrease_target_keeps_its_sign_in_growth():
    (t,) = targets("单位地区生产总值能耗下降3%。")
    assert (t.value, t.growth, t.label) == (D(3), D(-3), "单位地区生产总值能耗下降")


def test_modality_qualifier_and_normalized_value():
    (t,) = targets("力争全年接待游客480万人次以上。")
    assert (t.modality, t.qualifier, t.base_value, t.base_unit) == (
        "力争", "以上", D(4800000), "人次")
    (t,) = targets("确保粮食总产量稳定在3.1亿斤以上。")
    assert (t.label, t.modality, t.base_value, t.base_unit) == (
        "粮食总产量", "确保", D(155000000), "公斤")


def test_a_range_is_normalized_at_both_ends():
    (t,) = targets("新增设施农业2万至3万亩。")
    assert (t.base_value, t.base_max_value, t.base_unit) == (D(20000), D(30000), "亩")


def test_a_year_in_the_sentence_is_the_target_year_not_a_value():
    (t,) = targets("到2026年，森林覆盖率达到45%。")
    assert (t.label, t.value, t.year) == ("森林覆盖率", D(45), 2026)
    (t,) = targets("森林覆盖率达到45%。")
    assert t.year == 2024


@pytest.mark.parametrize("text", [
    "重点抓好以下七个方面工作。",
    "深入实施“1+3+N”工程，推进5G网络全覆盖。",
    "引进10亿元以上项目，推动万源30万吨冷轧项目落地。",
    "2024年是实施“十四五”规划的关键一年。",
])
def test_no_targets(text):
    assert targets(text) == []


# fmt: off
@pytest.mark.parametrize("clause, expected", [
    ("上半年完成投资", "H1"), ("今年上半年新开工", "H1"), ("一季度开工率", "Q1"),
    ("年中完成", "H1"), ("力争6月底前完成", "M6"), ("2024年9月底建成", "M9"), ("十月底前建成", "M10"),
    ("年底前完成", "年底"),
    # look-alikes: no time word stands there
    ("今年中央财政安排", None), ("年中心城区改造", None), ("明年中期评估", None), ("全年中小学", None),
])
# fmt: on
def test_deadlines_only_from_real_time_words(clause, expected):
    from kg.extract.targets import deadline

    assert deadline(clause + "10个", 0, len(clause)) == expected
