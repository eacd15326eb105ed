"""Layout repair: paragraphs cut mid-sentence (even mid-word) are joined again."""

from __future__ import annotations

import pytest

from conftest import DATA
from kg.ingest.layout import lay_out, paragraphs
from kg.ingest.reader import read_report
from kg.ingest.repair import ends_open, is_fragment, rejoin, word_across


@pytest.fixture(scope="module")
def split():
    return lay_out(read_report(DATA / "split-words.txt"))


# fmt: off
@pytest.mark.parametrize("joined", [
    "为中小企业提供贷款贴息3200万元",      # next paragraph, word cut: 贴|息
    "深入推行产业链链长制",                 # next paragraph: 链|长
    "全区工业技改投资增长11.2%，规模以上",  # next paragraph after a comma
    "引进医疗人才86名",                    # next paragraph: 医|疗
    "布局新能源充电桩等设施，打通农村寄递",  # continuation two paragraphs on, past a heading
])
# fmt: on
def test_split_words_are_joined(split, joined):
    assert joined in split.text


def test_headings_are_not_joined(split):
    lines = split.text.split("\n")
    assert "展望 2024" in lines and "回眸 2023" in lines
    assert "■ 稳中有进，经济运行持续向好" in lines


def test_each_join_is_recorded_and_maps_to_the_file(split):
    assert len(split.repairs) == 5
    moved = [r for r in split.repairs if "elsewhere" in r.note]
    assert len(moved) == 1 and split.text[moved[0].at:].startswith("施，打通")
    for r in split.repairs:
        assert split.source_map[r.at] == r.moved_from
    assert all(c == "\n" or split.raw[split.source_map[i]] == c for i, c in enumerate(split.text))


# fmt: off
@pytest.mark.parametrize("left,right,length", [
    ("等基础设", "施，全面", 2), ("提供融资支", "持企业", 2), ("城镇新增就业", "二是加快", 0),
    ("全面完成。", "新建", 0),
])
# fmt: on
def test_word_across_a_cut(left, right, length):
    assert (word_across(left, right) >= 2) == bool(length)


# fmt: off
@pytest.mark.parametrize("text,fragment", [
    ("施，全面改善乡村生产生活条件。", True),
    ("，不断提高政府治理能力。", True),
    ("加快建设城市商业综合体。", False),
    ("一是推进农村寄递物流体系建设。", False),
    ("2024年，全区将坚持稳中求进。", False),
])
# fmt: on
def test_fragments_start_mid_sentence(text, fragment):
    assert is_fragment(text) is fragment


def test_paragraph_ends():
    assert ends_open("新增市场主体4100户，")
    assert ends_open("为中小企业提供贷款贴")
    assert not ends_open("城镇新增就业5200人。")
    assert not ends_open("（见第4页）")


def test_a_table_of_short_cells_is_left_alone():
    raw = "附件：重点项目表\n序\n号\n项目名称\n红旗镇污水处理厂\n责任单位\n住建局\n"
    chains = rejoin(paragraphs(raw))
    assert all(len(chain) == 1 for chain in chains)


def test_a_link_cut_out_of_a_sentence_is_put_back():
    raw = ("一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻总书记\n重要讲话\n"
           "精神，全面落实省委各项部署，推动经济持续回升向好。\n")
    chains = rejoin(paragraphs(raw))
    assert len(chains) == 1 and len(chains[0]) == 3
