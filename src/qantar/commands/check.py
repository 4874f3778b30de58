"""`qantar check`: the corpus consistency report."""

import argparse

from rich.console import Console
from rich.table import Table

def _check(args) -> int:
    from .. import build, consistency, kb  # build imports datasets: only for this command

    docs = build.documents()
    found = consistency.findings(docs, kb.load().curated)
    unexplained, explained = consistency.split_explained(found, consistency.load_explanations())
    console = Console()
    table = Table(title=f"consistency: {len(unexplained)} unexplained, {len(explained)} explained")
    for column in ("check", "document", "annotation", "finding", "explanation"):
        table.add_column(column)
    for f in unexplained:
        table.add_row(f.check, f.doc_id, f.annotation, f.message, "")
    if args.all:
        for f, reason in explained:
            table.add_row(f.check, f.doc_id, f.annotation, f.message, reason)
    console.print(table)
    return 1 if unexplained else 0


def register(sub) -> None:
    p = sub.add_parser("check", help="consistency report over the corpus",
                       description="Same string labelled differently, KB aliases not annotated, events "
                                   "without arguments, time expressions without value. Exit 1 when a "
                                   "finding is not explained in annotation/consistency-explained.json.\n\n"
                                   "Example: qantar check --all",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--all", action="store_true", help="also list the explained findings")
    p.set_defaults(handler=_check)
