"""Corrected (gold) layers in annotation/gold/<doc_id>.json, and merging them into documents.

A corrected layer replaces the automatic layer of its document whole: an annotator who
deleted a wrong automatic mention must not see it come back.
"""

import hashlib
import json
from pathlib import Path

from . import validate
from .errors import InputError, ValidationError
from .paths import annotation_dir


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_dir(base: Path | None = None) -> Path:
    return Path(base or annotation_dir()) / "gold"


def render(corrections: dict) -> str:
    """Deterministic JSON of a corrections file (layers sorted by span, then id)."""
    layers = {
        name: sorted(anns, key=lambda a: (a["start"], a["end"], a["id"]))
        for name, anns in sorted(corrections["layers"].items())
    }
    data = {"doc_id": corrections["doc_id"], "text_sha256": corrections["text_sha256"], "layers": layers}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_all(base: Path | None = None) -> dict[str, dict]:
    """doc_id -> corrections, each checked against the corrections schema."""
    out, problems = {}, []
    for path in sorted(gold_dir(base).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{path}: cannot read corrections: {exc}") from exc
        found = validate.schema_problems(data, "corrections.schema.json", str(path), path.stem)
        if not found and data["doc_id"] != path.stem:
            found = [validate.Problem(str(path), path.stem, "doc_id",
                                      f"file name says {path.stem!r} but doc_id is {data['doc_id']!r}")]
        problems += found
        if not found:
            out[data["doc_id"]] = data
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
