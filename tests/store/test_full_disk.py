"""A store on a full disk: one line naming the store, the graph files still written, and
the store keeps the graphs it held. A real file system of a few megabytes (tmpfs, mounted in
a mount namespace of the test's own) is filled to the brim."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import DATA, ROOT, SAMPLE

SCRIPT = r"""
set -e
mount -t tmpfs -o size=40M tmpfs "$MNT"
kg() { "$PY" -m kg "$@"; }
kg build "$SAMPLE" "$SMALL" --out "$MNT/out" --store "$MNT/store" -q
free=$(df --output=avail -B1 "$MNT" | tail -1)
fallocate -l $((free - LEAVE)) "$MNT/filler"
set +e
kg build "$TMP"/more/*.txt --out "$TMP/out" --store "$MNT/store" -q 2> "$TMP/stderr"
echo "$?" > "$TMP/status"
rm "$MNT/filler"
kg query "$MNT/store" 'SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }' -f tsv
"""


def _can_mount(tmp_path) -> bool:
    if not (shutil.which("unshare") and shutil.which("fallocate")):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs tmpfs {tmp_path}"],
                           capture_output=True)
    return probe.returncode == 0


# no space to open the store: found before any work, nothing built; space to open it but
# not to load: every report is built and written, none loaded
@pytest.mark.parametrize("leave,built", [(4096, 0), (1_500_000, 4)],
                         ids=["no-space-to-open", "fills-on-load"])
def test_a_store_on_a_full_disk_keeps_its_graphs(tmp_path, leave, built):
    if not _can_mount(tmp_path):
        pytest.skip("mounting a small file system needs root and unshare")
    (tmp_path / "mnt").mkdir()
    more = tmp_path / "more"
    more.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(4):  # new reports: the sample with a sentence of their own
        (more / f"more{i}-2023.txt").write_text(f"{text}\n新建第{i}号公园。\n", encoding="utf-8")
    env = {"MNT": str(tmp_path / "mnt"), "PY": sys.executable, "SAMPLE": str(SAMPLE),
           "SMALL": str(DATA / "figures-county-2024.txt"), "TMP": str(tmp_path),
           "LEAVE": str(leave), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"}
    proc = subprocess.run(["unshare", "-m", "bash", "-c", SCRIPT], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[-1] == "2"  # the two graphs loaded before the disk filled
    stderr = (tmp_path / "stderr").read_text(encoding="utf-8")
    assert (tmp_path / "status").read_text().strip() != "0"
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if "error" in line] == [
        line for line in stderr.splitlines() if "store" in line and "space" in line]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.ttl")) == [
        f"more{i}-2023.ttl" for i in range(built)]
