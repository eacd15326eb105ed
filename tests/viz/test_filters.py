"""Choosing what a page draws: classes, reports, the best-connected N, and the size limit."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.viz.filters import VizError, select


def classes(view):
    return Counter(cls for _, cls in view.nodes(data="class"))


@pytest.mark.parametrize("asked", [["Enterprise", "Award"], ["企业", "荣誉"],
                                   ["enterprise", " AWARD "]])
def test_classes_by_english_or_chinese_name(hongqi_view, asked):
    shown, notes = select(hongqi_view, classes=asked)
    assert classes(shown) == {"Enterprise": 2, "Award": 3}
    assert notes == []
    # the edges among what is kept stay
    # two enterprises with their awards, and one sentence naming both enterprises
    assert shown.number_of_edges() == 2 + 1


def test_an_unknown_class_names_those_present(hongqi_view):
    with pytest.raises(VizError, match="unknown class 'Company'.*Enterprise"):
        select(hongqi_view, classes=["Company"])


def test_report_filter(hongqi_view):
    shown, _ = select(hongqi_view, reports=["hongqi-2024"])
    assert shown.number_of_nodes() == hongqi_view.number_of_nodes()
    with pytest.raises(VizError, match="no report 'nowhere-2020'.*hongqi-2024"):
        select(hongqi_view, reports=["nowhere-2020"])


def test_top_keeps_the_best_connected(hongqi_view):
    shown, notes = select(hongqi_view, top=3)
    degree = dict(hongqi_view.degree)
    assert shown.number_of_nodes() == 3 and notes == []
    assert min(degree[n] for n in shown) >= max(degree[n] for n in hongqi_view if n not in shown)


def test_past_the_limit_the_best_connected_are_drawn_with_a_note(hongqi_view):
    shown, notes = select(hongqi_view, max_nodes=5)
    assert shown.number_of_nodes() == 5
    (note,) = notes
    left_out = hongqi_view.number_of_nodes() - 5
    assert f"{hongqi_view.number_of_nodes()} nodes is more than the page limit (5)" in note
    assert "--classes" in note and "--top" in note and "--max-nodes" in note
    assert sum(int(word) for word in note.split("left out ")[1].split(".")[0].split()
               if word.isdigit()) == left_out


def test_no_limit(hongqi_view):
    shown, notes = select(hongqi_view, max_nodes=None)
    assert shown.number_of_nodes() == hongqi_view.number_of_nodes() and notes == []
