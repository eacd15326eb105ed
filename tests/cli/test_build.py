"""kg build from the command line: formats, folders, the summary, and complete help."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import DATA, SAMPLE
from kg.cli import COMMANDS


def kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, **kw)


@pytest.mark.parametrize("fmt,suffix", [("ttl", ".ttl"), ("nt", ".nt"), ("nq", ".nq"),
                                        ("trig", ".trig"), ("jsonld", ".jsonld")])
def test_build_writes_the_format_asked_for(tmp_path, fmt, suffix):
    proc = kg("build", SAMPLE, "--out", tmp_path, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / f"yanhu-2023{suffix}").stat().st_size > 0
    assert "sentences" in proc.stdout and "observations" in proc.stdout


def test_build_takes_a_folder_of_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for name, extra in (("a-2023.txt", ""), ("b-2023.txt", "\n新建公园3个。")):
        (folder / name).write_text(text + extra, encoding="utf-8")
    proc = kg("build", folder, "--out", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-2023.ttl", "b-2023.ttl"]
    assert proc.stdout == ""


def test_unknown_format_is_a_one_line_error(tmp_path):
    proc = kg("build", SAMPLE, "--out", tmp_path, "--format", "xml")
    assert proc.returncode == 2
    assert "unknown format" in proc.stderr and "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help(command):
    proc = kg(command, "--help")
    assert proc.returncode == 0
    assert "not built yet" not in proc.stdout
    assert proc.stdout.count("\n") > 3


def test_top_level_help_lists_every_command():
    proc = kg("--help")
    assert proc.returncode == 0
    for command in COMMANDS:
        assert command in proc.stdout


# Report identity (issue 15 item 5): outputs never overwrite each other, a copy is one report.

def _report_iris(folder):
    import pyoxigraph as ox

    from kg.rdf.namespace import GOV

    found = set()
    for path in folder.glob("*.ttl"):
        found |= {str(t.subject) for t in ox.parse(path=str(path))
                  if t.object == ox.NamedNode(str(GOV.Report))}
    return found


def test_reports_of_one_file_name_in_two_folders_both_land(tmp_path):
    text = DATA.joinpath("figures-county-2024.txt").read_text(encoding="utf-8")
    for folder, extra in (("a", ""), ("b", "\n全年新建公园3个。")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "report.txt").write_text(text + extra, encoding="utf-8")
    proc = kg("build", tmp_path / "in" / "a" / "report.txt", tmp_path / "in" / "b",
              "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report-2.ttl", "report.ttl"]
    assert "report-2" in proc.stderr and str(tmp_path / "in" / "b" / "report.txt") in proc.stderr
    assert len(_report_iris(tmp_path / "out")) == 2


def test_names_equal_after_nfkc_are_two_reports(tmp_path):
    text = DATA.joinpath("figures-county-2024.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "报告1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "报告１.txt").write_text(text + "\n新建公园3个。", encoding="utf-8")
    proc = kg("build", tmp_path / "in", "--out", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["报告1.ttl", "报告１.ttl"]
    assert len(_report_iris(tmp_path / "out")) == 2


def test_a_second_copy_of_a_text_is_the_same_report_built_once(tmp_path):
    data = DATA.joinpath("figures-county-2024.txt").read_text(encoding="utf-8")
    (tmp_path / "in" / "2024").mkdir(parents=True)
    (tmp_path / "in" / "qinghe.txt").write_text(data, encoding="utf-8")
    # the same text in another encoding and with Windows line ends is the same report
    (tmp_path / "in" / "2024" / "copy.txt").write_bytes(data.replace("\n", "\r\n")
                                                        .encode("gb18030"))
    proc = kg("build", tmp_path / "in", "--out", tmp_path / "out",
              "--store", tmp_path / "store")
    assert proc.returncode == 0, proc.stderr
    # paths are taken in sorted order: 2024/copy.txt is built, qinghe.txt is the copy
    assert proc.stderr.count("the same text as") == 1 and "qinghe.txt: the same" in proc.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copy.ttl"]
    from kg.store import graphs, open_store

    assert len(graphs(open_store(tmp_path / "store"))) == 1


def test_a_report_iri_says_region_and_year_not_the_file_name(tmp_path):
    from kg.pipeline import build_document
    from kg.rdf import iris

    path = tmp_path / "whatever-name.txt"
    shutil.copy(DATA / "figures-county-2024.txt", path)
    doc = build_document(path)
    local = iris.report_id(doc)
    assert "whatever" not in local and "-2024-" in local
    assert local.split("-")[0] == doc.division  # the division code of 青河县


def test_build_walks_a_folder_recursively_by_extension(tmp_path):
    (tmp_path / "in" / "2023" / "deep").mkdir(parents=True)
    (tmp_path / "in" / ".hidden").mkdir()
    text = DATA.joinpath("figures-county-2024.txt").read_text(encoding="utf-8")
    (tmp_path / "in" / "2023" / "deep" / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "2023" / "two.TXT").write_text(text + "新建公园3个。", encoding="utf-8")
    (tmp_path / "in" / "2023" / "notes.md").write_text("# not a report", encoding="utf-8")
    (tmp_path / "in" / ".hidden" / "three.txt").write_text(text, encoding="utf-8")
    proc = kg("build", tmp_path / "in", "--out", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["one.ttl", "two.ttl"]


def _peak_mb_of_a_build(tmp_path, copies: int, *store: str) -> float:
    """Peak memory (ru_maxrss of the child) of `kg build -j 1` over ``copies`` distinct
    reports (the sample, each with a line of its own)."""

    folder = tmp_path / f"reports-{copies}"
    folder.mkdir(parents=True)
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(copies):
        (folder / f"r{i:02d}-2023.txt").write_text(text + f"\n第{i}份\n", encoding="utf-8")
    script = ("import resource, sys; from kg.cli import main; "
              "status = main(sys.argv[1:]); "
              "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(status)")
    proc = subprocess.run([sys.executable, "-c", script, "build", str(folder), "-j", "1", "-q",
                           "--out", str(tmp_path / f"out-{copies}"), *store],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return int(proc.stdout.split()[-1]) / 1024


def test_a_batch_build_streams_memory_does_not_grow_with_the_reports(tmp_path):
    """Each report is built, written and let go (issue 15, item 12): 16 reports take the
    memory of 2. With --store the growth is the store's batch (16 MB of N-Quads and what the
    bulk loader and RocksDB hold for it), bounded whatever the number of reports."""
    few, many = _peak_mb_of_a_build(tmp_path, 2), _peak_mb_of_a_build(tmp_path, 16)
    assert many < few + 10, (few, many)
    few = _peak_mb_of_a_build(tmp_path / "a", 2, "--store", str(tmp_path / "a" / "store"))
    many = _peak_mb_of_a_build(tmp_path / "b", 16, "--store", str(tmp_path / "b" / "store"))
    assert many < few + 100, (few, many)
