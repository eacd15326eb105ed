"""Identities that mean something: stable statement IRIs, regions by code, one node per
enterprise across reports and forms. Every report text here is invented."""

from __future__ import annotations

import pyoxigraph as ox

from conftest import DATA
from kg.model import Document, Entity
from kg.pipeline import build_document, default_steps, run
from kg.rdf.mapping import triples
from kg.rdf.namespace import GOV
from kg.resolve.entities import actor_key, resolve_entities

TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def nodes_of(found, cls: str) -> set[str]:
    return {t.subject.value for t in found
            if t.predicate == TYPE and t.object == ox.NamedNode(str(GOV[cls]))}


def statement_iris(doc) -> set[str]:
    found = list(triples(doc))
    return nodes_of(found, "Observation") | nodes_of(found, "Target") | nodes_of(found, "Award")


def test_a_rule_change_keeps_the_iris_of_the_statements_it_does_not_touch(tmp_path):
    path = DATA / "figures-county-2024.txt"
    before = build_document(path)

    def drop_first_observation(doc):  # a rule change that loses one figure
        doc.observations = doc.observations[1:]
        return doc

    steps = default_steps()
    at = [s.name for s in steps].index("figures") + 1
    steps.insert(at, type(steps[0])("changed-rule", drop_first_observation))
    from kg.ingest.reader import read_report

    after = run(read_report(path), steps)
    old, new = statement_iris(before), statement_iris(after)
    assert len(new) == len(old) - 1 and new < old
    # and a rebuild gives the same IRIs
    assert statement_iris(build_document(path)) == old


def test_statement_values_carry_their_span_in_the_text():
    doc = build_document(DATA / "figures-county-2024.txt")
    for obs in doc.observations + doc.targets:
        if obs.value is not None:
            start, end = obs.span
            assert str(obs.value).split(".")[0] in doc.text[start:end]


def _doc(region: str, division: str, entities: list[Entity]) -> Document:
    doc = Document(path=DATA / "x.txt", raw="x", text="x", region=region,
                   region_type="County", division=division)
    for ent in entities:
        doc.entities[ent.key()] = ent
    return doc


def test_two_villages_of_one_name_in_two_counties_are_two_nodes():
    a = _doc("甲县", "130101", [Entity("Village", "王家村", part_of=("County", "甲县"))])
    b = _doc("乙县", "130102", [Entity("Village", "王家村", part_of=("County", "乙县"))])
    resolve_entities(a)
    resolve_entities(b)
    assert a.entities[("Village", "王家村")].uid != b.entities[("Village", "王家村")].uid


def test_one_enterprise_in_two_reports_and_in_two_forms_is_one_node():
    a = _doc("甲县", "130101", [Entity("Enterprise", "鑫远科技有限公司", sentences={1}),
                               Entity("Enterprise", "鑫远科技", sentences={2})])
    b = _doc("乙县", "130102", [Entity("Organization", "鑫远科技公司", sentences={3})])
    resolve_entities(a)
    resolve_entities(b)
    assert list(a.entities) == [("Enterprise", "鑫远科技有限公司")]
    merged = a.entities[("Enterprise", "鑫远科技有限公司")]
    assert merged.aliases == {"鑫远科技"} and merged.sentences == {1, 2}
    assert merged.uid == b.entities[("Organization", "鑫远科技公司")].uid


def test_one_class_per_node_by_evidence():
    # typed Organization in three sentences, but its full name has a company's legal form
    doc = _doc("甲县", "130101", [Entity("Organization", "青禾", sentences={1, 2, 3}),
                                 Entity("Enterprise", "青禾有限公司", sentences={4})])
    resolve_entities(doc)
    assert list(doc.entities) == [("Enterprise", "青禾有限公司")]


def test_actor_keys_drop_legal_forms_and_a_leading_region():
    assert actor_key("河北鑫远科技股份有限公司") == actor_key("鑫远科技") == "鑫远科技"
    assert actor_key("甲县鑫远科技公司", "甲县") == "鑫远科技"
    assert actor_key("甲县人民医院", "甲县", "Organization") == "甲县人民医院"
    assert actor_key("公司") == "公司"  # nothing is left: kept as it is
