"""Core commands: annotate, validate, build, generate.

The library modules a command needs are imported by its handler: building the parser (for
every command, `--help` included) must not pay for `datasets`, pyarrow or the annotators.
"""

import argparse
import json
import sys
from pathlib import Path

from .. import inputs
from ..engine import ENGINES
from ..errors import InputError
from ..paths import MARKER


def _notice(language: str) -> None:
    notice = inputs.language_notice(language)
    if notice:
        print(f"qantar: notice: {notice}", file=sys.stderr)


def _annotate(args) -> int:
    from .. import ingest, pipeline

    language = inputs.language(args.language, "--language") if args.language is not None else None
    dct = inputs.day(args.dct, "--dct") if args.dct is not None else None
    doc = ingest.from_file(args.path, language=language, dct=dct)
    _notice(doc["language"])
    pipeline.annotate(doc)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return 0


def _read_documents(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read JSON: {exc}") from exc
    docs = data if isinstance(data, list) else [data]
    if not docs:
        raise InputError(f"{path}: no documents (an empty list); give one canonical document or a list of them")
    return docs


def _validate(args) -> int:
    from .. import clusters, kb, validate

    known = {"kb_ids": kb.load().ids(), "cluster_ids": clusters.ids()}
    problems, count = [], 0
    if args.paths:
        for path in args.paths:
            for doc in _read_documents(Path(path)):
                problems += validate.validate_document(doc, file=str(path), **known)
                count += 1
    else:
        from .. import build

        docs = build.documents()
        for doc in docs:
            problems += validate.validate_document(doc, file=doc["source_file"], **known)
        count = len(docs)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) in {count} document(s)", file=sys.stderr)
        return 1
    print(f"{count} document(s) valid")
    return 0


def run_options(args):
    """The build's Run (engine, jobs, address) of the command line."""
    from ..build import Run
    from ..engine.local import all_cores

    return Run(jobs=args.jobs or all_cores(), engine=args.engine, address=args.address)


def _build(args) -> int:
    from rich.console import Console
    from rich.table import Table

    from .. import build as build_module
    from .. import splits
    from ..corpus_features import CONFIGS
    from ..progress import reporter

    build_module.check_target(args.output or build_module.corpus_dir())  # before the progress display
    with reporter(Console(stderr=True)) as progress:
        result = build_module.build(args.output, progress=progress, run=run_options(args))
    for language in sorted(result.stats.per_language):
        _notice(language)
    out = Console()
    stats = result.stats
    if stats.all_listed:
        table = Table(title=f"corpus written to {result.path}")
        for column in ("document", "language", "split", "segments", "sentences", "entities", "timexes", "events"):
            table.add_column(column)
        for doc in stats.listed:
            layers = [f"{n}" + (" gold" if gold else "") for n, gold in doc.annotations]
            table.add_row(doc.id, doc.language, doc.split, str(doc.segments), str(doc.sentences), *layers)
        out.print(table)
    table = Table(title=f"{stats.documents} articles written to {result.path}: rows per config and split")
    for column in ("config", *splits.SPLITS):
        table.add_column(column)
    for config in CONFIGS:
        table.add_row(config, *(str(result.files.get((config, split), 0)) for split in splits.SPLITS))
    out.print(table)
    out.print(f"{result.annotated} article(s) annotated, {result.from_cache} read from the cache", highlight=False)
    return 0


def add_run_options(p) -> None:
    """--jobs, --engine, --address: how the per-article work is spread."""
    p.add_argument("--jobs", type=int, default=None,
                   help="worker processes (default: all cores; 1 for no pool)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local: this machine; ray: Ray Data (pip install 'qantar[ray]')")
    p.add_argument("--address", default=None,
                   help="with --engine ray: the cluster to use (e.g. ray://head:10001 or auto); "
                        "default: a local Ray runtime")


def _generate(args) -> int:
    from .. import generated

    if args.check:
        stale = generated.stale()
        for path in stale:
            print(f"stale: {path} (run `qantar generate`)", file=sys.stderr)
        return 1 if stale else 0
    for path in generated.write():
        print(f"wrote {path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("annotate", help="print the canonical JSON of one article file",
                       description="Ingest and automatically annotate one article.\n\n"
                                   "Example: qantar annotate seeds/004_d5d6603a1b0a140e.txt --dct 2022-01-05",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("path", help="a UTF-8 text file (an optional ' date YYYY-MM ' header is read)")
    p.add_argument("--language", help="ISO 639-1 code of the article (default: detected); languages with "
                                      f"data files: {', '.join(inputs.supported_languages())}; any other "
                                      "ISO 639-1 code gets only the shared rules")
    p.add_argument("--dct", help="document creation time YYYY-MM-DD for relative dates, e.g. 2022-01-05")
    p.set_defaults(handler=_annotate)

    p = sub.add_parser("validate", help="check documents against the schema and semantic rules",
                       description="Without paths: the documents the build would write. With paths: JSON "
                                   "files holding one canonical document or a list of them.\n\n"
                                   "Example: qantar validate doc.json",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", help="canonical document JSON files")
    p.set_defaults(handler=_validate)

    p = sub.add_parser("build", help="build corpus/ from seeds/ (the main job)",
                       description="Ingest, annotate, merge corrections, validate, write sharded Parquet and "
                                   "the card. Annotated articles are cached (.qantar-cache/, or "
                                   "$QANTAR_CACHE_DIR): a rebuild annotates only what changed.\n\n"
                                   "Examples:\n  qantar build --output /tmp/qantar-corpus\n  qantar build --jobs 1\n"
                                   "  qantar build --engine ray --address auto",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--output", type=Path, default=None,
                   help="corpus directory (default: corpus/); must be new, empty or a previous build "
                        f"(holding {MARKER}): the build replaces it whole")
    add_run_options(p)
    p.set_defaults(handler=_build)

    p = sub.add_parser("generate", help="write the files derived from the taxonomy",
                       description="Write the files derived from schema/taxonomy.toml (the JSON "
                                   "Schemas' label enums, the Label Studio labeling config).\n\nExample: qantar generate --check",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="only report stale files (exit 1 if any)")
    p.set_defaults(handler=_generate)
