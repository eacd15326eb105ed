"""Build many reports, in worker processes, streaming: each report's outcome as it is done.

A worker builds one report at a time (read, pipeline, graph file, page) and sends back a
small :class:`Built`: counts, notes, and (for a store) the report graph as N-Quads bytes; no
Document leaves the worker, so memory does not grow with the number of reports. Outcomes
come back in the order of the files, so whatever is done with them does not depend on which
worker finished first, and the outputs of ``-j N`` are those of ``-j 1``, byte for byte.
The lexicons and jieba's dictionary are loaded once, before the workers are forked, and
shared by them.
"""

from __future__ import annotations

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


class Workers:
    """``jobs`` worker processes that build tasks and give back their outcomes in order.

    The workers are forked from this process once it has loaded the lexicons and jieba's
    dictionary, so they share one copy of them (copy-on-write; ``gc.freeze`` keeps the
    collector from touching, and so copying, the pages they are on). Nothing else may be
    open at the fork: open a store only once the workers are started. A worker that dies
    is not replaced (that would fork a process holding the store): its reports fail with
    an error and the others go on.

    With one job, or one task, no process is started and tasks are built here.
    """

    def __init__(self, jobs: int, tasks: int):
        self.jobs = max(1, min(jobs, tasks))
        self._procs: list = []
        self._conns: list = []

    def __enter__(self) -> Workers:
        if self.jobs > 1:
            import gc
            import multiprocessing

            warm_up()
            gc.collect()
            gc.freeze()
            context = multiprocessing.get_context("fork")
            for _ in range(self.jobs):
                ours, theirs = context.Pipe()
                # a worker closes the parent's ends it inherits (its own and the earlier
                # workers'), or those workers would never see their pipe close
                proc = context.Process(target=_serve, args=(theirs, [*self._conns, ours]),
                                       daemon=True, name="govkg-worker")
                proc.start()
                theirs.close()
                self._procs.append(proc)
                self._conns.append(ours)
            gc.unfreeze()
        return self

    def __exit__(self, kind, *exc) -> None:
        for conn in self._conns:
            try:
                conn.send(None)  # no more tasks: the worker stops
            except OSError:
                pass
            conn.close()
        for proc in self._procs:
            if kind is None:
                proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
                proc.join()

    def run(self, tasks: list[Task]) -> Iterator[Built]:
        """Each task's outcome, in the order of ``tasks``.

        At most ``2 * jobs`` tasks are under way or done and not yet taken, so outcomes
        (each with its graph as N-Quads) do not pile up when the taker is slower.
        """
        if not self._procs:
            for task in tasks:
                yield build(task)
            return
        sent = taken = 0
        done: dict[int, Built] = {}
        pending: dict[int, list[int]] = {w: [] for w in range(len(self._procs))}
        while taken < len(tasks):
            sent = self._send(tasks, pending, sent, taken)
            if taken not in done:
                if not pending:  # every worker is gone
                    done[taken] = _lost(tasks[taken], None)
                else:
                    self._receive(tasks, pending, done)
            while taken in done:
                yield done.pop(taken)
                taken += 1

    def _send(self, tasks, pending, sent, taken) -> int:
        """Give each worker tasks until it has two under way (or enough are in flight);
        the index of the next task to send."""
        for w in sorted(pending, key=lambda w: len(pending[w])):
            while sent < len(tasks) and sent - taken < 2 * self.jobs and len(pending[w]) < 2:
                try:
                    self._conns[w].send((sent, tasks[sent]))
                except OSError:  # it died: _receive finds out
                    break
                pending[w].append(sent)
                sent += 1
        return sent

    def _receive(self, tasks, pending, done) -> None:
        """Wait for an outcome (or a worker's end); put what came in ``done``."""
        from multiprocessing.connection import wait

        ready = wait([self._conns[w] for w in pending] +
                     [self._procs[w].sentinel for w in pending])
        for w in list(pending):
            conn, proc = self._conns[w], self._procs[w]
            if conn in ready:
                try:
                    index, built = conn.recv()
                except (EOFError, OSError):
                    pass  # it died
                else:
                    pending[w].remove(index)
                    done[index] = built
                    continue
            elif proc.sentinel not in ready:
                continue
            proc.join()
            for index in pending.pop(w):
                done[index] = _lost(tasks[index], proc.exitcode)


def _serve(conn, inherited: list) -> None:
    """A worker's loop: build each task it is sent until told to stop or the parent goes."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for other in inherited:
        other.close()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        try:
            conn.send((index, build(task)))
        except OSError:  # the parent is gone or stopped listening
            return


def _lost(task: Task, exitcode: int | None) -> Built:
    how = f"exit status {exitcode}" if exitcode is not None and exitcode >= 0 else (
        f"signal {-exitcode}" if exitcode is not None else "no worker left")
    return Built(task.path, error=f"{task.path}: the worker process building it ended "
                 f"({how}); the report was not built — please report this")


def run(tasks: list[Task], jobs: int) -> Iterator[Built]:
    """Each task's outcome, in the order of ``tasks``, built by ``jobs`` processes."""
    with Workers(jobs, len(tasks)) as workers:
        yield from workers.run(tasks)
