"""kg table: CSV of a graph's observations, targets and awards, for spreadsheets."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from kg.cli import main
from kg.table import COLUMNS, rows, to_csv

REPORT = Path(__file__).parent / "data" / "figures-county-2024.txt"


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    """The small report of tests/data built as Turtle."""
    from kg.pipeline import build_document
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import to_bytes

    doc = build_document(REPORT)
    path = tmp_path_factory.mktemp("table") / "figures-county-2024.ttl"
    path.write_bytes(to_bytes(triples(doc), "ttl", iris.report(doc)))
    return path


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_observations_table(graph):
    table = read_csv(to_csv(rows(graph, "observations")))
    assert list(table[0]) == list(COLUMNS["observations"])
    gdp = next(r for r in table if r["indicator"] == "地区生产总值")
    assert (gdp["value"], gdp["unit"], gdp["normalized_value"], gdp["base_unit"],
            gdp["growth_rate"], gdp["year"]) == ("186.4", "亿元", "18640000000", "元", "5.6",
                                                 "2023")
    assert gdp["report"] == REPORT.name and "186.4亿元" in gdp["evidence"]
    theft = next(r for r in table if r["indicator"] == "盗窃案件发案率")
    assert theft["value"] == "" and Decimal(theft["growth_rate"]) == Decimal("-22.5")
    households = next(r for r in table if r["unit"] == "万户")
    assert households["normalized_value"] == "43000"


def test_targets_table_in_order_of_the_text(graph):
    table = read_csv(to_csv(rows(graph, "targets")))
    assert [(r["value"], r["deadline"]) for r in table] == [
        ("6", ""), ("40", "Q1"), ("85", "Q2"), ("60", "")]
    assert table[1]["modality"] == "力争" and table[3]["max_value"] == "120"
    assert table[0]["qualifier"] == "左右" and table[0]["growth_rate"] == "6"


def test_awards_table_has_its_columns(graph):
    (header, *_) = rows(graph, "awards")
    assert header == list(COLUMNS["awards"])


def test_the_same_graph_gives_the_same_bytes(graph):
    assert to_csv(rows(graph, "observations")) == to_csv(rows(graph, "observations"))


def test_cli_writes_a_file(graph, tmp_path, capsysbinary):
    out = tmp_path / "targets.csv"
    assert main(["table", str(graph), "--kind", "targets", "--out", str(out)]) == 0
    assert len(read_csv(out.read_bytes())) == 4
    assert main(["table", str(graph), "--kind", "observations"]) == 0
    assert read_csv(capsysbinary.readouterr().out)[0]["indicator"] == "地区生产总值"


def test_cli_missing_graph_is_a_user_error(tmp_path, capsys):
    assert main(["table", str(tmp_path / "absent.ttl")]) == 2
    assert "absent.ttl" in capsys.readouterr().err


def test_a_dataset_of_two_reports_is_one_table(tmp_path, sample_doc):
    from kg.pipeline import build_document
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import to_bytes

    data = b"".join(to_bytes(triples(doc), "nq", iris.report(doc))
                    for doc in (build_document(REPORT), sample_doc))
    (tmp_path / "both.nq").write_bytes(data)
    reports = [r["report"] for r in read_csv(to_csv(rows(tmp_path / "both.nq", "targets")))]
    assert reports == sorted(reports) and set(reports) == {REPORT.name, "yanhu-2023.txt"}


def test_a_store_gives_the_table_of_its_graphs(graph, tmp_path):
    """Read graph by graph from the store: the rows the same graph gives as a file."""
    from kg.store import load_files

    load_files(tmp_path / "store", [graph])
    for kind in COLUMNS:
        assert rows(tmp_path / "store", kind) == rows(graph, kind)


def test_cells_that_begin_like_a_formula_are_escaped(tmp_path, capsys):
    # report text a spreadsheet would run: =HYPERLINK(…), @SUM(…), -2+3
    report = tmp_path / "formula-2024.txt"
    report.write_text("政府工作报告\n\n=HYPERLINK(\"x\",\"点此\")地区生产总值完成393.3亿元，"
                      "增长4.4%。\n\n@SUM(1+1)新增学位1080个。\n\n-2+3完成投资42亿元，下降-0.5%。\n",
                      encoding="utf-8")
    assert main(["build", str(report), "--out", str(tmp_path), "-q"]) == 0
    out = tmp_path / "figures.csv"
    assert main(["table", str(tmp_path / "formula-2024.ttl"), "--out", str(out)]) == 0
    table = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [c for row in table[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or c[:1] == "-" and not
                c[1:].replace(".", "").isdigit()]
    assert "'@SUM(1+1)新增学位1080个。" in cells and "'-2+3完成投资42亿元，下降-0.5%。" in cells
    assert any(c.startswith("'=HYPERLINK") for c in cells)
