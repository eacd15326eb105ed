"""The sample and the corpus of real reports, through ingest and segment (and the pipeline)."""

from __future__ import annotations

import pytest

from conftest import CORPUS
from kg.ingest.reader import read_report
from kg.pipeline import default_steps, run

FURNITURE_LINES = ("分享到", "分享到：", "相关文章", "阅读排行", "标签云", "本栏推荐", "上一篇：", "下一篇：")


def test_sample_split_words_are_rejoined(sample_doc):
    # the issue's own check: the word cut across two paragraphs of the newspaper layout
    for s in sample_doc.sentences:
        i = s.text.find("融资支")
        assert i < 0 or s.text[i + 3:i + 4] == "持", s.text
    assert sample_doc.repairs


def test_sample_offsets_reproduce_every_sentence(sample_doc):
    for s in sample_doc.sentences:
        assert sample_doc.text[s.start:s.end] == s.text
    assert all(c == "\n" or sample_doc.raw[sample_doc.source_map[i]] == c
               for i, c in enumerate(sample_doc.text))


def test_sample_has_both_parts(sample_doc):
    review = [s for s in sample_doc.sentences if s.tense == "review"]
    plan = [s for s in sample_doc.sentences if s.tense == "plan"]
    assert len(review) >= 30 and len(plan) >= 30
    assert {s.year for s in review} == {sample_doc.year - 1}
    assert {s.year for s in plan} == {sample_doc.year}
    assert sample_doc.region and sample_doc.region_type == "County"


def _corpus():
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture(scope="module")
def segmented():
    """Every corpus report through layout, structure and sentences."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/reports/corpus is not beside the project")
    steps = [step for step in default_steps() if step[0] in ("layout", "structure", "sentences")]
    return [run(read_report(path), steps) for path in _corpus()]


def test_corpus_reports_yield_clean_sentences(segmented):
    for doc in segmented:
        assert len(doc.sentences) >= 20, doc.name
        texts = {s.text for s in doc.sentences}
        assert not texts & set(FURNITURE_LINES), doc.name
        assert not any("????" in t or "\ufffd" in t for t in texts), doc.name
        for s in doc.sentences:
            assert doc.text[s.start:s.end] == s.text


def test_corpus_header_facts(segmented):
    for doc in segmented:
        assert doc.year and doc.name.endswith(str(doc.year)), doc.name
        assert doc.region, doc.name
        if doc.name.startswith("national-"):
            assert (doc.region, doc.region_type) == ("中国", "Country")
        else:
            kind = doc.name.split("-")[0]
            assert doc.region_type == {"county": "County", "city": "City",
                                       "province": "Province"}[kind], doc.name


def test_corpus_recent_reports_review_and_plan(segmented):
    for doc in segmented:
        if doc.year >= 2015 and doc.name != "national-2014":
            tenses = {s.tense for s in doc.sentences}
            assert {"review", "plan"} <= tenses, doc.name


# The whole pipeline (with extraction) on a few reports of each kind; every corpus report
# through ingest and segment is checked above.
@pytest.mark.parametrize("name", ["county-hebei-baoding-xushuiqu-2019.txt",
                                  "county-hebei-baoding-anguoshi-2022.txt",
                                  "province-hebei-2024.txt", "national-1975.txt"])
def test_corpus_whole_pipeline_runs(name):
    if not (CORPUS / name).is_file():
        pytest.skip("../shared/reports/corpus is not beside the project")
    doc = run(read_report(CORPUS / name))
    assert doc.sentences and doc.text
