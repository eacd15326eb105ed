"""Units: a figure as written becomes its value in the base unit, exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.extract.units import lookup, standard
from kg.model import Document
from kg.pipeline import run
from kg.rdf.mapping import decimal, to_rdflib
from kg.rdf.namespace import GOV


def test_a_figure_longer_than_the_decimal_context_is_kept_exactly():
    # 33 digits 亿元: more than the 28 digits of Python's default decimal context
    value = Decimal("123456789012345678901234567890123")
    base = lookup("亿元").normalize(value)
    assert base == Decimal(huge_digits := "12345678901234567890123456789012300000000")
    assert decimal(base).value == huge_digits


def test_usual_figures_normalize_as_before():
    assert lookup("亿元").normalize(Decimal("215.6")) == Decimal("21560000000")
    assert lookup("万亩").normalize(Decimal("10.75")) == Decimal("107500")
    assert decimal(Decimal("4.40")).value == "4.40"
    assert decimal(Decimal("1.2E+3")).value == "1200"


def test_a_unit_has_one_standard_spelling_for_the_same_value():
    assert standard("％") == standard("%") == "%"
    assert standard("万平米") == standard("万平方米") == "万平方米"
    assert standard("百分点") == "个百分点"
    assert standard("亿元") == "亿元"
    assert standard("万公顷") == "万公顷"  # another unit (15 亩 each), not another spelling
    assert standard("ｋｍ") == "km"  # unknown to the lexicon: only made half-width


def test_the_graph_keeps_the_unit_as_written_and_gives_its_standard_one():
    doc = run(Document(path=Path("case.txt"),
                       raw="一、2024年工作回顾\n全县城镇化率达到５６．２％，新建住宅12万平米。"))
    graph = to_rdflib(doc)
    written = {str(o) for o in graph.objects(None, GOV.unit)}
    standard_ = {str(o) for o in graph.objects(None, GOV.standardUnit)}
    assert {"％", "万平米"} <= written
    assert {"%", "万平方米"} <= standard_ and not {"％", "万平米"} & standard_


def test_air_quality_medals_and_pairs_are_figures():
    from kg.extract.figures import read
    found = {(f.name, f.q.value, f.q.unit) for t in (
        "PM2.5平均浓度32微克/立方米，同比下降8.6%。", "获得金牌13枚。", "新缔结友好学校61对。")
        for f in read(t)}
    assert found == {("PM2.5平均浓度", Decimal(32), "微克/立方米"), ("获得金牌", Decimal(13), "枚"),
                     ("新缔结友好学校", Decimal(61), "对")}
    assert lookup("毫克/立方米").normalize(Decimal("0.8")) == Decimal(800)
