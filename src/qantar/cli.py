"""The `qantar` command line: a thin layer over the library.

Each command module under qantar.commands defines `register(subparsers)`; its handler
makes one library call. A QantarError (something the user can fix) becomes
`qantar: error: ...` lines on stderr and exit status 1; `--debug` shows the traceback.
"""

import argparse
import sys
import traceback
from importlib import import_module

from . import recovery
from .errors import QantarError, ValidationError

COMMAND_MODULES = (
    "qantar.commands.core",
    "qantar.commands.evaluate",
    "qantar.commands.check",
    "qantar.commands.ls",
    "qantar.commands.export",
    "qantar.commands.show",
)

OK, USER_ERROR, USAGE_ERROR, INTERNAL_ERROR, INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = """\
exit status:
  0  success
  1  the input or the data is wrong (the message says what and where; nothing was changed)
  2  the command line is wrong (unknown option, missing argument)
  3  an internal error of qantar (a bug: rerun with --debug and report the traceback)
  130 interrupted (Ctrl-C)

examples:
  qantar build                                   build corpus/ from seeds/ and annotation/
  qantar annotate article.txt --language pl --dct 2022-01-05
  qantar validate doc.json
  qantar evaluate --leave-one-out
  qantar COMMAND --help                          what a command does, with an example
"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="qantar",
        description="Build, annotate, validate and evaluate the qantar corpus: news articles about the "
                    "January 2022 unrest in Kazakhstan with entity, time-expression and event annotations.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    _add_debug(top, default=False)
    return top


def _add_debug(p: argparse.ArgumentParser, default) -> None:
    """--debug on the top parser and on every (sub)command, so it may come anywhere."""
    p.add_argument("--debug", action="store_true", default=default, help="show the Python traceback of an error")
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _add_debug(child, default=argparse.SUPPRESS)


def _print_error(exc: QantarError) -> None:
    lines = [str(p) for p in exc.problems] if isinstance(exc, ValidationError) else [str(exc)]
    for line in lines:
        print(f"qantar: error: {line}", file=sys.stderr)


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    try:
        for note in recovery.recover():
            print(f"qantar: {note}", file=sys.stderr)
        return args.handler(args) or OK
    except QantarError as exc:
        if args.debug:
            traceback.print_exc()
        _print_error(exc)
        return USER_ERROR
    except OSError as exc:  # a path the user gave cannot be read or written (missing, a directory, full disk)
        if args.debug:
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"qantar: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("qantar: interrupted", file=sys.stderr)
        return INTERRUPTED
    except Exception as exc:  # a bug, not a user error: say so, traceback with --debug
        if args.debug:
            traceback.print_exc()
        print(f"qantar: internal error: {type(exc).__name__}: {exc} (a bug in qantar; rerun with --debug "
              "for the traceback and report it)", file=sys.stderr)
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
