"""`qantar ls`: the Label Studio round trip (config, export, import, push, pull)."""

import argparse

from rich.console import Console
from rich.markup import escape

from ..errors import ValidationError
from ..labelstudio import config, server, workflow
from ..paths import annotation_dir

console = Console()


def _print_report(report, as_json: bool) -> int:
    if as_json:
        print(report.to_json())
        return 0
    console.print(report.table())
    for note in report.notes():
        console.print(f"- {escape(note)}", highlight=False)
    return 0


def _config(args) -> int:
    if args.check:
        stale = config.stale_files()
        if stale:
            raise ValidationError([f"{path}: stale; run `qantar ls config`" for path in stale])
        console.print(f"{config.config_path()} is up to date")
        return 0
    written = workflow.write_config()
    console.print(f"wrote {written[0]}" if written else f"{config.config_path()} is up to date")
    return 0


def _export(args) -> int:
    count, files = workflow.write_export(args.output, annotation_dir=args.annotation_dir, with_gold=args.with_gold,
                                         chunk=args.chunk)
    where = args.output if len(files) == 1 else f"{len(files)} files, {files[0]} to {files[-1]}"
    console.print(escape(f"wrote {count} tasks to {where}"))
    return 0


def _import(args) -> int:
    return _print_report(workflow.import_file(args.export, annotation_dir=args.annotation_dir), args.json)


def _push(args) -> int:
    result, reviewed = workflow.push(args.url, args.token, args.project, annotation_dir=args.annotation_dir,
                                     with_gold=args.with_gold, annotators=args.annotators)
    state = "created" if result.created else ("labeling config updated" if result.config_updated else "up to date")
    console.print(escape(f"project {args.project!r} (id {result.project_id}, {state}): imported {result.imported} tasks, "
                         f"{result.already_there} already there; {result.annotators} annotator(s) per task"))
    if reviewed:
        console.print(f"{reviewed} document(s) with every layer reviewed were not pushed (--with-gold pushes them "
                      "as finished annotations)")
    return 0


def _pull(args) -> int:
    return _print_report(workflow.pull(args.url, args.token, args.project,
                                       annotation_dir=args.annotation_dir, save=args.save), args.json)


def _server_options(p) -> None:
    p.add_argument("--url", help="Label Studio URL (default: $LABEL_STUDIO_URL)")
    p.add_argument("--token", help="API token (default: $LABEL_STUDIO_API_KEY)")
    p.add_argument("--project", default=server.DEFAULT_PROJECT, help="project title (default: %(default)s)")


def _annotation_option(p) -> None:
    p.add_argument("--annotation-dir", default=None,
                   help=f"where gold/<doc_id>.json lives (default: {annotation_dir()})")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _json_option(p) -> None:
    p.add_argument("--json", action="store_true", help="print the change report as JSON (for scripts)")


def _gold_option(p) -> None:
    p.add_argument("--with-gold", action="store_true",
                   help="also send documents whose layers are all reviewed, as finished annotations "
                        "(out of the queue; the task columns `reviewed` and `to_review` say which layers are)")


def register(sub) -> None:
    top = sub.add_parser("ls", help="Label Studio round trip",
                         description="Correct the automatic annotations in Label Studio and bring them back.\n\n"
                                     "Example: qantar ls push --url http://127.0.0.1:8080 && qantar ls pull",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    cmds = top.add_subparsers(dest="ls_command", required=True, metavar="STEP")

    p = cmds.add_parser("config", help="write annotation/label-studio/config.xml from the taxonomy",
                        description="Write the Label Studio labeling config derived from the taxonomy.\n\n"
                                    "Example: qantar ls config --check",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="only check that the file is up to date (exit 1 if not)")
    p.set_defaults(handler=_config)

    p = cmds.add_parser("export", help="write one Label Studio task per document",
                        description="Write the tasks (text, automatic annotations as predictions, corrections "
                                    "as annotations) to import into Label Studio, one document at a time: a JSON "
                                    "list for the Import button, JSON Lines (*.jsonl) for a source storage, or "
                                    "files of N tasks each (--chunk) for a large corpus.\n\n"
                                    "Examples:\n  qantar ls export -o tasks.json\n"
                                    "  qantar ls export -o tasks.json --chunk 1000   # tasks-00000.json, ...\n"
                                    "  qantar ls export -o tasks.jsonl",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-o", "--output", required=True,
                   help="the tasks file to write: *.jsonl for JSON Lines, else a JSON list")
    p.add_argument("--chunk", type=_positive, metavar="N",
                   help="write files of N tasks each, named after --output with -00000, -00001, ...")
    _annotation_option(p)
    _gold_option(p)
    p.set_defaults(handler=_export)

    p = cmds.add_parser("import", help="import a Label Studio JSON export into annotation/gold",
                        description="Reads the export one task at a time, validates everything, writes nothing "
                                    "when anything is wrong, and prints what changed per document and layer.\n\n"
                                    "Example: qantar ls import export.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("export", help="the export file: a JSON list of tasks, or JSON Lines (*.jsonl)")
    _annotation_option(p)
    _json_option(p)
    p.set_defaults(handler=_import)

    p = cmds.add_parser("push", help="create or update the project and import the tasks to review",
                        description="Documents with a layer not yet reviewed go to the queue with the automatic "
                                    "annotations as predictions; fully reviewed ones only with --with-gold.\n\n"
                                    "Example: qantar ls push --url http://127.0.0.1:8080 --token $LS_TOKEN --annotators 2",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _server_options(p)
    _annotation_option(p)
    _gold_option(p)
    p.add_argument("--annotators", type=_positive, default=None, metavar="N",
                   help="how many people annotate each task (the queue offers it until it has N annotations); "
                        "default: leave the project's setting (1 for a new project)")
    p.set_defaults(handler=_push)

    p = cmds.add_parser("pull", help="pull the annotations and import them",
                        description="Download the project's annotations and import them into annotation/gold "
                                    "(all documents or none, as `qantar ls import`).\n\n"
                                    "Example: qantar ls pull --save pulled.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _server_options(p)
    _annotation_option(p)
    p.add_argument("--save", help="also keep the raw export in this file")
    _json_option(p)
    p.set_defaults(handler=_pull)
