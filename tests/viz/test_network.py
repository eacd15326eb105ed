"""The readable networkx view: what becomes a node, how statements read, where evidence goes."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from conftest import DATA, SAMPLE
from kg.viz.network import to_networkx, write_network

HONGQI = DATA / "viz" / "hongqi-2024.ttl"


def by_label(view, label):
    """The one node drawn with ``label``."""
    (node,) = [n for n, text in view.nodes(data="label") if text == label]
    return node


def edge_set(view):
    """The edges as (label, relation, label): what a reader sees."""
    return {(view.nodes[a]["label"], r, view.nodes[b]["label"])
            for a, b, r in view.edges(keys=True)}


def test_classes_of_the_nodes(hongqi_view):
    classes = Counter(cls for _, cls in hongqi_view.nodes(data="class"))
    assert classes == {"Observation": 4, "Award": 3, "Target": 2, "Enterprise": 2,
                       "Section": 2, "County": 1, "Town": 1, "Village": 1, "Organization": 1,
                       "Program": 1, "Project": 1, "Event": 1, "Place": 1}


def test_sentences_indicators_honors_are_not_nodes(hongqi_view):
    assert not {"Sentence", "Indicator", "Honor", "Report"} & {
        cls for _, cls in hongqi_view.nodes(data="class")}


# fmt: off
@pytest.mark.parametrize("label", [
    "地区生产总值 215.6亿元 ↑5.2% (2023)",
    "一般公共预算收入 ↓3.4% (2023)",
    "新增产值 12.5亿元 (2023)",
    "开工率 40% (2024, Q1)",
    "新增城镇就业岗位 3000个 (2024)",
    "国家级 · 专精特新“小巨人”企业",
    "省级 · 制造业单项冠军",
])
# fmt: on
def test_statements_read_as_people_read_them(hongqi_view, label):
    assert by_label(hongqi_view, label)


def test_a_statement_carries_its_values_and_evidence(hongqi_view):
    data = hongqi_view.nodes[by_label(hongqi_view, "地区生产总值 215.6亿元 ↑5.2% (2023)")]
    assert data["class"] == "Observation" and data["report"] == "hongqi-2024"
    assert (data["value"], data["unit"], data["growthRate"]) == ("215.6", "亿元", "5.2")
    sentence = "2023年，全县地区生产总值完成215.6亿元，增长5.2%。"
    assert data["evidence"] == sentence
    assert sentence in data["title"] and "数据 Observation" in data["title"]


def test_an_entity_tooltip_lists_the_sentences_naming_it(hongqi_view):
    title = hongqi_view.nodes[by_label(hongqi_view, "鑫源科技")]["title"]
    assert title.startswith("企业 Enterprise\n鑫源科技")
    assert "提及 (2 句)" in title and "千企升级" in title


def test_edges_say_what_links_what(hongqi_view):
    edges = edge_set(hongqi_view)
    assert ("东坡村", "partOf", "红旗镇") in edges
    assert ("红旗镇", "partOf", "红旗县") in edges
    assert ("国家级 · 专精特新“小巨人”企业", "recipient", "鑫源科技") in edges
    assert ("鑫源科技", "inSection", "(一) 做强工业经济") in edges
    # named in one sentence: entities together, a figure with the entities of its sentence
    assert ("鑫源科技", "sameSentence", "华瑞新材料") in edges
    assert ("新增产值 12.5亿元 (2023)", "sameSentence", "青禾农业专业合作社") in edges
    # already linked by partOf: no second edge for sharing a sentence
    assert ("东坡村", "sameSentence", "红旗镇") not in edges


def test_a_figure_region_is_in_its_tooltip_not_an_edge(hongqi_view):
    node = by_label(hongqi_view, "开工率 40% (2024, Q1)")
    assert hongqi_view.nodes[node]["region"] == "红旗县"
    assert "地区: 红旗县" in hongqi_view.nodes[node]["title"]
    assert not any(r == "region" for *_, r in hongqi_view.edges(node, keys=True))


def test_sentences_as_nodes_on_request(hongqi_doc):
    view = to_networkx(hongqi_doc, show_sentences=True)
    sentences = [n for n, cls in view.nodes(data="class") if cls == "Sentence"]
    assert len(sentences) == 7
    relations = Counter(r for *_, r in view.edges(keys=True))
    assert relations["sameSentence"] == 0
    assert relations["wasDerivedFrom"] == 9 and relations["mentionedIn"] == 11


def test_every_kind_of_source_gives_the_same_view(tmp_path, hongqi_doc, hongqi_view):
    import rdflib

    from kg.rdf.mapping import to_rdflib
    from kg.store import load_files

    load_files(tmp_path / "store", [HONGQI])
    dataset = rdflib.Dataset()
    dataset.graph(rdflib.URIRef("https://w3id.org/govkg/id/report/hongqi-2024")).parse(HONGQI)
    expected = edge_set(hongqi_view)
    for source in (hongqi_doc, to_rdflib(hongqi_doc), dataset, tmp_path / "store",
                   str(HONGQI)):
        view = to_networkx(source)
        assert edge_set(view) == expected, type(source)
        assert sorted(view) == sorted(hongqi_view)


def test_the_view_is_stable(hongqi_doc):
    a, b = to_networkx(hongqi_doc), to_networkx(hongqi_doc)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_files_hold_the_same_nodes_and_edges(tmp_path, hongqi_view, fmt, read):

    path = tmp_path / f"hongqi.{fmt}"
    write_network(HONGQI, path, fmt)
    back = read(path)
    assert back.number_of_nodes() == hongqi_view.number_of_nodes()
    assert back.number_of_edges() == hongqi_view.number_of_edges()
    assert sorted(back) == sorted(hongqi_view)
    node = by_label(hongqi_view, "开工率 40% (2024, Q1)")
    data = back.nodes[node]
    assert data.get("class") == "Target" and data.get("deadline") == "Q1"


def test_an_unknown_network_format_is_a_user_error(tmp_path):
    from kg.errors import KGError

    with pytest.raises(KGError, match="graphml or gexf"):
        write_network(HONGQI, tmp_path / "x.dot", "dot")


def test_the_sample_view_has_entities_and_statements(sample_doc):
    view = to_networkx(sample_doc)
    classes = Counter(cls for _, cls in view.nodes(data="class"))
    assert "Sentence" not in classes
    assert sum(classes.values()) == view.number_of_nodes() > 0
    assert all(data["label"] and data["title"] for _, data in view.nodes(data=True))
    assert {r for *_, r in view.edges(keys=True)} <= {
        "partOf", "recipient", "sameSentence", "inSection"}
    assert SAMPLE.stem in {data["report"] for _, data in view.nodes(data=True)}
