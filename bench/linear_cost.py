"""Benchmark: does a long sentence cost what its length costs? (build time stays linear)

Side by side, each in a fresh ``kg build`` process:

- *normal text*: real reports joined to SIZE bytes (paragraphs, punctuation and all);
- *one line*: the same text with every punctuation mark and line break removed, so the
  whole SIZE is one sentence, which once cost time quadratic in its length;
- *分别 lists* of N and 2N items (甲1科技、甲2科技 … 分别增长1%、2% …): doubling the list
  should double the time, not more.

The aim: the line within 3× the normal text, and a doubled list within 2.5× of the list.
Run from the repository root (the corpus of real reports is read from ../shared):

    .venv/bin/python bench/linear_cost.py [--size 2000000] [--items 1600]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "reports" / "corpus"
SAMPLE = ROOT / "data" / "reports" / "yanhu-2023.txt"
#: What the line loses: punctuation of both widths, brackets, quotes and all white space.
_PUNCT = re.compile(r"[\s，。；、：！？,.;:!?“”‘’\"'（）()【】《》〈〉「」■●◆…—·]")


def normal_text(size: int, corpus: Path) -> str:
    """Real reports in file order, as the layout step leaves them (page furniture gone, so
    none of the text is dropped as such), joined until ``size`` bytes of UTF-8."""
    from kg.ingest.layout import lay_out
    from kg.ingest.reader import read_report

    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else [SAMPLE]
    parts, total = [], 0
    while total < size:
        for path in files:
            try:
                text = lay_out(read_report(path)).text
            except Exception:  # noqa: BLE001 - a report the reader refuses is left out
                continue
            parts.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return _cut("\n\n".join(parts), size)


def one_line(text: str, size: int) -> str:
    """``text`` without punctuation or line breaks, repeated to ``size`` bytes."""
    bare = _PUNCT.sub("", text)
    return _cut(bare * (size // max(len(bare.encode("utf-8")), 1) + 1), size)


def fenbie_list(items: int) -> str:
    """One sentence: a list of ``items`` made-up enterprises and their growths after 分别."""
    names = "、".join(f"甲{i}科技" for i in range(items))
    rates = "、".join(f"{i % 9 + 1}.{i % 7}%" for i in range(items))
    return f"今年以来，{names}的产值分别增长{rates}。\n"


def _cut(text: str, size: int) -> str:
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def build_seconds(path: Path, out: Path) -> float:
    """Wall seconds of ``kg build`` on one report, in a fresh process."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", str(path), "--out", str(out), "-q"],
                   check=False, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=2_000_000, help="bytes of text (default 2 MB)")
    ap.add_argument("--items", type=int, default=1600, help="items of the 分别 list")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of real reports")
    args = ap.parse_args()
    header = "政府工作报告\n\n"
    with tempfile.TemporaryDirectory(prefix="kg-linear-") as tmp:
        tmp_path = Path(tmp)
        normal = normal_text(args.size, args.corpus)
        cases = {"normal text": header + normal, "one line": header + one_line(normal, args.size),
                 f"分别 list of {args.items}": header + fenbie_list(args.items),
                 f"分别 list of {2 * args.items}": header + fenbie_list(2 * args.items)}
        times = {}
        print(f"{'case':<22}{'bytes':>12}{'seconds':>10}")
        for i, (name, text) in enumerate(cases.items()):
            path = tmp_path / f"case{i}.txt"
            path.write_text(text, encoding="utf-8")
            times[name] = build_seconds(path, tmp_path / "out")
            print(f"{name:<22}{path.stat().st_size:>12,}{times[name]:>10.2f}")
    line = times["one line"] / times["normal text"]
    doubled = times[f"分别 list of {2 * args.items}"] / times[f"分别 list of {args.items}"]
    print(f"one line / normal text: {line:.2f} (aim ≤ 3)")
    print(f"分别 list doubled: {doubled:.2f} (aim ≤ 2.5; quadratic would be 4)")


if __name__ == "__main__":
    main()
