"""kg bench: time the whole build pipeline against jieba.lcut on the same text.

By default the corpus is made from the sample report's paragraphs (the sample ships with
the package, so this runs from any folder), recombined into --docs documents; --corpus DIR
(or CORPUS) times a folder of real reports instead. Both run in fresh processes;
the result gives characters per second for each, their ratio (the aim: kg build at least
half of jieba.lcut's throughput), and each one's peak memory.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError

HELP = "benchmark kg build against jieba.lcut (throughput ratio, peak memory)"


def add_arguments(parser) -> None:
    parser.add_argument("corpus_dir", nargs="?", type=Path, metavar="CORPUS",
                        help="a folder of real reports (*.txt) to time, as --corpus")
    parser.add_argument("--source", type=Path, metavar="REPORT",
                        help="report whose paragraphs make the corpus (default: the sample "
                        "report shipped with govkg)")
    parser.add_argument("--docs", type=int, default=300, metavar="N",
                        help="documents in the made corpus (default: 300)")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="time this folder of real reports (*.txt) instead")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args) -> int:
    from kg import bench
    from kg.resources import sample_report

    args.corpus = args.corpus or args.corpus_dir
    args.source = args.source or sample_report()
    if args.corpus is not None and not any(args.corpus.glob("*.txt")):
        raise InputError("no reports in this folder (looked for *.txt)", args.corpus)
    if args.corpus is None and not args.source.is_file():
        raise InputError("no such file", args.source)
    result = bench.run(args.source, args.corpus, args.docs)
    print(json.dumps(result, indent=2) if args.json else bench.format_result(result))
    return 0
