"""Which files a build reads, and the name each one's outputs get.

Folders are walked recursively, as users keep collections (``reports/2023/…``); a file is a
report by its extension (:data:`REPORT_SUFFIXES`, where a new reader adds its own). Two
reports of one file name in different folders must not overwrite each other's outputs:
:func:`output_names` gives the second ``report-2`` and says so.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.ingest import sniff
from kg.ingest.encoding import decode

#: Extensions of the files read from a folder (a format reader adds its own here).
REPORT_SUFFIXES = (".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".mhtml", ".mht")


def find_reports(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files to build: files as given, folders replaced by the reports under them (sorted,
    recursively, hidden files and folders left out); and one error per folder without any."""
    files, errors = [], []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found, unreadable = _walk(path)
        errors.extend(unreadable)
        if not found and not unreadable:
            looked = ", ".join(f"*{s}" for s in REPORT_SUFFIXES)
            errors.append(f"{path}: no reports in this folder (looked for {looked})")
        files.extend(found)
    return files, errors


def _walk(root: Path) -> tuple[list[Path], list[str]]:
    found, errors = [], []

    def failed(exc: OSError) -> None:
        errors.append(f"{exc.filename}: cannot list this folder ({exc.strerror})")

    for folder, subdirs, names in os.walk(root, onerror=failed):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        found.extend(Path(folder) / n for n in names
                     if not n.startswith(".") and Path(n).suffix.lower() in REPORT_SUFFIXES
                     and (Path(folder) / n).is_file())
    return sorted(found), errors


def _fold(name: str) -> str:
    """Names that one file system may take for the same file (case, Unicode form)."""
    return unicodedata.normalize("NFC", name).casefold()


def output_names(files: list[Path]) -> tuple[dict[Path, str], list[str]]:
    """The stem of each file's outputs, unique in the batch, and a note per renamed one.

    The first file of a name keeps it (``report``); later ones of the same name, from other
    folders, get ``report-2``, ``report-3`` … (a name no other input has). The same file
    given twice is named once.
    """
    taken = {_fold(f.stem) for f in files}
    used: set[str] = set()
    names: dict[Path, str] = {}
    notes = []
    for path in files:
        if path in names:
            continue
        stem = path.stem
        if _fold(stem) in used:
            n = 2
            while _fold(f"{stem}-{n}") in used or _fold(f"{stem}-{n}") in taken:
                n += 1
            first = next(p for p, s in names.items() if _fold(s) == _fold(stem))
            notes.append(f"{path}: {first} has the same name; its outputs are named "
                         f"{stem}-{n}")
            stem = f"{stem}-{n}"
        used.add(_fold(stem))
        names[path] = stem
    return names, notes


@lru_cache(maxsize=256)
def text_digest(text: str) -> str:
    """The hash that identifies a report's text: the same text read from two files, in any
    encoding or line-end convention, gives the same hash; one changed character another."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:10]


def distinct_texts(files: list[Path]) -> tuple[list[Path], list[str]]:
    """The files whose text no earlier file has, and a note for each copy left out.

    A plain-text file is known by its decoded text (the same text in GB18030 and UTF-8 is
    one report); other formats by their bytes, so that no PDF is read twice to tell. A file
    that cannot be read stays in (building it says what is wrong with it).
    """
    first: dict[str, Path] = {}
    kept, notes = [], []
    for path in files:
        key = _identity(path)
        if key is not None and key in first:
            notes.append(f"{path}: the same text as {first[key]}; built once")
            continue
        if key is not None:
            first[key] = path
        kept.append(path)
    return kept, notes


def _identity(path: Path) -> str | None:
    """What tells a copy of this file: its text's digest, or its bytes' for other formats."""
    try:
        data = path.read_bytes()
        if sniff.sniff(data, path) != sniff.TEXT:
            return "bytes:" + hashlib.sha1(data).hexdigest()
        return text_digest(decode(data, path, [])[0])
    except (OSError, InputError):
        return None
