"""A paragraph of the raw file: its text and the raw spans it is made of, so that every
character keeps the offset it came from while passes cut text out of it or move it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph: its text and the raw ``[start, end)`` spans whose concatenation it is."""

    text: str
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        """The raw offset of the first character."""
        return self.spans[0][0]

    def offsets(self):
        """The raw offset of each character of ``text``, in order."""
        for a, b in self.spans:
            yield from range(a, b)

    def without(self, cuts: list[tuple[int, int]]) -> Para | None:
        """The paragraph without the text ranges ``cuts``, ends stripped; None if nothing is left."""
        keep, pos = [], 0
        for a, b in sorted(cuts):
            if a > pos:
                keep.append((pos, a))
            pos = max(pos, b)
        keep.append((pos, len(self.text)))
        spans = [s for lo, hi in keep if hi > lo for s in self._raw(lo, hi)]
        return _stripped(self.text, spans, keep)

    def _raw(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Raw spans of the text range ``[lo, hi)``."""
        out, pos = [], 0
        for a, b in self.spans:
            s, e = max(lo, pos), min(hi, pos + b - a)
            if s < e:
                out.append((a + s - pos, a + e - pos))
            pos += b - a
        return out


def _stripped(text: str, spans: list[tuple[int, int]], keep) -> Para | None:
    joined = "".join(text[lo:hi] for lo, hi in keep if hi > lo)
    left = len(joined) - len(joined.lstrip())
    right = len(joined.rstrip())
    if right <= left:
        return None
    para = Para(joined, tuple(_merge(spans)))
    if left == 0 and right == len(joined):
        return para
    return Para(joined[left:right], tuple(_merge(para._raw(left, right))))


def _merge(spans):
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
