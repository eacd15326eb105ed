"""kg build: turn reports into knowledge graphs, one graph file per report.

REPORT may be a file or a folder (the reports under it, recursively, sorted: .txt, .docx,
.pdf, .html/.htm, .mhtml files; a file's format is told by its content). Reports of one file
name from two folders both land (the second's outputs renamed, and said); a second copy of a
text already given is said once and not built or loaded again. Reports are built by -j
processes (default: one per core); the outputs are the same, byte for byte, whatever -j is.
A report that cannot be read is reported on one line and skipped; the others are still
built, and the exit status is 1. Outputs are written atomically: a graph file is complete
or absent. With --store, the store is opened first (a bad or busy store stops the build
before any work) and each report's graph is loaded as it is done, in batches.

On a terminal a progress line shows reports done, reports per second and the time left.
At the end: one summary (reports built, failed, skipped as duplicates; sentences, entities,
statements; time), and the notes of what was skipped, counted by kind (-v lists each one,
with a line per report). --quiet prints errors only.

examples:
  kg build data/reports/yanhu-2023.txt --out out
  kg build reports/ --out out --store store/ -j 2
  kg build reports/ --out out --html        # pages, an index.html and a corpus overview
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from kg.errors import InputError, OutputError

HELP = "build knowledge graphs from report files or folders"

def add_arguments(parser) -> None:
    parser.add_argument("reports", nargs="+", metavar="REPORT", type=Path,
                        help="report files (text in UTF-8, GB18030/GBK or UTF-16; DOCX; PDF with a "
                        "text layer; saved web pages) or folders of them")
    parser.add_argument("--out", "-o", type=Path, default=Path("out"), metavar="DIR",
                        help="folder for the graph files (default: out)")
    parser.add_argument("--format", "-f", default="ttl", metavar="FMT",
                        help="ttl (default), nt, nq, trig or jsonld")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="also load each report into the embedded store at DIR "
                        "(one named graph per report; building again replaces it)")
    parser.add_argument("--html", action="store_true",
                        help="also write an interactive HTML page per report beside its graph, "
                        "an index page and a corpus overview")
    parser.add_argument("--jobs", "-j", type=int, metavar="N",
                        help="build with N processes (default: the number of cores)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    group.add_argument("--verbose", "-v", action="store_true",
                       help="a line per report, and every note of what was skipped")


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
    from kg import batch
    from kg.cli.progress import Progress, Warnings
    from kg.ingest.collect import distinct_texts, find_reports, output_names
    from kg.rdf.serialize import format_name

    started = time.perf_counter()
    fmt = format_name(args.format)
    jobs = args.jobs if args.jobs is not None else batch.jobs_default()
    if jobs < 1:
        raise InputError("--jobs must be at least 1")
    files, errors = find_reports(args.reports)
    for message in errors:
        print(f"kg build: error: {message}", file=sys.stderr)
    if not files:
        return 2
    check_writable(args.out)
    names, notes = output_names(files)
    files, copies = distinct_texts(list(names))
    for message in notes + copies:
        if not args.quiet:
            print(f"kg build: {message}", file=sys.stderr)
    totals = Totals(failed=len(errors))
    totals.duplicates = len(copies)
    if args.store:
        from kg.store import probe

        probe(args.store)  # a bad or busy store is found before any work
    if args.html:
        from kg.viz.corpus import Overview
        from kg.viz.page import write_library

        write_library(args.out)  # one copy of vis-network, beside every page
        totals.overview = Overview()
    tasks = [batch.Task(path, args.out, fmt, store=args.store is not None, html=args.html,
                        name=names[path]) for path in files]
    progress = Progress(len(tasks), enabled=None if not args.quiet else False)
    warnings = Warnings()
    loader = None
    # the workers are forked first: no process may hold the store but this one
    with batch.Workers(jobs, len(tasks)) as workers:
        try:
            if args.store:
                from kg.store import Loader

                loader = Loader(args.store)
            stats = _build_all(workers.run(tasks), args, loader, progress, totals, warnings)
        finally:
            progress.clear()
            if loader is not None and loader.store is not None:
                loader.close()  # what was loaded stays: each graph whole
    if args.html and totals.pages:
        from kg.viz.corpus import write_corpus_pages

        write_corpus_pages(args.out, totals.pages, totals.overview)
    if not args.quiet:
        if not args.verbose:
            for line in warnings.lines():
                print(f"kg build: {line} (-v lists them)", file=sys.stderr)
        print(totals.summary(len(files) + len(errors), time.perf_counter() - started, args.out))
        if stats is not None:
            print(store_line(stats, args.store))
    return 1 if totals.failed else 0


def _build_all(outcomes, args, loader, progress, totals, warnings):
    """Take every report's outcome, loading each graph into the store as it comes; the
    store's stats."""
    from kg.store import StoreError

    for built in outcomes:
        progress.step()
        if built.error:
            totals.failed += 1
            progress.print(f"kg build: error: {built.error}")
            if args.verbose and built.trace:
                progress.print(built.trace.rstrip())
            continue
        totals.add(built)
        if not args.quiet:
            for note in built.warnings:  # bad bytes replaced: always said, with where
                progress.print(f"kg build: {built.path}: warning: {note}")
        for note in built.skipped:
            warnings.add(built.name, note)
            if args.verbose:
                progress.print(f"kg build: {built.path}: skipped {note}")
        if args.verbose:
            progress.print(report_line(built), stream=sys.stdout)
        if loader is not None:
            try:
                loader.add(built.graph, built.nquads)
            except StoreError as exc:  # a full disk: the graph files are still written
                progress.print(f"kg build: error: {exc}")
                totals.failed += 1
                loader = None
            built.nquads = None  # loaded: let it go
        if args.html:
            totals.overview.add(built.overview)
            built.overview = None
            totals.pages.append(built)
    progress.clear()
    try:
        return loader.close() if loader is not None else None
    except StoreError as exc:
        totals.failed += 1
        progress.print(f"kg build: error: {exc}")
        return None


class Totals:
    """Counts over the reports of a build."""

    def __init__(self, failed: int = 0):
        self.built = self.failed = self.duplicates = 0
        self.failed = failed
        self.sentences = self.observations = self.targets = self.awards = 0
        self.entities: Counter = Counter()
        self.pages: list = []  # what the index page lists
        self.overview = None  # kg.viz.corpus.Overview, with --html

    def add(self, built) -> None:
        self.built += 1
        self.sentences += built.sentences
        self.entities.update(built.entities)
        self.observations += built.observations
        self.targets += built.targets
        self.awards += built.awards

    def summary(self, total: int, seconds: float, out: Path) -> str:
        statements = self.observations + self.targets + self.awards
        return (f"built {self.built} of {total} report{'s' if total != 1 else ''} → {out} "
                f"({self.failed} failed, {self.duplicates} skipped as duplicates) "
                f"in {seconds:.1f} s: {self.sentences:,} sentences, "
                f"{sum(self.entities.values()):,} entities, {statements:,} statements "
                f"({self.observations:,} observations, {self.targets:,} targets, "
                f"{self.awards:,} awards)")


def store_line(stats, path: Path) -> str:
    """What loading did to the store."""
    parts = [f"{len(stats.added)} added", f"{len(stats.replaced)} replaced",
             f"{len(stats.unchanged)} unchanged"]
    if stats.recovered:
        parts.append(f"{len(stats.recovered)} cut-off loads removed")
    return f"store {path}: {', '.join(parts)}; {stats.quads:,} quads"


def report_line(built) -> str:
    """One line per report: what was found, where it went, how long it took."""
    entities = ", ".join(f"{n} {t}" for t, n in sorted(built.entities.items()))
    return (f"{built.path.name}: {built.sentences} sentences; "
            f"{sum(built.entities.values())} entities ({entities or 'none'}); "
            f"{built.observations} observations, {built.targets} targets, "
            f"{built.awards} awards → {built.target} ({built.seconds:.2f} s)")
