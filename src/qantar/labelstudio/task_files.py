"""Task files written and read one task at a time, so that a corpus of any size goes to and
comes from Label Studio in bounded memory.

Written (by the name given):
- `tasks.json`: one JSON list, the file Label Studio's Import button takes;
- `tasks.jsonl`: JSON Lines, one task a line, what a source storage (local files, S3, GCS,
  Azure) imports as tasks;
- `tasks.json` with `chunk` = N: `tasks-00000.json`, `tasks-00001.json`, ... lists of N tasks
  each, to upload several files under the upload size limit.

Read: JSON Lines from a `.jsonl` file, else a JSON list parsed one element at a time.
"""

import json
from contextlib import ExitStack
from pathlib import Path

from .. import atomic
from ..errors import ImportRefused

READ_BLOCK = 1 << 20


def chunk_path(path: Path, index: int) -> Path:
    return path.with_name(f"{path.stem}-{index:05d}{path.suffix}")


class _ListFile:
    """A JSON list written element by element, laid out as json.dumps(list, indent=2)."""

    def __init__(self, handle):
        self.handle, self.count = handle, 0

    def write(self, task: dict) -> None:
        element = json.dumps(task, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.handle.write(("[\n  " if not self.count else ",\n  ") + element)
        self.count += 1

    def close(self) -> None:
        self.handle.write("\n]\n" if self.count else "[]\n")


class _LinesFile:
    def __init__(self, handle):
        self.handle, self.count = handle, 0

    def write(self, task: dict) -> None:
        self.handle.write(json.dumps(task, ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        pass


def write_tasks(path, tasks, chunk: int | None = None) -> tuple[int, list[Path]]:
    """Write `tasks` (any iterable) to `path` as the module doc says; (tasks, files written).
    Each file appears whole or not at all (qantar.atomic)."""
    path = Path(path)
    kind = _LinesFile if path.suffix == ".jsonl" else _ListFile
    total, files = 0, []
    with ExitStack() as stack:
        current = None
        for task in tasks:
            if current is None or (chunk and current.count == chunk):
                if current is not None:
                    current.close()
                    stack.close()
                target = chunk_path(path, len(files)) if chunk else path
                current = kind(stack.enter_context(atomic.open_text(target)))
                files.append(target)
            current.write(task)
            total += 1
        if current is None:  # no task: an empty file still says so
            current = kind(stack.enter_context(atomic.open_text(path)))
            files.append(path)
        current.close()
    return total, files


def _refuse(path: Path, problem: str) -> ImportRefused:
    return ImportRefused(f"{path}: {problem}; nothing was imported")


_KINDS = {"{": "dict", '"': "str", "t": "bool", "f": "bool", "n": "NoneType"}


def read_tasks(path):
    """The tasks of an export file one at a time: JSON Lines when the name ends in .jsonl,
    else a JSON list."""
    path = Path(path)
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise ImportRefused(f"{path}: cannot read the export: {exc}") from exc
    with handle:
        try:
            text = handle.read(READ_BLOCK)
            if path.suffix == ".jsonl":
                yield from _lines(path, text, handle)
                return
            start = len(text) - len(text.lstrip())
            first = text[start:start + 1]
            if first != "[":
                if not first:
                    raise _refuse(path, "not a valid JSON file (it is empty)")
                raise _refuse(path, f"a Label Studio JSON export is a list of tasks, got {_KINDS.get(first, 'a number')} "
                                    "(JSON Lines, one task a line, go in a file named *.jsonl)")
            yield from _list_elements(path, handle, text, start + 1)
        except UnicodeDecodeError as exc:
            raise _refuse(path, f"not a UTF-8 file ({exc})") from exc


def _lines(path: Path, text: str, handle):
    number = 0
    rest = text
    while True:
        *lines, rest = rest.split("\n")
        for line in lines:
            number += 1
            if line.strip():
                yield _line(path, number, line)
        more = handle.read(READ_BLOCK)
        if not more:
            break
        rest += more
    if rest.strip():
        yield _line(path, number + 1, rest)


def _line(path: Path, number: int, line: str):
    try:
        return json.loads(line)
    except ValueError as exc:
        raise _refuse(path, f"line {number} is not valid JSON ({exc}); a Label Studio export is a JSON list "
                            "of tasks or JSON Lines, one task a line") from exc


def _list_elements(path: Path, handle, text: str, position: int):
    """Elements of the JSON list whose `[` ends before `position`, decoded one at a time
    (the text read so far is dropped as elements are decoded)."""
    decoder = json.JSONDecoder()
    state = "first"  # after `[`; "value" after a comma; "comma" after an element

    def refill(text: str, position: int, what: str) -> tuple[str, int]:
        block = handle.read(READ_BLOCK)
        if not block:
            raise _refuse(path, f"not a valid JSON file ({what})")
        return text[position:] + block, 0

    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position == len(text):
            text, position = refill(text, position, "the list of tasks is not closed")
            continue
        char = text[position]
        if char == "]" and state != "value":
            if text[position + 1:].strip() or handle.read(READ_BLOCK).strip():
                raise _refuse(path, "not a valid JSON file (something follows the list of tasks)")
            return
        if state == "comma":
            if char != ",":
                raise _refuse(path, f"not a valid JSON file (expected `,` or `]` between tasks, found {char!r})")
            position, state = position + 1, "value"
            continue
        try:
            value, end = decoder.raw_decode(text, position)
        except ValueError as exc:  # invalid, or cut at the end of the block read
            text, position = refill(text, position, str(exc))
            continue
        if end == len(text) and not isinstance(value, (dict, list, str)):  # a number may go on
            block = handle.read(READ_BLOCK)
            if block:
                text, position = text[position:] + block, 0
                continue
        yield value
        position, state = end, "comma"
