"""The example queries: each is documented, read-only, uses the contract's terms, and answers
its question: exactly on a small invented graph, and on the sample as the Document says."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from kg.query import select
from kg.query.sparql import operation

QUERIES = ROOT / "examples" / "queries"
EXAMPLES = sorted(QUERIES.glob("*.rq"))
TWO_REPORTS = DATA / "query" / "two-reports.trig"

#: The terms a query may use: the contract's, and the normalized value beside it.
ALLOWED = {
    "gov": {"Report", "Sentence", "text", "inReport", "start", "end", "mentionedIn", "region",
            "year", "County", "Town", "Village", "partOf", "Enterprise", "Organization",
            "Program", "Project", "Event", "Place", "Indicator", "Observation", "Target",
            "Honor", "Award", "indicator", "value", "unit", "growthRate", "maxValue",
            "deadline", "recipient", "honor", "level", "NationalLevel", "ProvincialLevel",
            "CityLevel", "CountyLevel", "normalizedValue", "baseUnit", "modality"},
    "prov": {"wasDerivedFrom"}, "rdfs": {"label"}, "skos": {"altLabel"},
    "dcterms": {"title"}, "xsd": {"integer"},
}


def name(path: Path) -> str:
    return path.stem


def rows_of(source, query: str) -> list[dict[str, str]]:
    return [{k: v.value for k, v in row.items()} for row in select(source, query.read_text())]


def col(rows, *names) -> set:
    return {tuple(r.get(n) for n in names) if len(names) > 1 else r.get(names[0]) for r in rows}


def test_there_are_at_least_twelve():
    assert len(EXAMPLES) >= 12


@pytest.mark.parametrize("path", EXAMPLES, ids=name)
def test_each_says_what_it_answers_and_uses_only_contract_terms(path):
    text = path.read_text(encoding="utf-8")
    assert re.match(r"# \S.{15,}", text), "first line: a comment saying what it answers"
    assert operation(text) in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
    body = re.sub(r'#[^\n]*|"[^"]*"', "", text)  # comments and strings out
    for prefix, local in re.findall(r"\b([a-z]+):([A-Za-z]\w*)", body):
        assert local in ALLOWED.get(prefix, ()), f"{prefix}:{local} is not a contract term"


@pytest.mark.parametrize("path", EXAMPLES, ids=name)
def test_each_runs_unchanged_on_any_sparql_server(path):
    """Every prefix it uses is declared in it: no server knows kg's predeclared ones."""
    import pyoxigraph as ox

    ox.Store().query(path.read_text(encoding="utf-8"))  # no prefixes given: a SyntaxError
    # if one is missing


@pytest.mark.parametrize("path", EXAMPLES, ids=name)
def test_no_row_is_repeated_although_reports_share_entities(tmp_path_factory, path):
    """Over the union of report graphs a shared triple is seen once per report: the
    examples ask with DISTINCT, so that their rows stay what one merged graph gives."""
    rows = [tuple(sorted(r.items())) for r in rows_of(_shared_store(tmp_path_factory), path)]
    assert len(rows) == len(set(rows))


_SHARED = {}


def _shared_store(factory):
    """The two invented reports, and a copy of them under other report names (so every
    entity, indicator and honor is held by two graphs)."""
    if "store" not in _SHARED:
        import pyoxigraph as ox

        from kg.store import load_files

        quads = list(ox.parse(path=str(TWO_REPORTS), format=ox.RdfFormat.TRIG))
        copy = factory.mktemp("shared") / "copy.nq"
        copy.write_bytes(ox.serialize(
            [ox.Quad(q.subject, q.predicate, q.object,
                     ox.NamedNode(q.graph_name.value + "-copy")) for q in quads],
            format=ox.RdfFormat.N_QUADS))
        _SHARED["store"] = factory.mktemp("shared-store") / "store"
        load_files(_SHARED["store"], [TWO_REPORTS, copy])
    return _SHARED["store"]


# Exact answers on the invented two-report graph (红旗县 2024, 青山区 2023).
EXPECTED = {
    "enterprises-with-national-honors": (("name", "honor"), {("鑫源科技", "国家级专精特新“小巨人”企业")}),
    "figures-of-the-reviewed-year": (("indicator", "year"), {
        ("地区生产总值", "2023"), ("一般公共预算收入", "2023"), ("粮食产量", "2023"),
        ("城镇居民人均可支配收入", "2023"), ("地区生产总值", "2022")}),
    "targets-for-the-plan-year": (("target", "growthRate", "deadline"), {
        ("地区生产总值增长", "6", None), ("地区生产总值增长", "5.5", None), ("新增就业", None, None),
        ("新建托位", None, None), ("项目开工率", None, "Q1")}),
    "villages-by-town": (("town", "village"), {
        ("东风镇", "柳树村"), ("东风镇", "杨庄村"), ("南湖镇", "石桥村")}),
    "evidence-of-figures": (("indicator", "value"), {
        ("地区生产总值", "120.5"), ("一般公共预算收入", "8.3"), ("粮食产量", "30"),
        ("城镇居民人均可支配收入", "36000"), ("地区生产总值", "98.7")}),
    "programs-by-mentions": (("program", "sentences"), {("“百企帮百村”行动", "3"), ("链长制", "1")}),
    "honors-by-level": (("level", "awards"), {
        ("https://w3id.org/govkg/ontology#NationalLevel", "2"),
        ("https://w3id.org/govkg/ontology#ProvincialLevel", "2"),
        ("https://w3id.org/govkg/ontology#CityLevel", "2")}),
    "indicator-across-reports": (("indicator", "year", "region"), {
        ("地区生产总值", "2022", "青山区"), ("地区生产总值", "2023", "红旗县")}),
    "targets-with-range-or-milestone": (("target", "maxValue", "deadline"), {
        ("新建托位", "150", None), ("项目开工率", None, "Q1")}),
    "awards-of-own-region": (("region", "recipient"), {("红旗县", "柳树村"), ("红旗县", "红旗县")}),
    "entities-by-class": (("class", "entities"), {
        (f"https://w3id.org/govkg/ontology#{c}", n) for c, n in [
            ("Village", "3"), ("County", "2"), ("Town", "2"), ("Enterprise", "2"),
            ("Program", "2"), ("Organization", "1"), ("Project", "1"), ("Event", "1"),
            ("Place", "1")]}),
    "large-money-figures": (("indicator", "yuan"), {
        ("地区生产总值", "12050000000"), ("地区生产总值", "9870000000")}),
    "figures-that-fell": (("indicator", "growthRate"), {("一般公共预算收入", "-2.1")}),
    "reports-overview": (("region", "sentences", "figures", "targets"), {
        ("红旗县", "6", "4", "4"), ("青山区", "2", "1", "1")}),
    "enterprise-names-and-mentions": (("name", "otherName", "sentences"), {
        ("鑫源科技", "鑫源公司", "1"), ("华联电子", None, "2")}),
}


def test_every_example_has_an_expectation():
    assert {name(p) for p in EXAMPLES} == set(EXPECTED)


@pytest.mark.parametrize("path", EXAMPLES, ids=name)
def test_exact_answers_on_an_invented_graph(path):
    columns, expected = EXPECTED[name(path)]
    rows = rows_of(TWO_REPORTS, path)
    assert len(rows) == len(expected)
    assert col(rows, *columns) == expected


# On the sample: whatever extraction finds, the answers agree with the Document.
def _dec(text):
    return Decimal(text).normalize()


def _within(doc, key, region_key) -> bool:
    seen = set()
    while key and key not in seen:
        if key == region_key:
            return True
        seen.add(key)
        entity = doc.entities.get(key)
        key = entity.part_of if entity else None
    return False


def expected_from(doc, query: str):
    """What the example should answer on the sample, read from the Document itself."""
    ents = doc.entities
    plan, review = doc.year, (doc.year - 1 if doc.year else None)
    if query == "enterprises-with-national-honors":
        return {(ents[a.recipient].label, a.honor) for a in doc.awards
                if a.level == "national" and a.recipient[0] == "Enterprise"}
    if query == "figures-of-the-reviewed-year":
        return {(o.indicator, str(o.year)) for o in doc.observations if o.year == review}
    if query == "targets-for-the-plan-year":
        return {(t.label, t.deadline) for t in doc.targets if t.year == plan}
    if query == "villages-by-town":
        return {(e.part_of[1], e.label) for e in ents.values()
                if e.type == "Village" and e.part_of and e.part_of[0] == "Town"}
    if query == "evidence-of-figures":
        return {(o.indicator, doc.sentences[o.sentence].text) for o in doc.observations}
    if query == "programs-by-mentions":
        return {(e.label, len(e.sentences)) for e in ents.values()
                if e.type == "Program" and e.sentences}
    if query == "honors-by-level":
        return {(level, n) for level, n in Counter(a.level for a in doc.awards if a.level).items()}
    if query == "indicator-across-reports":
        years = Counter(i for i, _ in {(o.indicator, o.year) for o in doc.observations if o.year})
        return {o.indicator for o in doc.observations if o.year and years[o.indicator] > 1}
    if query == "targets-with-range-or-milestone":
        return {t.label for t in doc.targets if t.max_value is not None or t.deadline}
    if query == "large-money-figures":
        return {(o.indicator, _dec(o.base_value)) for o in doc.observations
                if o.base_unit == "元" and o.base_value is not None and o.base_value >= 10**9}
    if query == "figures-that-fell":
        return {(o.indicator, _dec(o.growth)) for o in doc.observations
                if o.growth is not None and o.growth < 0}
    if query == "enterprise-names-and-mentions":
        return {(e.label, len(e.sentences)) for e in ents.values() if e.type == "Enterprise"}
    raise KeyError(query)


def answered(rows, query: str):
    """The same shape, read from the query's rows."""
    levels = {"NationalLevel": "national", "ProvincialLevel": "provincial",
              "CityLevel": "city", "CountyLevel": "county"}
    if query == "enterprises-with-national-honors":
        return col(rows, "name", "honor")
    if query == "figures-of-the-reviewed-year":
        return col(rows, "indicator", "year")
    if query == "targets-for-the-plan-year":
        return col(rows, "target", "deadline")
    if query == "villages-by-town":
        return col(rows, "town", "village")
    if query == "evidence-of-figures":
        return col(rows, "indicator", "evidence")
    if query == "programs-by-mentions":
        return {(r["program"], int(r["sentences"])) for r in rows}
    if query == "honors-by-level":
        return {(levels[r["level"].rsplit("#", 1)[1]], int(r["awards"])) for r in rows}
    if query == "indicator-across-reports":
        return col(rows, "indicator")
    if query == "targets-with-range-or-milestone":
        return col(rows, "target")
    if query in ("large-money-figures", "figures-that-fell"):
        value = "yuan" if query == "large-money-figures" else "growthRate"
        return {(r["indicator"], _dec(r[value])) for r in rows}
    if query == "enterprise-names-and-mentions":
        return {(r["name"], int(r["sentences"])) for r in rows}
    raise KeyError(query)


@pytest.mark.parametrize("path", EXAMPLES, ids=name)
def test_answers_on_the_sample_agree_with_the_document(path, sample_doc, sample_ttl):
    query = name(path)
    rows = rows_of(sample_ttl, path)
    doc = sample_doc
    if query == "reports-overview":
        (row,) = rows
        assert int(row["sentences"]) == len(doc.sentences)
        assert int(row["figures"]) == len(doc.observations)
        assert int(row["targets"]) == len(doc.targets)
        assert row.get("region") == doc.region and row.get("year") == str(doc.year)
    elif query == "entities-by-class":
        found = {r["class"].rsplit("#", 1)[1]: int(r["entities"]) for r in rows}
        expected = Counter(e.type for e in doc.entities.values())
        for cls, n in found.items():  # the report's own region may be added beside them
            assert n - expected[cls] in ((0, 1) if cls == "County" else (0,)), cls
        assert {c for c, n in expected.items() if n} <= set(found)
    elif query == "awards-of-own-region":
        region = next((k for k in doc.entities if k[1] == doc.region), None)
        expected = {(ents_label, a.honor) for a in doc.awards
                    if region and _within(doc, a.recipient, region)
                    for ents_label in [doc.entities[a.recipient].label]}
        assert col(rows, "recipient", "honor") == expected
    else:
        assert answered(rows, query) == expected_from(doc, query)
