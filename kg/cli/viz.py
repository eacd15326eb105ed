"""kg viz: write an interactive HTML page of a graph, to explore it in a browser.

The page is one file that works offline: nodes coloured and shaped by class with a legend
that filters them, a name search, the evidence sentence on hover, a click to highlight a
node's neighbours. A graph of more than --max-nodes nodes is cut to its best-connected
nodes, with a warning; choose what to draw with --classes, --report and --top.

--overview draws a corpus instead: regions, enterprises, programs and honors, each sized by
how many reports name it, a report's region linked to what the report names and a recipient
to its honor (no chapters, no figures).

examples:
  kg viz out/yanhu-2023.ttl --out graph.html
  kg viz store/ --out overview.html --overview
  kg viz store/ --out enterprises.html --classes Enterprise,Award,County,Town
  kg viz store/ --out one.html --report yanhu-2023 --top 300
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.cli.args import at_least

HELP = "write an interactive, offline HTML page of a graph file or store"


def add_arguments(parser) -> None:
    from kg.viz.filters import DEFAULT_MAX_NODES

    parser.add_argument("source", type=Path, metavar="GRAPH",
                        help="a graph file (.ttl .nt .nq .trig .jsonld) or a store directory")
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="PAGE",
                        help="the HTML file to write, atomically (a regular file only; "
                        "- for standard output)")
    parser.add_argument("--classes", metavar="LIST", type=_names,
                        help="draw only these classes, comma-separated (Enterprise,Award or "
                        "企业,荣誉)")
    parser.add_argument("--report", metavar="NAME", action="append", dest="reports",
                        help="draw only what this report holds (its file name without "
                        "extension); repeat for several")
    parser.add_argument("--top", type=at_least(1), metavar="N",
                        help="draw the N best-connected nodes (by degree)")
    parser.add_argument("--max-nodes", type=at_least(1), default=DEFAULT_MAX_NODES, metavar="N",
                        help="past this many nodes, draw only the best-connected N "
                        f"and warn (default: {DEFAULT_MAX_NODES})")
    parser.add_argument("--show-sentences", action="store_true",
                        help="draw sentences as nodes (by default their text is in tooltips)")
    parser.add_argument("--no-sections", dest="sections", action="store_false",
                        help="draw no chapter hubs (by default each chapter of a report is a "
                        "node linked to what it speaks of)")
    parser.add_argument("--title", metavar="TEXT", help="the page's heading")
    parser.add_argument("--overview", action="store_true",
                        help="draw the corpus overview (regions, enterprises, programs, "
                        "honors across reports) instead of the graph's own nodes")


def run(args) -> int:
    from kg.viz import write_page

    if args.overview:
        from kg.viz.corpus import overview_of, write_overview

        overview = overview_of(args.source)
        graph = write_overview(overview, args.out, title=args.title, max_nodes=args.max_nodes)
        print(f"{args.out}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} "
              f"edges from {overview.reports} reports")
        return 0
    summary = write_page(args.source, args.out, classes=args.classes, reports=args.reports,
                         top=args.top, max_nodes=args.max_nodes,
                         show_sentences=args.show_sentences, sections=args.sections,
                         title=args.title)
    for note in summary.notes:
        print(f"kg viz: warning: {note}", file=sys.stderr)
    part = ("" if summary.nodes == summary.total_nodes
            else f" (of {summary.total_nodes:,} nodes, {summary.total_edges:,} edges)")
    # with --out - the page is standard output, and the summary goes beside it
    stream = sys.stderr if str(args.out) == "-" else sys.stdout
    print(f"{summary.path}: {summary.nodes:,} nodes, {summary.edges:,} edges{part}",
          file=stream)
    return 0


def _names(text: str) -> list[str]:
    return [name for name in (part.strip() for part in text.replace("，", ",").split(","))
            if name]
