"""The real DOCX and PDF reports of ../shared/reports/formats/ against the same reports as text.

Skipped where the shared files are absent. The reports are compared with each other only:
no sentence, name or number of theirs is written here.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import CORPUS, SHARED
from kg.errors import InputError
from kg.ingest.reader import read_report
from kg.pipeline import build_document

FORMATS = SHARED / "reports" / "formats"
ENDS = "。！？；：…!?;:”）)"
pytestmark = pytest.mark.corpus


def shared(name: str):
    path = FORMATS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


def corpus(name: str):
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


def key(text: str) -> str:
    """A sentence up to whitespace (a PDF's text layer spaces some runs apart)."""
    return "".join(text.split())


def share_found(doc, reference) -> float:
    """The share of the reference's sentences that ``doc`` has too (as a multiset)."""
    mine, theirs = Counter(key(s.text) for s in doc.sentences), Counter(
        key(s.text) for s in reference.sentences)
    return sum((mine & theirs).values()) / sum(theirs.values())


def figures(doc) -> Counter:
    return Counter((o.indicator, o.value, o.unit, o.growth) for o in doc.observations)


def targets(doc) -> Counter:
    return Counter((t.label, t.value, t.unit) for t in doc.targets)


@pytest.mark.parametrize("name", ["city-zhejiang-hangzhou-2024", "city-hubei-wuhan-2023"])
def test_docx_gives_the_sentences_observations_and_targets_of_its_text(name):
    docx = build_document(shared(f"{name}.docx"))
    text = build_document(corpus(f"{name}.txt"))
    assert share_found(docx, text) >= 0.95
    assert share_found(text, docx) >= 0.95
    assert figures(docx) == figures(text)
    assert targets(docx) == targets(text)


def test_pdf_gives_the_sentences_of_its_text():
    pdf = build_document(shared("city-sichuan-chengdu-2025.pdf"))
    text = build_document(corpus("city-sichuan-chengdu-2025.txt"))
    assert share_found(pdf, text) >= 0.95


@pytest.mark.parametrize("name", ["city-shaanxi-xianyang-2025.pdf", "city-sichuan-chengdu-2025.pdf",
                                  "city-sichuan-zigong-2025.pdf"])
def test_each_pdf_gives_whole_sentences_with_pages_and_figures(name):
    doc = build_document(shared(name))
    # a sample: every tenth body sentence (a comma inside, so not a heading) ends as one
    body = [s for s in doc.sentences if "，" in s.text and not s.text.startswith(("（", "("))]
    sample = body[::10]
    broken = [s.text[-20:] for s in sample if s.text.rstrip()[-1] not in ENDS]
    assert len(sample) >= 15 and broken == []
    assert all(doc.pages(s.start, s.end) for s in sample)
    assert len(doc.observations) >= 50 and len(doc.targets) >= 30


def test_an_old_word_file_named_docx_is_refused_with_advice():
    path = shared("city-anhui-hefei-2025-old-doc-format.docx")
    with pytest.raises(InputError) as info:
        read_report(path)
    message = str(info.value)
    assert path.name in message and ".doc" in message and "save it as .docx" in message
