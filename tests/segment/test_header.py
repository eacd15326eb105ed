"""Header facts read from the head of a report: its region and type, its year, its title."""

from __future__ import annotations

import pytest

from kg.segment.header import region, report_year, title


# fmt: off
@pytest.mark.parametrize("head,expected", [
    ("红旗县人民政府县长 张某\n各位代表：\n", ("红旗县", "County")),
    ("——2023年1月6日在保定市满城区第三届人民代表大会第二次会议上\n", ("满城区", "County")),
    ("河北省人民政府省长 某某\n各位代表：\n", ("河北省", "Province")),
    ("（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 某某\n", ("贵州省", "Province")),
    ("广东省省长 某某\n各位代表：\n", ("广东省", "Province")),
    ("2022年安国市政府工作报告\n", ("安国市", "County")),  # a county-level city
    ("2025年保定市政府工作报告\n", ("保定市", "City")),
    ("回眸 2022\n2022年，青松区坚持稳中求进工作总基调，经济运行稳中向好。\n", ("青松区", "County")),
    ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n", ("中国", "Country")),
    ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n", (None, None)),
])
# fmt: on
def test_region_from_the_head(head, expected):
    assert region(head) == expected


def test_region_from_the_body_when_the_head_names_none():
    head = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
    body = head + "新安经济持续向好。新安工业园区扩容。推进新安城区提质。" * 2
    assert region(head, body) == ("新安县", "County")


# fmt: off
@pytest.mark.parametrize("head,stem,year", [
    ("——2024年1月10日在青松县第十届人民代表大会第三次会议上\n", "x", 2024),
    ("——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n", "x", 2026),
    ("2019年徐水区政府工作报告\n", "x", 2019),
    ("各位代表：\n一、2022年工作回顾\n", "x", 2023),
    ("各位代表：\n展望 2024\n", "x", 2024),
    ("各位代表：\n", "report-2021", 2021),
    ("各位代表：\n", "report", None),
])
# fmt: on
def test_report_year(head, stem, year):
    assert report_year(head, head, stem) == year


def test_title_is_the_line_naming_the_report():
    assert title("工作报告\n2023年白杨县政府工作报告\n——2023年1月9日在白杨县\n") == "2023年白杨县政府工作报告"
    assert title("建设更加美好的家园\n回眸 2023\n") == "建设更加美好的家园"
    assert title("各位代表：\n现在，我代表县人民政府，向大会作政府工作报告。\n") is None
