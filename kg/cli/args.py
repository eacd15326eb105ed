"""Argument types shared by the subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def at_least(least: float, convert: Callable[[str], float] = int,
             what: str = "a whole number") -> Callable[[str], float]:
    """An argparse type: ``convert`` of the text, refused in one line when it is not ``what``
    or is below ``least`` (``--max-nodes 0``, ``--timeout -1``)."""
    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be {least} or more: {text}")
        return value
    return parse
