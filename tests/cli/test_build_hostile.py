"""kg build on hostile or freakish input: the batch goes on, nothing is lost."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLE


def kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, **kwargs)


def test_a_huge_number_neither_aborts_the_batch_nor_loses_digits(tmp_path):
    huge = "123456789012345678901234567890123"  # 33 digits
    report = tmp_path / "huge-2024.txt"
    report.write_text(f"政府工作报告\n\n全年地区生产总值完成{huge}亿元，增长4.4%。\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    proc = kg("build", report, SAMPLE, "--out", out, "--store", tmp_path / "store")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "yanhu-2023.ttl").is_file()  # the report after it was built
    assert f'"{huge}"^^xsd:decimal' in (out / "huge-2024.ttl").read_text(encoding="utf-8")
    count = kg("query", tmp_path / "store", "SELECT (COUNT(?r) AS ?n) { ?r a gov:Report }",
               "--format", "tsv")
    assert count.stdout.split()[-1].startswith('2')
