"""Awards: recipient, honor, level and year, read from honor verbs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_awards, extract_entities
from kg.extract.awards import DEFAULT_LEVEL, level_of
from kg.model import Document, Section
from kg.segment.sentences import sentences


def extract(doc: Document) -> Document:
    """The entity and award steps."""
    return extract_awards(extract_entities(doc))


def build(text: str) -> Document:
    doc = Document(path=Path("test-2024.txt"), raw=text, text=text, region="青山县",
                   region_type="County", year=2024,
                   sections=[Section("一、2023年工作回顾", 1, 0, len(text), "review", 2023)])
    return extract(sentences(doc))


def awards(text: str) -> set[tuple[str, str, str]]:
    return {(a.recipient[1], a.honor, a.level) for a in build(text).awards}


# fmt: off
AWARDS = [
    ("鑫源科技荣获国家级绿色工厂称号。", ("鑫源科技", "绿色工厂", "national")),
    ("华瑞印务、博达高科获评省级智能制造示范企业。",
     ("博达高科", "智能制造示范企业", "provincial")),
    ("华瑞印务、博达高科获评省级智能制造示范企业。",
     ("华瑞印务", "智能制造示范企业", "provincial")),
    ("青禾种植专业合作社入选全国示范社100强。", ("青禾种植专业合作社", "示范社100强", "national")),
    ("获批首批国家全域旅游示范区。", ("青山县", "国家全域旅游示范区", "national")),
    ("星火众创空间成为全市首家国家级小型微型企业创业创新示范基地。",
     ("星火众创空间", "小型微型企业创业创新示范基地", "national")),
    ("天成集团位列全市纳税企业榜首。", ("天成集团", "纳税企业榜首", "city")),
    ("金川生物、远航新能源等企业通过质量管理体系认证。",
     ("远航新能源", "质量管理体系认证", "city")),  # no level word: the city's (documented)
    ("金川生物、远航新能源等企业通过质量管理体系认证。",
     ("金川生物", "质量管理体系认证", "city")),
    ("白马镇被评为全国重点镇。", ("白马镇", "重点镇", "national")),
    ("东湖街道荣膺“河北省文明街道”。", ("东湖街道", "文明街道", "provincial")),
    ("青山成功跻身全国县域经济百强县。", ("青山县", "县域经济百强县", "national")),
    ("“巧手嫂”获得全省劳务品牌大赛第一名。", ("巧手嫂", "劳务品牌大赛第一名", "provincial")),
    ("卧龙街入选省级特色商业街、全国夜间消费集聚区。", ("卧龙街", "夜间消费集聚区", "national")),
    ("卧龙街入选省级特色商业街、全国夜间消费集聚区。", ("卧龙街", "特色商业街", "provincial")),
    # the giver after 被 is no recipient; its name gives the level
    ("被水利部评为节水型社会建设达标县。", ("青山县", "节水型社会建设达标县", "national")),
    ("我县被省住建厅评为“洁净城市”。", ("青山县", "洁净城市", "provincial")),
    ("我县成功入选全国文化旅游百强县。", ("青山县", "文化旅游百强县", "national")),
    ("连续三年被评为省级平安建设先进县。", ("青山县", "平安建设先进县", "provincial")),
    ("被行业协会授予“中国针织名城”荣誉称号。", ("青山县", "中国针织名城", "national")),
    # a count of recipients is the recipient
    ("5家合作社入选省级示范社。", ("5家合作社", "示范社", "provincial")),
    ("2人获“全省见义勇为英雄”称号。", ("2人", "见义勇为英雄", "provincial")),
    ("青山红薯纳入全国名特优新农产品名录。", ("青山红薯", "名特优新农产品名录", "national")),
    ('2023年5月我县又被省林业局评为省级"森林城市"。', ("青山县", "森林城市", "provincial")),
    ("顺利通过省级卫生县城复审验收。", ("青山县", "卫生县城复审验收", "provincial")),
    ("白马镇确定为全国农业产业强镇。", ("白马镇", "农业产业强镇", "national")),
    # titles joined by 和 are two; 文化和旅游 is one title
    ("获评全国文明示范城市和国家森林城市。", ("青山县", "文明示范城市", "national")),
    ("获评全国文明示范城市和国家森林城市。", ("青山县", "国家森林城市", "national")),
    ("入选国家文化和旅游消费示范城市。", ("青山县", "国家文化和旅游消费示范城市", "national")),
    # the level of a list's head governs the titles after it that name none
    ("入选全国首批智慧养老示范县、数字乡村试点县。", ("青山县", "智慧养老示范县", "national")),
    ("入选全国首批智慧养老示范县、数字乡村试点县。", ("青山县", "数字乡村试点县", "national")),
    # a level word inside the title
    ("获批生产服务型国家物流枢纽城市。", ("青山县", "生产服务型国家物流枢纽城市", "national")),
    # named things of no class: a work, a hotline, a practice with its verb, a named item
    ("《青山县志（2020）》获全国地方志优秀成果一等奖。",
     ("青山县志（2020）", "地方志优秀成果一等奖", "national")),
    ("青山12345热线获评全国政务服务优秀单位。", ("青山12345热线", "政务服务优秀单位", "national")),
    ("我县推行村级事务清单做法入选全省乡村治理典型案例。",
     ("推行村级事务清单做法", "乡村治理典型案例", "provincial")),
    ("鑫源科技等3家企业通过省级“专精特新”企业认定。",
     ("鑫源科技", "专精特新企业认定", "provincial")),
    ("先后荣获省级绿色发展试点区和卫生城市等称号。", ("青山县", "卫生城市", "provincial")),
    ("先后荣获省级绿色发展试点区和卫生城市等称号。", ("青山县", "绿色发展试点区", "provincial")),
    ("获批国家低效用地再开发试点。", ("青山县", "国家低效用地再开发试点", "national")),  # a title
    ("白马镇上榜全国千强镇名单。", ("白马镇", "千强镇名单", "national")),
    ("鑫源科技斩获全国创新创业大赛一等奖。", ("鑫源科技", "创新创业大赛一等奖", "national")),
    ("入选国家生态产品示范名单、全省唯一。", ("青山县", "国家生态产品示范名单", "national")),
    ("省体育局授予我县“全国武术之乡”称号。", ("青山县", "武术之乡", "national")),
    # where it was judged is no recipient; its level is the honor's
    ("节能降耗工作在全省考核中获评优秀。", ("青山县", "节能降耗工作优秀", "provincial")),
]
NOT_AWARDS = [
    "全国粮食生产形势稳定，全省经济持续向好。",  # 全国 with no honor verb
    "新能源产业成为新的经济增长点。",  # 成为 with no title
    "通过以工代赈方式吸纳就业500人。",
    "新认定高新技术企业12家。",  # a count of enterprises, not the county's honor
    "污水处理厂顺利通过验收。",  # a title word alone after a weak verb
    "我县被列为重点监管对象，连续两年纳入考核。",  # no title after the weak verbs
    "30名教师获市级以上荣誉称号。",  # a range of levels names no title
    # honor:ranking, honor:statistic, honor:approval, honor:aim, honor:frame
    "地区生产总值位居全省第一，增速跻身全市前三位。",
    "获批建设综合保税区，获批专项债券资金3亿元。",
    "力争入选全国文明城市提名城市。",
    "以入选国家试点为契机，加快改革。",
    "生态保护工作位列环湖经济区第一。",  # a ranking within an area
    "3家重点实验室获批重组和新建。",  # approval of works
    "上榜企业数连续5年蝉联全国第1。",  # 上榜 names no title here
    "青山剧团获奖数量创历史新高、首次实现“满堂红”。",  # 获奖 qualifies a count
    "县代表团荣获5枚金牌。",  # a count of medals
    "东关口岸获批重建并调整功能。",  # approval of works
    "白马智慧园入选全省第一梯队。",  # a rank
    "入选省级专精特新企业数量全省第一。",  # a count's rank
    "红星征信获批成为全国第三家征信公司。",  # 获批成为: a count, not a title
    "在全县设计研制的新型农机入选推广目录。",  # a description with 的 names no recipient
]
#: Awards named in a plan part are sought, not received (honor:plan).
PLAN = "全力争创国家生态文明建设示范区，确保创建省级园林城市。"
# fmt: on


def _by_sentence(rows) -> list[tuple[str, set]]:
    """Each sentence with all its rows: its awards are exactly those (no extra one passes)."""
    grouped: dict[str, set] = {}
    for text, expected in rows:
        grouped.setdefault(text, set()).add(expected)
    return sorted(grouped.items())


@pytest.mark.parametrize(("text", "expected"), _by_sentence(AWARDS))
def test_awards_are_read(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text", NOT_AWARDS)
def test_no_award_without_an_honor(text):
    assert not awards(text)


def test_levels_are_spread_over_the_recipients():
    found = awards("红旗镇柳林村、白马镇桃园村分别荣获国家、省级森林乡村称号。")
    assert ("柳林村", "森林乡村", "national") in found
    assert ("桃园村", "森林乡村", "provincial") in found
    assert not {a for a in found if a[0] in ("红旗镇", "白马镇")}


def test_recipients_without_suffix_are_typed_by_the_title():
    doc = build("石门、松坪获评省级森林乡村示范村，与东岭共同获评全国文明示范村。")
    keys = {a.recipient for a in doc.awards}
    assert {("Village", "石门"), ("Village", "松坪"), ("Village", "东岭")} <= keys


def test_each_counted_subject_has_its_own_honor():
    found = awards("1人获“全省见义勇为英雄”、4人获“全省见义勇为英雄群体”荣誉称号。")
    assert found == {("1人", "见义勇为英雄", "provincial"), ("4人", "见义勇为英雄群体", "provincial")}


def test_a_counted_list_names_its_items():
    found = awards("红星粉条、金丰花生等5个农产品纳入全国名特优新农产品名录。")
    assert {a[0] for a in found} == {"红星粉条", "金丰花生"}
    found = awards("甲山、乙湖、丙寺三个景区入选省级精品研学线路。")
    assert {a[0] for a in found} == {"甲山", "乙湖", "丙寺"}


def test_recipients_of_no_finer_class_are_named_entities():
    doc = build("金丝枣、黄金梨等产品获地理标志认证。")
    keys = {a.recipient for a in doc.awards}
    assert keys == {("NamedEntity", "金丝枣"), ("NamedEntity", "黄金梨")}


def test_the_region_s_work_is_graded():
    found = awards("营商环境创建工作获评优秀。")
    assert ("青山县", "营商环境创建工作优秀", "city") in found


def test_the_owner_before_its_program_is_no_recipient():
    doc = build("石门医共体“三统一”工作模式入选全国典型案例。")
    names = {a.recipient[1] for a in doc.awards}
    assert names == {"三统一工作模式"}


def test_the_giver_of_an_honor_is_no_recipient():
    doc = build("白马镇被农业农村部认定为全国农业产业强镇。")
    assert {a.recipient for a in doc.awards} == {("Town", "白马镇")}


def test_award_carries_year_and_evidence():
    doc = build("通过调研，白马镇被评为全国重点镇。")
    (award,) = doc.awards
    assert award.year == 2023
    assert doc.sentences[award.sentence].text.startswith("通过调研")


def test_level_words():
    assert level_of("省级智能制造示范企业") == ("provincial", "智能制造示范企业")
    assert level_of("国家知识产权强县")[0] == "national"
    assert level_of("全市首家")[0] == "city"
    assert DEFAULT_LEVEL["County"] == "city"


def test_a_plan_names_no_award():
    doc = Document(path=Path("test-2024.txt"), raw=PLAN, text=PLAN, region="青山县",
                   region_type="County", year=2024,
                   sections=[Section("二、2024年工作安排", 1, 0, len(PLAN), "plan", 2024)])
    assert not extract(sentences(doc)).awards
    assert not extract(sentences(Document(path=Path("t.txt"), raw="青山县入选全国百强县。",
                                          text="青山县入选全国百强县。", region="青山县",
                                          region_type="County", year=2024,
                                          sections=[Section("二、工作安排", 1, 0, 11, "plan",
                                                            2024)]))).awards


def test_titles_split_on_the_comma_outside_brackets():
    found = awards("我县被评为全国信访工作三无县（市、区）、省级文明县城。")
    assert ("青山县", "信访工作三无县（市、区）", "national") in found
    assert ("青山县", "文明县城", "provincial") in found


def test_a_statistic_after_a_title_is_no_title():
    assert {h for _, h, _ in awards("8个项目荣获省科技奖、数量创历史新高。")} == {"科技奖"}


def test_counties_of_a_city_report_receive_their_titles():
    text = "湟源、大通获评全国平安农机示范县。"
    doc = Document(path=Path("test-2024.txt"), raw=text, text=text, region="西宁市",
                   region_type="City", year=2024,
                   sections=[Section("一、2023年工作回顾", 1, 0, len(text), "review", 2023)])
    found = {(a.recipient, a.honor) for a in extract(sentences(doc)).awards}
    assert found == {(("County", "湟源县"), "平安农机示范县"),
                     (("County", "大通回族土族自治县"), "平安农机示范县")}


def test_a_county_only_an_award_names_is_part_of_the_city():
    text = "湟源获评全国平安农机示范县。"
    doc = Document(path=Path("test-2024.txt"), raw=text, text=text, region="西宁市",
                   region_type="City", year=2024,
                   sections=[Section("一、2023年工作回顾", 1, 0, len(text), "review", 2023)])
    doc = extract(sentences(doc))
    assert [a.recipient for a in doc.awards] == [("County", "湟源县")]
    assert doc.entities[("County", "湟源县")].part_of == ("City", "西宁市")
