"""Events held (kg.extract.events): a head word after a stem that says which event, on
invented text."""

from __future__ import annotations

import pytest

from kg.extract.entities import find

# fmt: off
EVENTS = [
    ("成功举办第三届青禾创新发展大会。", "第三届青禾创新发展大会"),  # an edition; verbs inside
    ("办好青禾马拉松。", "青禾马拉松"),  # a proper name
    ("承办全省青少年足球联赛。", "全省青少年足球联赛"),  # the organizer's scope
    ("举办2025年禾山国际博览会。", "2025年禾山国际博览会"),  # a year
    ("组织企业参加禾博会。", "禾博会"),  # an abbreviation
    ("运动员出征第九届亚运会。", "第九届亚运会"),  # a name by itself, with its edition
    ("精心办好禾山杯。", "禾山杯"),
    ("举办樱桃文化节。", "樱桃文化节"),  # a festival named by its theme
    ("办好禾山泉水节。", "禾山泉水节"),
    ("举办第十届禾山恐龙灯会。", "第十届禾山恐龙灯会"),
    ("承办环禾山湖自行车赛。", "环禾山湖自行车赛"),
]
NOT_EVENTS = [
    "组织企业参加各类展会和创新创业大赛。",  # kinds of event
    "召开全县干部大会，举办表彰大会。",  # meetings of a government
    "国务院提请这次大会审议。",
    "欢度春节，优化关键环节。",  # 节 of a word
    "举办乡村文化节。",  # a generic theme
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), EVENTS)
def test_events(text, name):
    assert [f.text for f in find(text) if f.type == "Event"] == [name]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_events(text):
    assert [f.text for f in find(text) if f.type == "Event"] == []
