"""Across reports in one store: the region tree, targets linked to their outcomes, an
indicator's series, and the example queries of examples/queries/across-reports/, on real
consecutive reports of the corpus (a county's and a city's two years)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import CORPUS, ROOT
from kg.query import select

PAIRS = ("county-hebei-baoding-gaoyangxian-2018", "county-hebei-baoding-gaoyangxian-2019",
         "city-jiangxi-nanchang-2024", "city-jiangxi-nanchang-2025")
QUERIES = ROOT / "examples" / "queries" / "across-reports"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip("../shared/reports/corpus is not beside the project")
    from kg.outcomes import link
    from kg.pipeline import build_document
    from kg.store import load_documents, open_store

    path = tmp_path_factory.mktemp("linked") / "store"
    load_documents(path, (build_document(CORPUS / f"{name}.txt") for name in PAIRS))
    opened = open_store(path)
    link(opened)
    yield opened
    del opened


def rows(store, name: str) -> list[dict[str, str]]:
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    return [{k: v.value for k, v in r.items()} for r in select(store, text)]


def test_targets_of_the_earlier_report_find_their_outcome_in_the_later(store):
    found = rows(store, "targets-with-outcomes")
    years = {(r["region"], r["year"]) for r in found}
    assert ("高阳县", "2018") in years and ("南昌市", "2024") in years
    for r in found:  # a target is compared with what the next report says of its year
        assert r["met"] in ("true", "false") and r["plan"] != r["review"]
        if r.get("plannedGrowth") and r.get("achievedGrowth"):
            assert (r["met"] == "true") == (float(r["achievedGrowth"]) >= float(r["plannedGrowth"])) \
                or "控制" in r["plan"] or "下降" in r["target"]


def test_the_region_tree_rolls_counties_up_to_their_province(store):
    found = {r["province"]: r for r in rows(store, "rollup-by-province")}
    assert set(found) == {"河北省", "江西省"}
    assert int(found["河北省"]["observations"]) > 0
    tree = select(store, "PREFIX gov: <https://w3id.org/govkg/ontology#> "
                  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                  "SELECT ?c WHERE { ?x rdfs:label '高阳县'@zh ; gov:partOf ?c . "
                  "?c a gov:City ; rdfs:label ?city ; gov:partOf/rdfs:label '河北省'@zh }")
    assert tree


def test_a_series_across_years_by_any_name_of_the_indicator(store):
    found = rows(store, "series-of-an-indicator")
    years = {}
    for r in found:
        years.setdefault(r["region"], set()).add(r["year"])
    assert max(len(y) for y in years.values()) >= 2, years
    from kg.series import series

    assert [p.year for p in series(store, "GDP", region="高阳县")] == \
        [p.year for p in series(store, "地区生产总值", region="高阳县")]
    assert series(store, "gdp", region="河北省")  # a county under its province


def test_entities_named_in_several_reports_are_one_node(store):
    found = rows(store, "entities-in-several-reports")
    assert found and all(int(r["reports"]) > 1 for r in found)


def test_series_rows_have_the_columns_of_the_csv(store):
    from kg.series import rows as table
    from kg.series import series

    csv_rows = table(series(store, "GDP"))
    assert csv_rows[0][:3] == ["region", "division_code", "year"] and len(csv_rows) > 2


def test_an_unknown_indicator_is_a_one_line_error(tmp_path):
    from kg.store import open_store

    open_store(tmp_path / "s")
    proc = subprocess.run([sys.executable, "-m", "kg", "series", str(tmp_path / "s"),
                           "不存在的指标"], capture_output=True, text=True)
    assert proc.returncode == 2 and "no indicator" in proc.stderr
    assert "Traceback" not in proc.stderr
