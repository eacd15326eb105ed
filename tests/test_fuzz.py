"""Fuzzing: real report text, damaged as downloads, scrapers and attackers damage it, is
built without a traceback, and every graph written is valid RDF that passes kg validate.

Seeded mutations of the sample report (and of the small reports of tests/data): truncation in
the middle of a character, control and zero-width characters, lone surrogates, stray bytes,
a paragraph in another encoding, an enormous line without punctuation, a long 分别 list, a
huge number. CI runs a few cases (a few seconds); run more by hand:

    KG_FUZZ_CASES=500 KG_FUZZ_SEED=1 .venv/bin/pytest tests/test_fuzz.py
"""

from __future__ import annotations

import os
import random
import re

import pyoxigraph as ox
import pytest

from conftest import DATA, SAMPLE
from kg.cli import main
from kg.validate import validate

CASES = int(os.environ.get("KG_FUZZ_CASES", "4"))
SEED = int(os.environ.get("KG_FUZZ_SEED", "15"))
#: Bytes of the source text a case starts from (long mode: whole reports).
PIECE = int(os.environ.get("KG_FUZZ_PIECE", "3000" if CASES <= 10 else "0"))

SOURCES = [SAMPLE, DATA / "figures-county-2024.txt", DATA / "split-words.txt"]
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROLS = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)]))
_PUNCT = re.compile(r"[\s，。；、：！？,.;:!?“”（）()]")


def _truncate(rng, data: bytes) -> bytes:
    """Cut inside a multi-byte character (a download cut off)."""
    starts = [i for i in range(1, len(data)) if data[i] >= 0xC0] or [len(data) - 1]
    return data[:rng.choice(starts) + 1]


def _insert(rng, data: bytes, chars: str, n: int = 20) -> bytes:
    text = data.decode("utf-8", errors="surrogateescape")
    for _ in range(n):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(chars) + text[i:]
    return text.encode("utf-8", errors="surrogateescape")


def _lone_surrogates(rng, data: bytes) -> bytes:
    """UTF-8-encoded halves of surrogate pairs (ED A0 80 …), as broken converters write."""
    out = bytearray(data)
    for _ in range(5):
        i = rng.randrange(len(out) + 1)
        out[i:i] = chr(rng.randrange(0xD800, 0xE000)).encode("utf-8", "surrogatepass")
    return bytes(out)


def _stray_bytes(rng, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(5):
        out.insert(rng.randrange(len(out) + 1), rng.choice([0xFF, 0xFE, 0x80, 0xC3, 0x00]))
    return bytes(out)


def _mixed_encodings(rng, data: bytes) -> bytes:
    """One paragraph in GB18030 among UTF-8 ones (a report pasted together)."""
    paras = data.split(b"\n")
    i = rng.randrange(len(paras))
    paras[i] = paras[i].decode("utf-8", "replace").encode("gb18030", "replace")
    return b"\n".join(paras)


def _enormous_line(rng, data: bytes) -> bytes:
    bare = _PUNCT.sub("", data.decode("utf-8", "replace"))
    return ("政府工作报告\n\n" + bare * rng.randint(2, 4 if CASES <= 10 else 40)).encode("utf-8")


def _fenbie(rng, data: bytes) -> bytes:
    n = rng.randint(50, 200 if CASES <= 10 else 2000)
    names = "、".join(f"甲{i}科技" for i in range(n))
    rates = "、".join(f"{rng.randint(1, 30)}.{rng.randint(0, 9)}%" for _ in range(n))
    return data + f"\n{names}的产值分别增长{rates}。\n".encode("utf-8")


def _huge_number(rng, data: bytes) -> bytes:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(29, 80)))
    return data + f"\n全年地区生产总值完成{digits}亿元，增长{digits[:3]}.{digits[3:40]}%。\n".encode()


MUTATIONS = [_truncate, lambda r, d: _insert(r, d, CONTROLS), lambda r, d: _insert(r, d, ZERO_WIDTH),
             _lone_surrogates, _stray_bytes, _mixed_encodings, _enormous_line, _fenbie,
             _huge_number]


def cases(count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` damaged reports: each a source piece with one to three mutations."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        data = rng.choice(SOURCES).read_bytes()
        if PIECE and len(data) > PIECE:
            start = rng.randrange(len(data) - PIECE)
            data = data[start:start + PIECE]
        for mutate in rng.sample(MUTATIONS, rng.randint(1, 3)):
            data = mutate(rng, data)
        made.append((f"fuzz{n:04d}-2023.txt", data))
    return made


def test_damaged_reports_build_into_valid_graphs(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    made = cases(CASES, SEED)
    for name, data in made:
        (reports / name).write_bytes(data)
    out = tmp_path / "out"
    # in-process: an exception here fails the test with its traceback
    status = main(["build", str(reports), "--out", str(out), "-q", "--jobs", "1"])
    assert status in (0, 1)
    graphs = sorted(out.glob("*.ttl"))
    assert graphs, "no report of the batch was built"
    for graph in graphs:
        assert list(ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE))  # valid RDF
        report = validate(graph)
        assert report.conforms, f"{graph.name}: " + "\n".join(report.lines()[:5])


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: getattr(m, "__name__", "insert"))
def test_each_mutation_makes_bytes_that_differ(mutation):
    rng = random.Random(SEED)
    data = SAMPLE.read_bytes()[:PIECE or 3000]
    assert mutation(rng, data) != data
