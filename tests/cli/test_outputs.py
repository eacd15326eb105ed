"""--out writes regular files only: a symbolic link, a FIFO or a device at the path is
refused (one line, exit 2) and left as it was; ``--out -`` writes to standard output."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE


def kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          timeout=120, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def graph(sample_ttl):
    return sample_ttl  # the sample's graph, built once for the suite


COMMANDS = {
    "table": lambda g, o: ("table", g, "--out", o),
    "export": lambda g, o: ("export", g, "--format", "ttl", "--out", o),
    "graphml": lambda g, o: ("export", g, "--format", "graphml", "--out", o),
    "viz": lambda g, o: ("viz", g, "--out", o),
}


def _symlink_out(tmp_path):
    outside = tmp_path / "elsewhere" / "precious.txt"
    outside.parent.mkdir()
    outside.write_text("keep me", encoding="utf-8")
    link = tmp_path / "folder" / "out.file"
    link.parent.mkdir()
    link.symlink_to(outside)
    return link, lambda: (link.is_symlink() and outside.read_text(encoding="utf-8")
                          == "keep me")


def _fifo_out(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo, lambda: stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _device_out(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "null"  # a copy of /dev/null, so nothing real is at risk
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node, lambda: stat.S_ISCHR(os.lstat(node).st_mode)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("target", [_symlink_out, _fifo_out, _device_out],
                         ids=["symlink", "fifo", "device"])
def test_out_refuses_what_is_not_a_regular_file(tmp_path, graph, command, target):
    path, unchanged = target(tmp_path)
    proc = kg(*COMMANDS[command](graph, path))
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode()
    assert "Traceback" not in err and str(path) in err and "regular file" in err
    assert unchanged()


def test_build_does_not_follow_a_link_out_of_its_folder(tmp_path):
    out = tmp_path / "out"
    link, unchanged = _symlink_out(tmp_path)
    out.mkdir()
    (out / "yanhu-2023.ttl").symlink_to(link.resolve())
    proc = kg("build", SAMPLE, "--out", out, "-q")
    assert proc.returncode != 0 and b"symbolic link" in proc.stderr
    assert b"Traceback" not in proc.stderr
    assert unchanged() and (out / "yanhu-2023.ttl").is_symlink()


@pytest.mark.parametrize("command", COMMANDS)
def test_out_dash_writes_to_standard_output(tmp_path, graph, command):
    proc = kg(*COMMANDS[command](graph, "-"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout) > 1000 and not (tmp_path / "-").exists()
    assert "地区生产总值" in proc.stdout.decode("utf-8")
