"""The word dictionary: one jieba tokenizer of our own (never the ``jieba.*`` global), with the
name suffixes and boundary words of the lexicons added as words.

The suffixes of names (合作社, 供销社, 孵化器 …) are added so that jieba cuts a name before its
suffix and a name's right edge falls on a token boundary. Ingest looks words up in the same
dictionary when it rejoins split paragraphs (loading jieba's a second time would cost half a
second per process).
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import tempfile
from functools import cache
from pathlib import Path

from kg.lexicon.names import boundaries, event_heads, suffixes


@cache
def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (about half a second)."""
    import jieba

    tok = jieba.Tokenizer()
    initialize(tok)
    for suffix in suffixes():
        if len(suffix.text) > 1:
            tok.add_word(suffix.text, freq=None)
    for word in boundaries():
        if len(word) > 1:
            tok.add_word(word, freq=None)
    for word, kind in event_heads().items():  # not abbreviations' heads: 交会 is a word too
        if len(word) > 1 and kind != "abbr":
            tok.add_word(word, freq=None)
    return tok


def initialize(tok) -> None:
    """Initialise a jieba tokenizer with its prefix-dictionary cache in a folder of this
    user's alone (:func:`cache_dir`), never jieba's default ``$TMPDIR/jieba.cache``, which
    anyone may plant (and which another user's cache makes fail with a traceback). Without
    such a folder the cache is made in a private temporary one and removed."""
    import jieba

    private = cache_dir()
    scratch = None if private else Path(tempfile.mkdtemp(prefix="govkg-jieba-"))
    tok.tmp_dir = str(private or scratch)
    jieba.setLogLevel(logging.CRITICAL)  # a cache that cannot be written is no error of ours
    try:
        tok.initialize()
    finally:
        jieba.setLogLevel(logging.WARNING)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/govkg`` (or ``~/.cache/govkg``), made private (0700) if absent; None
    unless it is a real folder of this user's that no one else can write."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "govkg"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return None
    mine = stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
    return path if mine and not info.st_mode & 0o022 else None
