"""Benchmark: rdflib's in-memory graph against the embedded Oxigraph store, side by side.

The sample's graph is replicated under distinct report IRIs (entities and indicators stay
shared, as in a real corpus) to about a million triples, written once as N-Quads; then:
load time (parse + insert of the same file) and the median latency of every example query,
for each engine, with the ratio. Run from the repository root:

    .venv/bin/python bench/store_bench.py [--triples 1000000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import build_document  # noqa: E402
from kg.query.sparql import PREDECLARED  # noqa: E402
from kg.rdf import iris  # noqa: E402
from kg.rdf.mapping import triples  # noqa: E402
from kg.store import UNION, replace_graph  # noqa: E402

SAMPLE = ROOT / "data" / "reports" / "yanhu-2023.txt"
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))


def corpus(target: int) -> tuple[Path, int, int]:
    """Write the replicated corpus as N-Quads; its path, triple count and report count."""
    doc = build_document(SAMPLE)
    base = sorted(set(triples(doc)), key=str)
    slug = iris.report_slug(doc.name)
    copies = max(1, round(target / len(base)))

    def rename(term, k):
        if isinstance(term, ox.NamedNode) and slug in term.value:
            return ox.NamedNode(term.value.replace(slug, f"{slug}-c{k:04d}"))
        return term

    path = Path(tempfile.mkdtemp(prefix="store-bench-")) / "corpus.nq"
    with open(path, "wb") as out:
        for k in range(copies):
            graph = ox.NamedNode(iris.report(f"{doc.name}-c{k:04d}"))
            quads = [ox.Quad(rename(t.subject, k), t.predicate, rename(t.object, k), graph)
                     for t in base]
            out.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return path, copies * len(base), copies


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def load_rdflib(path: Path):
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    return dataset


def load_oxigraph(path: Path, store_dir: Path):
    """Bulk load; queries read the union of the report graphs (as kg's store does)."""
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return store


def load_oxigraph_per_report(path: Path, store_dir: Path) -> None:
    """As ``kg build --store`` loads: one transaction per report graph."""
    from itertools import groupby

    store = ox.Store(str(store_dir))
    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    for graph, group in groupby(quads, key=lambda q: q.graph_name.value):
        replace_graph(store, graph, (ox.Triple(q.subject, q.predicate, q.object) for q in group))
    store.flush()


def median_latency(run, query: str, repeats: int, budget: float | None = None):
    """Median seconds and row count over ``repeats`` runs. With a ``budget``, the first run
    is made in a forked child and killed past it (then: ``(None, None)``, no more runs)."""
    times, rows = [], 0
    for n in range(repeats):
        if budget is not None and n == 0:
            seconds, rows = _forked(lambda: timed(lambda: len(list(run(query)))), budget)
            if seconds is None:
                return None, None
        else:
            seconds, rows = timed(lambda: len(list(run(query))))
        times.append(seconds)
    return statistics.median(times), rows


def _forked(fn, budget: float):
    """Run ``fn`` in a forked copy of this process (sharing the loaded graph); its result,
    or ``(None, None)`` when it runs past ``budget`` seconds and is killed."""
    import os
    import select

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, report, leave without cleanup
        os.close(read)
        seconds, rows = fn()
        os.write(write, f"{seconds} {rows}".encode())
        os._exit(0)
    os.close(write)
    ready, _, _ = select.select([read], [], [], budget)
    if not ready:
        os.kill(pid, 9)
    data = os.read(read, 100) if ready else b""
    os.waitpid(pid, 0)
    os.close(read)
    if not data:
        return None, None
    seconds, rows = data.split()
    return float(seconds), int(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds an rdflib query may take before it is stopped")
    args = parser.parse_args()

    path, count, reports = corpus(args.triples)
    print(f"corpus: {count:,} triples in {reports} report graphs "
          f"({path.stat().st_size / 1e6:.0f} MB N-Quads)")
    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
          f"Python {platform.python_version()}, pyoxigraph {ox.__version__}")

    gc.collect()
    rdflib_load, dataset = timed(lambda: load_rdflib(path))
    store_dir = path.parent / "store"
    ox_load, store = timed(lambda: load_oxigraph(path, store_dir))
    per_report, _ = timed(lambda: load_oxigraph_per_report(path, path.parent / "store2"))

    def rdflib_run(q):
        return dataset.query(q, initNs=PREDECLARED)

    def ox_run(q):
        return store.query(q, prefixes=PREDECLARED, **UNION)

    rows = [("load (parse + insert)", rdflib_load, ox_load, "bulk load"),
            ("load, one transaction per report", rdflib_load, per_report,
             "as kg build --store")]
    for query_path in QUERIES:
        text = query_path.read_text(encoding="utf-8")
        r_time, r_rows = median_latency(rdflib_run, text, args.repeats, args.budget)
        o_time, o_rows = median_latency(ox_run, text, args.repeats)
        note = f"{o_rows} rows" + ("" if r_rows in (o_rows, None) else f" (rdflib: {r_rows})")
        rows.append((query_path.stem, r_time, o_time, note))
        print(f"  … {query_path.stem}: {r_time} s / {o_time:.3f} s", file=sys.stderr)

    print()
    print("| step | rdflib Dataset (memory) | Oxigraph store (disk) | ratio | |")
    print("|---|---:|---:|---:|---|")
    for label, r, o, note in rows:
        if r is None:  # stopped at the budget: the ratio is at least budget / o
            print(f"| {label} | > {args.budget:.0f} s (stopped) | {o:.3f} s | "
                  f"> {args.budget / o:.0f}× | {note} |")
        else:
            print(f"| {label} | {r:.3f} s | {o:.3f} s | {r / o:.1f}× | {note} |")
    done = [(r, o) for _, r, o, _ in rows[2:] if r is not None]
    total_r, total_o = sum(r for r, _ in done), sum(o for _, o in done)
    print(f"| queries rdflib finished (sum of medians) | {total_r:.3f} s | {total_o:.3f} s | "
          f"{total_r / total_o:.1f}× | {len(done)} of {len(rows) - 2} |")
    print(f"\nAn rdflib query's first run is made in a forked child, stopped after "
          f"{args.budget:.0f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
