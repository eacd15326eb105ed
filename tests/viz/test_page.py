"""The HTML page without a browser: self-contained, byte-stable, drawing the whole view."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser

from conftest import DATA, SAMPLE
from kg.viz import write_page

HONGQI = DATA / "viz" / "hongqi-2024.ttl"


class _Refs(HTMLParser):
    """Every script, stylesheet and other resource reference of a page."""

    def __init__(self):
        super().__init__()
        self.refs, self.scripts = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        for name in ("src", "href", "data"):
            if attrs.get(name):
                self.refs.append((tag, attrs[name]))


def page_data(html: str) -> dict:
    """The nodes, edges and options the page hands to vis-network."""
    line = next(x for x in html.splitlines() if x.startswith("var GOVKG_DATA = "))
    return json.loads(line.removeprefix("var GOVKG_DATA = ").rstrip(";"))


def test_the_page_references_nothing_outside_itself(sample_page):
    path, _ = sample_page
    html = path.read_text(encoding="utf-8")
    refs = _Refs()
    refs.feed(html)
    assert refs.scripts >= 2  # vis-network and the page's own, both inline
    assert refs.refs == []
    lowered = html.lower()
    for bad in ("<script src", "<link", "@import", "url(http", "cdn.", "bootstrap"):
        assert bad not in lowered, bad


def test_two_builds_give_the_same_bytes(tmp_path, sample_ttl):
    write_page(sample_ttl, tmp_path / "a.html")
    write_page(sample_ttl, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_the_page_draws_every_node_and_edge_of_the_view(sample_page):
    path, view = sample_page
    data = page_data(path.read_text(encoding="utf-8"))
    assert sorted(n["id"] for n in data["nodes"]) == sorted(view)
    assert len(data["edges"]) == view.number_of_edges()
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(a, b) for a, b in view.edges()}
    assert data["options"]["layout"]["randomSeed"]  # a seeded layout


def test_chinese_labels_tooltips_and_a_legend(tmp_path):
    summary = write_page(HONGQI, tmp_path / "p.html")
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<title>2024年红旗县政府工作报告 · hongqi-2024</title>" in html
    assert 'data-class="Enterprise"' in html and "企业 Enterprise" in html
    data = page_data(html)
    node = next(n for n in data["nodes"] if n["label"] == "地区生产总值 215.6亿元 ↑5.2% (2023)")
    assert "2023年，全县地区生产总值完成215.6亿元，增长5.2%。" in node["title"]
    assert "Noto Sans CJK SC" in node["font"]["face"]
    assert (summary.nodes, summary.edges) == (len(data["nodes"]), len(data["edges"]))


def test_a_large_graph_is_cut_with_a_note_on_the_page(tmp_path):
    summary = write_page(HONGQI, tmp_path / "p.html", max_nodes=4)
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert summary.nodes == len(page_data(html)["nodes"]) == 4
    assert summary.total_nodes > 4 and summary.notes
    # in Chinese first, its English beside it for the page's language button
    assert '<p class="note" data-en="' in html and "best-connected" in html
    assert "只画出连接最多的 4 个" in html


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True)


def test_kg_viz(tmp_path):
    proc = kg("viz", HONGQI, "--out", tmp_path / "g.html", "--classes", "Enterprise,荣誉")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"{tmp_path / 'g.html'}: 6 nodes, 5 edges (of 21 nodes, 39 edges)"
    assert len(page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["nodes"]) == 6


def test_kg_viz_warns_past_the_limit(tmp_path):
    proc = kg("viz", HONGQI, "--out", tmp_path / "g.html", "--max-nodes", "6")
    assert proc.returncode == 0
    assert proc.stderr.startswith("kg viz: warning: 21 nodes is more than the page limit (6)")


def test_kg_viz_user_errors_are_one_line(tmp_path):
    for args in (["--classes", "Company"], ["--report", "nowhere"]):
        proc = kg("viz", HONGQI, "--out", tmp_path / "g.html", *args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    proc = kg("viz", tmp_path / "missing.ttl", "--out", tmp_path / "g.html")
    assert proc.returncode == 2 and "no such graph file" in proc.stderr
    assert not (tmp_path / "g.html").exists()


def test_kg_build_html_writes_a_page_beside_the_graph(tmp_path):
    proc = kg("build", SAMPLE, "--out", tmp_path, "--html", "-q")
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "yanhu-2023.html").read_text(encoding="utf-8")
    assert "yanhu-2023" in html[:2000] and "GOVKG_DATA" in html


def test_the_same_bytes_in_processes_with_different_hash_seeds(tmp_path):
    import os

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"p{seed}.html"
        subprocess.run([sys.executable, "-m", "kg", "viz", str(HONGQI), "--out", str(out),
                        "--max-nodes", "7"], capture_output=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_report_text_cannot_break_out_of_the_page(tmp_path):
    graph = tmp_path / "evil.ttl"
    graph.write_text("""
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/govkg/id/enterprise/x> a gov:Enterprise ;
    rdfs:label "鑫源</script><script>alert(1)</script><img src=x onerror=alert(2)>"@zh .
""", encoding="utf-8")
    write_page(graph, tmp_path / "p.html", title="<b>标题</b>")
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "alert(1)</script>" not in html and "<img src=x" not in html
    assert "<b>标题</b>" not in html and "&lt;b&gt;标题&lt;/b&gt;" in html
    (node,) = page_data(html)["nodes"]
    assert node["label"].startswith("鑫源</script>")  # intact once parsed


def test_kg_viz_without_chapters(tmp_path):
    proc = kg("viz", HONGQI, "--out", tmp_path / "g.html", "--no-sections")
    assert proc.returncode == 0, proc.stderr
    classes = {n["cls"] for n in page_data((tmp_path / "g.html").read_text("utf-8"))["nodes"]}
    assert "Section" not in classes and "Enterprise" in classes
