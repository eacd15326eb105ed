"""Benchmark: a corpus in minutes. ``kg build`` alone, with ``--store``, with -j 1 and -j 2,
the store's size against a bulk load of the same quads, a rebuild, and 1,000 reports.

Every step runs ``kg`` as a user would, in a fresh process. Peak memory is the largest sum
of the proportional set sizes of the command and its worker processes, sampled every 0.1 s
(pages the forked workers share with their parent count once; the summed resident sizes,
which count them in every process, are given beside). CPU is the time of the command and
its workers together: on a shared machine it says more than the wall time. The figures go
to stdout (and ``--out FILE``) as Markdown tables, each step and then each aim of issue 12,
with the load of the machine.

    .venv/bin/python bench/corpus_bench.py [CORPUS] [--copies 1000] [--skip-thousand]
        [--out FILE]

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
    """Run a kg command: its wall time, CPU time (the command and its workers), peak memory
    (MB, the process tree: proportional set size, and resident set size summed), exit."""
    started = time.perf_counter()
    proc = subprocess.Popen([*KG, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    peak_pss = peak_rss = 0
    while proc.poll() is None:
        pss, rss = _tree_memory(proc.pid)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    out, err = (data.decode("utf-8", "replace") for data in proc.communicate())
    if proc.returncode != 0:
        sys.exit(f"{label}: exit {proc.returncode}\n{err[-2000:]}")
    cpu = _cpu_of_children() - run.cpu_before
    run.cpu_before += cpu
    print(f"  {label}: {seconds:.1f} s, {cpu:.1f} s of CPU, {peak_pss / 1024:.0f} MB "
          f"({peak_rss / 1024:.0f} MB resident summed)", file=sys.stderr)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_pss / 1024,
            "rss_mb": peak_rss / 1024, "stdout": out, "stderr": err}


def _cpu_of_children() -> float:
    """CPU seconds of this process's finished children and theirs (workers included)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


run.cpu_before = 0.0


def _tree_memory(pid: int) -> tuple[int, int]:
    """The memory of a process and all its descendants, in kB: the sum of their
    proportional set sizes (what they take from the machine: a page that forked workers
    share with their parent counts once) and the sum of their resident set sizes (a shared
    page counts in every process that maps it)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    pss = rss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


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


def bulk_size(dump: Path, tmp: Path) -> int:
    """The size of a store made by one call of Oxigraph's bulk loader from ``dump``."""
    import pyoxigraph as ox

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
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    n = len(list(corpus.glob("*.txt")))
    tmp = Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    load_before = os.getloadavg()
    r: dict = {}
    try:
        r["j1"] = run(["build", corpus, "--out", tmp / "j1", "-j", "1", "-q"], "build -j 1")
        r["j2"] = run(["build", corpus, "--out", tmp / "j2", "-j", "2", "-q"], "build -j 2")
        r["identical"] = same_outputs(tmp / "j1", tmp / "j2")
        r["store"] = run(["build", corpus, "--out", tmp / "s", "-j", "2", "--store",
                          tmp / "store"], "build -j 2 --store")
        r["size"], r["quads"] = du(tmp / "store"), quads(tmp / "store")
        r["again"] = run(["build", corpus, "--out", tmp / "s", "-j", "2", "--store",
                          tmp / "store"], "build again into the same store")
        r["size2"], r["quads2"] = du(tmp / "store"), quads(tmp / "store")
        r["export"] = run(["export", tmp / "store", "--format", "nq", "--out",
                           tmp / "all.nq"], "export the store as N-Quads")
        r["bulk"] = bulk_size(tmp / "all.nq", tmp)
        (tmp / "all.nq").unlink()
        if not args.skip_thousand:
            folder = thousand(corpus, tmp, args.copies)
            r["big"] = run(["build", folder, "--out", tmp / "t", "-j", "2", "--store",
                            tmp / "t-store"], f"{args.copies} reports into a store")
            r["big_size"], r["big_quads"] = du(tmp / "t-store"), quads(tmp / "t-store")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()
    text = tables(r, n, args.copies) + (
        f"\ncorpus: {corpus} ({n} reports); {os.cpu_count()} cores; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min)\n")
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


def tables(r: dict, n: int, copies: int) -> str:
    """The figures as two Markdown tables: each step, then each aim of issue 12."""
    def row(*cells):
        return "| " + " | ".join(cells) + " |\n"

    def step(label, key, note=""):
        x = r[key]
        return row(label, f"{x['seconds']:.1f} s", f"{x['cpu']:.1f} s", f"{x['peak_mb']:.0f} MB",
                   f"{x['rss_mb']:.0f} MB", note)

    j1, j2, st, again = r["j1"], r["j2"], r["store"], r["again"]
    speedup, store_ratio = j1["seconds"] / j2["seconds"], st["seconds"] / j2["seconds"]
    unchanged = (r["size2"], r["quads2"]) == (r["size"], r["quads"])
    change = f"CHANGED: {r['size']:,} → {r['size2']:,} bytes"
    out = row("step", "time", "CPU", "peak memory", "resident, summed", "")
    out += "|---|---:|---:|---:|---:|---|\n"
    out += step(f"`kg build` {n} reports, -j 1", "j1")
    out += step(f"`kg build` {n} reports, -j 2", "j2", f"{speedup:.2f}× faster; outputs "
                f"{'byte-identical' if r['identical'] else 'DIFFER'}")
    out += step("`kg build --store`, -j 2", "store",
                f"{store_ratio:.2f}× `kg build` alone ({st['cpu'] / j2['cpu']:.2f}× its CPU)")
    out += row("store on disk", f"{r['size'] / 1e6:.0f} MB", "", "", "",
               f"{r['quads']:,} quads; {r['size'] / r['bulk']:.2f}× one bulk load of the same "
               f"quads ({r['bulk'] / 1e6:.0f} MB)")
    out += step("build again into the store", "again",
                f"store {r['size2'] / 1e6:.0f} MB, {r['quads2']:,} quads "
                f"({'unchanged' if unchanged else change}); {_store_line(again)}")
    out += step("`kg export STORE` as N-Quads", "export")
    if "big" in r:
        out += step(f"{copies:,} reports into a store, -j 2", "big",
                    f"{r['big_size'] / 1e6:,.0f} MB, {r['big_quads']:,} quads")
    peak = max(x["peak_mb"] for x in (j1, j2, st, again))

    def verdict(ok):
        return "holds" if ok else "not met"

    out += "\n" + row("aim", "measured", "verdict") + "|---|---|---|\n"
    out += row("`-j 2` ≥ 1.6× `-j 1`, outputs byte-identical",
               f"{speedup:.2f}×, {'byte-identical' if r['identical'] else 'DIFFER'}",
               verdict(speedup >= 1.6 and r["identical"]))
    out += row("`--store` ≤ 1.3× `kg build` alone", f"{store_ratio:.2f}× ({st['seconds']:.1f} s "
               f"against {j2['seconds']:.1f} s)", verdict(store_ratio <= 1.3))
    out += row("store ≤ 2× a bulk load", f"{r['size'] / r['bulk']:.2f}×",
               verdict(r["size"] <= 2 * r["bulk"]))
    out += row("a rebuild leaves size and quad count unchanged",
               "unchanged" if unchanged else "CHANGED", verdict(unchanged))
    out += row("peak memory < 500 MB (process tree, corpus builds)", f"{peak:.0f} MB",
               verdict(peak < 500))
    if "big" in r:
        out += row(f"{copies:,} reports into a store < 2 min", f"{r['big']['seconds']:.1f} s",
                   verdict(r["big"]["seconds"] < 120))
    return out


def _store_line(result: dict) -> str:
    """What the build's store line says (added, replaced, unchanged)."""
    line = next((x for x in result["stdout"].splitlines() if x.startswith("store ")), "")
    return line.split(": ", 1)[-1].split(";")[0]


if __name__ == "__main__":
    raise SystemExit(main())
