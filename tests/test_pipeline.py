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


def test_a_step_that_raises_is_named_with_the_report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("一、工作回顾\n地区生产总值增长5%。\n", encoding="utf-8")
    doc = Document(path=path, raw=path.read_text(encoding="utf-8"))

    def broken(d):
        raise KeyError("甲")

    with pytest.raises(StepError, match=r"r\.txt: pipeline step 'figures' failed: KeyError") as e:
        run(doc, [("layout", lambda d: d), ("figures", broken)])
    assert e.value.step == "figures" and isinstance(e.value.__cause__, KeyError)


def test_the_default_steps_are_named_once_each():
    from kg.pipeline import default_steps

    names = [s.name for s in default_steps()]
    assert names[:3] == ["layout", "structure", "sentences"]
    assert len(names) == len(set(names))
