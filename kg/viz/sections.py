"""Chapter hubs: one node per chapter of a report, linked to what the chapter speaks of.

A work report is organized by theme (回顾 > (二) 构建现代产业体系 …); drawing its chapters
as hubs gathers the enterprises, projects and figures of one theme around one node, which
is how a reader of the report finds them. Chapters come from the sentences'
``gov:sectionPath``, cut to :data:`DEPTH` headings (the part and its chapters).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.rdf.iris import digest
from kg.rdf.namespace import GOV
from kg.viz.labels import class_name

#: Headings of a section path that make a chapter: the part (回顾, 展望) and its chapters.
DEPTH = 2
#: Longest chapter name drawn on the page (the whole heading is in the tooltip).
MAX_LABEL = 18

_PATH = str(GOV.sectionPath)
#: Bullets some reports put before their headings (■ 节约裕民 …).
_MARKS = "■□▲△◆◇●○★☆▶►◎·•- \u3000"


def add_sections(graph: nx.MultiDiGraph, facts) -> None:
    """Add chapter nodes (class ``Section``) and ``inSection`` edges to ``graph``.

    Args:
        graph: the view, with its entity and statement nodes.
        facts: the view's triples (``kg.viz.network._Facts``).
    """
    members: dict[str, set[str]] = defaultdict(set)
    chapters: dict[str, tuple[str, str]] = {}
    for node, cls in list(graph.nodes(data="class")):
        if cls == "Sentence":
            continue
        for x in facts.sentences(node):
            path = facts.literal(x, _PATH)
            if not path:
                continue
            chapter = " > ".join(path.split(" > ")[:DEPTH])
            for report in facts.sentence_reports(x):
                hub = f"section/{report}/{digest(chapter)}"
                members[hub].add(node)
                chapters[hub] = (report, chapter)
    for hub in sorted(members):
        report, chapter = chapters[hub]
        graph.add_node(hub, **{"class": "Section", "label": _short(chapter), "report": report,
                               "title": "\n".join([class_name("Section"), chapter,
                                                   f"报告: {report}",
                                                   f"关联: {len(members[hub])} 个节点"]),
                               "path": chapter})
    for hub, nodes in sorted(members.items()):
        for node in sorted(nodes):
            graph.add_edge(node, hub, key="inSection", relation="inSection", label="章节",
                           title=f"章节 (inSection)\n{chapters[hub][1]}")


def _short(chapter: str) -> str:
    """The chapter's own heading (its last part), cut to a drawable length."""
    name = chapter.rsplit(" > ", 1)[-1].lstrip(_MARKS)
    return name if len(name) <= MAX_LABEL else name[:MAX_LABEL - 1] + "…"
