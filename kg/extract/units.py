"""Units of figures as written (亿元, 万户, 个百分点) → base unit and factor, from a lexicon.

``data/lexicons/units.tsv`` lists measure words and magnitude prefixes; a unit as written is
a prefix and a measure word (亿 + 公斤), a measure word alone (亩), or a prefix alone (超10亿).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache

from kg import lexicon


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written: its base unit, the factor to it, and what kind of figure it makes."""

    written: str
    base: str | None  # None for a prefix alone (亿): a magnitude without a measure
    factor: Decimal
    kind: str  # count, amount, rate, change, prefix

    def normalize(self, value: Decimal | None) -> Decimal | None:
        """``value`` in the base unit (215.6 亿元 → 21560000000), or None without one.

        >>> lookup("亿元").normalize(Decimal("215.6"))
        Decimal('21560000000')
        """
        if value is None or self.base is None:
            return None
        # Exact however long the figure: the default context (28 digits) rounds a longer
        # product, and quantizing it then raises InvalidOperation.
        with localcontext() as ctx:
            ctx.prec = max(28, _digits(value) + _digits(self.factor) + 2)
            result = value * self.factor
            if result == result.to_integral():
                return result.quantize(Decimal(1))
            return result.normalize()


def _digits(d: Decimal) -> int:
    """Digits a decimal's coefficient and exponent take when written out in full."""
    sign, digits, exponent = d.as_tuple()
    return len(digits) + abs(exponent) if isinstance(exponent, int) else 0


@cache
def _rows() -> tuple[list[tuple[str, str, Decimal, str]], list[tuple[str, Decimal]]]:
    measures, prefixes = [], []
    for written, base, factor, kind, *_ in lexicon.rows("units.tsv"):
        if kind == "prefix":
            prefixes.append((written, Decimal(factor)))
        else:
            measures.append((written, base, Decimal(factor), kind))
    return measures, prefixes


@cache
def table() -> dict[str, Unit]:
    """Every unit as written, prefixed forms included."""
    measures, prefixes = _rows()
    units = {p: Unit(p, None, f, "prefix") for p, f in prefixes}
    for written, base, factor, kind in measures:
        units[written] = Unit(written, base, factor, kind)
        if kind in ("count", "amount"):
            for p, f in prefixes:
                units.setdefault(p + written, Unit(p + written, base, factor * f, kind))
    return units


def lookup(written: str) -> Unit | None:
    """The unit written so, or None."""
    return table().get(written)


@cache
def standard(written: str) -> str:
    """A unit as written in its one standard form, for the same value: full-width forms as
    ASCII (％ → %), and a measure word that is another spelling of its base unit (factor 1 in
    ``units.tsv``) as that base, its magnitude prefix kept (万平米 → 万平方米, 百分点 →
    个百分点). A unit the lexicon does not know is only made half-width.

    >>> standard("％"), standard("万平米"), standard("亿元"), standard("万公顷")
    ('%', '万平方米', '亿元', '万公顷')
    """
    text = unicodedata.normalize("NFKC", written)
    unit = lookup(text)
    if unit is None or unit.base is None or unit.factor == 0:
        return text
    _, prefixes = _rows()
    for prefix, _factor in sorted(prefixes, key=lambda p: -len(p[0])):
        measure = text[len(prefix):] if text.startswith(prefix) else None
        if measure and (m := lookup(measure)) is not None and m.base is not None:
            return prefix + (m.base if m.factor == 1 else measure)
    return unit.base if unit.factor == 1 else text


@cache
def measure_pattern() -> str:
    """A regex alternation of the measure words, longest first (个百分点 before 个)."""
    measures, _ = _rows()
    return "|".join(re.escape(m) for m, *_ in sorted(measures, key=lambda r: -len(r[0])))


@cache
def prefix_pattern() -> str:
    """A regex alternation of the magnitude prefixes, longest first (万亿 before 万)."""
    _, prefixes = _rows()
    return "|".join(re.escape(p) for p, _ in sorted(prefixes, key=lambda r: -len(r[0])))
