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


def document_languages(doc: dict) -> set[str]:
    return {doc["language"]} | {seg["language"] for seg in doc["segments"]}


class DocumentCache:
    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None  # None: no cache

    def _path(self, entry_key: str) -> Path:
        return self.directory / entry_key[:2] / f"{entry_key}.json.z"

    def get(self, entry_key: str, version: KnowledgeVersion) -> dict | None:
        """The entry {"doc", "knowledge", "languages"}, or None when absent or stale."""
        if self.directory is None:
            return None
        try:
            entry = json.loads(zlib.decompress(self._path(entry_key).read_bytes()))
        except (OSError, ValueError, zlib.error):
            return None
        if any(version.language(code) != digest for code, digest in entry["languages"].items()):
            return None
        return entry

    def put(self, entry_key: str, version: KnowledgeVersion, doc: dict, knowledge: list[str]) -> None:
        if self.directory is None:
            return
        entry = {"languages": {code: version.language(code) for code in sorted(document_languages(doc))},
                 "doc": doc, "knowledge": knowledge}
        path = self._path(entry_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(zlib.compress(json.dumps(entry, ensure_ascii=False).encode(), 1))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
