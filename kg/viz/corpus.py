"""Pages of a whole build: an index of every report with its counts, beside the reports'
own pages and graph files (``kg build --html``)."""

from __future__ import annotations

import html
from pathlib import Path

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


def write_corpus_pages(out: Path, built: list) -> Path:
    """Write ``index.html`` in ``out``: every report built, with its counts and links.

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
    title = f"报告索引 Reports · {len(built)}"
    page = (_HEAD.format(title=html.escape(title), font=FONT_STACK)
            + f"<h1>{html.escape(title)}</h1>\n<table>\n<thead><tr>"
            "<th>报告 Report</th><th>句子 Sentences</th><th>实体 Entities</th>"
            "<th>指标 Observations</th><th>目标 Targets</th><th>荣誉 Awards</th>"
            "<th>图 Graph</th></tr></thead>\n<tbody>\n" + "\n".join(rows)
            + "\n</tbody>\n</table>\n</body>\n</html>\n")
    index = Path(out) / "index.html"
    write_atomic(index, page.encode("utf-8"))
    return index
