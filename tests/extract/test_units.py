"""Units: a figure as written becomes its value in the base unit, exactly."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.units import lookup
from kg.rdf.mapping import decimal


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
