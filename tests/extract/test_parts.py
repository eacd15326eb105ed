"""Which sentences review and which plan, where the structure step left gaps."""

from __future__ import annotations

from decimal import Decimal

from extract.documents import document

from kg.extract.figures import extract

D = Decimal


def test_preface_and_glossary_give_nothing():
    doc = extract(document(("other", "过去一年新建5个服务站。"), ("plan", "新建8个服务站。"),
                           ("other", "名词解释："), ("other", "〔3〕8个服务站：即甲乙丙。")))
    assert [t.value for t in doc.targets] == [D(8)]


def test_plan_part_found_when_structure_missed_it():
    doc = extract(document(("review", "新建5个服务站。"), ("review", "2024年工作目标和主要任务"),
                           ("review", "新建8个服务站。")))
    assert [o.value for o in doc.observations] == [D(5)]
    assert [(t.value, t.year) for t in doc.targets] == [(D(8), 2024)]


def test_a_report_without_parts_reviews_until_its_targets():
    doc = extract(document(("other", "新建5个服务站。"), ("other", "今年的主要预期目标是：新建8个服务站。"),
                           ("other", "新建9个服务站。")))
    assert [o.value for o in doc.observations] == [D(5)]
    assert [t.value for t in doc.targets] == [D(8), D(9)]
