"""The seed articles and their metadata (seeds/metadata.json)."""

import json
from pathlib import Path

from . import ingest, inputs, splits
from .errors import InputError
from .paths import seeds_dir


def _checked_entry(entry, path: Path, index: int) -> dict:
    """One metadata entry with its language and dct checked (language codes normalised)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not isinstance(entry.get("file"), str):
        raise InputError(f"{path}: documents[{index}]: needs an \"id\" and a \"file\" (strings)")
    where = f"{path}: document {entry['id']}"
    checked = dict(entry)
    if entry.get("language") is not None:
        checked["language"] = inputs.language(entry["language"], f"{where}: language")
    dct = entry.get("dct")
    if dct is not None:
        if not isinstance(dct, dict) or set(dct) != {"value", "source", "evidence"}:
            raise InputError(f"{where}: dct must be an object with \"value\", \"source\" and \"evidence\"")
        if dct["value"] is not None:
            inputs.day(dct["value"], f"{where}: dct.value")
    splits.split_of(entry["id"], entry.get("split"), where=f"{where}: split")
    return checked


def _not_articles(directory: Path) -> list[str]:
    """Files and folders in seeds/ that are neither an article (.txt) nor the metadata."""
    return sorted(p.name for p in directory.iterdir()
                  if not p.name.startswith(".") and not (p.is_file() and (p.suffix == ".txt" or p.name == "metadata.json")))


def load_metadata(directory: Path | None = None) -> list[dict]:
    directory = Path(directory or seeds_dir())
    path = directory / "metadata.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read seed metadata: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(f"{path}: expected an object with a \"documents\" list")
    entries = [_checked_entry(entry, path, i) for i, entry in enumerate(data["documents"])]
    ids = [entry["id"] for entry in entries]
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate document ids")
    stray = _not_articles(directory)
    if stray:
        raise InputError(f"{directory}: {', '.join(stray)}: not an article (articles are UTF-8 .txt files "
                         "listed in metadata.json); move it out of seeds/")
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
