"""Where the package's data lives: the ontology, the lexicons and the sample report.

In a source checkout (and an editable install) they are ``ontology/``, ``data/lexicons/``
and ``data/reports/`` beside ``kg/``; in a wheel they are copied into ``kg/_ontology``,
``kg/_lexicons`` and ``kg/_reports``.
"""

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(installed: str, source: str) -> Path:
    inside = _PKG / installed
    return inside if inside.is_dir() else _PKG.parent / source


@cache
def ontology_dir() -> Path:
    return _find("_ontology", "ontology")


@cache
def lexicon_dir() -> Path:
    return _find("_lexicons", "data/lexicons")


def lexicon(name: str) -> Path:
    """The path of one lexicon file, e.g. ``lexicon("honor_verbs.txt")``."""
    return lexicon_dir() / name



@cache
def vocabulary(name: str) -> Path:
    """A SKOS vocabulary of ``data/vocabularies/`` (the indicator concepts)."""
    return _find("_vocabularies", "data/vocabularies") / name


@cache
def sample_report() -> Path:
    """The sample report shipped with the package (what ``kg bench`` is made of by default)."""
    return _find("_reports", "data/reports") / "yanhu-2023.txt"
