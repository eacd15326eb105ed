"""Benchmark: the whole ``kg build`` pipeline against ``jieba.lcut`` on the same text.

Both run in fresh subprocesses over the same corpus, one after the other, so that each has
its own peak memory (``ru_maxrss``) and neither warms the other's caches. The corpus is made
from a report's own paragraphs, recombined into many documents (no other report ships with
the project), or is a folder of real reports given by the user.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(source: Path, out: Path, docs: int, seed: int = 7) -> list[Path]:
    """Write ``docs`` reports made of ``source``'s paragraphs, shuffled deterministically.

    Each document keeps the source's length and mix of headings, figures and names, so it
    costs what a real report of that size costs.
    """
    paragraphs = [p for p in source.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(docs):
        order = paragraphs[:]
        rng.shuffle(order)
        path = out / f"bench-{i:04d}.txt"
        path.write_text("\n\n".join(order) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _phase_lcut(paths: list[Path]) -> dict:
    import jieba

    from kg.lexicon.dictionary import initialize

    initialize(jieba.dt)  # its cache in our private folder, as the build's
    texts = [p.read_text(encoding="utf-8") for p in paths]
    started = time.perf_counter()
    tokens = sum(len(jieba.lcut(t)) for t in texts)
    return {"seconds": time.perf_counter() - started, "chars": sum(map(len, texts)),
            "tokens": tokens}


def _phase_build(paths: list[Path], out: Path) -> dict:
    """What ``kg build`` does per report: read, run the pipeline, serialize, write."""
    from kg.pipeline import build_document
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import to_bytes, write_atomic

    build_document(paths[0])  # warm-up: lexicons and jieba's dictionary load once
    chars = 0
    started = time.perf_counter()
    for path in paths:
        doc = build_document(path)
        chars += len(doc.raw)
        write_atomic(out / f"{doc.name}.ttl", to_bytes(triples(doc), "ttl",
                                                       iris.report(doc)))
    return {"seconds": time.perf_counter() - started, "chars": chars}


def _run_phase(phase: str, listing: Path, out: Path) -> dict:
    """Run one phase in a fresh interpreter and read back its figures."""
    proc = subprocess.run([sys.executable, "-m", "kg.bench", phase, str(listing), str(out)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(source: Path | None, corpus: Path | None, docs: int) -> dict:
    """Make or list the corpus, time both phases, and return the figures."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp_path = Path(tmp)
        if corpus is not None:
            paths = sorted(corpus.glob("*.txt"))
        else:
            paths = make_corpus(source, tmp_path / "corpus", docs)
        listing = tmp_path / "files.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        (tmp_path / "out").mkdir()
        lcut = _run_phase("lcut", listing, tmp_path / "out")
        build = _run_phase("build", listing, tmp_path / "out")
    for r in (lcut, build):
        r["chars_per_s"] = r["chars"] / r["seconds"]
    return {"documents": len(paths), "chars": build["chars"], "lcut": lcut, "build": build,
            "ratio": build["chars_per_s"] / lcut["chars_per_s"]}


def format_result(r: dict) -> str:
    """The figures as a small table, with the ratio the project aims for (≥ 0.5)."""
    rows = [f"corpus: {r['documents']} documents, {r['chars']:,} characters",
            f"{'':<12}{'seconds':>10}{'chars/s':>14}{'peak MB':>10}"]
    for name, key in (("jieba.lcut", "lcut"), ("kg build", "build")):
        x = r[key]
        rows.append(f"{name:<12}{x['seconds']:>10.2f}{x['chars_per_s']:>14,.0f}"
                    f"{x['peak_mb']:>10.0f}")
    verdict = "meets" if r["ratio"] >= 0.5 else "misses"
    rows.append(f"ratio kg build / jieba.lcut: {r['ratio']:.2f} ({verdict} the aim of 0.5)")
    return "\n".join(rows)


def _main(argv: list[str]) -> None:
    phase, listing, out = argv[0], Path(argv[1]), Path(argv[2])
    paths = [Path(p) for p in listing.read_text(encoding="utf-8").splitlines() if p]
    result = _phase_lcut(paths) if phase == "lcut" else _phase_build(paths, out)
    # ru_maxrss is in kilobytes on Linux.
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    _main(sys.argv[1:])
