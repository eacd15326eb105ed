"""Benchmark: a corpus in minutes. ``kg build`` alone, with ``--store``, with -j 1 and -j 2,
the store's size against a bulk load of the same quads, a rebuild, and 1,000 reports.

Every step runs ``kg`` as a user would, in a fresh process; peak memory is the largest sum
of the resident memory of the command and its worker processes (sampled every 0.1 s).
The figures go to stdout as a Markdown table, with the load of the machine (it may be shared).

    .venv/bin/python bench/corpus_bench.py [CORPUS] [--copies 1000] [--skip-thousand]

CORPUS defaults to ../shared/reports/corpus. This is a script, not a timed test.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]


def run(args: list, label: str) -> dict:
    """Run a kg command; its wall time, peak memory (MB, the process tree) and exit status."""
    started = time.perf_counter()
    proc = subprocess.Popen([*KG, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{label}: exit {proc.returncode}\n{err[-2000:]}")
    print(f"  {label}: {seconds:.1f} s, {peak / 1024:.0f} MB", file=sys.stderr)
    return {"seconds": seconds, "peak_mb": peak / 1024, "stdout": out, "stderr": err}


def _tree_rss(pid: int) -> int:
    """Resident kB of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS")), 0)
        except OSError:
            pass
    return total


def du(path: Path) -> int:
    """Bytes on disk of a folder's files (RocksDB's own text logs left out)."""
    return sum(p.stat().st_size for p in Path(path).rglob("*")
               if p.is_file() and not p.name.startswith("LOG"))


def quads(store: Path) -> int:
    import pyoxigraph as ox

    s = ox.Store(str(store))
    n = len(s)
    del s
    return n


def bulk_size(store: Path, tmp: Path) -> int:
    """The size of a store made by Oxigraph's bulk loader from the same quads."""
    import pyoxigraph as ox

    dump = tmp / "all.nq"
    run(["export", store, "--format", "nq", "--out", dump], "export the store as N-Quads")
    path = tmp / "bulk-store"
    s = ox.Store(str(path))
    s.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    s.flush()
    s.optimize()
    del s
    again = ox.Store(str(path))  # RocksDB drops spent logs on opening
    del again
    return du(path)


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def thousand(corpus: Path, tmp: Path, copies: int) -> Path:
    """``copies`` reports: the corpus repeated under distinct names, each copy's text made
    distinct by a last line (so that no report is a duplicate of another)."""
    folder = tmp / "thousand"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))
    for i in range(copies):
        source = files[i % len(files)]
        data = source.read_bytes()
        text = data.decode("utf-8", "replace")
        (folder / f"{source.stem}-copy{i:04d}.txt").write_text(
            text.rstrip("\n") + f"\n\n（第{i}份）\n", encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "reports" / "corpus")
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--skip-thousand", action="store_true")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    n = len(list(corpus.glob("*.txt")))
    tmp = Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    load_before = os.getloadavg()
    rows = []
    try:
        one = run(["build", corpus, "--out", tmp / "j1", "-j", "1", "-q"], "build -j 1")
        two = run(["build", corpus, "--out", tmp / "j2", "-j", "2", "-q"], "build -j 2")
        identical = same_outputs(tmp / "j1", tmp / "j2")
        stored = run(["build", corpus, "--out", tmp / "s", "-j", "2", "--store", tmp / "store"],
                     "build -j 2 --store")
        size, count = du(tmp / "store"), quads(tmp / "store")
        again = run(["build", corpus, "--out", tmp / "s", "-j", "2", "--store", tmp / "store"],
                    "build again into the same store")
        size2, count2 = du(tmp / "store"), quads(tmp / "store")
        bulk = bulk_size(tmp / "store", tmp)
        rows += [
            (f"`kg build` {n} reports, -j 1", f"{one['seconds']:.1f} s", f"{one['peak_mb']:.0f} MB", ""),
            (f"`kg build` {n} reports, -j 2", f"{two['seconds']:.1f} s", f"{two['peak_mb']:.0f} MB",
             f"{one['seconds'] / two['seconds']:.2f}× faster; outputs "
             f"{'byte-identical' if identical else 'DIFFER'}"),
            ("`kg build --store`, -j 2", f"{stored['seconds']:.1f} s", f"{stored['peak_mb']:.0f} MB",
             f"{stored['seconds'] / two['seconds']:.2f}× `kg build` alone"),
            ("store on disk", f"{size / 1e6:.0f} MB", "", f"{count:,} quads; "
             f"{size / bulk:.2f}× a bulk load of the same quads ({bulk / 1e6:.0f} MB)"),
            ("build again into the store", f"{again['seconds']:.1f} s", f"{again['peak_mb']:.0f} MB",
             f"store {size2 / 1e6:.0f} MB, {count2:,} quads "
             f"({'unchanged' if (size2, count2) == (size, count) else 'CHANGED'})"),
        ]
        if not args.skip_thousand:
            folder = thousand(corpus, tmp, args.copies)
            big = run(["build", folder, "--out", tmp / "t", "-j", "2", "--store",
                       tmp / "t-store"], f"{args.copies} reports into a store")
            rows.append((f"{args.copies} reports into a store, -j 2", f"{big['seconds']:.1f} s",
                         f"{big['peak_mb']:.0f} MB",
                         f"{du(tmp / 't-store') / 1e6:.0f} MB, {quads(tmp / 't-store'):,} quads"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()
    print(f"corpus: {corpus} ({n} reports); {os.cpu_count()} cores; load average "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min)\n")
    print("| step | time | peak memory | |")
    print("|---|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
