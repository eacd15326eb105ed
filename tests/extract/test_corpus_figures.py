"""Figures of every real report of the corpus: each gives observations, and each national
report since 1978 gives its GDP (or national income) of the reviewed year as an observation.

Skipped where ../shared/reports/corpus is absent. The patterns below find where a report
states such a figure; they are general (any national report), not taken from gold files.
"""

from __future__ import annotations

import re

import pytest

from kg.extract.parts import own_tense
from kg.ingest.reader import read_report
from kg.pipeline import default_steps, run

#: The headline figure of a national report, in every era's words.
HEADLINE = re.compile(r"国内生产总值|国民生产总值|国民收入")
#: A sentence that states it with a number (not a share of it: 占国民收入的比重).
STATED = re.compile(r"(?<![占在])(?:国内生产总值|国民生产总值|国民收入)(?![中的])[^，。；]{0,14}?"
                    r"(?:[0-9０-９]|百分之|[一二三四五六七八九十]+(?:点[一二三四五六七八九〇]+)?倍)")
#: Figures that are of the headline but are not it: ratios, per-head and per-unit figures.
NOT_HEADLINE = re.compile(r"占|比重|之比|人均|单位|能耗|每")


@pytest.fixture(scope="module")
def corpus_docs(corpus_files):
    steps = [step for step in default_steps() if step[0] != "entities"]
    return {p.stem: run(read_report(p), steps) for p in corpus_files}


def test_every_corpus_report_gives_observations(corpus_docs):
    empty = [name for name, doc in corpus_docs.items() if not doc.observations]
    assert not empty


def _national(corpus_docs, since=1978):
    for name, doc in sorted(corpus_docs.items()):
        if name.startswith("national-") and doc.year >= since:
            yield name, doc


def test_national_reports_give_the_reviewed_years_headline_figure(corpus_docs):
    missing = []
    for name, doc in _national(corpus_docs):
        stated = any(STATED.search(s.text) for s in doc.sentences)
        found = [o for o in doc.observations if HEADLINE.search(o.indicator)
                 and not NOT_HEADLINE.search(o.indicator) and o.year == doc.year - 1]
        if stated and not found:
            missing.append(name)
    assert not missing


@pytest.mark.parametrize("name", ["national-2014", "national-1987", "national-2011"])
def test_reviewed_years_figures_are_observations_not_targets(corpus_docs, name):
    if name not in corpus_docs:
        pytest.skip(f"{name} is not in the corpus")
    doc = corpus_docs[name]
    assert len(doc.observations) > len(doc.targets)
    sentences = {s.index: s for s in doc.sentences}
    for t in doc.targets:  # a target from the review part names the plan's time
        s = sentences[t.sentence]
        assert s.tense != "review" or own_tense(s.text, doc.year) == "future", s.text
    reviewed = {o.value for o in doc.observations if o.year == doc.year - 1
                and HEADLINE.search(o.indicator) and o.value is not None}
    assert reviewed and not reviewed & {t.value for t in doc.targets if HEADLINE.search(t.label)}
