"""Which files a build reads and the names of their outputs."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.collect import find_reports, output_names


def test_second_file_of_a_name_is_renamed_and_said():
    files = [Path("a/report.txt"), Path("b/report.txt"), Path("c/report-2.txt"),
             Path("d/Report.txt")]
    names, notes = output_names(files)
    assert list(names.values()) == ["report", "report-3", "report-2", "Report-4"]
    assert len(notes) == 2 and notes[0].startswith("b/report.txt: a/report.txt")


def test_names_equal_only_after_nfkc_are_distinct():
    names, notes = output_names([Path("报告1.txt"), Path("报告１.txt")])
    assert list(names.values()) == ["报告1", "报告１"] and not notes


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.md").write_text("x")
    files, errors = find_reports([tmp_path])
    assert files == [] and "no reports in this folder (looked for *.txt, *.docx" in errors[0]
