"""Pages at corpus scale: one shared vis-network beside the pages, an index of the reports,
and an overview of regions, enterprises, programs and honors sized by reports naming them."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest

from conftest import DATA, SAMPLE
from kg.cli import main
from kg.viz.corpus import DRAWN, Overview, overview_of, report_items


class _Refs(HTMLParser):
    """Every resource a page references (src, href)."""

    def __init__(self):
        super().__init__()
        self.refs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if attrs.get(name) and tag in ("script", "link"):
                self.refs.append((tag, attrs[name]))


def page_data(html: str) -> dict:
    line = next(x for x in html.splitlines() if x.startswith("var GOVKG_DATA = "))
    return json.loads(line.removeprefix("var GOVKG_DATA = ").rstrip(";"))

TWO_REPORTS = DATA / "query" / "two-reports.trig"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two reports (the sample under two names, the second with one more line, so that it is
    no duplicate) built with --html by two processes."""
    root = tmp_path_factory.mktemp("corpus")
    reports = root / "reports"
    reports.mkdir()
    shutil.copy(SAMPLE, reports / "alpha-2023.txt")
    (reports / "beta-2023.txt").write_text(SAMPLE.read_text(encoding="utf-8") + "\n（副本）\n",
                                           encoding="utf-8")
    assert main(["build", str(reports), "--out", str(root / "out"), "--html", "-j", "2",
                 "-q"]) == 0
    return root / "out"


def test_the_pages_share_one_copy_of_vis_network(built):
    assert sorted(p.name for p in (built / "lib").iterdir()) == ["vis-network.css",
                                                                "vis-network.min.js"]
    for name in ("alpha-2023.html", "beta-2023.html", "overview.html"):
        html = (built / name).read_text(encoding="utf-8")
        refs = _Refs()
        refs.feed(html)
        assert sorted(refs.refs) == [("link", "lib/vis-network.css"),
                                     ("script", "lib/vis-network.min.js")], name
        assert len(html.encode()) < (built / "lib" / "vis-network.min.js").stat().st_size * 4
        assert "http" not in "".join(r for _, r in refs.refs)


def test_the_index_lists_every_report_with_its_counts(built):
    html = (built / "index.html").read_text(encoding="utf-8")
    for name in ("alpha-2023", "beta-2023"):
        assert f'href="{name}.html"' in html and f'href="{name}.ttl"' in html
    assert 'href="overview.html"' in html
    assert html.count("<tr>") == 3  # the header and one row per report


def test_the_overview_draws_what_reports_share_sized_by_how_many_name_them(built):
    data = page_data((built / "overview.html").read_text(encoding="utf-8"))
    classes = {n["cls"] for n in data["nodes"]}
    assert classes and classes <= set(DRAWN)
    assert "Section" not in classes and "Observation" not in classes
    # the same report twice: everything drawn is named by both, so all share one size
    assert {n["size"] for n in data["nodes"] if n["cls"] != "Honor"} == {round(10 + 6 * 2 ** 0.5, 1)}
    assert all("2 份报告" in n["title"] for n in data["nodes"])


def test_items_and_overview_from_invented_reports():
    graphs: dict[str, list] = {}
    for q in ox.parse(path=str(TWO_REPORTS), format=ox.RdfFormat.TRIG):
        graphs.setdefault(q.graph_name.value, []).append(q)
    overview = Overview()
    for name, quads in sorted(graphs.items()):
        items = report_items(name, quads)
        assert items.region, name
        assert all(cls in DRAWN for cls, _ in items.entities.values())
        overview.add(items)
    view, notes = overview.graph()
    assert notes == []
    labels = {data["label"] for _, data in view.nodes(data=True)}
    regions = [d for _, d in view.nodes(data=True) if d["class"] in ("County", "City")]
    assert regions and labels
    # every region drawn is linked to what its report names
    assert all(view.degree(n) > 0 for n, d in view.nodes(data=True) if d["class"] == "County")


def test_kg_viz_overview_of_a_store(tmp_path):
    from kg.store import load_files

    load_files(tmp_path / "store", [TWO_REPORTS])
    assert main(["viz", str(tmp_path / "store"), "--overview",
                 "--out", str(tmp_path / "o.html")]) == 0
    data = page_data((tmp_path / "o.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == overview_of(tmp_path / "store").graph()[0].number_of_nodes()
