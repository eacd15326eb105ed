"""The whole pipeline on small reports of our own: regions, steps, and their checks."""

from __future__ import annotations

import pytest

from conftest import DATA
from kg.model import Document
from kg.pipeline import StepError, build_document, run


def test_a_national_report_keeps_the_country_as_its_region():
    # A county named often in a national report must not become the report's region.
    doc = build_document(DATA / "pipeline" / "national-2030.txt")
    assert (doc.region, doc.region_type) == ("中国", "Country")
    assert doc.year == 2030


def test_a_step_that_returns_no_document_is_named(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("一、工作回顾\n地区生产总值增长5%。\n", encoding="utf-8")
    doc = Document(path=path, raw=path.read_text(encoding="utf-8"))
    with pytest.raises(StepError, match="'broken'"):
        run(doc, [("broken", lambda d: None)])
