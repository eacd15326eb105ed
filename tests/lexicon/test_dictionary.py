"""The jieba dictionary's cache is read from a folder of this user's alone, never from a
shared temporary folder where anyone may plant one."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

from conftest import SAMPLE


def build(tmp_path, name, env):
    out = tmp_path / name
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLE), "--out", str(out),
                           "-q"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})
    return proc, out / "yanhu-2023.ttl"


def test_a_cache_planted_in_tmpdir_changes_nothing(tmp_path):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    private = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    clean, expected = build(tmp_path, "clean", {**private, "TMPDIR": str(shared)})
    assert clean.returncode == 0, clean.stderr
    # another user's cache: a dictionary of three words, each very frequent
    planted = {"盐湖区": 10**9, "盐湖": 10**9, "区": 10**9}
    for name in ("jieba.cache", *(p.name for p in shared.glob("jieba*.cache"))):
        (shared / name).write_bytes(marshal.dumps((planted, 3 * 10**9)))
    proc, built = build(tmp_path, "planted", {**private, "TMPDIR": str(shared)})
    assert proc.returncode == 0, proc.stderr
    assert built.read_bytes() == expected.read_bytes()


def test_a_cache_that_cannot_be_written_is_no_traceback(tmp_path):
    # as another user's /tmp/jieba.cache is: here a folder where the cache file would go
    shared = tmp_path / "shared-tmp"
    (shared / "jieba.cache").mkdir(parents=True)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    proc, built = build(tmp_path, "out", {"TMPDIR": str(shared),
                                          "XDG_CACHE_HOME": str(blocked)})
    assert proc.returncode == 0 and built.is_file()
    assert "Traceback" not in proc.stderr and "cache" not in proc.stderr.lower()
