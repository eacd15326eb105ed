"""Towns, villages and the report's own county, with which contains which."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_awards, extract_entities
from kg.extract.entities import find
from kg.extract.regions import own_region
from kg.lexicon import division_type as region_type
from kg.lexicon import short_form
from kg.model import Document
from kg.segment.sentences import sentences


def extract(doc: Document) -> Document:
    """The entity and award steps."""
    return extract_awards(extract_entities(doc))


def build(text: str, region: str | None = "青山县") -> Document:
    doc = Document(path=Path("test-2024.txt"), raw=text, text=text, region=region,
                   region_type="County" if region else None, year=2024)
    return extract(sentences(doc))


# fmt: off
REGIONS = [
    ("红旗镇柳林村荣获全国文明村称号。", {("Town", "红旗镇"), ("Village", "柳林村")}),
    ("支持白马镇发展特色产业。", {("Town", "白马镇")}),
    ("东湖街道完成老旧小区改造。", {("Town", "东湖街道")}),
    ("长岭乡新建卫生院一所。", {("Town", "长岭乡")}),
    ("金桥社区建成养老服务站。", {("Village", "金桥社区")}),
    ("建设西坡、南沟等6个乡镇文化站。", {("Town", "西坡"), ("Town", "南沟")}),
    ("毗邻新区的庞口镇建成物流园。", {("Town", "庞口镇")}),  # jieba joins 口镇 into one word
]
NOT_REGIONS = [
    "加快推进乡村振兴，改善农村人居环境。",
    "全县233个村集体经济收入全部突破10万元。",
    "组织文艺下乡活动120场，建设特色小镇。",
    "推进城乡一体化，乡镇卫生院全部达标。",
    "整治城中村易涝点。",
    "建设四好农村路，推动资金下乡，全县城镇新增就业。",  # a lone character before 农村 etc.
    "创建3个省级和美乡村示范村，举办四季村晚。",  # 乡村 holds no town; 村晚 no village
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_regions_are_found(text, expected):
    found = {(f.type, f.text) for f in find(text)}
    assert expected <= found


@pytest.mark.parametrize("text", NOT_REGIONS)
def test_common_words_are_not_regions(text):
    assert not {f for f in find(text) if f.type in ("Town", "Village")}


def test_village_is_part_of_the_town_before_it():
    doc = build("红旗镇柳林村荣获全国文明村称号。白马镇发展特色产业。")
    assert doc.entities[("Village", "柳林村")].part_of == ("Town", "红旗镇")
    assert doc.entities[("Town", "红旗镇")].part_of == ("County", "青山县")
    assert doc.entities[("Town", "白马镇")].part_of == ("County", "青山县")


def test_a_village_named_without_its_town_is_placed_nowhere():
    doc = build("柳林村荣获全国文明村称号，红旗镇桃园村建成文化广场。")
    assert doc.entities[("Village", "柳林村")].part_of is None
    assert doc.entities[("Village", "桃园村")].part_of == ("Town", "红旗镇")


def test_listed_towns_are_part_of_the_county():
    doc = build("建设西坡、南沟等6个乡镇(街道)文化站。")
    assert doc.entities[("Town", "西坡")].part_of == ("County", "青山县")
    assert doc.entities[("Town", "南沟")].part_of == ("County", "青山县")


def test_own_region_is_a_county_named_in_its_sentences():
    doc = build("青山县经济平稳增长。青山人民安居乐业。")
    ent = doc.entities[("County", "青山县")]
    assert ent.sentences == {0, 1}
    assert "青山" in ent.aliases


def test_own_region_falls_back_on_the_lexicon_of_divisions():
    text = "阜城县经济平稳增长。阜城县工业提质增效。阜城县城乡面貌改善。"
    doc = Document(path=Path("x.txt"), raw=text, text=text, region="年阜城县")
    assert own_region(doc) == "阜城县"


def test_a_short_form_that_is_a_common_word_names_no_region():
    # 合作 is the short form of a city, and a common word: 合作社, 合作协议 name no region
    text = "全县新发展合作社12家。签订合作协议5份。合作社带动农户增收。"
    doc = Document(path=Path("x.txt"), raw=text, text=text, region="某某新区")
    assert own_region(doc) != "合作市"


@pytest.mark.parametrize(("name", "type_", "short"), [
    ("青山县", "County", "青山"), ("朝阳区", "County", "朝阳"), ("安国市", "County", "安国"),
    ("保定市", "City", "保定"),
])
def test_region_type_and_short_form(name, type_, short):
    assert region_type(name) == type_
    assert short_form(name) == short


# Towns come from the gazetteer (data/lexicons/towns.tsv); 湟源县 is a real county of it.
def test_town_of_the_county_in_any_suffix_and_its_villages():
    doc = build("大华乡新建卫生院一所。波航乡柳林村荣获全国文明村称号。日月藏族乡发展特色产业。",
                region="湟源县")
    assert doc.entities[("Town", "大华乡")].part_of == ("County", "湟源县")  # now 大华镇
    assert doc.entities[("Village", "柳林村")].part_of == ("Town", "波航乡")
    assert ("Town", "日月藏族乡") in doc.entities


def test_a_town_of_a_city_report_is_part_of_the_county_before_it_else_the_city():
    text = "湟源县大华镇新建卫生院一所，波航乡发展特色产业。"
    doc = Document(path=Path("test-2024.txt"), raw=text, text=text, region="西宁市",
                   region_type="City", year=2024)
    doc = extract(sentences(doc))
    assert doc.entities[("Town", "大华镇")].part_of == ("County", "湟源县")
    assert doc.entities[("County", "湟源县")].part_of == ("City", "西宁市")
    assert doc.entities[("Town", "波航乡")].part_of == ("City", "西宁市")


@pytest.mark.parametrize("text", [
    "组织专家到星光镇考察。",  # no town of the gazetteer
    "大华乡新建卫生院一所。",  # the stem of a town elsewhere, under a suffix it never had
    "加快建设特色小镇和中心镇。",
    "推进新城关镇改造。",  # 城关镇 begun inside 新城
    "推动农商行吸收合并和村镇银行改革。",  # 和|村镇银行: a word runs out of the span
    "实施县域城镇化水平提升行动。",  # 县域|城镇化
])
def test_no_town_outside_the_gazetteer_or_the_report_area(text):
    doc = build(text, region="城东区")
    assert not [k for k in doc.entities if k[0] == "Town"]


@pytest.mark.parametrize("text", [
    "深化完整社区建设，打造骑手友好型社区。",  # kinds of community
    "选派工作队驻村帮扶，发展经济强村。",  # a verb or an adjective before 村
    "新改建农村公路200公里，推进城中村改造。",
    "扶持村集体经济，开展典型村评选。",
])
def test_no_village_without_a_proper_stem(text):
    assert not {f for f in find(text) if f.type == "Village"}


def test_a_town_of_elsewhere_is_no_part_of_the_county():
    doc = build("学习枫桥镇的经验，城关镇完成改造。", region="湟源县")
    assert doc.entities[("Town", "枫桥镇")].part_of is None  # a gazetteer town of another county
    assert doc.entities[("Town", "城关镇")].part_of == ("County", "湟源县")


# Inner Mongolia's 苏木 (a town; 吉忽伦图苏木 is one of the gazetteer) and 嘎查 (a village).
def test_sumu_and_gacha():
    found = {(f.type, f.text) for f in find("支持吉忽伦图苏木发展畜牧业，巴彦嘎查建成文化室。")}
    assert {("Town", "吉忽伦图苏木"), ("Village", "巴彦嘎查")} <= found


def test_gacha_is_part_of_its_sumu():
    doc = build("吉忽伦图苏木巴彦嘎查建成文化室。", region=None)
    assert doc.entities[("Village", "巴彦嘎查")].part_of == ("Town", "吉忽伦图苏木")


def test_a_city_report_names_no_community_without_its_town():
    doc = build("支持开源社区发展，湟源县城关镇柳林社区建成食堂。", region="西宁市")
    assert ("Village", "开源社区") not in doc.entities
    assert ("Village", "柳林社区") in doc.entities  # after its town
    assert ("Town", "城关镇") in doc.entities  # a dictionary word: only after its county


def test_a_city_report_names_a_common_word_town_only_after_its_county():
    doc = build("增强城关街道和中心镇集聚力。", region="西宁市")
    assert not [k for k in doc.entities if k[0] == "Town"]
