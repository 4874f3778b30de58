"""Canonical documents read back from a built corpus, streamed batch by batch."""

import re
from pathlib import Path

import pyarrow.parquet as pq

from .. import corpus_rows
from ..errors import InputError

LAYERS = ("entities", "timexes", "events")
# `documents/train.parquet` or, sharded, `documents/train-00000-of-00004.parquet`
_SHARD = re.compile(r"^(?P<split>[a-z]+)(?:-\d{5}-of-\d{5})?\.parquet$")


def shards(corpus: Path) -> list[tuple[str, Path]]:
    """(split, file) of every Parquet file of the `documents` config, in file-name order."""
    folder = Path(corpus) / "documents"
    found = []
    for path in sorted(folder.glob("*.parquet")):
        match = _SHARD.match(path.name)
        if not match:
            raise InputError(f"{path}: not a documents shard (expected <split>[-NNNNN-of-NNNNN].parquet)")
        found.append((match["split"], path))
    if not found:
        raise InputError(f"{folder}: no Parquet files; build the corpus first (`qantar build`)")
    return found


def _keep_status(doc: dict, statuses) -> dict:
    """The document with only annotations of the given statuses; arguments to dropped ones go too."""
    for layer in LAYERS:
        doc[layer] = [a for a in doc[layer] if a["status"] in statuses]
    kept = {a["id"] for layer in ("entities", "timexes") for a in doc[layer]}
    for event in doc["events"]:
        event["arguments"] = [arg for arg in event["arguments"] if arg["ref"] in kept]
    return doc


def documents(corpus: Path, *, splits=None, statuses=None, languages=None, batch_size: int = 64):
    """(split, document) for every document of the corpus, filtered; one batch in memory at a time."""
    for split, path in shards(corpus):
        if splits and split not in splits:
            continue
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                doc = corpus_rows.document_from_row(row)
                if languages and doc["language"] not in languages:
                    continue
                yield split, _keep_status(doc, statuses) if statuses else doc
