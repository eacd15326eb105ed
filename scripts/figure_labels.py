"""List the labels of every observation and target over a folder of reports and count the
suspicious ones: the label-quality measure of docs/accuracy.md ("Figure labels").

A label is suspicious when it cannot be the name of what is measured:

- ``verb``: one verb alone (新增, 实施, 提高): what is measured is missing;
- ``preposition``: it opens with a preposition (对乡镇…, 在…): a clause's head, not a noun;
- ``bracket``: a bracket or quotation mark without its partner (甲（乙);
- ``function-word``: it ends in a function word (…的, …和, …已) where a noun should stand;
- ``unit``: a place or thing counted in another measure (覆盖村 with 户).

Run over the corpus (held-out reports can be left out of the listing)::

    python scripts/figure_labels.py ../shared/reports/corpus [--list KIND] [--exclude NAME ...]

It prints one line per kind with its count, and with ``--list`` every label of that kind with
its report and sentence (``--list all`` lists every label).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract.tokenizer import word_tag
from kg.ingest.reader import read_report
from kg.pipeline import default_steps, run

KINDS = ("verb", "preposition", "bracket", "function-word", "unit")
_PREPOSITIONS = ("对", "在", "向", "把", "从", "由", "以", "按", "经", "通过", "对于", "关于",
                 "围绕", "针对", "为", "于", "被", "将")
#: Prepositions' look-alikes at a label's start: nouns and verbs that begin with one.
_NOT_PREPOSITION = re.compile(r"^(?:对外|对口|在校|在建|在库|在岗|在线|在园|在册|在地|以上|以下|为民"
                              r"|经济|经营|经费|按期|从业|由于|向上|将近|通过率)")
_FUNCTION_END = re.compile(r"(?:的|了|着|和|及|与|等|已|对|在|把|被|向|从|将|为|是|之)$")
_PAIRS = ("（）", "()", "“”", "《》", "【】", "[]", "「」")
#: Words of a place that is counted in other units than its own (村 in 户, 人): 覆盖村 1754户.
_PLACE_END = re.compile(r"(?:村|镇|乡|社区|县|区)$")
_PEOPLE_UNITS = frozenset({"户", "人", "人次", "名", "万人", "万户"})


def kinds_of(label: str, unit: str | None) -> list[str]:
    """The kinds of suspicion a label raises (none for a good one).

    >>> kinds_of("新增", "个"), kinds_of("对乡镇", "个"), kinds_of("新增学位", "个")
    (['verb'], ['preposition'], [])
    >>> kinds_of("甲（乙", "%"), kinds_of("覆盖村", "户")
    (['bracket'], ['unit'])
    """
    out = []
    if 0 < len(label) <= 2 and word_tag(label) == "v":
        out.append("verb")
    if label.startswith(_PREPOSITIONS) and not _NOT_PREPOSITION.match(label):
        out.append("preposition")
    if any(label.count(a) != label.count(b) for a, b in _PAIRS):
        out.append("bracket")
    if len(label) > 1 and _FUNCTION_END.search(label):
        out.append("function-word")
    if (unit in _PEOPLE_UNITS and _PLACE_END.search(label)
            and word_tag(_PLACE_END.sub("", label)) in ("v", "vn")):
        out.append("unit")
    return out


def labels(folder: Path, exclude: list[str]):
    """(report, kind of statement, label, unit, rule, sentence) of every figure, in order."""
    steps = [step for step in default_steps() if step[0] != "entities"]
    for path in sorted(folder.glob("*.txt")):
        if any(word in path.name for word in exclude):
            continue
        doc = run(read_report(path), steps)
        for o in doc.observations:
            yield path.stem, "observation", o.indicator, o.unit, o.rule, doc.sentences[o.sentence].text
        for t in doc.targets:
            yield path.stem, "target", t.label, t.unit, t.rule, doc.sentences[t.sentence].text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--list", choices=(*KINDS, "all"))
    ap.add_argument("--exclude", nargs="*", default=[])
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    total = 0
    for report, what, label, unit, rule, sentence in labels(args.folder, args.exclude):
        total += 1
        found = kinds_of(label, unit)
        counts.update(found)
        counts["suspicious"] += bool(found)
        if args.list == "all" or args.list in found:
            print(f"{report}\t{what}\t{label}\t{unit or ''}\t{rule}\t{sentence[:160]}")
    print(f"labels: {total}; suspicious: {counts['suspicious']} "
          + ", ".join(f"{k} {counts[k]}" for k in KINDS), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
