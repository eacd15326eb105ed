"""kg build from the command line: formats, folders, the summary, and complete help."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import SAMPLE
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
    for name in ("a-2023.txt", "b-2023.txt"):
        shutil.copy(SAMPLE, folder / name)
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
