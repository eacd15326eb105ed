"""A jieba tokenizer of our own (never the ``jieba.*`` global), with the suffix lexicon loaded.

The suffixes of names (合作社, 供销社, 孵化器 …) are added as words so that jieba cuts a name
before its suffix and a name's right edge falls on a token boundary.
"""

from __future__ import annotations

import logging
from functools import cache

from kg.extract import lexicons

Token = tuple[str, int, int]  # word, start, end (offsets into the text tokenized)


@cache
def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (about half a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for suffix in lexicons.suffixes():
        if len(suffix.text) > 1:
            tok.add_word(suffix.text, freq=None)
    for word in lexicons.boundaries():
        if len(word) > 1:
            tok.add_word(word, freq=None)
    return tok


def tokens(text: str) -> list[Token]:
    """jieba's tokens of ``text`` with their offsets (no HMM: unknown names fall apart into
    single characters, which the name rules put back together)."""
    return list(tokenizer().tokenize(text, HMM=False))


#: jieba's part-of-speech tags of words that do not begin a name (verbs, adverbs, prepositions,
#: conjunctions, pronouns, particles, adjectives), and of words that are names.
_LEADING_TAGS = frozenset({"v", "vd", "d", "p", "c", "r", "u", "a", "ad", "vg", "f", "l", "i"})
_PROPER_TAGS = frozenset({"nr", "ns", "nz", "nt", "nrt", "nrfg"})


@cache
def _tagged() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words of jieba's dictionary that never begin a name, and words that are names, read
    from the dictionary's tag column once (posseg itself is too slow to run)."""
    tok = tokenizer()
    leading, proper, verbal = set(), set(), set()
    with tok.get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                if parts[2] == "vn":
                    verbal.add(parts[0])
                elif parts[2] in _LEADING_TAGS:
                    leading.add(parts[0])
                elif parts[2] in _PROPER_TAGS:
                    proper.add(parts[0])
    return frozenset(leading), frozenset(proper), frozenset(verbal)


def leading_word(word: str, nouns_too: bool = False) -> bool:
    """A verb, adverb, preposition … that a name does not begin with: 改善, 持续, 对; with
    ``nouns_too``, verbal nouns as well (建设), for names that never hold one (甲、乙等乡镇)."""
    tagged = _tagged()
    return word in tagged[0] or nouns_too and word in tagged[2]


def proper_word(word: str) -> bool:
    """A word jieba knows as a name of a person, place or organization: 黄河, 华通."""
    return word in _tagged()[1]
