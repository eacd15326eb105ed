"""Every data file of ``data/lexicons/``: its columns, what each may hold, and one loader.

A lexicon is a text file of one entry per line (``#`` comments and blank lines left out);
a ``.tsv`` one has tab-separated columns. Each file is declared once in :data:`SCHEMAS`,
read once (cached) and checked as it is read: a wrong column count or value raises
:class:`LexiconError` naming the file and line, so a bad edit to the data fails at once
and says where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from kg.errors import KGError
from kg.resources import lexicon

#: Entity classes a lexicon may name (the contract's, as in ``kg.model.ENTITY_TYPES``).
ENTITY_CLASSES = ("Village", "Town", "County", "City", "Province", "Enterprise",
                  "Organization", "Project", "Program", "Event", "Place")
#: Honor levels (``kg.model.Level``).
LEVELS = ("national", "provincial", "city", "county")
#: Levels of administrative divisions, top down.
DIVISION_LEVELS = ("province", "city", "county", "town", "village")
#: Contract classes of administrative divisions.
DIVISION_CLASSES = ("Province", "City", "County", "Town", "Village")


class LexiconError(KGError):
    """A lexicon file that breaks its schema: which file, which line, what is wrong."""


class Column(NamedTuple):
    """One column: its name, a check of a value (returns an error or None), and whether it
    may be left empty (a trailing empty column may be left out altogether)."""

    name: str
    check: Callable[[str], str | None] | None = None
    optional: bool = False


def _text(value: str) -> str | None:
    return None if value.strip() == value else "has spaces around it"


def _choice(*allowed: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value in allowed else f"is {value!r}, not one of {', '.join(allowed)}"
    return check


def _subset(*allowed: str) -> Callable[[str], str | None]:
    """A comma-separated list of some of ``allowed``."""
    def check(value: str) -> str | None:
        bad = [v for v in value.split(",") if v not in allowed]
        return f"holds {', '.join(bad)}, not one of {', '.join(allowed)}" if bad else None
    return check


def _integer(value: str) -> str | None:
    return None if re.fullmatch(r"-?\d+", value) else f"is {value!r}, not a whole number"


def _number(value: str) -> str | None:
    try:
        Decimal(value)
    except InvalidOperation:
        return f"is {value!r}, not a number"
    return None


def _regex(value: str) -> str | None:
    try:
        re.compile(value)
    except re.error as e:
        return f"is not a valid regular expression ({e})"
    return None


def _flags(value: str) -> str | None:
    return None if re.fullmatch(r"-|[ngkc]+", value) else \
        f"is {value!r}, not '-' or letters of 'ngkc'"


def _levels(value: str) -> str | None:
    wrong = [v for v in value.split(",") if v not in DIVISION_LEVELS]
    return f"names {', '.join(wrong)}, not levels of {', '.join(DIVISION_LEVELS)}" if wrong \
        else None


WORD = (Column("word", _text),)
PATTERN = (Column("pattern", _regex),)

#: Each lexicon file and its columns. A file not listed here is not read.
SCHEMAS: dict[str, tuple[Column, ...]] = {
    # names of entities
    "entity_suffixes.tsv": (Column("suffix", _text), Column("type", _choice(*ENTITY_CLASSES)),
                            Column("min_prefix", _integer), Column("max_chars", _integer),
                            Column("flags", _flags)),
    "entity_boundaries.txt": WORD,
    "entity_build_words.txt": WORD,
    "entity_categories.tsv": (Column("noun", _text), Column("type", _choice(*ENTITY_CLASSES))),
    "entity_class_cues.tsv": (Column("word", _text), Column("side", _choice("before", "after")),
                              Column("class", _choice("Project", "Place"))),
    "entity_generic.txt": WORD,
    "entity_quote_before.txt": WORD,
    "entity_quote_endings.txt": WORD,
    "entity_quote_heads.txt": WORD,
    "entity_quote_program_ends.txt": WORD,
    "entity_quote_stop.txt": WORD,
    "entity_quote_verbs.txt": WORD,
    "entity_quote_suffixes.tsv": (Column("word", _text),
                                  Column("type", _choice(*ENTITY_CLASSES))),
    "event_heads.tsv": (Column("head", _text), Column("kind", _choice("named", "theme", "word", "abbr", "self"))),
    "event_not_before.txt": WORD,
    "event_verbs.txt": WORD,
    "event_scopes.txt": WORD,
    "entity_stop_parts.txt": WORD,
    "entity_suffix_continuations.txt": WORD,
    "glossary_headings.txt": WORD,
    "stop_names.txt": WORD,
    # honors
    "honor_ends.txt": WORD,
    "honor_fillers.txt": WORD,
    "honor_givers.tsv": (Column("giver_end", _text), Column("level", _choice(*LEVELS))),
    "honor_heads.tsv": (Column("title_end", _text), Column("type", _choice(*ENTITY_CLASSES))),
    "honor_titles.txt": WORD,
    "honor_verbs.txt": WORD,
    "levels.tsv": (Column("word", _text), Column("level", _choice(*LEVELS))),
    # figures
    "figure_changes.tsv": (Column("word", _text), Column("sign", _choice("1", "-1"))),
    "figure_deadlines.tsv": (Column("word", _text),
                             Column("deadline", _choice("Q1", "Q2", "Q3", "Q4", "H1", "H2",
                                                        "年底"))),
    "figure_fillers.txt": WORD,
    "figure_generic.txt": WORD,
    "figure_modality.txt": WORD,
    "figure_noun_modifiers.txt": WORD,
    "figure_noun_stops.txt": WORD,
    "figure_qualifiers.tsv": (Column("word", _text), Column("side", _choice("before", "after"))),
    "figure_tense_cues.tsv": (Column("word", _text), Column("tense", _choice("future", "past"))),
    "figure_sentence_tense.tsv": (Column("pattern", _regex),
                                  Column("tense", _choice("future", "past", "promise")),
                                  Column("where", _choice("opening", "any"))),
    "figure_trailers.txt": WORD,
    "figure_unit_words.txt": WORD,
    "indicator_aliases.tsv": (Column("alias", _text), Column("canonical", _text, optional=True),
                              Column("scope", _choice("whole", "part", "prefix"))),
    "units.tsv": (Column("written", _text), Column("base", _text, optional=True),
                  Column("factor", _number),
                  Column("kind", _choice("count", "amount", "rate", "change", "prefix")),
                  Column("read_by", _subset("names", "lists"), optional=True)),
    # extraction rules (kg/rules.py)
    "rule_priorities.tsv": (Column("rule", lambda v: None if re.fullmatch(r"[a-z_]+(?:[:.][a-z_]+)*[+:]?", v)
                                   else f"is {v!r}, not a rule id (family:name)"),
                            Column("priority", _integer)),
    # page furniture
    "furniture_inline.txt": PATTERN,
    "furniture_labels.txt": PATTERN,
    "furniture_lines.txt": PATTERN,
    "furniture_tail.txt": PATTERN,
    "furniture_sentences.txt": PATTERN,
    # administrative divisions
    "regions.tsv": (Column("adcode", lambda v: None if re.fullmatch(r"\d{12}", v)
                           else f"is {v!r}, not a 12-digit code"),
                    Column("name", _text), Column("level", _choice(*DIVISION_LEVELS)),
                    Column("parent", optional=True)),
    "towns.tsv": (Column("code", lambda v: None if re.fullmatch(r"\d{9}", v)
                         else f"is {v!r}, not a 9-digit code"),
                  Column("name", _text),
                  Column("county", lambda v: None if re.fullmatch(r"\d{6}", v)
                         else f"is {v!r}, not a 6-digit code"),
                  Column("stem", _text)),
    "division_suffixes.tsv": (Column("suffix", _text), Column("levels", _levels),
                              Column("class", _choice(*DIVISION_CLASSES)),
                              Column("not_followed_by", _regex, optional=True),
                              Column("longest", _integer, optional=True)),
}


def _entries(name: str):
    """(line number, text) of each entry of a lexicon file."""
    path = lexicon(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(f"cannot read lexicon ({e.strerror})", path) from None
    except UnicodeDecodeError:
        raise LexiconError("lexicon is not UTF-8 text", path) from None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a lexicon file, each a tuple of its columns (an optional trailing column
    left out is ``""``), checked against the file's schema. Read once.

    >>> rows("levels.tsv")[0]
    ('国家级', 'national')
    """
    columns = SCHEMAS.get(name)
    if columns is None:
        raise LexiconError("no schema declared in kg/lexicon/tables.py", lexicon(name))
    out = []
    for number, line in _entries(name):
        values = line.split("\t") if len(columns) > 1 else [line.strip()]
        if len(columns) > 1:
            values = [v.strip(" ") for v in values]
        required = sum(1 for c in columns if not c.optional)
        if not required <= len(values) <= len(columns):
            raise LexiconError(f"{len(values)} columns, expected {len(columns)} "
                               f"({', '.join(c.name for c in columns)})",
                               f"{lexicon(name)}:{number}")
        values += [""] * (len(columns) - len(values))
        for column, value in zip(columns, values):
            problem = None
            if not value and not column.optional:
                problem = "is empty"
            elif value and column.check:
                problem = column.check(value)
            if problem:
                raise LexiconError(f"column {column.name!r} {problem}",
                                   f"{lexicon(name)}:{number}")
        out.append(tuple(values))
    return tuple(out)


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-column lexicon file, in file order. Read once.

    >>> "荣获" in words("honor_verbs.txt")
    True
    """
    if len(SCHEMAS.get(name, WORD)) != 1:
        raise LexiconError("has several columns: read it with rows()", lexicon(name))
    return tuple(r[0] for r in rows(name))


def check_all() -> None:
    """Read every declared lexicon (raises :class:`LexiconError` on the first bad line)."""
    for name in SCHEMAS:
        rows(name)
