"""A full disk is a one-line error, never a traceback: standard output to /dev/full for
every command that writes there, and a store on a file system with no space left."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE

FULL = Path("/dev/full")
pytestmark = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")


def kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], stderr=subprocess.PIPE,
                          text=True, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def graph(sample_ttl):
    return sample_ttl  # the sample's graph, built once for the suite


COMMANDS = {
    "query": lambda g, tmp: ("query", g, "SELECT ?s WHERE { ?s a gov:Enterprise }"),
    "validate": lambda g, tmp: ("validate", g),
    "table": lambda g, tmp: ("table", g),
    "export": lambda g, tmp: ("export", g, "--format", "ttl"),
    "viz": lambda g, tmp: ("viz", g, "--out", tmp / "page.html"),
    "build": lambda g, tmp: ("build", SAMPLE, "--out", tmp / "out"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_standard_output_to_a_full_disk(tmp_path, graph, command):
    with FULL.open("wb") as full:
        proc = kg(*COMMANDS[command](graph, tmp_path), stdout=full)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert "cannot write to standard output (No space left on device)" in proc.stderr
