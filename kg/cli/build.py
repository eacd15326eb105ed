"""kg build: turn reports into knowledge graphs, one graph file per report.

REPORT may be a file or a folder (its *.txt files, sorted). A report that cannot be read is
reported on one line and skipped; the others are still built, and the exit status is 1.
Outputs are written atomically: a graph file is complete or absent.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from kg.errors import InputError, OutputError

HELP = "build knowledge graphs from report files or folders"

#: File types read from a folder.
REPORT_SUFFIXES = (".txt",)


def add_arguments(parser) -> None:
    parser.add_argument("reports", nargs="+", metavar="REPORT", type=Path,
                        help="report files (UTF-8, GB18030/GBK or UTF-16 text) or folders of them")
    parser.add_argument("--out", "-o", type=Path, default=Path("out"), metavar="DIR",
                        help="folder for the graph files (default: out)")
    parser.add_argument("--format", "-f", default="ttl", metavar="FMT",
                        help="ttl (default), nt, nq, trig or jsonld")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="also load each report into the embedded store at DIR "
                        "(one named graph per report; building again replaces it)")
    parser.add_argument("--html", action="store_true",
                        help="also write an interactive HTML page per report beside its graph")
    parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")


def expand(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files to build: files as given, folders replaced by their reports; and the errors."""
    files, errors = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
            if not found:
                errors.append(f"{path}: no reports in this folder (looked for *.txt)")
            files.extend(found)
        else:
            files.append(path)
    return files, errors


def check_writable(out: Path) -> None:
    """Fail before any work when the output folder cannot be made or written."""
    import tempfile

    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to the output folder ({exc.strerror})", out) from None


def run(args) -> int:
    from kg.rdf.serialize import FORMATS, format_name

    fmt = format_name(args.format)
    files, errors = expand(args.reports)
    for message in errors:
        print(f"kg build: error: {message}", file=sys.stderr)
    if not files:
        return 2
    check_writable(args.out)
    failed = len(errors)
    docs = []
    for path in files:
        try:
            doc, seconds = _build_one(path, args.out, fmt, FORMATS[fmt][0])
        except InputError as exc:
            print(f"kg build: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        docs.append(doc)
        for note in doc.skipped:
            print(f"kg build: {path}: skipped {note}", file=sys.stderr)
        if not args.quiet:
            print(summary(doc, args.out / (doc.name + FORMATS[fmt][0]), seconds))
    if args.store and docs:
        from kg.store import load_documents

        load_documents(args.store, docs)
    if args.html and docs:
        from kg.viz import write_document_page

        for doc in docs:
            write_document_page(doc, args.out / f"{doc.name}.html")
    return 1 if failed else 0


def _build_one(path: Path, out: Path, fmt: str, suffix: str):
    from kg.pipeline import build_document
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import to_bytes, write_atomic

    started = time.perf_counter()
    doc = build_document(path)
    data = to_bytes(triples(doc), fmt, graph_name=iris.report(doc.name))
    write_atomic(out / (doc.name + suffix), data)
    return doc, time.perf_counter() - started


def summary(doc, target: Path, seconds: float) -> str:
    """One line per report: what was found, where it went, how long it took."""
    by_class = Counter(e.type for e in doc.entities.values())
    entities = ", ".join(f"{n} {t}" for t, n in sorted(by_class.items()))
    return (f"{doc.path.name}: {len(doc.sentences)} sentences; "
            f"{len(doc.entities)} entities ({entities or 'none'}); "
            f"{len(doc.observations)} observations, {len(doc.targets)} targets, "
            f"{len(doc.awards)} awards → {target} ({seconds:.2f} s)")
