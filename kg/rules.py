"""Rules as named parts: every finder and filter of extraction has an id, a priority read from
one data table (``data/lexicons/rule_priorities.tsv``), a docstring with an invented example,
and test rows that must and must not match (``tests/data/rules.tsv``, checked by
``tests/test_rules.py``). What a rule produces records its id (``Found.source``,
``Mention.source``, ``Award.rule`` …), which the RDF mapping writes as ``gov:extractedBy``.

Register a rule where it is defined::

    from kg.rules import rule

    @rule("region:village")
    def villages(text, toks):
        \"\"\"Villages named with their suffix: 王家村, 东湖社区.\"\"\"

See docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from kg.lexicon.tables import rows


@dataclass(frozen=True)
class Rule:
    """A registered rule: its id, what it is (a finder adds candidates, a filter drops them),
    the function, and its docstring (what it finds, with an invented example)."""

    id: str
    kind: str
    func: Callable
    doc: str

    @property
    def priority(self) -> int:
        return priority(self.id)


_REGISTRY: dict[str, Rule] = {}
KINDS = ("finder", "filter")


def rule(*ids: str, kind: str = "finder") -> Callable[[Callable], Callable]:
    """Register the decorated function as the rule(s) ``ids`` (one function may produce the
    output of several, e.g. towns and villages). The function is returned unchanged."""
    if kind not in KINDS:
        raise ValueError(f"rule kind {kind!r} is not one of {KINDS}")

    def register(func: Callable) -> Callable:
        for id_ in ids:
            known = _REGISTRY.get(id_)
            if known is not None and known.func.__qualname__ != func.__qualname__:
                raise ValueError(f"rule id {id_!r} registered twice: {known.func.__module__}."
                                 f"{known.func.__qualname__} and {func.__module__}."
                                 f"{func.__qualname__}")
            _REGISTRY[id_] = Rule(id_, kind, func, (func.__doc__ or "").strip())
        return func
    return register


def registered() -> MappingProxyType:
    """The rules registered so far (modules register theirs when imported), by id."""
    return MappingProxyType(_REGISTRY)


@cache
def _table() -> dict[str, int]:
    return {r: int(p) for r, p in rows("rule_priorities.tsv")}


@cache
def rule_id(source: str) -> str | None:
    """The id of the rule that produced ``source``: the longest id of the priority table that
    is ``source`` or begins it before a detail (``suffix:合作社`` → ``suffix``).

    >>> rule_id("suffix:合作社"), rule_id("quote+行动"), rule_id("region:town"), rule_id("x")
    ('suffix', 'quote+', 'region:town', None)
    """
    best = None
    for id_ in _table():
        if source == id_ or (source.startswith(id_) and (
                id_[-1] in ":+" or source[len(id_)] in ":+")):
            if best is None or len(id_) > len(best):
                best = id_
    return best


def priority(source: str) -> int:
    """The priority of the rule that produced ``source`` (lower wins).

    Raises:
        KeyError: no rule of the table produced it (a rule without a row: a bug).
    """
    id_ = rule_id(source)
    if id_ is None:
        raise KeyError(f"no rule id of rule_priorities.tsv begins {source!r}")
    return _table()[id_]
