"""The knowledge layer: every data file of ``data/lexicons/``, read once, checked against
its schema, and what is built from it once (the divisions, the name suffixes, the measure
words, the furniture patterns).

It stands below every stage (ingest, segment, extract, rdf all read it; it imports none of
them). Stages use the names exported here, e.g. ``from kg import lexicon`` then
``lexicon.region_names()``, ``lexicon.words("honor_verbs.txt")``.
"""

from kg.lexicon.divisions import (
    DivisionSuffix,
    Region,
    Town,
    division_suffixes,
    division_type,
    one_char_suffixes,
    province_words,
    region_names,
    region_shorts,
    regions,
    short_form,
    strip_suffix,
    town_suffixes,
    towns,
)
from kg.lexicon.divisions import suffixes as division_suffix_words
from kg.lexicon.honors import honor_verbs, levels
from kg.lexicon.measures import count_pattern, count_words
from kg.lexicon.names import (
    Suffix,
    boundaries,
    build_words,
    candidate_regex,
    event_heads,
    generic,
    stop_names,
    stop_parts,
    suffix_end_regex,
    suffix_regex,
    suffix_table,
    suffixes,
)
from kg.lexicon.patterns import alternation, trie_pattern
from kg.lexicon.tables import SCHEMAS, LexiconError, check_all, rows, words

__all__ = [
    "SCHEMAS", "DivisionSuffix", "LexiconError", "Region", "Suffix", "Town", "alternation",
    "boundaries", "build_words", "candidate_regex", "event_heads", "check_all", "count_pattern",
    "count_words", "division_suffix_words", "division_suffixes", "division_type", "generic",
    "honor_verbs", "levels", "one_char_suffixes", "province_words", "region_names",
    "region_shorts", "regions", "rows", "short_form", "stop_names", "stop_parts",
    "strip_suffix", "suffix_end_regex", "suffix_regex", "suffix_table", "suffixes",
    "town_suffixes", "towns", "trie_pattern", "words",
]
