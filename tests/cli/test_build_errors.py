"""kg build on bad input: one line naming the file and the cause, a non-zero exit, no
traceback, and no half-written output; one bad report does not stop the others."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from conftest import DATA


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True)


def error_lines(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if "error" in line]


def assert_one_line_error(proc, name: str, cause: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = error_lines(proc)
    assert len(lines) == 1, proc.stderr
    assert name in lines[0] and cause in lines[0], lines[0]


def outputs(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# fmt: off
@pytest.mark.parametrize("name,cause", [
    ("no-such-report.txt", "no such file"),
    ("empty.txt", "empty"),
    ("tiny.png", "binary"),
    ("undecodable.txt", "not a text report in UTF-8, GB18030/GBK or UTF-16"),
])
# fmt: on
def test_a_bad_report_is_a_one_line_error(tmp_path, name, cause):
    out = tmp_path / "out"
    proc = kg("build", DATA / name, "--out", out)
    assert_one_line_error(proc, name, cause)
    assert outputs(out) == []


def test_a_folder_without_reports(tmp_path):
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    out = tmp_path / "out"
    proc = kg("build", folder, "--out", out)
    assert_one_line_error(proc, "nothing-here", "no reports")
    assert proc.returncode == 2
    assert outputs(out) == []


def test_an_output_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "out"  # a folder under a regular file: root cannot make it either
    proc = kg("build", DATA / "report-gb18030.txt", "--out", out)
    assert_one_line_error(proc, "a-file/out", "cannot write")
    assert proc.returncode == 2
    assert not out.exists()


def test_one_bad_report_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(DATA / "report-gb18030.txt", folder / "qingsong-2024.txt")
    text = (DATA / "report-utf16le-nobom.txt").read_bytes().decode("utf-16-le")
    (folder / "qingsong-utf16-2024.txt").write_bytes((text + "\n新建公园3个。").encode("utf-16-le"))
    shutil.copy(DATA / "tiny.png", folder / "broken.txt")
    shutil.copy(DATA / "empty.txt", folder / "empty.txt")
    out = tmp_path / "out"
    proc = kg("build", folder, "--out", out, "-q")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = error_lines(proc)
    assert len(lines) == 2
    assert any("broken.txt" in line and "binary" in line for line in lines)
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert outputs(out) == ["qingsong-2024.ttl", "qingsong-utf16-2024.ttl"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_skipped_furniture_is_reported_but_is_no_error(tmp_path):
    proc = kg("build", DATA / "scraped-page.txt", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert error_lines(proc) == []
    assert "skipped page furniture" in proc.stderr
    assert outputs(tmp_path) == ["scraped-page.ttl"]


def test_quiet_prints_errors_only(tmp_path):
    proc = kg("build", DATA / "scraped-page.txt", DATA / "empty.txt", "--out", tmp_path, "-q")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == error_lines(proc) and len(error_lines(proc)) == 1


def test_a_busy_store_is_found_before_any_report_is_built(tmp_path):
    from kg.store import open_store

    holder = open_store(tmp_path / "store")  # this process holds the store's lock
    proc = kg("build", DATA / "scraped-page.txt", "--out", tmp_path / "out",
              "--store", tmp_path / "store")
    del holder
    assert_one_line_error(proc, "store", "in use by another process")
    assert proc.returncode == 2
    assert outputs(tmp_path / "out") == []


def test_numbers_read_as_no_figure_are_counted_in_spans_over_the_reports(tmp_path):
    report = tmp_path / "reports" / "qinghe-2025.txt"
    report.parent.mkdir()
    report.write_text("青河县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值完成120亿元，"
                      "增长5%。PM2.5平均浓度降至36微克。\n", encoding="utf-8")
    proc = kg("build", report, "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if "numbers read as no figure" in x)
    assert re.search(r"no figure: \d+ of \d+ number-like spans in 1 report", line), line
