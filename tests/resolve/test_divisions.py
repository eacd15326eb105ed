"""Divisions by code: a report's region, told apart from others of its name by the text."""

from __future__ import annotations

from kg.resolve.divisions import ancestors, candidates, division, locate, short_code


def test_a_name_of_one_division_has_its_code_and_ancestors():
    found = locate("盐湖区")
    assert found is not None and short_code(found.adcode) == "140802"
    assert [r.level for r in ancestors(found)] == ["city", "province"]
    assert division("140802") == found


def test_a_name_of_several_divisions_is_settled_by_the_city_the_text_names():
    assert len(candidates("鼓楼区")) > 1
    assert locate("鼓楼区", "") is None  # nothing to tell them apart
    text = "福州市鼓楼区人民政府……我们在福州市委领导下"
    found = locate("鼓楼区", text)
    assert found is not None and ancestors(found)[0].name == "福州市"
    text = "南京鼓楼区……南京"
    assert ancestors(locate("鼓楼区", text))[0].name == "南京市"


def test_unknown_names_have_no_division():
    assert locate("青山绿水区", "") is None
    assert locate(None) is None
