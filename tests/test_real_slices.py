"""End to end on real text, without ../shared: six slices of real reports from six provinces
(tests/data/real/, sources in its README) are built; each graph conforms to the shapes and
holds statements of the kinds and counts a report of that size gives."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import DATA
from kg.pipeline import build_document, to_graph
from kg.validate import validate

REAL = DATA / "real"

#: file → (region, class, year): the header is read right.
HEADERS = {
    "county-hebei-baoding-manchengqu-2023": ("满城区", "County", 2023),
    "city-anhui-hefei-2024": ("合肥市", "City", 2024),
    "city-guangdong-shenzhen-2025": ("深圳市", "City", 2025),
    "city-shaanxi-xianyang-2024": ("咸阳市", "City", 2024),
    "city-jiangxi-nanchang-2024": ("南昌市", "City", 2024),
    "city-shandong-jinan-2024": ("济南市", "City", 2024),
}


@pytest.fixture(scope="module", params=sorted(HEADERS))
def built(request):
    return request.param, build_document(REAL / f"{request.param}.txt")


def test_every_slice_is_listed():
    assert {p.stem for p in REAL.glob("*.txt")} == set(HEADERS)


def test_the_header_is_read(built):
    name, doc = built
    assert (doc.region, doc.region_type, doc.year) == HEADERS[name]


def test_the_graph_conforms_to_the_shapes(built):
    _, doc = built
    report = validate(to_graph(doc))
    assert report.conforms, "\n".join(report.lines()[:10])


def test_statements_of_every_kind_in_sane_numbers(built):
    name, doc = built
    sentences = len(doc.sentences)
    assert sentences >= 20
    # a review with figures, a plan with goals
    assert 5 <= len(doc.observations) <= 3 * sentences
    assert 3 <= len(doc.targets) <= 2 * sentences
    kinds = Counter(t for t, _ in doc.entities)
    assert kinds[doc.region_type] == 1  # the report's own region, once
    assert kinds["Program"] >= 3
    assert 8 <= sum(kinds.values()) <= 3 * sentences


def test_names_and_figures_look_like_names_and_figures(built):
    _, doc = built
    for _, label in doc.entities:
        assert 2 <= len(label) <= 40 and not re.search(r"[，。；：！？]", label), label
    for obs in doc.observations:
        assert obs.indicator and not re.search(r"[，。；]", obs.indicator), obs
        assert obs.value is not None or obs.growth is not None or obs.points is not None
    for t in doc.targets:
        assert t.label and (t.value is not None or t.growth is not None), t


def test_every_statement_cites_a_sentence_of_its_report(built):
    _, doc = built
    indexes = {s.index for s in doc.sentences}
    cited = [o.sentence for o in doc.observations] + [t.sentence for t in doc.targets] \
        + [a.sentence for a in doc.awards]
    assert set(cited) <= indexes
    review = {s.index for s in doc.sentences if s.tense == "review"}
    plan = {s.index for s in doc.sentences if s.tense == "plan"}
    assert {o.sentence for o in doc.observations} <= review | {s.index for s in doc.sentences
                                                                  if s.tense == "other"}
    assert {t.sentence for t in doc.targets} <= plan | {s.index for s in doc.sentences
                                                         if s.tense == "other"}
