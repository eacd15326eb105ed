"""Glossary sections (kg.extract.glossary): the defined term is the entry's program; the
definition's quoted terms are not, its bodies and places are names as anywhere. Invented."""

from __future__ import annotations

from pathlib import Path

from kg.model import Document
from kg.pipeline import run

REPORT = ("青禾县2025年政府工作报告\n一、2024年工作回顾\n深入推进“三联三帮”，发展飞地经济。\n"
          "名词解释\n"
          "〔1〕三联三帮：即联系企业帮发展，建设“十里画廊”，由青禾县农业农村局负责。\n"
          "〔2〕四联四帮：即联系村庄帮增收。\n"
          "〔3〕飞地经济：指打破区划限制。\n")


def _entities() -> set[tuple[str, str]]:
    return set(run(Document(path=Path("case.txt"), raw=REPORT)).entities)


def test_the_defined_terms_are_programs():
    assert {("Program", "三联三帮"), ("Program", "四联四帮")} <= _entities()


def test_a_definition_names_no_program_but_its_bodies():
    made = _entities()
    assert ("Program", "十里画廊") not in made
    assert ("Program", "飞地经济") not in made  # a concept defined, no program
    assert ("Organization", "青禾县农业农村局") in made
