"""Pages of a whole corpus: an index of every report with its counts, and an overview that
draws what a corpus view should show.

The overview draws regions, enterprises, programs and honors, each sized by how many reports
name it, linked across reports: a report's region to what the report names, a recipient to
the honor it received. No chapter cards, no figures: those are in each report's own page.
Each report contributes a small :class:`Items` (made where the report is built, so no
report's graph is kept), and :class:`Overview` adds them up.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS

from kg.rdf.namespace import GOV, GOV_IRI

#: Classes the overview draws (the most specific class of a node decides).
REGIONS = ("Country", "Province", "City", "County", "Town", "Village", "Region")
DRAWN = (*REGIONS, "Enterprise", "Program", "Honor")

#: Nodes the overview draws at most (by how many reports name them).
MAX_NODES = 1500

_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_REGION, _RECIPIENT, _HONOR = str(GOV.region), str(GOV.recipient), str(GOV.honor)


@dataclass
class Items:
    """What one report gives the overview: its region, the things it names, who got what."""

    report: str
    region: str | None = None
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI → (class, label)
    awards: list[tuple[str, str]] = field(default_factory=list)  # (recipient, honor)


def report_items(report: str, triples) -> Items:
    """The overview's part of one report graph."""
    classes: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[str]] = defaultdict(list)
    region, awards, recipients, honors = None, {}, {}, {}
    for t in triples:
        s, p = str(t.subject.value), t.predicate.value
        if p == _TYPE and t.object.value.startswith(GOV_IRI):
            classes[s].add(t.object.value[len(GOV_IRI):])
        elif p == _LABEL and isinstance(t.object, ox.Literal):
            labels[s].append(t.object.value)
        elif p == _REGION and s == report:  # the report's own region (graph name = report)
            region = t.object.value
        elif p == _RECIPIENT:
            recipients[s] = t.object.value
        elif p == _HONOR:
            honors[s] = t.object.value
    for award, who in sorted(recipients.items()):
        if award in honors:
            awards[award] = (who, honors[award])
    items = Items(report, region, awards=sorted(awards.values()))
    for s, found in classes.items():
        cls = next((c for c in DRAWN if c in found), None)
        if cls and labels.get(s):
            items.entities[s] = (cls, sorted(labels[s])[0])
    return items


class Overview:
    """The corpus overview, added up one report at a time."""

    def __init__(self):
        self.named: dict[str, set[str]] = defaultdict(set)  # node → reports naming it
        self.about: dict[str, tuple[str, str]] = {}
        self.links: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.reports = 0

    def add(self, items: Items) -> None:
        self.reports += 1
        for iri, about in items.entities.items():
            self.about.setdefault(iri, about)
            self.named[iri].add(items.report)
        if items.region:
            self.named[items.region].add(items.report)
            for iri in items.entities:
                if iri != items.region:
                    self.links[(items.region, iri, "names")].add(items.report)
        for who, honor in items.awards:
            self.links[(who, honor, "received")].add(items.report)

    def graph(self, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, list[str]]:
        """The view to draw, and notes (Chinese, then English) on what was left out."""
        from kg.viz.filters import Note
        from kg.viz.labels import CLASS_NAMES

        regions = {a for a, _, rel in self.links if rel == "names"}
        wanted = [n for n in self.about if len(self.named[n]) >= 2 or n in regions]
        wanted.sort(key=lambda n: (-len(self.named[n]), n not in regions, self.about[n][1], n))
        notes = []
        if len(wanted) > max_nodes:
            notes.append(Note(f"{len(wanted):,} nodes: drawing the {max_nodes:,} that the "
                              "most reports name; raise --max-nodes to draw more.",
                              f"共 {len(wanted):,} 个节点，只画出被最多报告提到的 "
                              f"{max_nodes:,} 个；调高 --max-nodes 可画出更多。"))
            wanted = wanted[:max_nodes]
        keep = set(wanted)
        graph = nx.MultiDiGraph()
        for n in sorted(keep, key=lambda n: (self.about[n][0], self.about[n][1], n)):
            cls, label = self.about[n]
            reports = sorted(self.named[n])
            shown = "、".join(reports[:8]) + (" …" if len(reports) > 8 else "")
            graph.add_node(n, **{
                "class": cls, "label": label, "report": "; ".join(reports),
                "title": f"{CLASS_NAMES.get(cls, cls)} {cls}: {label}\n"
                         f"{len(reports)} 份报告提到 · named in {len(reports)} reports\n{shown}",
                "size": round(10 + 6 * len(reports) ** 0.5, 1)})
        for (a, b, rel), reports in sorted(self.links.items()):
            if a in keep and b in keep:
                word = "提到 names" if rel == "names" else "获得 received"
                graph.add_edge(a, b, relation=rel, label="",
                               title=f"{word} · {len(reports)} 份报告 reports")
        graph.graph["reports"] = {}
        return graph, notes


def overview_of(source: Path) -> Overview:
    """The overview of every report graph of a store (one graph at a time) or a graph file."""
    overview = Overview()
    source = Path(source)
    if not source.is_dir():
        from kg.store.files import read_graphs

        for name, triples in read_graphs(source).items():
            overview.add(report_items(name, triples))
        return overview
    from kg.store import graph_triples, open_store, report_graphs

    store = open_store(source, create=False)
    try:
        for graph in report_graphs(store):
            overview.add(report_items(graph.value, graph_triples(store, graph)))
    finally:
        del store
    return overview


def write_overview(overview: Overview, path: Path, *, title: str | None = None,
                   max_nodes: int = MAX_NODES, shared_library: bool = False) -> nx.MultiDiGraph:
    """Write the overview page to ``path``; the graph it draws."""
    from kg.rdf.serialize import write_atomic
    from kg.viz import page

    graph, notes = overview.graph(max_nodes)
    library = page.write_library(Path(path).parent) if shared_library else None
    heading = title or f"语料概览 · Corpus overview · {overview.reports} 份报告 reports"
    write_atomic(Path(path), page.render(graph, title=heading, notes=notes,
                                         library=library).encode("utf-8"))
    return graph


_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: {font}; margin: 2em; color: #1a1a1a; }}
table {{ border-collapse: collapse; }}
th, td {{ padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
th {{ background: #f3f5f7; position: sticky; top: 0; }}
</style>
</head>
<body>
"""


def write_corpus_pages(out: Path, built: list, overview: Overview | None = None) -> Path:
    """Write ``index.html`` in ``out`` (every report built, with its counts and links) and,
    given an overview, ``overview.html``.

    Returns:
        The index page's path.
    """
    from kg.rdf.serialize import write_atomic
    from kg.viz.page import FONT_STACK

    rows = []
    for b in sorted(built, key=lambda b: b.name):
        name = html.escape(b.name)
        graph = html.escape(b.target.name) if b.target else ""
        rows.append(
            f'<tr><td><a href="{name}.html">{name}</a></td>'
            f'<td class="n">{b.sentences}</td><td class="n">{sum(b.entities.values())}</td>'
            f'<td class="n">{b.observations}</td><td class="n">{b.targets}</td>'
            f'<td class="n">{b.awards}</td><td><a href="{graph}">{graph}</a></td></tr>')
    title = f"报告索引 · Reports · {len(built)}"
    link = ""
    if overview is not None:
        write_overview(overview, Path(out) / "overview.html", shared_library=True)
        link = ('<p><a href="overview.html">语料概览：地区、企业、政策举措与荣誉 · '
                'Corpus overview: regions, enterprises, programs and honors</a></p>\n')
    page = (_HEAD.format(title=html.escape(title), font=FONT_STACK)
            + f"<h1>{html.escape(title)}</h1>\n{link}<table>\n<thead><tr>"
            "<th>报告 Report</th><th>句子 Sentences</th><th>实体 Entities</th>"
            "<th>数据 Observations</th><th>目标 Targets</th><th>荣誉 Awards</th>"
            "<th>图 Graph</th></tr></thead>\n<tbody>\n" + "\n".join(rows)
            + "\n</tbody>\n</table>\n</body>\n</html>\n")
    index = Path(out) / "index.html"
    write_atomic(index, page.encode("utf-8"))
    return index
