"""Benchmark: PDF text layers read by pypdf, pdfplumber and PyMuPDF, side by side.

For each PDF (default: the three of ../shared/reports/formats/), each library that is
installed reads every page's text (median of ``--repeats`` runs: pages/s); then its pages go
through govkg's own PDF repair (:func:`kg.ingest.pdf.from_pages`) and the whole pipeline, and
the report's sentences are compared with the same report as saved text where the corpus has
it (share of the text's sentences found). Last, ``kg build``'s own reading of each PDF
end to end (reader + pipeline), in pages/s. Run from the repository root:

    .venv/bin/pip install pdfplumber pymupdf   # only to compare; govkg needs pypdf alone
    .venv/bin/python bench/pdf_bench.py [--repeats 3] [PDF ...]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest.pdf import from_pages  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.pipeline import build_document, run  # noqa: E402

SHARED = ROOT.parent / "shared" / "reports"


def with_pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def with_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def with_pymupdf(path: Path) -> list[str]:
    import pymupdf

    with pymupdf.open(path) as pdf:
        return [page.get_text() for page in pdf]


LIBRARIES = {"pypdf": with_pypdf, "pdfplumber": with_pdfplumber, "PyMuPDF": with_pymupdf}


def installed() -> dict:
    out = {}
    for name, reader in LIBRARIES.items():
        try:
            __import__({"PyMuPDF": "pymupdf"}.get(name, name))
        except ImportError:
            print(f"({name} is not installed: left out)")
            continue
        out[name] = reader
    return out


def sentences(doc) -> Counter:
    return Counter("".join(s.text.split()) for s in doc.sentences)


def found(doc, reference) -> float:
    mine, theirs = sentences(doc), sentences(reference)
    return sum((mine & theirs).values()) / max(1, sum(theirs.values()))


def timed(func, repeats: int):
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((SHARED / "formats").glob("*.pdf"))
    if not pdfs:
        sys.exit("no PDFs given and none in ../shared/reports/formats")
    libraries = installed()
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"{args.repeats} runs each (median)\n")
    print(f"{'PDF':<34} {'library':<11} {'pages':>5} {'s':>7} {'pages/s':>8} {'sentences':>9} "
          f"{'of text':>8}")
    for pdf in pdfs:
        text = SHARED / "corpus" / f"{pdf.stem}.txt"
        reference = build_document(text) if text.is_file() else None
        base = None
        for name, reader in libraries.items():
            seconds, pages = timed(lambda r=reader: r(pdf), args.repeats)
            raw, origins, skipped = from_pages(pages, pdf)
            doc = run(Document(path=pdf, raw=raw, origins=origins, source_format="application/pdf"))
            base = base or seconds
            share = f"{found(doc, reference):.3f}" if reference else "—"
            print(f"{pdf.name:<34} {name:<11} {len(pages):>5} {seconds:>7.3f} "
                  f"{len(pages) / seconds:>8.1f} {len(doc.sentences):>9} {share:>8}"
                  f"   ×{seconds / base:.2f} of pypdf's time")
        seconds, doc = timed(lambda p=pdf: build_document(p), args.repeats)
        pages = max((o.page or 0) for o in doc.origins)
        print(f"{pdf.name:<34} {'kg build':<11} {pages:>5} {seconds:>7.3f} "
              f"{pages / seconds:>8.1f} {len(doc.sentences):>9}   (pypdf + repair + pipeline)\n")


if __name__ == "__main__":
    main()
