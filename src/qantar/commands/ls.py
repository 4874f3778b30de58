"""`qantar ls`: the Label Studio round trip (config, export, import, push, pull)."""

import argparse

from rich.console import Console

from ..errors import ValidationError
from ..labelstudio import config, server, workflow
from ..paths import annotation_dir

console = Console()


def _print_report(report) -> int:
    console.print(report.table())
    for note in report.notes():
        console.print(f"- {note}", highlight=False)
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
    count = workflow.write_export(args.output, annotation_dir=args.annotation_dir)
    console.print(f"wrote {count} tasks to {args.output}")
    return 0


def _import(args) -> int:
    return _print_report(workflow.import_file(args.export, annotation_dir=args.annotation_dir))


def _push(args) -> int:
    result = workflow.push(args.url, args.token, args.project, annotation_dir=args.annotation_dir)
    state = "created" if result.created else ("labeling config updated" if result.config_updated else "up to date")
    console.print(f"project {args.project!r} (id {result.project_id}, {state}): imported {result.imported} tasks, "
                  f"{result.already_there} already there")
    return 0


def _pull(args) -> int:
    return _print_report(workflow.pull(args.url, args.token, args.project,
                                       annotation_dir=args.annotation_dir, save=args.save))


def _server_options(p) -> None:
    p.add_argument("--url", help="Label Studio URL (default: $LABEL_STUDIO_URL)")
    p.add_argument("--token", help="API token (default: $LABEL_STUDIO_API_KEY)")
    p.add_argument("--project", default=server.DEFAULT_PROJECT, help="project title (default: %(default)s)")


def _annotation_option(p) -> None:
    p.add_argument("--annotation-dir", default=None,
                   help=f"where gold/<doc_id>.json lives (default: {annotation_dir()})")


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
                        description="Write a JSON file of tasks (text, automatic annotations as predictions, "
                                    "corrections as annotations) to import into Label Studio by hand.\n\n"
                                    "Example: qantar ls export -o tasks.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-o", "--output", required=True, help="the tasks file to write")
    _annotation_option(p)
    p.set_defaults(handler=_export)

    p = cmds.add_parser("import", help="import a Label Studio JSON export into annotation/gold",
                        description="Validates everything, writes nothing when anything is wrong, and prints "
                                    "what changed per document and layer.\n\nExample: qantar ls import export.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("export", help="the JSON export file")
    _annotation_option(p)
    p.set_defaults(handler=_import)

    p = cmds.add_parser("push", help="create or update the project and import the tasks",
                        description="Create the Label Studio project (or update its labeling config) and import "
                                    "the tasks not there yet.\n\n"
                                    "Example: qantar ls push --url http://127.0.0.1:8080 --token $TOKEN",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _server_options(p)
    _annotation_option(p)
    p.set_defaults(handler=_push)

    p = cmds.add_parser("pull", help="pull the annotations and import them",
                        description="Download the project's annotations and import them into annotation/gold "
                                    "(all documents or none, as `qantar ls import`).\n\n"
                                    "Example: qantar ls pull --save pulled.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _server_options(p)
    _annotation_option(p)
    p.add_argument("--save", help="also keep the raw export in this file")
    p.set_defaults(handler=_pull)
