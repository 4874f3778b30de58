"""One text file per split (`<output>/<split><suffix>`), opened when the split first appears."""

from contextlib import contextmanager
from pathlib import Path


@contextmanager
def per_split(output: Path, suffix: str):
    """Yields (open(split) -> text handle, list of the files opened so far)."""
    handles: dict[str, object] = {}
    files: list[Path] = []

    def handle(split: str):
        if split not in handles:
            path = output / f"{split}{suffix}"
            handles[split] = path.open("w", encoding="utf-8", newline="\n")
            files.append(path)
        return handles[split]

    try:
        yield handle, files
    finally:
        for h in handles.values():
            h.close()


def write_lines(documents, output: Path, suffix: str, document_lines) -> list[Path]:
    """Every document's lines (`document_lines(doc)`) into its split's file."""
    with per_split(output, suffix) as (handle, files):
        for split, doc in documents:
            handle(split).write("\n".join(document_lines(doc)) + "\n")
    return files
