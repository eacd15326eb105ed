"""Build many reports, in worker processes, streaming: each report's outcome as it is done.

A worker builds one report at a time (read, pipeline, graph file, page) and sends back a
small :class:`Built`: counts, notes, and (for a store) the report graph as N-Quads bytes; no
Document leaves the worker, so memory does not grow with the number of reports. Outcomes
come back in the order of the files, so whatever is done with them does not depend on which
worker finished first, and the outputs of ``-j N`` are those of ``-j 1``, byte for byte.
Each worker loads the lexicons and jieba's dictionary once, when it starts.
"""

from __future__ import annotations

import itertools
import os
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError


@dataclass(frozen=True)
class Task:
    """What to do with one report file."""

    path: Path
    out: Path
    fmt: str
    store: bool = False  # send back the graph as N-Quads
    html: bool = False  # write the report's page beside its graph
    name: str = ""  # the stem of its outputs, unique in the batch (the file's stem if empty)


@dataclass
class Built:
    """The outcome of one report: its counts and notes, or the error that stopped it."""

    path: Path
    name: str = ""
    target: Path | None = None
    graph: str = ""
    sentences: int = 0
    entities: Counter = field(default_factory=Counter)  # by class
    observations: int = 0
    targets: int = 0
    awards: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what was read with repairs (bad bytes)
    seconds: float = 0.0
    nquads: bytes | None = None
    overview: object = None  # kg.viz.corpus.Items, with --html
    error: str = ""
    trace: str = ""  # the traceback of an unexpected error (a bug), for -v

    @property
    def statements(self) -> int:
        return self.observations + self.targets + self.awards


def jobs_default() -> int:
    """The number of processes to build with: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def build(task: Task) -> Built:
    """Build one report as ``kg build`` does; an error becomes the outcome, not an exception."""
    started = time.perf_counter()
    try:
        built = _build(task)
    except InputError as exc:
        return Built(task.path, error=str(exc), seconds=time.perf_counter() - started)
    except Exception as exc:  # a bug on this report: say so, build the others
        return Built(task.path, error=f"{task.path}: internal error ({type(exc).__name__}: "
                     f"{exc}); the report was not built — please report this",
                     trace=traceback.format_exc(), seconds=time.perf_counter() - started)
    built.seconds = time.perf_counter() - started
    return built


def _build(task: Task) -> Built:
    from kg.pipeline import build_document
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import FORMATS, to_bytes, write_atomic

    doc = build_document(task.path)
    name = task.name or doc.name
    graph = iris.report(doc)
    found = list(triples(doc))
    target = task.out / (name + FORMATS[task.fmt][0])
    write_atomic(target, to_bytes(found, task.fmt, graph_name=graph))
    nquads = None
    if task.store:
        from kg.store import to_nquads

        nquads = to_nquads(graph, found)
    notes, overview = list(doc.skipped), None
    if task.html:
        from kg.viz import write_page
        from kg.viz.corpus import report_items

        notes += [f"from its page: {note}" for note in
                  write_page(doc, task.out / f"{name}.html", shared_library=True).notes]
        overview = report_items(graph, found)
    return Built(task.path, name=name, target=target, graph=graph,
                 sentences=len(doc.sentences),
                 entities=Counter(e.type for e in doc.entities.values()),
                 observations=len(doc.observations), targets=len(doc.targets),
                 awards=len(doc.awards), skipped=notes, warnings=list(doc.warnings),
                 nquads=nquads, overview=overview)


def warm_up() -> None:
    """Load the lexicons and jieba's dictionary (once per process, before the first report)."""
    from kg.extract.tokenizer import tokenizer
    from kg.pipeline import default_steps

    default_steps()
    tokenizer()


def run(tasks: list[Task], jobs: int) -> Iterator[Built]:
    """Each task's outcome, in the order of ``tasks``, built by ``jobs`` processes.

    At most ``2 * jobs`` tasks are under way or done and not yet taken, so outcomes (each
    with its graph as N-Quads) do not pile up when the taker is slower than the workers.
    """
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield build(task)
        return
    import multiprocessing
    from collections import deque

    # spawn: a fresh interpreter per worker, sharing nothing with this process (which may
    # hold an open store and its threads)
    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(tasks))
    pool = context.Pool(workers, initializer=warm_up)
    try:
        waiting = iter(tasks)
        under_way = deque(pool.apply_async(build, (task,))
                          for task in itertools.islice(waiting, 2 * workers))
        while under_way:
            built = under_way.popleft().get()
            following = next(waiting, None)
            if following is not None:
                under_way.append(pool.apply_async(build, (following,)))
            yield built
        pool.close()
    finally:
        pool.terminate()
        pool.join()
