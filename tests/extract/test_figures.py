"""Observations: figures of the sentences that review the past, named and normalized."""

from __future__ import annotations

import importlib.util
import re
from decimal import Decimal
from pathlib import Path

import pytest
from extract.documents import document

from kg.extract.figures import extract, read

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def observations(text: str):
    doc = extract(document(("review", text)))
    return [(o.indicator, o.value, o.unit, o.growth, o.points) for o in doc.observations]


@pytest.mark.parametrize("text, expected", [
    ("全县地区生产总值完成215.6亿元,增长5.3%。",
     [("地区生产总值", D("215.6"), "亿元", D("5.3"), None)]),
    ("规上工业增加值完成48.3亿元，增长7.1%。",           # one indicator, two names
     [("规模以上工业增加值", D("48.3"), "亿元", D("7.1"), None)]),
    ("城镇和农村居民人均可支配收入分别达到38120元、16480元，分别增长4.9%、6.3%。",
     [("城镇居民人均可支配收入", D(38120), "元", D("4.9"), None),
      ("农村居民人均可支配收入", D(16480), "元", D("6.3"), None)]),
    ("城乡居民人均可支配收入分别完成30100元和13900元，增长6.2%和7.9%。",
     [("城镇居民人均可支配收入", D(30100), "元", D("6.2"), None),
      ("农村居民人均可支配收入", D(13900), "元", D("7.9"), None)]),
    ("全年接待游客860万人次，实现旅游收入52.5亿元，分别增长21.3%、30.6%。",
     [("接待游客", D(860), "万人次", D("21.3"), None),
      ("旅游收入", D("52.5"), "亿元", D("30.6"), None)]),
    ("全年引进项目41个，总投资186亿元。",                 # a count and an amount
     [("引进项目", D(41), "个", None, None), ("引进项目总投资", D(186), "亿元", None, None)]),
    ("处置低效用地15宗862.5亩。",
     [("处置低效用地", D(15), "宗", None, None), ("处置低效用地", D("862.5"), "亩", None, None)]),
    ("新增“规上”企业12家、省级“专精特新”企业9家。",      # a list with 、
     [("新增规模以上企业", D(12), "家", None, None), ("省级专精特新企业", D(9), "家", None, None)]),
    ("政务服务事项全程网办率达96.5%。",                    # a rate
     [("政务服务事项全程网办率", D("96.5"), "%", None, None)]),
    ("民生支出达31亿元，占一般公共预算支出的81.2%。",
     [("民生支出", D(31), "亿元", None, None),
      ("民生支出占一般公共预算支出", D("81.2"), "%", None, None)]),
    ("盗窃、诈骗案件发案率分别下降21.4%、18.6%。",         # changes without a level
     [("盗窃案件发案率", None, None, D("-21.4"), None),
      ("诈骗案件发案率", None, None, D("-18.6"), None)]),
    ("刑事、治安案件发案率同比下降12.1%、9.6%。",              # a list without 分别
     [("刑事案件发案率", None, None, D("-12.1"), None),
      ("治安案件发案率", None, None, D("-9.6"), None)]),
    ("基本养老保险参保率和续保率均达到98.6%。",              # one value of two rates
     [("基本养老保险参保率", D("98.6"), "%", None, None),
      ("基本养老保险续保率", D("98.6"), "%", None, None)]),
    ("固定资产投资同比增长9.3%。", [("固定资产投资", None, None, D("9.3"), None)]),
    ("森林覆盖率达到38.5%，提高2.1个百分点。",              # points are not percent
     [("森林覆盖率", D("38.5"), "%", None, D("2.1"))]),
    ("城镇化率下降0.4个百分点。", [("城镇化率", None, None, None, D("-0.4"))]),
    ("地区生产总值增长6.1%，高于全市平均1.2个百分点。",      # a comparison is no change
     [("地区生产总值", None, None, D("6.1"), None)]),
    ("新建5个村级综合服务站。", [("新建村级综合服务站", D(5), "个", None, None)]),
    ("确定8户“链长”企业。", [("确定链长企业", D(8), "户", None, None)]),
    ("建设青山、白水等3个乡镇文化广场。", [("乡镇文化广场", D(3), "个", None, None)]),
    ("空气质量优良天数同比增加12天。", [("空气质量优良天数同比增加", D(12), "天", None, None)]),
    ("工业投资完成36.2亿元，增速12.5%。",                  # a growth named 增速
     [("工业投资", D("36.2"), "亿元", D("12.5"), None)]),
    ("高新技术产业增加值增速达到15.1%。", [("高新技术产业增加值", None, None, D("15.1"), None)]),
    ("总投资8亿元的青河物流园、总投资3亿元的红旗冷链中心成功签约。",
     [("青河物流园总投资", D(8), "亿元", None, None), ("红旗冷链中心总投资", D(3), "亿元", None, None)]),
    ("投资3.2亿元完成青山路、白水路等6条道路改造。",     # what an investment is for
     [("道路改造投资", D("3.2"), "亿元", None, None), ("道路改造", D(6), "条", None, None)]),
    ("投资36亿元的鑫源锂电、投资8亿元的红旗钢构等一批项目落户。",  # a list of investments
     [("鑫源锂电投资", D(36), "亿元", None, None), ("红旗钢构投资", D(8), "亿元", None, None)]),
    ("建设800亩蔬菜示范基地。", [("建设蔬菜示范基地", D(800), "亩", None, None)]),
    ("清理闲置土地23宗，面积410亩。",
     [("清理闲置土地", D(23), "宗", None, None), ("清理闲置土地面积", D(410), "亩", None, None)]),
    ("投资2.6亿元新改建农村公路85.3公里。",
     [("新改建农村公路投资", D("2.6"), "亿元", None, None),
      ("新改建农村公路", D("85.3"), "公里", None, None)]),
    ("投资5600万元，铺设燃气管网42公里。",             # a bare investment is the next clause's
     [("铺设燃气管网投资", D(5600), "万元", None, None),
      ("铺设燃气管网", D(42), "公里", None, None)]),
    ("2022年完成植树造林3.1万亩。",                       # a year is when, not what
     [("完成植树造林", D("3.1"), "万亩", None, None)]),
    ("面向社会征集2023年惠民实事35件。", [("面向社会征集惠民实事", D(35), "件", None, None)]),
    ("空气优良天数201天，同比增加11天。",                # a change of the level before it
     [("空气优良天数", D(201), "天", None, None), ("空气优良天数增加", D(11), "天", None, None)]),
    ("群众回访率和满意度均达99.5%。",                     # 均: one value of two indicators
     [("群众回访率", D("99.5"), "%", None, None), ("群众满意度", D("99.5"), "%", None, None)]),
    ("清理占道摊点3.2万处次。", [("清理占道摊点", D("3.2"), "万处次", None, None)]),
    ("整治黑臭坑塘35个［6］，投资1.2亿元的青河污水厂启动建设。",
     [("整治黑臭坑塘", D(35), "个", None, None), ("青河污水厂投资", D("1.2"), "亿元", None, None)]),
    ("及时拨付600万元就业补助资金。",                      # 及时 is no list mark; a paid sum's noun
     [("及时拨付就业补助资金", D(600), "万元", None, None)]),
    ("打造3个和美乡村示范片。", [("打造和美乡村示范片", D(3), "个", None, None)]),
    ("①新建5个城区口袋公园。", [("新建城区口袋公园", D(5), "个", None, None)]),
    ("占地300亩的青山物流园建成投产。", [("青山物流园建成投产占地", D(300), "亩", None, None)]),
    ("财政收入３．２６万亿元，增长１２．５％。",              # full-width digits and point
     [("财政收入", D("3.26"), "万亿元", D("12.5"), None)]),
    ("本年收入合计１２，３４５，６７８，０００元。",          # full-width thousands separators
     [("本年收入合计", D(12345678000), "元", None, None)]),
    ("外贸总额达3120亿元，其中出口1860亿元，分别比2015年增长45%和38%。",  # 比 and a year
     [("外贸总额", D(3120), "亿元", D(45), None), ("出口", D(1860), "亿元", D(38), None)]),
    ("实施安全饮水工程，惠及3.6万人。", [("惠及", D("3.6"), "万人", None, None)]),
    ("推进326个省、市级美丽乡村建设。", [("省、市级美丽乡村建设", D(326), "个", None, None)]),
    ("（二）各项税收共收到8,000万元。", [("各项税收共收到", D(8000), "万元", None, None)]),
    ("城乡居民人均可支配收入分别增长6和7个百分点。",         # the first number shares the unit
     [("城镇居民人均可支配收入", None, None, None, D(6)),
      ("农村居民人均可支配收入", None, None, None, D(7))]),
    ("青山、白水园区营业收入分别达到80和45亿元。",
     [("青山园区营业收入", D(80), "亿元", None, None), ("白水园区营业收入", D(45), "亿元", None, None)]),
    ("实施总长12.5公里的青河路大修工程。", [("青河路大修工程总长", D("12.5"), "公里", None, None)]),
    ("总建筑面积3.2万平方米的红旗医院扩建项目加速实施。",     # a size owned by what follows 的
     [("红旗医院扩建项目总建筑面积", D("3.2"), "万平方米", None, None)]),
    ("发放助残器具200台(件)以上。", [("助残器具", D(200), "台", None, None)]),
])
def test_observations(text, expected):
    assert observations(text) == expected


def test_levels_before_and_after_a_change():
    doc = extract(document(("review", "公办幼儿园在园幼儿占比由48.6%提高到71.2%。")))
    assert [(o.indicator, o.value, o.year) for o in doc.observations] == [
        ("公办幼儿园在园幼儿占比", D("48.6"), None), ("公办幼儿园在园幼儿占比", D("71.2"), 2023)]


def test_a_duration_cut_short():
    doc = extract(document(("review", "企业开办时间由5个工作日压缩至1个工作日。")))
    assert [(o.indicator, o.value, o.unit) for o in doc.observations] == [
        ("企业开办时间", D(5), "个工作日"), ("企业开办时间", D(1), "个工作日")]


def test_qualifier_and_normalized_value():
    (obs,) = extract(document(("review", "完成植树造林近2万亩。"))).observations
    assert (obs.value, obs.qualifier, obs.base_value, obs.base_unit) == (
        D(2), "近", D(20000), "亩")


def test_a_bare_investment_across_a_semicolon_keeps_its_own_name():
    names = [f.name for f in read("投资800万元；铺设燃气管网42公里。")]
    assert names[-1] == "铺设燃气管网" and not names[0].startswith("铺设")


def test_owner_of_a_generic_total():
    (fig,) = read("投资12亿元的鑫源科技新材料项目建成投产。")
    assert fig.name.startswith("鑫源科技新材料项目") and fig.name.endswith("投资")


@pytest.mark.parametrize("text", [
    "召开县第十五届人民代表大会第3次会议。",
    "深入实施“328”工程，建成5G基站。",
    "2023年1月至11月，PM2.5平均浓度持续下降。",
    "实施“十大”工程，新建两所学校。",
    "引进10亿元以上项目，建设220千伏变电站。",
    "培育100人以上企业，引进5000万元以上项目。",      # thresholds of names, not counts
    "新建道路3和5号线。",                               # a bare number without 分别 stays bare
])
def test_sentences_without_figures(text):
    assert observations(text) == []


def test_plan_sentences_give_targets_not_observations():
    doc = extract(document(("plan", "新建5个村级综合服务站。")))
    assert not doc.observations and [t.value for t in doc.targets] == [D(5)]


def test_evidence_sentence_holds_each_value(sample_doc):
    texts = {s.index: s.text for s in sample_doc.sentences}
    for item in [*sample_doc.observations, *sample_doc.targets]:
        if item.value is not None:
            digits = {D(d) for d in re.findall(r"\d+(?:\.\d+)?", texts[item.sentence])}
            assert item.value in digits, (item, texts[item.sentence])


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval is not beside the project")
    spec = importlib.util.spec_from_file_location("govkg_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_scores(sample_ttl):
    """The thresholds of issue 4 on the sample report."""
    score = _scorer()
    gold = __import__("json").loads((SHARED / "eval/gold/yanhu-2023.json").read_text("utf-8"))
    kg = score.KG(sample_ttl, ROOT / "ontology")
    obs = score.score_quantities(kg, gold, "observations", score.GOV.Observation, "indicator")
    tgt = score.score_quantities(kg, gold, "targets", score.GOV.Target, "subject")
    assert obs["f1"] >= 0.92 and obs["growth_accuracy"] >= 0.95
    assert tgt["f1"] >= 0.90 and tgt["evidence_consistency"] == 1.0


def test_numbers_read_as_no_figure_are_counted_and_noted():
    from extract.documents import document

    from kg.extract.figures import extract, unread_numbers

    assert unread_numbers("全年新建学校5所，增长百分之七。") == (2, 0)
    # no year, slogan of numbers, footnote mark, item number or anniversary is number-like
    assert unread_numbers("3．建成“1+3”体系〔4〕，2023年完成，迎来建校60周年。") == (0, 0)
    assert unread_numbers("PM2.5平均浓度降至36微克，第7名。") == (1, 1)
    doc = extract(document(("review", "PM2.5平均浓度降至36微克，新建学校5所。")))
    assert doc.skipped == ["numbers read as no figure: 1 of 2 number-like spans "
                           "of the report's reviewing and planning sentences"]


@pytest.mark.parametrize("text, expected", [
    # a preposition opening a name is not what is measured
    ("对6个乡镇12个村实施污水管网延伸。", ("乡镇", D(6), "个")),
    ("全年为企业减负3.5亿元。", ("企业减负", D("3.5"), "亿元")),
    ("对外贸易总额达到86亿元。", ("对外贸易总额", D(86), "亿元")),
    # a noun that a stop word opens is kept whole
    ("建设2.5万亩高标准农田。", ("建设高标准农田", D("2.5"), "万亩")),
    # a bracket cut in half is left out of the name
    ("新增病床（含康复300张。", ("新增病床", D(300), "张")),
    # adverbs left before a stripped verb
    ("培养出来的技术骨干已有3.2万人。", ("培养出来的技术骨干", D("3.2"), "万人")),
    # 共 opens a word here, it is not 共计
    ("共建园区企业营业收入达到52亿元。", ("共建园区企业营业收入", D(52), "亿元")),
])
def test_names_are_the_noun_phrase_of_what_is_measured(text, expected):
    assert expected in [(i, v, u) for i, v, u, _, _ in observations(text)]


def test_a_figure_without_words_takes_the_name_before_only_in_its_measure():
    # households are not the villages counted before them
    found = observations("全年实施项目60个，覆盖38个村，1200户3500人稳定增收。")
    assert not [o for o in found if o[2] == "户"]
    # the same subject in two measures, or in one clause, keeps its name
    assert ("处置闲置土地", D(7), "宗") in [o[:3] for o in observations("处置闲置土地7宗45.6亩。")]
    assert ("处置闲置土地", D("45.6"), "亩") in [o[:3] for o in observations("处置闲置土地7宗45.6亩。")]
    assert ("村集体经济收入", D(10), "万元") in [
        o[:3] for o in observations("全镇28个村集体经济收入全部突破10万元。")]


def test_a_change_after_a_level_of_the_same_base_unit_is_its_change():
    found = observations("全县财政收入达到1.2亿元，比上年增加800万元。")
    assert ("财政收入增加", D(800), "万元") in [o[:3] for o in found]


def test_a_plan_beside_a_result_is_no_figure():
    found = observations("规上工业增加值增长9%（年度目标6%以上）。")
    assert [o[3] for o in found] == [D(9)]
    assert not [o for o in found if o[1] == D(6) or o[3] == D(6)]


def test_real_growth_after_a_level_is_its_growth():
    found = observations("职工平均工资8600元，扣除价格因素，实际增长4.2%。")
    assert found == [("职工平均工资", D(8600), "元", D("4.2"), None)]


def test_an_earlier_state_named_only_by_its_time_takes_the_subject_before():
    found = observations("城市低保覆盖人数，由年初的40万人扩大到年末的52万人。")
    assert [o[:3] for o in found] == [("城市低保覆盖人数", D(40), "万人"),
                                     ("城市低保覆盖人数", D(52), "万人")]
