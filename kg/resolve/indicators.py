"""Indicators harmonized: the many ways reports name one measure mapped to one concept of
the curated vocabulary ``data/vocabularies/indicators.ttl`` (SKOS, named as the statistical
yearbooks name them).

A name is matched by its labels after NFKC and dropping what does not change the measure:
a scope word before it (全县, 全市, 全年 …) and a change word after it (增长, 提高, 下降 …).
Only exact matches count: a wrong link would compare a target with another measure's outcome.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.extract import indicators as extracted
from kg.model import Document
from kg.resources import vocabulary

#: The vocabulary's namespace: ``ind:gdp`` is ``https://w3id.org/govkg/indicators/gdp``.
IND = "https://w3id.org/govkg/indicators/"
_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

_SCOPE = re.compile(r"^(?:全县|全市|全区|全省|全州|全旗|全盟|全国|全年|我县|我市|我区|我省|县域|市域|"
                    r"实现|完成|累计|其中|年度)")
_CHANGE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增速|增幅|提高|提升|下降|降低|减少|增加|"
                     r"控制在|达到|分别|总量|总额增长)$")


@cache
def concepts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Concept IRI → (Chinese prefLabel, altLabels), from the vocabulary file."""
    import pyoxigraph as ox

    pref: dict[str, str] = {}
    alts: dict[str, list[str]] = {}
    for t in ox.parse(path=str(vocabulary("indicators.ttl"))):
        if not isinstance(t.object, ox.Literal) or t.object.language != "zh":
            continue
        if t.predicate.value == _PREF:
            pref[t.subject.value] = t.object.value
        elif t.predicate.value == _ALT:
            alts.setdefault(t.subject.value, []).append(t.object.value)
    return {iri: (label, tuple(sorted(alts.get(iri, ())))) for iri, label in sorted(pref.items())}


@cache
def _by_label() -> dict[str, str]:
    out: dict[str, str] = {}
    for iri, (pref, alts) in concepts().items():
        for label in (pref, *alts):
            out.setdefault(_norm(label), iri)
    return out


def _norm(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).upper()


def concept_of(name: str | None) -> str | None:
    """The concept an indicator's name stands for, or None.

    >>> concept_of("全县地区生产总值增长") == concept_of("GDP") == IND + "gdp"
    True
    >>> concept_of("新增城镇就业") == concept_of("城镇新增就业")
    True
    """
    if not name:
        return None
    table = _by_label()
    for form in _forms(name):
        if (found := table.get(_norm(form))) is not None:
            return found
    return None


def _forms(name: str):
    """The name, its canonical form, and both without scope and change words."""
    seen = []
    for base in (name, extracted.canonical(name)):
        for form in (base, _SCOPE.sub("", base), _CHANGE.sub("", base),
                     _CHANGE.sub("", _SCOPE.sub("", base))):
            if form and form not in seen:
                seen.append(form)
                yield form


def concept_label(iri: str) -> str:
    """A concept's Chinese prefLabel."""
    return concepts()[iri][0]


def indicator_name(label: str) -> str:
    """What a target's label measures: its canonical name without scope and change words
    (全市地区生产总值增长 → 地区生产总值; 新建高标准农田 stays)."""
    name = extracted.canonical(label)
    return _CHANGE.sub("", _SCOPE.sub("", name)) or name


def resolve_indicators(doc: Document) -> None:
    """Set the concept of every observation and target whose indicator the vocabulary knows,
    and give every target the indicator it measures (so that targets and observations of
    one indicator share its node, in the vocabulary or not)."""
    for obs in doc.observations:
        obs.concept = concept_of(obs.indicator)
    for target in doc.targets:
        target.concept = concept_of(target.indicator) or concept_of(target.label)
        if not target.indicator and target.label:
            target.indicator = (concept_label(target.concept) if target.concept
                                else indicator_name(target.label))
