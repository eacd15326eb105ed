"""A folder that cannot be listed is a one-line error naming it, for every command that
reads a folder; a build reads the rest. As root, the test drops the capabilities that let
root list any folder (capsh), so the permissions apply as they do to a user."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

import pytest

from conftest import SAMPLE


def as_user(*args) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "kg", *map(str, args)]
    if os.geteuid() == 0:
        if not shutil.which("capsh"):
            pytest.skip("as root, capsh is needed to drop the capability to list any folder")
        command = ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                   shlex.join(command)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.fixture
def shut(tmp_path):
    reports = tmp_path / "reports"
    (reports / "closed").mkdir(parents=True)
    shutil.copy(SAMPLE, reports / "closed" / "hidden-2023.txt")
    shutil.copy(SAMPLE, reports / "yanhu-2023.txt")
    os.chmod(reports / "closed", 0)
    yield reports
    os.chmod(reports / "closed", 0o755)


@pytest.mark.parametrize("command", [
    ("query", "{dir}", "ASK {{ ?s ?p ?o }}"), ("validate", "{dir}"), ("table", "{dir}"),
    ("export", "{dir}"), ("viz", "{dir}", "--out", "{tmp}/page.html")])
def test_a_folder_that_cannot_be_listed_is_one_line(shut, tmp_path, command):
    args = [a.format(dir=shut / "closed", tmp=tmp_path) for a in command]
    proc = as_user(*args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"kg {command[0]}: error: {shut / 'closed'}: "
                                   "cannot list this folder (Permission denied)")


def test_a_build_reads_the_rest_of_the_folder(shut, tmp_path):
    proc = as_user("build", shut, "--out", tmp_path / "out", "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{shut / 'closed'}: cannot list this folder" in proc.stderr
    assert (tmp_path / "out" / "yanhu-2023.ttl").is_file()
