"""kg build on a folder of DOCX, PDF and web-page reports: what can be read is built, the rest
is one line each, and the exit status says so."""

from __future__ import annotations

import shutil
import subprocess
import sys

import rdflib

from conftest import DATA
from kg.rdf.namespace import GOV

FORMATS = DATA / "formats"


def test_a_folder_of_formats_builds_what_it_can_and_names_the_rest(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, as_name in (("report.docx", "a.docx"), ("report.pdf", "b.pdf"), ("report.html", "c.htm"),
                          ("report.mhtml", "d.mhtml"), ("scanned.pdf", "scanned.pdf"),
                          ("old-word.docx", "old-word.docx")):
        shutil.copy(FORMATS / name, folder / as_name)
    proc = subprocess.run([sys.executable, "-m", "kg", "build", folder, "-o", tmp_path / "out"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if "error" in line]
    assert len(errors) == 2
    assert any("scanned.pdf" in e and "OCR" in e for e in errors)
    assert any("old-word.docx" in e and ".docx" in e for e in errors)
    assert "Traceback" not in proc.stderr
    built = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert built == ["a.ttl", "b.ttl", "c.ttl", "d.ttl"]
    for name, media in (("a", "wordprocessingml"), ("b", "application/pdf"), ("c", "text/html"),
                        ("d", "multipart/related")):
        graph = rdflib.Graph().parse(tmp_path / "out" / f"{name}.ttl")
        (found,) = {str(o) for o in graph.objects(None, GOV.sourceFormat)}
        assert media in found
    pages = rdflib.Graph().parse(tmp_path / "out" / "b.ttl").objects(None, GOV.page)
    assert {int(p) for p in pages} == {1, 2, 3}
