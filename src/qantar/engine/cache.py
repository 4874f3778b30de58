"""Annotated documents cached on disk, keyed by what decides their annotation.

The key hashes the article file's bytes, its metadata, the withheld knowledge keys and
the shared part of the knowledge version; an entry also records the hash of the data
files of each language the document has paragraphs in, and is stale when one of them
changed. Entries are compressed JSON files written atomically, so processes and machines
sharing the directory never read half an entry.

Beside them: each document's build output (its rows, and a small summary: split, row
sizes, card statistics, knowledge used), keyed by `result_key`, so that a rebuild reads
a few kilobytes of an unchanged document; and the Parquet shards already written
(`ShardStore`), so that a rebuild writes only the shards whose documents changed.

Location: $QANTAR_CACHE_DIR, else `.qantar-cache/` in the project checkout."""

import hashlib
import json
import os
import pickle
import shutil
import tempfile
import zlib
from pathlib import Path

from ..paths import project_root
from .knowledge_version import KnowledgeVersion

FORMAT = 1  # bump when the entry layout changes


def default_dir() -> Path:
    env = os.environ.get("QANTAR_CACHE_DIR")
    return Path(env) if env else project_root() / ".qantar-cache"


def key(raw: bytes, metadata: dict, withheld: frozenset, version: KnowledgeVersion) -> str:
    digest = hashlib.sha256()
    for part in (str(FORMAT).encode(), version.shared.encode(),
                 json.dumps(metadata, sort_keys=True, ensure_ascii=False).encode(),
                 "\n".join(sorted(withheld)).encode(), raw):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def result_key(annotation_key: str, gold: dict | None, version: KnowledgeVersion) -> str:
    """The key of a document's build output: its annotation, its corrections, and the
    version of the code and schemas that turn them into rows."""
    digest = hashlib.sha256(f"{annotation_key}\0{version.output}\0".encode())
    digest.update(json.dumps(gold, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def document_languages(doc: dict) -> set[str]:
    return {doc["language"]} | {seg["language"] for seg in doc["segments"]}


def document_version(doc: dict, version: KnowledgeVersion) -> dict[str, str]:
    """The knowledge version of each language of the document's paragraphs: an entry is
    stale when one of them changed."""
    return {code: version.language(code) for code in sorted(document_languages(doc))}


class DocumentCache:
    # Paths are strings here: a rebuild looks up every document, and pathlib costs more than the reads.
    def __init__(self, directory: Path | None):
        self.directory = str(directory) if directory else None  # None: no cache

    def _path(self, entry_key: str, suffix: str) -> str:
        return os.path.join(self.directory, entry_key[:2], entry_key + suffix)

    def _read(self, entry_key: str, suffix: str, loads, version: KnowledgeVersion):
        if self.directory is None:
            return None
        try:
            with open(self._path(entry_key, suffix), "rb") as handle:
                entry = loads(zlib.decompress(handle.read()))
        except (OSError, ValueError, EOFError, zlib.error, pickle.UnpicklingError):
            return None
        if any(version.language(code) != digest for code, digest in entry["languages"].items()):
            return None
        return entry

    def get(self, entry_key: str, version: KnowledgeVersion) -> dict | None:
        """The annotated document {"doc", "knowledge", "languages"}, or None when absent or stale."""
        return self._read(entry_key, ".json.z", json.loads, version)

    def put(self, entry_key: str, version: KnowledgeVersion, doc: dict, knowledge: list[str]) -> None:
        entry = {"languages": document_version(doc, version), "doc": doc, "knowledge": knowledge}
        self._write(entry_key, ".json.z", zlib.compress(json.dumps(entry, ensure_ascii=False).encode(), 1))

    def get_summary(self, entry_key: str, version: KnowledgeVersion):
        """What the build keeps of a document besides its rows (engine.document.DocumentResult
        without rows), or None when absent, stale or without its rows. Pickled: the cache is
        the user's own directory, written only by qantar."""
        entry = self._read(entry_key, ".summary.z", pickle.loads, version)
        if entry is None or not os.path.isfile(self._path(entry_key, ".rows")):
            return None
        return entry["summary"]

    def put_output(self, entry_key: str, languages: dict[str, str], summary, rows: bytes) -> None:
        """A document's build output: its rows (`rows_blob`), then its summary, which marks
        the entry complete."""
        self._write(entry_key, ".rows", rows)
        entry = {"languages": languages, "summary": summary}
        self._write(entry_key, ".summary.z", zlib.compress(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), 1))

    def rows(self, entry_key: str, config: str) -> bytes:
        """The rows of one config of a document put with `put_output` (an Arrow IPC stream)."""
        with open(self._path(entry_key, ".rows"), "rb") as handle:
            offset, length = json.loads(handle.readline())[config]
            handle.seek(offset, os.SEEK_CUR)
            return zlib.decompress(handle.read(length))

    def _write(self, entry_key: str, suffix: str, data: bytes) -> None:
        if self.directory is None:
            return
        path = self._path(entry_key, suffix)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=f".{os.path.basename(path)}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def rows_blob(tables: dict[str, bytes]) -> bytes:
    """A document's rows (config -> Arrow IPC stream) as stored: a JSON line of where each
    config's compressed stream is, then the streams, so that writing one config's shard
    reads and decompresses only that config."""
    parts = {config: zlib.compress(data, 1) for config, data in tables.items()}
    index, offset = {}, 0
    for config, part in parts.items():
        index[config] = (offset, len(part))
        offset += len(part)
    return json.dumps(index).encode() + b"\n" + b"".join(parts.values())


class ShardStore:
    """Parquet shards already written, by the hash of what they hold (shard_key): a rebuild
    links an unchanged shard into the new corpus instead of writing it again."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) / "shards" if directory else None  # None: keep nothing

    def _path(self, shard_key: str) -> Path:
        return self.directory / shard_key[:2] / f"{shard_key}.parquet"

    def fetch(self, shard_key: str, path: Path) -> bool:
        """Put the stored shard at `path` (a hard link, else a copy); False when there is none."""
        if self.directory is None or not self._path(shard_key).is_file():
            return False
        _link_or_copy(self._path(shard_key), path)
        return True

    def keep(self, shard_key: str, path: Path) -> None:
        if self.directory is None:
            return
        stored = self._path(shard_key)
        stored.parent.mkdir(parents=True, exist_ok=True)
        tmp = stored.with_name(f".{stored.name}.{os.getpid()}.tmp")
        _link_or_copy(path, tmp)
        os.replace(tmp, stored)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(source, target)
