"""Cross-document event clusters (annotation/clusters.json): the same real-world event
reported in several articles and languages."""

import json
from pathlib import Path

from .errors import InputError
from .paths import annotation_dir


def load(path: Path | None = None) -> list[dict]:
    path = Path(path or annotation_dir() / "clusters.json")
    try:
        clusters = json.loads(path.read_text(encoding="utf-8"))["clusters"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"{path}: cannot read event clusters: {exc}") from exc
    ids = [c["id"] for c in clusters]
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate cluster ids")
    return clusters


def ids(path: Path | None = None) -> set[str]:
    return {c["id"] for c in load(path)}
