"""The lexicon files: each declared with a schema, each read and checked, errors that say
which file and line is wrong."""

import pytest

from kg import lexicon
from kg.lexicon import tables
from kg.resources import lexicon_dir


def test_every_data_file_has_a_schema_and_every_schema_a_file():
    files = {p.name for p in lexicon_dir().iterdir() if p.suffix in (".txt", ".tsv")}
    assert files == set(tables.SCHEMAS)


def test_every_lexicon_reads_and_checks():
    tables.check_all()
    for name in tables.SCHEMAS:
        assert tables.rows(name), name


def test_a_lexicon_is_read_once():
    assert tables.rows("levels.tsv") is tables.rows("levels.tsv")


@pytest.mark.parametrize(("name", "text", "message"), [
    ("levels.tsv", "国家级\tnational\n省级\tprovince-wide\n", "levels.tsv:2: column 'level'"),
    ("levels.tsv", "# comment\n国家级\n", "levels.tsv:2: 1 columns, expected 2"),
    ("units.tsv", "亩\t亩\tmany\tamount\n", "units.tsv:1: column 'factor' is 'many'"),
    ("furniture_lines.txt", "(unclosed\n", "furniture_lines.txt:1: column 'pattern' is not"),
    ("division_suffixes.tsv", "苏木\ttownship\tTown\n", "division_suffixes.tsv:1: column 'levels'"),
])
def test_a_bad_line_is_named_by_file_and_line(tmp_path, monkeypatch, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(tables, "lexicon", lambda n: tmp_path / n)
    with pytest.raises(lexicon.LexiconError, match=message.replace("(", r"\(")):
        tables.rows.__wrapped__(name)


def test_an_undeclared_file_is_refused():
    with pytest.raises(lexicon.LexiconError, match="no schema"):
        tables.rows("unknown.tsv")
