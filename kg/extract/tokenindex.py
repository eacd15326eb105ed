"""Find a sentence's tokens by offset in logarithmic time, not by a scan of all of them.

The name rules ask, for each mention, which token holds a position, which one ends or starts
at one, and which lie inside a stretch. A scan per question made a long sentence quadratic
(a line of 1 MB without punctuation has tens of thousands of mentions and of tokens), so the
tokens of a sentence carry an index: their starts and ends, sorted, as jieba yields them
(in order, never overlapping; gaps where punctuation was left out).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

Token = tuple[str, int, int]  # word, start, end (offsets into the text tokenized)


class Tokens(list):
    """A list of tokens in text order, with the offsets index built on first use.

    Build it whole, then query it: the index is not updated when the list changes.
    """

    __slots__ = ("_starts", "_ends", "_by_start", "_by_end")

    def _index(self) -> None:
        if not hasattr(self, "_starts"):
            self._starts = [t[1] for t in self]
            self._ends = [t[2] for t in self]
            self._by_start = {t[1]: t for t in self}
            self._by_end = {t[2]: t for t in self}


def _indexed(toks: list[Token]) -> Tokens:
    if not isinstance(toks, Tokens):
        toks = Tokens(toks)
    toks._index()
    return toks


def token_at(toks: list[Token], pos: int) -> Token | None:
    """The token holding offset ``pos``, or None (punctuation, or past the end)."""
    toks = _indexed(toks)
    i = bisect_right(toks._starts, pos) - 1
    return toks[i] if i >= 0 and pos < toks[i][2] else None


def ending_at(toks: list[Token], end: int) -> Token | None:
    """The token that ends at ``end``, or None."""
    return _indexed(toks)._by_end.get(end)


def starting_at(toks: list[Token], start: int) -> Token | None:
    """The token that starts at ``start``, or None."""
    return _indexed(toks)._by_start.get(start)


def within(toks: list[Token], start: int, end: int) -> list[Token]:
    """The tokens lying wholly inside ``[start, end)``, in order."""
    toks = _indexed(toks)
    return toks[bisect_left(toks._starts, start):bisect_right(toks._ends, end)]


def leftwards(toks: list[Token], end: int) -> Iterator[Token]:
    """The tokens ending at or before ``end``, nearest first (a walk to the left)."""
    toks = _indexed(toks)
    for i in range(bisect_right(toks._ends, end) - 1, -1, -1):
        yield toks[i]


def previous(toks: list[Token], tok: Token) -> Token | None:
    """The token before ``tok`` in the list (across a gap, if there is one), or None."""
    toks = _indexed(toks)
    i = bisect_left(toks._starts, tok[1])
    return toks[i - 1] if i > 0 else None
