"""JSON Lines: one canonical document a line (`schema/document.schema.json`), one file per split."""

import json
from pathlib import Path

from . import splitfiles

NAME = "jsonl"
DROPS = "Nothing: every field of the canonical document is kept."


def write(documents, output: Path) -> list[Path]:
    return splitfiles.write_lines(documents, output, ".jsonl", lambda doc: [json.dumps(doc, ensure_ascii=False)])


def read(directory: Path) -> list[dict]:
    docs = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            docs += [json.loads(line) for line in handle if line.strip()]
    return docs
