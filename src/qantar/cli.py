"""The `qantar` command line: a thin layer over the library.

Each command module under qantar.commands defines `register(subparsers)`; its handler
makes one library call. QantarError becomes a one-line message and exit status 1.
"""

import argparse
import sys
from importlib import import_module

from .errors import QantarError

COMMAND_MODULES = (
    "qantar.commands.core",
    "qantar.commands.evaluate",
    "qantar.commands.check",
    "qantar.commands.ls",
    "qantar.commands.export",
    "qantar.commands.show",
)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="qantar",
        description="Build, annotate, validate and evaluate the qantar corpus.",
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return top


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args) or 0
    except QantarError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
