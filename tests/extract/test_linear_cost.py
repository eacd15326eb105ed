"""Extraction's cost grows with a sentence's length, not with its square.

Not timed: the work is counted as the lines of govkg's own code that run (a trace), which
is the same on any machine. Doubling a line without punctuation, or a 分别 list, must not
much more than double it; a scan of all a sentence's tokens for each mention quadrupled it.
The benchmark of the same (in seconds) is bench/linear_cost.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kg.ingest.reader import read_report
from kg.pipeline import run

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "reports" / "yanhu-2023.txt"

#: Punctuation and white space, removed to make one long sentence of the sample.
_PUNCT = re.compile(r"[\s，。；、：！？,.;:!?“”（）()■《》]")


def _lines_run(path) -> int:
    """Lines of govkg's code executed building the report at ``path``."""
    doc = read_report(path)
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if "/kg/" not in frame.f_code.co_filename:
            return None
        count += 1
        return trace

    sys.settrace(trace)
    try:
        run(doc)
    finally:
        sys.settrace(None)
    return count


def _growth(tmp_path, make, n: int) -> float:
    paths = []
    for size in (n, 2 * n):
        path = tmp_path / f"case-{size}.txt"
        path.write_text("政府工作报告\n\n" + make(size) + "\n", encoding="utf-8")
        paths.append(path)
    run(read_report(paths[0]))  # lexicons and jieba load once, outside the count
    small, large = (_lines_run(p) for p in paths)
    return large / small


def test_line_without_punctuation_costs_linear(tmp_path):
    bare = _PUNCT.sub("", SAMPLE.read_text(encoding="utf-8"))
    assert _growth(tmp_path, lambda n: (bare * 20)[:n], 4000) < 2.5


def test_fenbie_list_costs_linear(tmp_path):
    def fenbie(n: int) -> str:  # 甲1科技、甲2科技 … 的产值分别增长1%、2% …
        names = "、".join(f"甲{i}科技" for i in range(n))
        rates = "、".join(f"{i % 9 + 1}%" for i in range(n))
        return f"今年以来，{names}的产值分别增长{rates}。"

    assert _growth(tmp_path, fenbie, 300) < 2.5
