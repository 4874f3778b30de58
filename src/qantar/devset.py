"""The development set: new articles written for evaluation, with gold, outside the corpus.

Layout (annotation/dev/):
    articles/<id>.txt        the article text
    articles/meta/<id>.json  metadata like one entry of seeds/metadata.json, plus
                             `aside` (true: no rule may ever be written from it) and `topic`
    gold/<id>.json           corrected layers, in the format of annotation/gold/

The articles are never in the corpus and never a source of rules; `aside` articles are
reported separately so that one part of the set stays untouched by any rule change.
Gold is loaded through the same checks as the corpus build: schema, text checksum, spans,
KB and cluster ids.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from . import clusters, corrections, ingest, kb, validate
from .errors import InputError, ValidationError
from .paths import annotation_dir

REQUIRED_META = ("id", "file", "language", "dct", "aside")


@dataclass(frozen=True)
class DevArticle:
    doc: dict  # the canonical document, automatic layers empty
    gold: dict  # corrections: {"doc_id", "text_sha256", "layers"}
    aside: bool
    meta: dict


def dev_dir(base: Path | None = None) -> Path:
    return Path(base) if base else annotation_dir() / "dev"


def _read_json(path: Path, what: str) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read {what}: {exc}") from exc


def _meta(path: Path) -> dict:
    meta = _read_json(path, "dev-set metadata")
    missing = [key for key in REQUIRED_META if key not in meta]
    if missing:
        raise InputError(f"{path}: dev-set metadata lacks {', '.join(missing)}")
    if meta["id"] != path.stem:
        raise InputError(f"{path}: file name says {path.stem!r} but id is {meta['id']!r}")
    return meta


def load(base: Path | None = None) -> list[DevArticle]:
    """Every dev-set article with its gold, in id order; refuses the whole set on any problem."""
    root = dev_dir(base)
    meta_paths = sorted((root / "articles" / "meta").glob("*.json"))
    texts = {p.stem for p in (root / "articles").glob("*.txt")}
    unlisted = sorted(texts - {p.stem for p in meta_paths})
    if unlisted:
        raise InputError(f"{root / 'articles'}: no metadata for {', '.join(unlisted)}")
    known = {"kb_ids": kb.load().ids(), "cluster_ids": clusters.ids()}
    out, problems = [], []
    for meta_path in meta_paths:
        meta = _meta(meta_path)
        doc = ingest.from_file(root / "articles" / meta["file"], doc_id=meta["id"],
                               source_file=f"annotation/dev/articles/{meta['file']}",
                               language=meta["language"], outlet=meta.get("outlet"), dct=meta["dct"])
        gold_path = root / "gold" / f"{meta['id']}.json"
        if not gold_path.exists():
            raise InputError(f"{gold_path}: dev-set article {meta['id']} has no gold")
        gold = _read_json(gold_path, "dev-set gold")
        found = validate.schema_problems(gold, "corrections.schema.json", str(gold_path), meta["id"])
        if not found:
            try:
                merged = corrections.apply(dict(doc), gold, file=str(gold_path))
            except ValidationError as exc:
                found = exc.problems
            else:
                found = validate.validate_document(merged, file=str(gold_path), **known)
        problems += found
        out.append(DevArticle(doc, gold, bool(meta["aside"]), meta))
    if problems:
        raise ValidationError(problems)
    return out
