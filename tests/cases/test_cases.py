"""Golden cases (tests/cases/*/): each invented fragment gives exactly its expected graph
(compared by isomorphism, with the differing triples shown) and exactly its entities."""

from __future__ import annotations

import os

import pytest
from rdflib.compare import isomorphic

from cases.golden import CASES, build, case_names, graph, readable_diff, update

UPDATE = os.environ.get("KG_UPDATE_CASES") == "1"


def test_the_cases_cover_every_pattern_family():
    assert len(case_names()) >= 12
    classes = {line.split("\t")[0] for name in case_names()
               for line in (CASES / name / "entities.tsv").read_text(encoding="utf-8").splitlines()}
    assert {"Enterprise", "Organization", "Program", "Project", "Event", "Place", "Town",
            "Village", "County"} <= classes


@pytest.mark.parametrize("name", case_names())
def test_case(name):
    if UPDATE:
        update(name)
    ttl, table = build(name)
    expected_table = (CASES / name / "entities.tsv").read_text(encoding="utf-8")
    assert set(table.splitlines()) == set(expected_table.splitlines())
    expected, got = graph((CASES / name / "expected.ttl").read_bytes()), graph(ttl)
    if not isomorphic(expected, got):
        pytest.fail(f"{name}: the graph differs from expected.ttl "
                    f"(regenerate on purpose: python tests/cases/golden.py {name})\n"
                    + readable_diff(expected, got))
