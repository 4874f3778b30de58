"""Corrected (gold) layers in annotation/gold/<doc_id>.json, and merging them into documents.

A corrected layer replaces the automatic layer of its document whole: an annotator who
deleted a wrong automatic mention must not see it come back.
"""

import hashlib
import json
from pathlib import Path

from . import atomic, validate
from .errors import InputError, ValidationError
from .paths import annotation_dir


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_dir(base: Path | None = None) -> Path:
    return Path(base or annotation_dir()) / "gold"


def journal_path(base: Path | None = None) -> Path:
    """Where a multi-file gold write keeps its journal until every file is written."""
    return Path(base or annotation_dir()) / ".gold-journal.json"


def recover(base: Path | None = None) -> int:
    """Finish a gold write that a kill interrupted; the number of files it held (none while
    another process is writing the gold: its journal is not left over)."""
    if atomic.written_elsewhere(gold_dir(base)):
        return 0
    replayed = atomic.replay_journal(journal_path(base))
    atomic.remove_partial_writes(gold_dir(base))
    return replayed


def render(corrections: dict) -> str:
    """Deterministic JSON of a corrections file (layers sorted by span, then id)."""
    layers = {
        name: sorted(anns, key=lambda a: (a["start"], a["end"], a["id"]))
        for name, anns in sorted(corrections["layers"].items())
    }
    data = {"doc_id": corrections["doc_id"], "text_sha256": corrections["text_sha256"], "layers": layers}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_all(base: Path | None = None) -> dict[str, dict]:
    """doc_id -> corrections, each checked against the corrections schema (a gold write
    that a kill interrupted is finished first)."""
    recover(base)
    return load_files(sorted(gold_dir(base).glob("*.json")), named_by_doc_id=True)


def load_files(paths, named_by_doc_id: bool = False, sources: dict | None = None) -> dict[str, dict]:
    """doc_id -> corrections of the given files, each checked against the corrections schema;
    `named_by_doc_id`: the file name must be <doc_id>.json (as in annotation/gold);
    `sources`, when given, receives doc_id -> the file it came from."""
    out, problems = {}, []
    for path in map(Path, paths):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{path}: cannot read corrections: {exc}") from exc
        found = validate.schema_problems(data, "corrections.schema.json", str(path), path.stem)
        if not found and named_by_doc_id and data["doc_id"] != path.stem:
            found = [validate.Problem(str(path), path.stem, "doc_id",
                                      f"file name says {path.stem!r} but doc_id is {data['doc_id']!r}")]
        if not found and data["doc_id"] in out:
            found = [validate.Problem(str(path), data["doc_id"], "doc_id", "a second corrections file for this document")]
        problems += found
        if not found:
            out[data["doc_id"]] = data
            if sources is not None:
                sources[data["doc_id"]] = str(path)
    if problems:
        raise ValidationError(problems)
    return out


def apply(doc: dict, corrections: dict | None, file: str = "") -> dict:
    """The document with its corrected layers in place of the automatic ones."""
    if not corrections:
        return doc
    if corrections["text_sha256"] != text_sha256(doc["text"]):
        raise ValidationError([validate.Problem(
            file, doc["id"], "text_sha256",
            "the corrections were made on a different text than the current document text; "
            "re-import them against the current text")])
    for layer, annotations in corrections["layers"].items():
        doc[layer] = [dict(a) for a in annotations]
    return doc
