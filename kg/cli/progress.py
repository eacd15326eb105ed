"""What a long command prints while it runs: a progress line on a terminal, and warnings
gathered by kind so that a hundred reports do not print a hundred lines."""

from __future__ import annotations

import re
import sys
import time
from collections import Counter, defaultdict

#: Seconds between redraws of the progress line.
_EVERY = 0.2
_KIND = re.compile(r"[^:'\"“‘\d(]+")
#: What follows the kind of a note that counts parts of a report: ": 3 of 120 number-like spans".
_PARTS = re.compile(r":\s*(\d+) of (\d+) ([^\s,;(]+(?: [^\s,;(]+)?)")


class Progress:
    """``[#####-----]  37/102 reports  4.1/s  ETA 0:16`` on stderr, redrawn in place; silent
    when stderr is not a terminal or when disabled."""

    def __init__(self, total: int, *, enabled: bool | None = None, stream=None, width: int = 24):
        self.stream = stream or sys.stderr
        self.total, self.width, self.done = total, width, 0
        if enabled is None:
            enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = enabled and total > 1
        self.started = time.monotonic()
        self._drawn = 0.0
        self._shown = False

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= _EVERY or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.monotonic()) - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        filled = self.width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        return (f"[{bar}] {self.done}/{self.total} reports  {rate:.1f}/s  "
                f"ETA {_clock(left) if rate else '?'}")

    def print(self, message: str, stream=None) -> None:
        """Print a line without tearing the progress line."""
        self.clear()
        print(message, file=stream or self.stream, flush=True)
        if self.enabled and self.done:
            self._draw(time.monotonic())

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self._shown = True


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


class Warnings:
    """Notes of many reports, counted by kind (``page furniture``, ``repeated body`` …)."""

    def __init__(self):
        self.reports: dict[str, set[str]] = defaultdict(set)
        self.notes: Counter = Counter()
        self.parts: dict[str, list] = {}  # kind → [n, of m, what]: notes that count parts

    def add(self, report: str, note: str) -> None:
        kind = kind_of(note)
        self.reports[kind].add(report)
        self.notes[kind] += 1
        m = _PARTS.match(note, len(kind))
        if m:  # numbers read as no figure: 3 of 120 number-like spans …: the spans add up
            counted = self.parts.setdefault(kind, [0, 0, m.group(3)])
            counted[0] += int(m.group(1))
            counted[1] += int(m.group(2))

    def lines(self) -> list[str]:
        """One line per kind, the most frequent first; a kind whose notes count parts of a
        report (3 of 120 number-like spans) sums them over the reports."""
        out = []
        for kind, n in sorted(self.notes.items(), key=lambda item: (-item[1], item[0])):
            reports = len(self.reports[kind])
            where = f"in {reports} report{'s' if reports != 1 else ''}"
            if kind in self.parts:
                found, of, what = self.parts[kind]
                out.append(f"skipped {kind}: {found:,} of {of:,} {what} {where}")
            else:
                out.append(f"skipped {kind}: {n} time{'s' if n != 1 else ''} {where}")
        return out


def kind_of(note: str) -> str:
    """The kind of a note: its words before the first colon, quote, digit or parenthesis."""
    match = _KIND.match(note)
    return (match.group() if match else note).strip() or note
