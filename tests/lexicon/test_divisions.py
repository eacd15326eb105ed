"""Division knowledge, defined once: classes, short forms and suffixes of every level."""

import pytest

from kg import lexicon


@pytest.mark.parametrize(("name", "type_", "short"), [
    ("青山县", "County", "青山"), ("红旗旗", "County", "红旗"), ("甲乙自治县", "County", "甲乙"),
    ("某某地区", "City", "某某"), ("某某盟", "City", "某某"), ("甲乙自治州", "City", "甲乙"),
    ("某某新区", "County", "某某"), ("某某自治区", "Province", "某某自治"),  # short forms are of counties and cities ("县", "City", None),
])
def test_class_and_short_form_of_a_name_the_lexicon_lacks(name, type_, short):
    assert name not in lexicon.region_names()
    assert lexicon.division_type(name) == type_
    assert lexicon.short_form(name) == short


def test_the_lexicon_level_wins_over_the_suffix():
    # a county-level city ends in 市 but is a County
    county_cities = [r.name for r in lexicon.regions() if r.level == "county"
                     and r.name.endswith("市")]
    assert county_cities
    assert {lexicon.division_type(n) for n in county_cities} == {"County"}


def test_one_char_suffixes_are_those_of_the_data():
    chars = set(lexicon.one_char_suffixes().strip("[]"))
    assert chars == {"省", "市", "州", "盟", "区", "县", "旗"}


def test_town_suffixes_come_in_file_order_with_their_rules():
    rows = lexicon.town_suffixes()
    assert {"街道", "镇", "乡", "村", "社区"} <= {r[0] for r in rows}
    assert all(t in ("Town", "Village") and longest > 0 for _, t, _, longest in rows)
