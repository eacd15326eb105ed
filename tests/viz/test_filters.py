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
    # the village of the enterprise that received no award comes with it, as its context
    assert classes(shown) == {"Enterprise": 2, "Award": 3, "Village": 1}
    assert notes == []
    # the edges among what is kept stay: two enterprises with their awards, one sentence
    # naming both enterprises, and the enterprise in its village (partOf, and named in one
    # sentence with it)
    assert shown.number_of_edges() == 2 + 1 + 2


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


def test_a_class_filter_keeps_what_makes_a_node_meaningful(hongqi_view):
    """Awards without their recipients would be stars in the void: the recipient comes too,
    whatever its class; chapters and sentence neighbours do not."""
    shown, _ = select(hongqi_view, classes=["Award"])
    assert classes(shown)["Award"] == 3
    for node, cls in shown.nodes(data="class"):
        assert cls != "Section"
        if cls == "Award":
            assert shown.degree(node) > 0, node
    assert "Enterprise" in classes(shown)
