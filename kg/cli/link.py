"""kg link: join the reports of a store: the region tree and each target's outcome.

Run after loading reports into a store (kg build … --store DIR), and again after loading
more. It writes two named graphs, replaced whole each time: the region tree from division
codes (County partOf City partOf Province) and, for each target of a report, the
observation of a later report of the same indicator concept, region and year
(gov:outcome), with gov:met and gov:outcomeRatio. See docs/outcomes.md.

examples:
  kg build reports/ --out out --store store/
  kg link store/
  kg query store/ examples/queries/across-reports/targets-with-outcomes.rq
"""

from __future__ import annotations

from pathlib import Path

HELP = "link the reports of a store: region tree, targets to their outcomes"


def add_arguments(parser) -> None:
    parser.add_argument("store", type=Path, metavar="STORE", help="a store directory")


def run(args) -> int:
    from kg.outcomes import link
    from kg.store import open_store

    store = open_store(args.store, create=False)
    tree, links = link(store)
    met = sum(1 for x in links if x.met)
    print(f"kg link: {tree} region-tree triples; {len(links)} targets linked to an outcome "
          f"({met} met, {len(links) - met} not met)")
    return 0
