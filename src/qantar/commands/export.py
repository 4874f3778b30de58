"""`qantar export`: the built corpus in the format of another tool."""

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .. import exports, splits, taxonomy
from ..paths import corpus_dir


def _export(args) -> int:
    output = args.output or Path(f"export-{args.format}")
    result = exports.export(args.format, args.corpus or corpus_dir(), output,
                            splits=args.split, statuses=args.status, languages=args.language)
    table = Table(title=f"{result.documents} document(s) exported as {result.format} to {output}")
    table.add_column("file")
    for path in result.files:
        table.add_row(str(path))
    console = Console()
    console.print(table)
    console.print(f"Not carried by {result.format}: {result.drops}", markup=False)
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write the built corpus for another tool (CoNLL, spaCy, brat, TimeML, JSON Lines)",
        description="Read the built corpus (corpus/ by default) and write it in the format of another tool; "
                    "every export also writes <format>.DROPS.txt saying what the format cannot carry.\n\n"
                    "Formats: " + ", ".join(exports.FORMATS) + "\n\n"
                    "Examples:\n  qantar export --format conllu --output out/conllu\n"
                    "  qantar export --format brat --split test --status gold",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", required=True, choices=sorted(exports.FORMATS))
    p.add_argument("--output", type=Path, help="directory to write into (default export-<format>)")
    p.add_argument("--corpus", type=Path, help="a built corpus directory (default corpus/)")
    p.add_argument("--split", action="append", choices=splits.SPLITS, help="only this split (repeatable)")
    p.add_argument("--status", action="append", choices=taxonomy.load().statuses,
                   help="only annotations with this status (repeatable): gold = corrected, silver = automatic")
    p.add_argument("--language", action="append", help="only documents in this language (ISO 639-1, repeatable)")
    p.set_defaults(handler=_export)
