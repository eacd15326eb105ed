"""Choose what a page draws: by class, by report, the best-connected N, and a size limit.

A page of tens of thousands of nodes freezes the browser while it lays them out, so past
``max_nodes`` the view is cut to its best-connected nodes by default, and the notes say
what was left out and how to choose instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.errors import KGError
from kg.viz.labels import CLASS_NAMES

if TYPE_CHECKING:
    import networkx as nx

#: Nodes a page draws at most unless told otherwise (vis-network stays responsive).
DEFAULT_MAX_NODES = 2000


class Note(str):
    """A note on what a page leaves out: English (the text, as the command line prints it),
    with its Chinese in ``zh`` (what the page shows first)."""

    zh: str

    def __new__(cls, en: str, zh: str):
        note = super().__new__(cls, en)
        note.zh = zh
        return note


class VizError(KGError):
    """A filter that cannot be applied: an unknown class or report."""


def select(graph: nx.MultiDiGraph, *, classes: Iterable[str] | None = None,
           reports: Iterable[str] | None = None, top: int | None = None,
           max_nodes: int | None = DEFAULT_MAX_NODES) -> tuple[nx.MultiDiGraph, list[str]]:
    """The part of ``graph`` to draw, and notes on what was left out.

    Args:
        graph: a view made by :func:`kg.viz.network.to_networkx`.
        classes: keep only nodes of these classes (``Enterprise`` or ``企业``, any case).
        reports: keep only nodes of these reports (file names without extension).
        top: keep the ``top`` nodes of highest degree (ties broken by IRI).
        max_nodes: when more nodes remain than this, keep the best-connected ``max_nodes``
            and say so (None: no limit).

    Raises:
        VizError: a class or report that the graph does not hold.
    """
    notes = []
    keep = list(graph)
    if classes:
        wanted = _classes(graph, classes)
        keep = with_context(graph, [n for n in keep if graph.nodes[n]["class"] in wanted])
    if reports:
        wanted = _reports(graph, reports)
        keep = [n for n in keep if wanted & set(graph.nodes[n]["report"].split("; "))]
    if top is not None and top < len(keep):
        keep = _best_connected(graph.subgraph(keep), top)
    elif max_nodes is not None and len(keep) > max_nodes:
        cut = _best_connected(graph.subgraph(keep), max_nodes)
        notes.append(_limit_note(graph, keep, cut, max_nodes))
        keep = cut
    return induced(graph, keep), notes


#: Relations that say what a node is (an award's recipient, a village's town), as against
#: being named in one sentence or one chapter.
MEANINGFUL = frozenset({"recipient", "partOf"})


def with_context(graph: nx.MultiDiGraph, kept: list[str]) -> list[str]:
    """``kept``, with the neighbours that make a kept node meaningful: a node that would be
    drawn alone gets the nodes it is linked to by :data:`MEANINGFUL` relations (an award its
    recipient, a village its town), whatever their class. In ``graph``'s order."""
    chosen = set(kept)

    def linked(n):
        for a, b, rel in graph.out_edges(n, data="relation"):
            if rel in MEANINGFUL:
                yield b
        for a, b, rel in graph.in_edges(n, data="relation"):
            if rel in MEANINGFUL:
                yield a

    extra = set()
    for n in kept:
        if not any(m in chosen for m in graph.successors(n)) and \
                not any(m in chosen for m in graph.predecessors(n)):
            extra.update(m for m in linked(n) if m not in chosen)
    return [n for n in graph if n in chosen or n in extra]


def induced(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The subgraph on ``nodes``, in ``graph``'s order (``graph.subgraph`` may iterate a set,
    whose order changes from run to run)."""
    import networkx as nx

    keep = set(nodes)
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, data) for n, data in graph.nodes(data=True) if n in keep)
    out.add_edges_from((a, b, key, data) for a, b, key, data in
                       graph.edges(keys=True, data=True) if a in keep and b in keep)
    return out


def _classes(graph: nx.MultiDiGraph, asked: Iterable[str]) -> set[str]:
    present = {c for _, c in graph.nodes(data="class")}
    by_name = {c.lower(): c for c in present | set(CLASS_NAMES)}
    by_name |= {zh: c for c, zh in CLASS_NAMES.items()}
    found = set()
    for name in asked:
        cls = by_name.get(name.strip().lower()) or by_name.get(name.strip())
        if cls is None:
            raise VizError(f"unknown class {name!r}; classes in this graph: "
                           f"{', '.join(sorted(present)) or 'none'}")
        found.add(cls)
    return found


def _reports(graph: nx.MultiDiGraph, asked: Iterable[str]) -> set[str]:
    present = sorted(graph.graph.get("reports", {}))
    found = set()
    for name in asked:
        if name not in present:
            shown = ", ".join(present[:10]) + (" …" if len(present) > 10 else "")
            raise VizError(f"no report {name!r} in this graph; reports: {shown or 'none'}")
        found.add(name)
    return found


def _best_connected(graph: nx.MultiDiGraph, n: int) -> list[str]:
    ranked = sorted(graph.degree, key=lambda item: (-item[1], item[0]))
    return [node for node, _ in ranked[:n]]


def _limit_note(graph: nx.MultiDiGraph, kept: list[str], cut: list[str], limit: int) -> str:
    left = Counter(graph.nodes[n]["class"] for n in set(kept) - set(cut))
    what = ", ".join(f"{count:,} {cls}" for cls, count in
                     sorted(left.items(), key=lambda item: (-item[1], item[0])))
    what_zh = "、".join(f"{CLASS_NAMES.get(cls, cls)} {count:,} 个" for cls, count in
                        sorted(left.items(), key=lambda item: (-item[1], item[0])))
    return Note(f"{len(kept):,} nodes is more than the page limit ({limit:,}): drawing the "
                f"{limit:,} best-connected; left out {what}. Choose what to draw with "
                "--classes, --report or --top N, or raise --max-nodes.",
                f"共 {len(kept):,} 个节点，超过页面上限 {limit:,}：只画出连接最多的 {limit:,} 个，"
                f"未画出 {what_zh}。可用 --classes、--report 或 --top N 选择要画的内容，"
                "或调高 --max-nodes。")
