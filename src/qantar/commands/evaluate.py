"""`qantar evaluate`: automatic layers against the corrected ones in annotation/gold."""

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..errors import InputError


def print_tables(tables: list) -> None:
    """Each evaluation.Table as a rich table on stdout."""
    console = Console()
    if not console.is_terminal:  # a pipe or a file: keep each row on one line
        console = Console(width=220)
    for table in tables:
        out = Table(title=table.title)
        for column in table.header:
            out.add_column(column)
        for row in table.rows:
            out.add_row(*map(str, row))
        console.print(out)


def _evaluate(args) -> int:
    from .. import build, corrections, devset  # build imports datasets: only for this command

    if args.dev:
        tables = build.evaluate_dev(devset.load(args.dev_dir), detail=args.detail)
        print_tables([t for variant in tables.values() for t in variant])
        return 0
    files = {}
    gold = corrections.load_files(args.gold, sources=files) if args.gold else corrections.load_all()
    if not gold:
        raise InputError("no corrected annotations in annotation/gold/: nothing to evaluate against")
    variant = build.LEAVE_ONE_OUT if args.leave_one_out else build.FULL
    seen, settings = build.scan(gold=gold, files=files)
    build.check(build.merge(seen.gold_auto, gold, files))  # the build's checks: text checksum, schema, KB ids
    print_tables(build.evaluate(seen, gold, settings, variants=(variant,), detail=args.detail)[variant])
    return 0


def register(sub) -> None:
    p = sub.add_parser("evaluate", help="score the automatic layers against corrected ones",
                       description="Precision, recall and F1 (strict and relaxed) per layer, label and "
                                   "language; TIMEX value and realis accuracy; event arguments.\n\n"
                                   "Examples:\n  qantar evaluate --leave-one-out\n  qantar evaluate --dev --detail",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--leave-one-out", action="store_true",
                   help="withhold the knowledge only the evaluated article uses (unseen-article estimate)")
    p.add_argument("--dev", action="store_true",
                   help="score the development set (annotation/dev/): new articles written for evaluation, "
                        "the aside ones (never used to write a rule) reported apart")
    p.add_argument("--dev-dir", type=Path, help="another development set directory (default annotation/dev)")
    p.add_argument("--detail", action="store_true",
                   help="besides the summary, every table: per label, strict and relaxed, arguments per role")
    p.add_argument("--gold", nargs="*", help="corrections files to use instead of annotation/gold/*.json")
    p.set_defaults(handler=_evaluate)
