"""Which sentences review and which plan, where the structure step left gaps."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract.documents import document

from kg.extract.figures import extract

D = Decimal


def test_preface_and_glossary_give_nothing():
    doc = extract(document(("other", "过去一年新建5个服务站。"), ("plan", "新建8个服务站。"),
                           ("other", "名词解释："), ("other", "〔3〕8个服务站：即甲乙丙。")))
    assert [t.value for t in doc.targets] == [D(8)]


def test_a_glossary_note_outside_a_glossary_part_gives_nothing():
    doc = extract(document(("plan", "新建8个服务站。"),
                           ("plan", "“1+6”体系：“6”是指全县6个重点产业链；“1”指1个产业园。"),
                           ("review", "“两园”指甲园和乙园，共引进企业12家。"),
                           ("plan", "发布《“慢行”指南》等丛书3套。")))
    assert [t.value for t in doc.targets] == [D(8), D(3)]
    assert doc.observations == []


def test_plan_part_found_when_structure_missed_it():
    doc = extract(document(("review", "新建5个服务站。"), ("review", "2024年工作目标和主要任务"),
                           ("review", "新建8个服务站。")))
    assert [o.value for o in doc.observations] == [D(5)]
    assert [(t.value, t.year) for t in doc.targets] == [(D(8), 2024)]


def test_a_report_without_parts_reviews_until_its_targets():
    doc = extract(document(("other", "新建5个服务站。"), ("other", "今年的主要预期目标是：新建8个服务站。"),
                           ("other", "新建9个服务站。")))
    assert [o.value for o in doc.observations] == [D(5)]
    assert [t.value for t in doc.targets] == [D(8), D(9)]


def test_a_plan_parts_sentence_that_looks_back_is_reviewed():
    doc = extract(document(("plan", "去年全县地区生产总值达到215.6亿元，比上年增长5.2%。"),
                           ("plan", "2023年，全县新建学校5所。"),
                           ("plan", "全县地区生产总值增长6%左右。"),
                           ("plan", "今年新增就业3000人，比去年同比增加了200人。")))
    assert sorted(o.value for o in doc.observations if o.value) == [D(5), D("215.6")]
    assert {o.year for o in doc.observations} == {2023}
    assert [t.value for t in doc.targets] == [D(6), D(3000), D(200)]


def test_a_review_parts_sentence_that_names_the_plans_time_plans():
    doc = extract(document(("review", "全年新建学校5所，同比增长25%。"),
                           ("review", "今年将新建学校8所。"),
                           ("review", "积极向上争取资金10亿元。")))  # a promise word, yet done
    assert sorted(o.value for o in doc.observations if o.value) == [D(5), D(10)]
    assert [(t.value, t.year) for t in doc.targets] == [(D(8), 2024)]


def test_an_unparted_sentence_plans_on_a_promise():
    doc = extract(document(("other", "去年全国粮食产量达到八千亿斤。"),
                           ("other", "要在三年内使粮食产量增长百分之十。"),
                           ("other", "钢产量增长了百分之十二点五。")))
    assert [(o.value, o.growth) for o in doc.observations] == [(D(8000), None), (None, D("12.5"))]
    assert [(t.value, t.growth) for t in doc.targets] == [(D(10), D(10))]


def test_sentences_with_figures_in_numerals_only_are_read():
    doc = extract(document(("review", "全年国民收入比上年增长百分之七点四。")))
    assert [(o.growth, o.year) for o in doc.observations] == [(D("7.4"), 2023)]


# fmt: off
@pytest.mark.parametrize("sentence, year, expected", [
    ("一九七九年国民收入比上年增长百分之七。", 1980, ("国民收入", None, D(7), 1979)),
    ("全年国民生产总值一万七千四百亿元，比上年增长５％。", 1991, ("国民生产总值", D(17400), D(5), 1990)),
    ("国内生产总值达到56.9万亿元，比上年增长7.7%。", 2014, ("国内生产总值", D("56.9"), D("7.7"), 2013)),
    ("去年国民收入达到七千七百九十亿元。", 1987, ("国民收入", D(7790), None, 1986)),
])
# fmt: on
def test_a_national_reports_headline_figure_of_any_era_is_an_observation(sentence, year, expected):
    doc = extract(document(("other", "各位代表："), ("other", sentence),
                           ("other", "今年国民收入计划增长百分之四。"), year=year))
    assert [(o.indicator, o.value, o.growth, o.year) for o in doc.observations] == [expected]
    assert [(t.growth, t.year) for t in doc.targets] == [(D(4), year)]
