"""The word dictionary: one jieba tokenizer of our own (never the ``jieba.*`` global), with the
name suffixes and boundary words of the lexicons added as words.

The suffixes of names (合作社, 供销社, 孵化器 …) are added so that jieba cuts a name before its
suffix and a name's right edge falls on a token boundary. Ingest looks words up in the same
dictionary when it rejoins split paragraphs (loading jieba's a second time would cost half a
second per process).
"""

from __future__ import annotations

import logging
from functools import cache

from kg.lexicon.names import boundaries, suffixes


@cache
def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (about half a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for suffix in suffixes():
        if len(suffix.text) > 1:
            tok.add_word(suffix.text, freq=None)
    for word in boundaries():
        if len(word) > 1:
            tok.add_word(word, freq=None)
    return tok
