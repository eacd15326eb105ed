"""The interactive HTML page: pyvis over the networkx view, with a template of our own.

Everything the page needs is inside the file: vis-network's script and stylesheet are
copied in from the pyvis package's own bundled copy, and the template (``templates/``)
uses no Bootstrap and no CDN, so the page works with no network. Many pages side by side
(``kg build --html``) share one copy of vis-network in ``lib/`` beside them instead
(:func:`write_library`), still offline. The same graph always
gives the same bytes: nodes and edges in a stable order, JSON with sorted keys, and a
fixed seed for the layout, which is computed once in the browser and then frozen.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from kg.viz.labels import CLASS_NAMES

_HERE = Path(__file__).parent / "templates"

#: Shape, colour and legend glyph by class; classes not listed are drawn as grey dots.
STYLES = {
    "Province": ("diamond", "#b71c1c", "◆"), "City": ("diamond", "#c62828", "◆"),
    "County": ("diamond", "#d32f2f", "◆"), "Town": ("diamond", "#f57c00", "◆"),
    "Village": ("diamond", "#fbc02d", "◆"), "Region": ("diamond", "#e57373", "◆"),
    "Country": ("diamond", "#880e4f", "◆"),
    "Enterprise": ("dot", "#1e88e5", "●"), "Organization": ("dot", "#00897b", "●"),
    "Program": ("triangle", "#8e24aa", "▲"), "Project": ("square", "#6d4c41", "■"),
    "Event": ("hexagon", "#d81b60", "⬢"), "Place": ("triangleDown", "#43a047", "▼"),
    "Observation": ("dot", "#90a4ae", "•"), "Target": ("dot", "#9ccc65", "•"),
    "Award": ("star", "#ffb300", "★"), "Honor": ("star", "#ff8f00", "★"),
    "Section": ("box", "#37474f", "▬"),
    "Sentence": ("box", "#f5f5f5", "▭"),
}
_OTHER = ("dot", "#9e9e9e", "●")
#: Nodes drawn at a fixed size (statements are many and small); others grow with degree.
_FIXED_SIZE = {"Observation": 7, "Target": 7, "Award": 13}

#: Fonts that hold Chinese on Windows, macOS, Linux and Android, then the generic family.
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
              '"Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif')

#: The layout's seed: the same graph is laid out the same way every time.
SEED = 20231


#: The folder, beside shared pages, of the one copy of vis-network they load.
LIBRARY = "lib"


def _vis_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def write_library(folder: Path) -> str:
    """Put vis-network's script and stylesheet in ``folder/lib/`` (once: unchanged files are
    not rewritten); the relative path pages give to :func:`render` as ``library``."""
    from kg.rdf.serialize import write_atomic

    for name in ("vis-network.min.js", "vis-network.css"):
        data = (_vis_dir() / name).read_bytes()
        target = Path(folder) / LIBRARY / name
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
    return LIBRARY


def render(graph: nx.MultiDiGraph, *, title: str, notes: list[str] = (),
           total: tuple[int, int] | None = None, library: str | None = None) -> str:
    """The whole HTML page drawing ``graph``.

    Args:
        graph: the (possibly filtered) view to draw.
        title: the page's title and heading.
        notes: what was left out and why, shown under the heading.
        total: nodes and edges of the unfiltered view, when ``graph`` is a part of it.
        library: the relative folder of a shared vis-network (see :func:`write_library`);
            None puts vis-network inside the page.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, heading=title,
                  cdn_resources="in_line")
    # Assigned directly: pyvis's add_node/from_nx check membership in a list (quadratic).
    net.nodes = [_node(n, data, graph.degree(n)) for n, data in graph.nodes(data=True)]
    net.edges = [_edge(i, a, b, data) for i, (a, b, data) in enumerate(graph.edges(data=True))]
    net.options = options(len(net.nodes))
    net.templateEnv = _environment(graph, title, list(notes), total, library)
    net.path = "page.html"
    return net.generate_html()


def options(n_nodes: int) -> dict:
    """vis-network options: seeded physics that lays the graph out once, then stops."""
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": n_nodes <= 150},
        "nodes": {"borderWidth": 1, "widthConstraint": {"maximum": 200}},
        "edges": {"smooth": False, "selectionWidth": 1,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 800,
                        "multiselect": False},
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.015,
                                 "springLength": 90, "springConstant": 0.06,
                                 "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "fit": True, "updateInterval": 20,
                              "iterations": max(150, min(1000, 300_000 // max(n_nodes, 1)))},
        },
    }


def _node(node: str, data: dict, degree: int) -> dict:
    cls = data["class"]
    shape, color, _ = STYLES.get(cls, _OTHER)
    item = {"id": node, "label": data["label"], "title": data["title"], "cls": cls,
            "shape": shape, "search": _search_text(data)}
    if shape == "box":  # chapters (and sentences): text on a card
        dark = cls == "Section"
        item["color"] = {"background": color, "border": "#263238",
                         "highlight": {"background": color, "border": "#000000"}}
        item["font"] = {"color": "#ffffff" if dark else "#1a1a1a", "size": 15 if dark else 12,
                        "face": FONT_STACK}
        item["margin"] = 6
    else:
        item["color"] = {"background": color, "border": color,
                         "highlight": {"background": color, "border": "#000000"}}
        item["font"] = {"color": "#1a1a1a", "size": 13 if cls in _FIXED_SIZE else 15,
                        "face": FONT_STACK, "strokeWidth": 3, "strokeColor": "#ffffff"}
        item["size"] = data.get("size") or _FIXED_SIZE.get(cls) or \
            round(10 + 3 * min(degree, 30) ** 0.5, 1)
    return item


def _search_text(data: dict) -> str:
    """What the search box matches: the name, other names and the values, lower-cased."""
    words = [data["label"], data.get("aliases", ""), data.get("indicator", ""),
             data.get("honor", "")]
    return " ".join(w for w in words if w).lower()


def _edge(index: int, a: str, b: str, data: dict) -> dict:
    item = {"id": f"e{index}", "from": a, "to": b, "title": data.get("title", ""),
            "relation": data.get("relation", "")}
    if data.get("relation") == "sameSentence":
        item |= {"dashes": True, "color": {"color": "#c4c4c4", "highlight": "#78909c"},
                 "width": 1, "arrows": {"to": {"enabled": False}}}
    else:
        item |= {"color": {"color": "#8d8d8d", "highlight": "#455a64"}, "width": 1.5}
    return item


def legend(graph: nx.MultiDiGraph) -> list[dict]:
    """One legend line per class present: glyph, colour, name, count (in CLASS_NAMES order)."""
    counts = Counter(cls for _, cls in graph.nodes(data="class"))
    order = {cls: i for i, cls in enumerate([*STYLES, *CLASS_NAMES])}
    lines = []
    for cls in sorted(counts, key=lambda c: (order.get(c, len(order)), c)):
        shape, color, glyph = STYLES.get(cls, _OTHER)
        shown = "#78909c" if cls == "Sentence" else color  # its pale card would not show
        lines.append({"cls": cls, "glyph": glyph, "color": shown, "count": counts[cls],
                      "name": f"{CLASS_NAMES.get(cls, cls)} {cls}"})
    return lines


def _environment(graph, title, notes, total, library=None):
    """A Jinja environment over our template, with everything the page shows as globals."""
    import jinja2

    lib = _vis_dir()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_HERE)), autoescape=True,
                             keep_trailing_newline=True)
    # Chinese stays readable in the file; <, >, & and ' are still escaped for <script>.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.globals["page"] = {
        "title": title, "notes": notes, "legend": legend(graph), "font": FONT_STACK,
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "total_nodes": total[0] if total else graph.number_of_nodes(),
        "total_edges": total[1] if total else graph.number_of_edges(),
        # Read as text, not as templates: minified code may hold "{#" or "{{".
        "library": library,
        "vis_js": "" if library else (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": "" if library else (lib / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": (_HERE / "page.js").read_text(encoding="utf-8"),
        "page_css": (_HERE / "page.css").read_text(encoding="utf-8"),
    }
    return env
