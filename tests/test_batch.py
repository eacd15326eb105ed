"""Building in worker processes: outcomes in the order of the files, the outputs of -j 1
byte for byte, and a worker that dies costs its reports, not the batch."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import DATA
from kg import batch
from kg.cli import main

REPORTS = [DATA / "figures-county-2024.txt", DATA / "split-words.txt",
           DATA / "report-crlf.txt", DATA / "repeated-body.txt"]


def _tasks(out: Path) -> list[batch.Task]:
    out.mkdir()
    return [batch.Task(path, out, "ttl", store=True) for path in REPORTS]


def test_two_processes_write_what_one_writes_byte_for_byte(tmp_path):
    for jobs in ("1", "2"):
        assert main(["build", *map(str, REPORTS), "--out", str(tmp_path / jobs), "-q",
                     "-j", jobs]) == 0
    one = sorted((tmp_path / "1").iterdir())
    assert [p.name for p in one] == sorted(p.name for p in (tmp_path / "2").iterdir())
    for path in one:
        assert path.read_bytes() == (tmp_path / "2" / path.name).read_bytes(), path.name


def test_outcomes_come_in_the_order_of_the_tasks_with_their_graphs(tmp_path):
    with batch.Workers(2, len(REPORTS)) as workers:
        outcomes = list(workers.run(_tasks(tmp_path / "out")))
    assert [b.path for b in outcomes] == REPORTS
    assert all(not b.error and b.nquads and b.nquads.endswith(b" .\n") for b in outcomes)


def test_a_worker_that_dies_costs_its_reports_only(tmp_path, monkeypatch):
    real = batch._build

    def dying(task):  # forked workers inherit this
        if task.path.name == "split-words.txt":
            os._exit(3)
        return real(task)

    monkeypatch.setattr(batch, "_build", dying)
    with batch.Workers(2, len(REPORTS)) as workers:
        outcomes = list(workers.run(_tasks(tmp_path / "out")))
    assert [b.path for b in outcomes] == REPORTS
    lost = [b for b in outcomes if b.error]
    assert lost and all("worker process" in b.error and "exit status 3" in b.error
                        for b in lost)
    assert outcomes[0].error == "" and outcomes[-1].error == ""  # the other worker goes on
