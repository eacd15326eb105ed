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
