"""Short, stable hashes that identity keys and IRIs are made of."""

from __future__ import annotations

import hashlib
import unicodedata


def digest(text: str, size: int = 12) -> str:
    """A short, stable hash of ``text`` (NFKC-normalized first)."""
    norm = unicodedata.normalize("NFKC", text)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:size]
