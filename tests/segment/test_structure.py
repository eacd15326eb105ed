"""Structure: region, year, title, parts and headings, and what each part speaks of."""

from __future__ import annotations

import pytest

from conftest import DATA
from kg.ingest.layout import lay_out
from kg.ingest.reader import read_report
from kg.segment.sentences import sentences
from kg.segment.structure import sections, structure


def built(name):
    return sentences(structure(lay_out(read_report(DATA / name))))


# fmt: off
@pytest.mark.parametrize("name,title,region,type_,year", [
    ("report-gb18030.txt", "2024年青松县政府工作报告", "青松县", "County", 2024),
    ("scraped-page.txt", "2023年白杨县政府工作报告", "白杨县", "County", 2023),
    ("collector-header.txt", "2022年石门市政府工作报告", "石门市", "City", 2022),
    ("repeated-body.txt", "1999年南湖省政府工作报告", "南湖省", "Province", 1999),
    ("split-words.txt", "建设更加美好的“滨江之城”", "江口区", "County", 2024),
])
# fmt: on
def test_header_facts(name, title, region, type_, year):
    doc = built(name)
    assert (doc.title, doc.region, doc.region_type, doc.year) == (title, region, type_, year)


def test_a_state_council_report_is_chinas():
    text = "政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"
    from kg.segment import header

    assert header.region(text) == ("中国", "Country")
    assert header.report_year(text, text, "x") == 2019


def test_years_in_chinese_and_full_width_digits():
    from kg.segment.header import normalize_years

    assert normalize_years("二〇二六年一月") == "2026年一月"
    assert normalize_years("１９５６年") == "1956年"
    assert normalize_years("一九九○年的国内工作") == "1990年的国内工作"


def test_parts_headings_items_and_inline_lists():
    text = ("各位代表：\n一、2023年工作回顾\n（一）经济运行稳中向好\n全年完成投资85亿元。\n"
            "▲ 招商引资成效明显，签约项目32个。\n二、2024年工作安排\n"
            "今年办好十件实事：一是新建幼儿园3所；二是改造老旧小区14个。\n三、加强政府自身建设\n"
            "我们将坚持依法行政。\n")
    found = [(s.level, s.title, s.tense) for s in sections(text, 2024)]
    assert found == [
        (1, "一、2023年工作回顾", "review"), (2, "（一）经济运行稳中向好", "other"),
        (3, "▲ 招商引资成效明显", "other"), (1, "二、2024年工作安排", "plan"),
        (4, "一是新建幼儿园3所", "other"), (4, "二是改造老旧小区14个", "other"),
        (1, "三、加强政府自身建设", "plan"),
    ]


def test_a_review_heading_that_says_target_stays_review():
    text = ("各位代表：\n一、2023年工作回顾\n（一）聚焦目标任务，经济发展稳中有进\n"
            "全年地区生产总值增长5.2%。\n二、2024年工作安排\n（一）坚持项目为王\n新建项目20个。\n")
    tenses = [(s.title, s.tense) for s in sections(text, 2024)]
    assert ("（一）聚焦目标任务，经济发展稳中有进", "other") in tenses
    doc_sentences = [s for s in built_from(text) if s.text.startswith("全年地区生产总值")]
    assert doc_sentences[0].tense == "review" and doc_sentences[0].year == 2023


def built_from(text):
    from pathlib import Path

    from kg.ingest.layout import lay_out as layout
    from kg.model import Document

    doc = layout(Document(path=Path("county-2024.txt"), raw=text))
    return sentences(structure(doc)).sentences


def test_a_series_moved_before_the_plan_part_is_plan():
    doc = built("split-words.txt")

    def sentence(opening):
        return next(s for s in doc.sentences if s.text.startswith(opening))

    review = sentence("全年地区生产总值完成")
    assert (review.tense, review.year) == ("review", 2023)
    moved = sentence("加快建设城市商业综合体")  # under (一), which stands before 展望
    assert (moved.tense, moved.year) == ("plan", 2024)
    assert sentence("实施规上工业企业数字化改造").tense == "plan"


def test_unmarked_part_headings_with_years_in_chinese():
    text = ("各位代表：\n二〇二四年工作回顾\n全年新增就业3000人。\n二〇二五年主要目标任务\n"
            "新建学校2所。\n")
    parts = [(s.title, s.tense, s.year) for s in sections(text, 2025) if s.level == 1]
    assert parts == [("二〇二四年工作回顾", "review", 2024), ("二〇二五年主要目标任务", "plan", 2025)]


def test_past_five_years_is_review_of_the_year_before():
    text = "各位代表：\n一、过去五年工作回顾\n五年来，经济实力跃上新台阶。\n二、2018年工作建议\n"
    parts = [(s.tense, s.year) for s in sections(text, 2018) if s.level == 1]
    assert parts == [("review", 2017), ("plan", 2018)]


def test_part_headings_run_into_the_text_of_a_line():
    # a scraped report without line ends: its parts' headings follow a sentence's end
    text = ("各位代表：现在，我代表县人民政府向大会报告工作。一、2023年工作回顾过去一年，"
            "全县地区生产总值增长5%。二、2024年工作总体部署2024年，我们要稳中求进。"
            "三、2024年重点工作做好今年工作，要突出重点。会上提出一、二、三、四项要求。\n")
    parts = [(s.title, s.tense, s.year) for s in sections(text, 2024) if s.level == 1]
    assert parts == [("一、2023年工作回顾", "review", 2023), ("二、2024年工作总体部署", "plan", 2024),
                     ("三、2024年重点工作", "plan", 2024)]


@pytest.mark.parametrize("plan_line", [
    "今年的主要目标任务",
    "展望新的一年",
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
])
def test_a_plan_part_without_a_part_heading_is_found(plan_line):
    text = ("各位代表：\n一、2023年工作回顾\n全年新增就业3000人。\n（一）产业发展\n新建项目8个。\n"
            f"{plan_line}\n（一）产业发展\n新开工项目12个。\n")
    parts = [(s.tense, s.year) for s in sections(text, 2024) if s.level == 1]
    assert parts == [("review", 2023), ("plan", 2024)]
    plan = [s for s in built_from(text) if s.text.startswith("新开工项目")]
    assert plan[0].tense == "plan"


def test_a_past_years_tasks_heading_starts_no_plan():
    text = ("各位代表：\n一、2023年工作回顾\n2023年目标任务全面完成\n全年新增就业3000人。\n")
    assert [s.tense for s in sections(text, 2024) if s.level == 1] == ["review"]
