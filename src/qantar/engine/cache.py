"""Annotated documents cached on disk, keyed by what decides their annotation.

The key hashes the article file's bytes, its metadata, the withheld knowledge keys and
the shared part of the knowledge version; an entry also records the hash of the data
files of each language the document has paragraphs in, and is stale when one of them
changed. Entries are compressed JSON files written atomically, so processes and machines
sharing the directory never read half an entry.

Location: $QANTAR_CACHE_DIR, else `.qantar-cache/` in the project checkout.
"""

import hashlib
import json
import os
import pickle
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


def _languages(doc: dict, version: KnowledgeVersion) -> dict[str, str]:
    return {code: version.language(code) for code in sorted(document_languages(doc))}


class DocumentCache:
    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None  # None: no cache

    def _path(self, entry_key: str, suffix: str) -> Path:
        return self.directory / entry_key[:2] / f"{entry_key}{suffix}"

    def _read(self, entry_key: str, suffix: str, loads, version: KnowledgeVersion):
        if self.directory is None:
            return None
        try:
            entry = loads(zlib.decompress(self._path(entry_key, suffix).read_bytes()))
        except (OSError, ValueError, EOFError, zlib.error, pickle.UnpicklingError):
            return None
        if any(version.language(code) != digest for code, digest in entry["languages"].items()):
            return None
        return entry

    def get(self, entry_key: str, version: KnowledgeVersion) -> dict | None:
        """The annotated document {"doc", "knowledge", "languages"}, or None when absent or stale."""
        return self._read(entry_key, ".json.z", json.loads, version)

    def put(self, entry_key: str, version: KnowledgeVersion, doc: dict, knowledge: list[str]) -> None:
        entry = {"languages": _languages(doc, version), "doc": doc, "knowledge": knowledge}
        self._write(entry_key, ".json.z", json.dumps(entry, ensure_ascii=False).encode())

    def get_result(self, entry_key: str, version: KnowledgeVersion):
        """A document's build output (engine.document.DocumentResult), or None. Pickled:
        the cache is the user's own directory, written only by qantar."""
        entry = self._read(entry_key, ".result.z", pickle.loads, version)
        return entry and entry["result"]

    def put_result(self, entry_key: str, version: KnowledgeVersion, doc: dict, result) -> None:
        entry = {"languages": _languages(doc, version), "result": result}
        self._write(entry_key, ".result.z", pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))

    def _write(self, entry_key: str, suffix: str, data: bytes) -> None:
        if self.directory is None:
            return
        path = self._path(entry_key, suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(zlib.compress(data, 1))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
