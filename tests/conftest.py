"""Fixtures shared by the whole suite: where things are, and the sample built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "data" / "reports" / "yanhu-2023.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "reports" / "corpus"
GOLD = SHARED / "eval" / "gold"


@pytest.fixture(scope="session")
def sample_doc():
    """The sample report run through the whole pipeline (once per test session)."""
    from kg.pipeline import build_document

    return build_document(SAMPLE)


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory, sample_doc) -> Path:
    """The sample's graph written as Turtle, as `kg build` writes it."""
    from kg.rdf import iris
    from kg.rdf.mapping import triples
    from kg.rdf.serialize import to_bytes

    path = tmp_path_factory.mktemp("sample") / "yanhu-2023.ttl"
    path.write_bytes(to_bytes(triples(sample_doc), "ttl", iris.report(sample_doc)))
    return path


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    """The corpus of real reports beside the project; the test is skipped where absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/reports/corpus is not beside the project")
    return sorted(CORPUS.glob("*.txt"))
