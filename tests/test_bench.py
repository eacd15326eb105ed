"""kg bench runs end to end on a small made corpus and reports both throughputs."""

from __future__ import annotations

from conftest import SAMPLE
from kg import bench


def test_made_corpus_is_deterministic_and_keeps_the_text(tmp_path):
    a = bench.make_corpus(SAMPLE, tmp_path / "a", docs=3)
    b = bench.make_corpus(SAMPLE, tmp_path / "b", docs=3)
    assert [p.read_text() for p in a] == [p.read_text() for p in b]
    source = sorted(p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip())
    assert sorted(p for p in a[0].read_text().split("\n") if p.strip()) == source


def test_bench_reports_throughput_ratio_and_memory():
    result = bench.run(SAMPLE, None, docs=3)
    assert result["documents"] == 3
    for phase in ("lcut", "build"):
        assert result[phase]["chars_per_s"] > 0
        assert result[phase]["peak_mb"] > 0
    assert result["ratio"] > 0
    assert "ratio kg build / jieba.lcut" in bench.format_result(result)


def test_kg_bench_runs_from_any_folder(tmp_path):
    """Its sample ships with the package: no data/ folder is needed where it runs."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "kg", "bench", "--docs", "2"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "ratio kg build / jieba.lcut" in proc.stdout
