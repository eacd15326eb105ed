"""Rules as named parts: every registered rule has a priority row, a docstring with an
example, and test rows (tests/data/rules.tsv) that must and must not yield a name from it;
each row is checked through the whole pipeline, so the id recorded on the output is checked
too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.extract.entities  # noqa: F401  (registers the entity and award rules)
import kg.extract.figures  # noqa: F401  (registers the figure rules)
from conftest import DATA
from kg import rules
from kg.lexicon import rows as lexicon_rows
from kg.model import Document
from kg.pipeline import run
from kg.rdf.mapping import entity_rules

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in (DATA / "rules.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rule, expect, text, name = line.split("\t")
            assert expect in ("must", "must-not"), line
            out.append((rule, expect, text.replace("\\n", "\n"), name))
    return out


def products(text: str) -> set[tuple[str, str]]:
    """(name, rule id) of everything the pipeline makes of ``text``."""
    doc = run(Document(path=Path("case.txt"), raw=text))
    out = {(key[1], id_) for key, ids in entity_rules(doc).items() for id_ in ids}
    out |= {(o.indicator, o.rule) for o in doc.observations}
    out |= {(t.label, t.rule) for t in doc.targets}
    out |= {(a.honor, a.rule) for a in doc.awards}
    return out


def test_rules_are_registered():
    assert {"suffix", "list", "region:town", "award", "figure:before", "figure:change"} \
        <= set(rules.registered())


@pytest.mark.parametrize("rule_id", sorted(rules.registered()))
def test_a_rule_has_a_priority_a_docstring_with_an_example_and_test_rows(rule_id):
    rule = rules.registered()[rule_id]
    assert rules.rule_id(rule_id) == rule_id, "add a row to data/lexicons/rule_priorities.tsv"
    assert rule.doc and _CJK.search(rule.doc), "the docstring needs an invented example"
    expects = {e for r, e, _, _ in _rows() if r == rule_id}
    assert expects == {"must", "must-not"}, "add must and must-not rows to tests/data/rules.tsv"


def test_every_priority_row_and_test_row_names_a_registered_rule():
    registered = set(rules.registered())
    assert {r for r, _ in lexicon_rows("rule_priorities.tsv")} - registered == set()
    assert {r for r, *_ in _rows()} - registered == set()


@pytest.mark.parametrize(("rule_id", "expect", "text", "name"), _rows(),
                         ids=[f"{r}-{e}-{n}" for r, e, _, n in _rows()])
def test_rule_rows(rule_id, expect, text, name):
    made = products(text)
    if rules.registered()[rule_id].kind == "filter":
        # a filter makes nothing: its must row is a name it drops (made by no rule), its
        # must-not row a name it lets through
        names = {n for n, _ in made}
        assert (name not in names) if expect == "must" else (name in names)
        return
    if expect == "must":
        assert (name, rule_id) in made
    else:
        assert (name, rule_id) not in made


def test_priority_comes_from_the_table():
    assert rules.priority("list:企业") < rules.priority("suffix:合作社") < rules.priority("quote")
    with pytest.raises(KeyError, match="no rule id"):
        rules.priority("unknown")


def test_an_id_cannot_be_registered_by_two_functions():
    def a():
        """甲"""

    def b():
        """乙"""

    rules.rule("test:twice")(a)
    try:
        with pytest.raises(ValueError, match="registered twice"):
            rules.rule("test:twice")(b)
    finally:
        rules._REGISTRY.pop("test:twice")
