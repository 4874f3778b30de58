"""The seed articles and their metadata (seeds/metadata.json)."""

import json
from pathlib import Path

from . import ingest
from .errors import InputError
from .paths import seeds_dir


def load_metadata(directory: Path | None = None) -> list[dict]:
    directory = Path(directory or seeds_dir())
    path = directory / "metadata.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read seed metadata: {exc}") from exc
    entries = data.get("documents", [])
    ids = [entry["id"] for entry in entries]
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate document ids")
    listed = {entry["file"] for entry in entries}
    unlisted = sorted(p.name for p in directory.glob("*.txt") if p.name not in listed)
    if unlisted:
        raise InputError(f"{path}: no metadata for {', '.join(unlisted)}; add an entry for each article")
    return sorted(entries, key=lambda entry: entry["id"])


def ingest_seeds(directory: Path | None = None, progress=None) -> list[dict]:
    """Every seed article as a canonical document (no annotation layers yet), in id order."""
    directory = Path(directory or seeds_dir())
    docs = []
    for entry in load_metadata(directory):
        docs.append(ingest.from_file(
            directory / entry["file"],
            doc_id=entry["id"],
            source_file=f"seeds/{entry['file']}",
            language=entry.get("language"),
            outlet=entry.get("outlet"),
            dct=entry.get("dct"),
        ))
        if progress:
            progress(entry["id"])
    return docs
