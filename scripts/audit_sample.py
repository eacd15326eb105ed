"""Draw a seeded random sample of Town, Village, Enterprise and Award nodes over a corpus.

The precision audit of docs/accuracy.md: every report of the folder is built with the
pipeline, each node is listed with the sentence it came from, and 50 of each kind (a fixed
seed, so the sample is the same on every run of the same code) are printed for judging by hand::

    python scripts/audit_sample.py ../shared/reports/corpus [--seed 9] [--n 50] [--all]
        [--exclude NAME ...]

``--all`` lists every node instead of a sample (for error analysis); ``--exclude`` leaves out
reports whose names contain a word (reports held out from rule making).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kg.pipeline import build_document

KINDS = ("Town", "Village", "Enterprise", "Award")


def nodes(folder: Path, exclude: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """(report, node, sentence) rows of each kind, in report order."""
    out: dict[str, list[tuple[str, str, str]]] = {k: [] for k in KINDS}
    for path in sorted(folder.glob("*.txt")):
        if any(word in path.name for word in exclude):
            continue
        doc = build_document(path)
        rules = {}
        for m in doc.mentions:
            rules.setdefault(m.text, m.source)
        for (type_, label), ent in sorted(doc.entities.items()):
            if type_ in out:
                where = doc.sentences[min(ent.sentences)].text if ent.sentences else ""
                part = f" ⊂ {ent.part_of[1]}" if ent.part_of else ""
                rule = f" ({rules.get(label, 'award')})"
                out[type_].append((doc.name, label + part + rule, where))
        for a in doc.awards:
            node = f"{a.recipient[1]} ← {a.honor} [{a.level}]"
            out["Award"].append((doc.name, node, doc.sentences[a.sentence].text))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--all", action="store_true", help="list every node, no sample")
    ap.add_argument("--exclude", nargs="*", default=[])
    args = ap.parse_args(argv)
    found = nodes(args.folder, args.exclude)
    for kind in KINDS:
        rows = found[kind]
        if not args.all:
            rows = random.Random(f"{args.seed}:{kind}").sample(rows, min(args.n, len(rows)))
        print(f"## {kind}: {len(rows)} of {len(found[kind])}")
        for i, (report, node, where) in enumerate(rows, 1):
            print(f"{i:3}. {node}  — {report}: {where[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
