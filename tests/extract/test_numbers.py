"""Numbers, units and qualifiers: what is a figure, and what the words around it say."""

from decimal import Decimal

import pytest

from kg.extract import units
from kg.extract.numbers import number, quantities

D = Decimal


@pytest.mark.parametrize("text, expected", [
    # (value, unit as written, max value, qualifier)
    ("全县地区生产总值完成215.6亿元", [(D("215.6"), "亿元", None, None)]),
    ("完成植树造林近2万亩", [(D("2"), "万亩", None, "近")]),
    ("农民人均收入突破1.5万元", [(D("1.5"), "万元", None, "突破")]),
    ("新增就业岗位3200个以上", [(D("3200"), "个", None, "以上")]),
    ("增长6.5%左右", [(D("6.5"), "%", None, "左右")]),
    ("接待游客6万余人次", [(D("6"), "万人次", None, "余")]),
    ("发放补贴1500余万元", [(D("1500"), "万元", None, "余")]),
    ("新建普惠性托位60个至120个", [(D("60"), "个", D("120"), None)]),
    ("改造提升3—5个特色街区", [(D("3"), "个", D("5"), None)]),
    ("处置低效用地15宗862.5亩", [(D("15"), "宗", None, None), (D("862.5"), "亩", None, None)]),
    ("一般公共预算收入超12亿，", [(D("12"), "亿", None, "超")]),
    ("粮食总产量达到2.4亿公斤", [(D("2.4"), "亿公斤", None, None)]),
    ("森林覆盖率提高2.1个百分点", [(D("2.1"), "个百分点", None, None)]),
    ("出口额1,250万美元", [(D("1250"), "万美元", None, None)]),
    ("６０％以上的行政村", [(D("60"), "％", None, "以上")]),
])
def test_figures_with_units(text, expected):
    found = [(q.value, q.unit, q.max_value, q.qualifier) for q in quantities(text)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "召开第十五届人民代表大会第3次会议",      # ordinal
    "深入实施“328”工程",                      # a name in quotation marks
    "建成5G基站，打造5A级景区",               # codes
    "2023年1月至11月",                        # dates
    "PM2.5平均浓度持续下降",                  # a code with a decimal point
    "一、2023年工作回顾",                     # a section number
    "引进10亿元以上项目",                     # a threshold inside a name
    "3岁以上人口全部接种",                    # the same
    "建设220千伏变电站",                      # a size inside a name
    "推进“12兆瓦风电主轴”研发",               # a name that opens with a number
    "详见附件〔12〕",                         # a footnote mark
    "全县32万人民群众",                       # the unit is the first character of a word
])
def test_not_figures(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, change, to, from_", [
    ("增长4.8%", 1, False, False),
    ("同比下降12.5%", -1, False, False),
    ("审批时限压减60%", -1, False, False),
    ("提高到88.5%", 0, True, False),
    ("由62.3%", 0, False, True),
])
def test_change_words(text, change, to, from_):
    (q,) = quantities(text)
    assert (q.change, q.level_to, q.level_from) == (change, to, from_)


@pytest.mark.parametrize("text, expected", [
    ("新建两所学校", [(D(2), "所")]),
    ("培育十家龙头企业", [(D(10), "家")]),
    ("建成一座污水处理厂", [(D(1), "座")]),
    ("第三次全国普查", []),
])
def test_chinese_numerals_when_asked(text, expected):
    assert [(q.value, q.unit) for q in quantities(text, chinese=True)] == expected
    assert all(not q.chinese for q in quantities(text))


@pytest.mark.parametrize("written, value, base_value, base", [
    ("亿元", "215.6", "21560000000", "元"),
    ("万户", "4.3", "43000", "户"),
    ("亿公斤", "2.4", "240000000", "公斤"),
    ("万亩", "3", "30000", "亩"),
    ("公里", "85.3", "85300", "米"),
    ("亿斤", "4", "200000000", "公斤"),
    ("%", "96.5", "96.5", "%"),
])
def test_normalized_values(written, value, base_value, base):
    unit = units.lookup(written)
    assert unit.normalize(D(value)) == D(base_value) and unit.base == base


def test_a_bare_magnitude_has_no_base_unit():
    assert units.lookup("亿").normalize(D(12)) is None


def test_number_reads_full_width_digits_and_separators():
    assert number("１２,３４５.６") == D("12345.6")


# Figures in Chinese numerals read as the same figures as in digits (invented sentences).
@pytest.mark.parametrize("text, expected", [
    ("收入比五年前增长了百分之七十七点五", [(D("77.5"), "%", 1)]),
    ("国民收入增长百分之三点九", [(D("3.9"), "%", 1)]),
    ("每年要增长百分之四到五", [(D(4), "%", 1)]),
    ("粮食产量达到八千亿斤，钢产量二千八百万吨", [(D(8000), "亿斤", 0), (D(2800), "万吨", 0)]),
    ("财政收入一千零八亿元", [(D(1008), "亿元", 0)]),
    ("失业率降低零点三个百分点", [(D("0.3"), "个百分点", -1)]),
    ("出口额增长一点五倍", [(D("1.5"), "倍", 1)]),
    ("销售额增长两成", [(D(20), "%", 1)]),
    ("每年增加一百多万人", [(D(100), "万人", 1)]),
])
def test_figures_in_chinese_numerals(text, expected):
    found = quantities(text)
    assert [(q.value, q.unit, q.change) for q in found] == expected
    assert all(q.chinese for q in found)
    assert quantities("每年要增长百分之四到五")[0].max_value == D(5)


@pytest.mark.parametrize("text", [
    "坚决做到两个维护", "实现四个现代化", "实施十大工程", "成为全省三四十个重点县之一",
    "一九八六年国民经济持续发展", "建成全国乡村特色产业十亿元镇", "成效明显", "一成不变",
])
def test_numerals_that_are_no_figure(text):
    assert quantities(text) == []


def test_numeral_figures_keep_offsets_into_the_sentence():
    text = "粮食产量达到八千亿斤，增长百分之二点五。"
    spans = [text[q.number_start:q.end] for q in quantities(text)]
    assert spans == ["八千亿斤", "百分之二点五"]


def test_full_width_digits_and_percent():
    (q,) = quantities("增长１１．５％")
    assert (q.value, q.unit, q.change) == (D("11.5"), "％", 1)


def test_the_year_of_a_state_does_not_hide_its_change_word():
    a, b = quantities("国内生产总值从2012年的54万亿元增加到2017年的82.7万亿元")
    assert (a.level_from, b.level_to) == (True, True)
