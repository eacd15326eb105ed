"""The kinds of rate, as documented in ontology/README.md ("Rates"): each read from an invented
sentence of a 2018 report's review, and each in the graph as documented."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from extract.documents import document
from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.figures import extract
from kg.rdf.namespace import GOV

D = Decimal

# fmt: off
#: sentence → (value, growth, year, kind, base year, period) of the figure on the named indicator
RATE_KINDS = [
    # annual, the default: over the year before
    ("全区生产总值达到420亿元，比上年增长6.5%。", "生产总值",
     (D(420), D("6.5"), 2017, "annual", None, None)),
    ("规上工业增加值同比增长8.1%。", "工业增加值",
     (None, D("8.1"), 2017, "annual", None, None)),
    # average annual over a period, named in the sentence or by its heading
    ("过去五年，全区生产总值年均增长7.2%。", "生产总值",
     (None, D("7.2"), 2017, "average", None, (2013, 2017))),
    ("2013—2017年，财政收入平均每年递增百分之九。", "财政收入",
     (None, D(9), 2017, "average", None, (2013, 2017))),
    ("“十二五”时期，粮食产量年均增长3.1%。", "粮食产量",
     (None, D("3.1"), 2017, "average", None, (2011, 2015))),
    # against a base year
    ("全区生产总值比2012年增长45.3%。", "生产总值",
     (None, D("45.3"), 2017, "base", 2012, None)),
    ("居民收入比一九四九年增长了百分之七十七点五。", "居民收入",
     (None, D("77.5"), 2017, "base", 1949, None)),
    # cumulative over a period
    ("五年来累计完成固定资产投资1800亿元。", "固定资产投资",
     (D(1800), None, 2017, "cumulative", None, (2013, 2017))),
]
# fmt: on


def _figure(sentence: str, name: str):
    doc = extract(document(("review", sentence), year=2018))
    (obs,) = [o for o in doc.observations if name in o.indicator]
    r = obs.rate
    period = (r.period_start, r.period_end) if r.period_start else None
    return obs, (obs.value, obs.growth, obs.year, r.kind, r.base_year, period)


@pytest.mark.parametrize("sentence, name, expected", RATE_KINDS)
def test_rate_kinds(sentence, name, expected):
    assert _figure(sentence, name)[1] == expected


def test_an_average_takes_its_period_from_the_heading_above():
    doc = document(("review", "全区生产总值从300亿元增加到420亿元，年均增长7%。"), year=2018)
    doc.sentences = [replace(s, section=("一、过去五年工作回顾",)) for s in doc.sentences]
    extract(doc)
    later = [o for o in doc.observations if o.value == D(420)][0]
    assert (later.growth, later.year, later.rate.kind) == (D(7), 2017, "average")
    assert (later.rate.period_start, later.rate.period_end) == (2013, 2017)
    earlier = [o for o in doc.observations if o.value == D(300)][0]
    assert (earlier.year, earlier.growth) == (2012, None)  # the year before the period


def test_from_one_level_to_another_gives_two_observations_with_their_years():
    doc = extract(document(("review", "全区生产总值从2012年的300亿元增加到2017年的420亿元。"),
                           year=2018))
    assert sorted((o.value, o.year) for o in doc.observations) == [(D(300), 2012), (D(420), 2017)]
    assert len({o.indicator for o in doc.observations}) == 1


def test_a_year_written_before_a_value_is_its_year():
    doc = extract(document(("review", "2015年全区生产总值达到350亿元，比2010年翻一番。"),
                           year=2018))
    assert [(o.value, o.year) for o in doc.observations] == [(D(350), 2015)]


def test_each_kind_in_the_graph():
    from kg import to_graph

    doc = document(*[("review", s) for s, _, _ in RATE_KINDS], year=2018)
    graph = to_graph(extract(doc))

    def node(growth):
        (found,) = graph.subjects(GOV.growthRate, Literal(D(growth), datatype=XSD.decimal))
        return found

    def gyear(year):
        return Literal(str(year), datatype=XSD.gYear)

    true = Literal("true", datatype=XSD.boolean)
    annual = node("6.5")
    assert not {GOV.averageAnnual, GOV.baseYear, GOV.cumulative} & set(graph.predicates(annual))
    average = node("7.2")
    assert graph.value(average, GOV.averageAnnual) == true
    assert (graph.value(average, GOV.periodStart), graph.value(average, GOV.periodEnd)) == (
        gyear(2013), gyear(2017))
    assert graph.value(node("45.3"), GOV.baseYear) == gyear(2012)
    (total,) = graph.subjects(GOV.cumulative, true)
    assert graph.value(total, GOV.value) == Literal(D(1800), datatype=XSD.decimal)
