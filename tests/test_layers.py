"""The package's layers, read from its imports (ast, so deferred imports count too): no
module imports a module of a stage above its own, and no modules import each other in a
circle, directly or not.

LAYERS is the one statement of the order, bottom first. A stage may import its own modules
and any stage of a lower layer; stages of one layer may import each other as long as no
circle is made. A new top-level module or folder of ``kg/`` must be given a layer here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import kg

#: Stages of ``kg/``, bottom first. Each is a folder (``kg/ingest``) or a module (``kg/model``).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "resources"),
    ("model",),
    ("lexicon",),        # the knowledge: data files, divisions, measure words, furniture
    ("rules",),          # the rule registry: ids, priorities (a data table)
    ("ingest",),         # file → text
    ("segment",),        # text → sections and sentences
    ("extract",),        # sentences → mentions, entities, statements
    ("resolve",),        # identity across statements and reports
    ("rdf",),            # Document → triples
    ("pipeline",),       # the steps, in order
    ("store", "validate", "push", "bench"),
    ("query", "viz", "outcomes", "series"),
    ("table", "batch"),    # batch: many reports in worker processes (builds, stores, pages)
    ("cli", "__main__", "__init__"),
)

ROOT = Path(kg.__file__).resolve().parent


def _rank() -> dict[str, int]:
    return {stage: i for i, layer in enumerate(LAYERS) for stage in layer}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    name = ".".join(parts)
    return name.removesuffix(".__init__")


def _imports() -> dict[str, set[str]]:
    """Each module of kg → the modules of kg it imports (``from kg import x`` is kg.x when x
    is a module)."""
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    out: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                    and node.module.split(".")[0] == "kg":
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
        out[name] = found - {name}
    return out


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_stage_has_a_layer():
    stages = {_stage(m) for m in _imports()}
    assert stages - set(_rank()) == set(), "give these stages a layer in LAYERS"


def upward(imports: dict[str, set[str]]) -> list[str]:
    """``a imports b`` for each import of a stage from a stage below it."""
    rank = _rank()
    return sorted(f"{a} imports {b}" for a, bs in imports.items() for b in bs
                  if rank.get(_stage(b), 0) > rank.get(_stage(a), 0))


def cycles(imports: dict[str, set[str]]) -> list[str]:
    """Each circle of imports, as ``a → b → a``."""
    graph = nx.DiGraph((a, b) for a, bs in imports.items() for b in bs)
    return sorted(" → ".join(c + [c[0]]) for c in nx.simple_cycles(graph))


def test_no_stage_imports_a_stage_above_it():
    assert upward(_imports()) == []


def test_no_import_cycles():
    assert cycles(_imports()) == []


def test_the_checks_catch_what_they_look_for():
    planted = {"kg.segment.header": {"kg.extract.names", "kg.lexicon"},
               "kg.extract.figures": {"kg.extract.targets"},
               "kg.extract.targets": {"kg.extract.figures"}}
    assert upward(planted) == ["kg.segment.header imports kg.extract.names"]
    assert cycles(planted) in (["kg.extract.figures → kg.extract.targets → kg.extract.figures"],
                               ["kg.extract.targets → kg.extract.figures → kg.extract.targets"])
