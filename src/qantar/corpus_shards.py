"""Sharded Parquet as on the Hugging Face Hub: `<config>/<split>-00000-of-00003.parquet`.

Documents arrive one at a time with the size of their rows; their rows themselves wait in
the cache (engine.cache) until the shard holding them is complete, then are read back,
grouped into row groups and written with `pyarrow.ParquetWriter`.

Where a shard ends depends only on the documents around it (content-defined, as in
chunked file sync): after a document whose id hash is 0 modulo BOUNDARY_EVERY once the
shard holds MIN_SHARD_BYTES of (uncompressed Arrow) data, and at max_shard_bytes at the
latest. Adding, changing or removing one article therefore changes one shard (rarely two),
and a rebuild links every other shard from the cache (`ShardStore`) instead of writing it.
The number of shards is known only at the end, so shards get their Hub names when the
split is closed. Everything depends only on the rows and their order, so the files are the
same whatever computed the rows and whatever the cache held.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import atomic, corpus_arrow

MAX_SHARD_BYTES = 256 * 1024 * 1024  # the Hub's own conversion aims at a few hundred MB
MIN_SHARD_BYTES = 8 * 1024 * 1024  # small enough that rewriting one shard is quick
BOUNDARY_EVERY = 64  # a shard past its minimum ends after about one document in this many
ROW_GROUP_BYTES = 16 * 1024 * 1024
ROW_GROUP_ROWS = 10_000


def shard_name(split: str, index: int, total: int) -> str:
    return f"{split}-{index:05d}-of-{total:05d}.parquet"


def pattern(config: str, split: str) -> str:
    """The data_files glob of a split in the card."""
    return f"{config}/{split}-*"


def may_end_shard(doc_id: str) -> bool:
    """Whether a shard past its minimum size ends after this document."""
    return int.from_bytes(hashlib.sha256(doc_id.encode()).digest()[:4], "big") % BOUNDARY_EVERY == 0


@dataclass
class _Split:
    directory: Path
    config: str
    name: str
    rows_of: object  # (document key, config) -> the document's rows as an Arrow IPC stream
    store: object  # engine.cache.ShardStore
    salt: str  # what besides the documents shapes the files (code version)
    max_shard_bytes: int
    rows: int = 0
    shards: list = field(default_factory=list)  # temporary paths, in order
    _pending: list = field(default_factory=list)  # (document key, rows, bytes) of the open shard
    _pending_bytes: int = 0

    def add(self, doc_id: str, key: str, rows: int, nbytes: int) -> None:
        if not rows:
            return
        self._pending.append((key, rows, nbytes))
        self._pending_bytes += nbytes
        if self._pending_bytes >= self.max_shard_bytes or (
                self._pending_bytes >= min(MIN_SHARD_BYTES, self.max_shard_bytes) and may_end_shard(doc_id)):
            self._close_shard()

    def _shard_key(self) -> str:
        digest = hashlib.sha256(f"{self.salt}\0{pa.__version__}\0{self.config}\0".encode())
        for key, _rows, _nbytes in self._pending:
            digest.update(key.encode())
        return digest.hexdigest()

    def _close_shard(self) -> None:
        if not self._pending:
            return
        path = self.directory / f".{self.name}-{len(self.shards):05d}.partial"
        self.directory.mkdir(parents=True, exist_ok=True)
        key = self._shard_key()
        if not self.store.fetch(key, path):
            self._write(path)
            self.store.keep(key, path)
        self.shards.append(path)
        self.rows += sum(rows for _key, rows, _nbytes in self._pending)
        self._pending, self._pending_bytes = [], 0

    def _write(self, path: Path) -> None:
        """The open shard's documents, in row groups of ROW_GROUP_ROWS rows or ROW_GROUP_BYTES."""
        schema = corpus_arrow.schema(self.config)
        with pq.ParquetWriter(path, schema) as writer:
            group, group_rows, group_bytes = [], 0, 0
            for key, rows, nbytes in self._pending:
                group.append(corpus_arrow.from_ipc(self.rows_of(key, self.config), self.config))
                group_rows, group_bytes = group_rows + rows, group_bytes + nbytes
                if group_rows >= ROW_GROUP_ROWS or group_bytes >= min(ROW_GROUP_BYTES, self.max_shard_bytes):
                    self._write_group(writer, group)
                    group, group_rows, group_bytes = [], 0, 0
            self._write_group(writer, group)

    @staticmethod
    def _write_group(writer: pq.ParquetWriter, tables: list) -> None:
        if tables:
            table = pa.concat_tables(tables).combine_chunks()
            writer.write_table(table, row_group_size=table.num_rows)

    def close(self) -> list[Path]:
        self._close_shard()
        final = [self.directory / shard_name(self.name, i, len(self.shards)) for i in range(len(self.shards))]
        for temporary, path in zip(self.shards, final):
            temporary.rename(path)
            atomic.count_write()
        return final


class CorpusWriter:
    """One sharded Parquet dataset per config and split under `target`. `rows_of(key,
    config)` reads a document's rows back; `store` keeps written shards (engine.cache.ShardStore);
    `salt` names the version of the code that shaped the rows."""

    def __init__(self, target: Path, configs, splits, rows_of, store, salt: str,
                 max_shard_bytes: int = MAX_SHARD_BYTES):
        self._splits = {(config, split): _Split(Path(target) / config, config, split, rows_of, store, salt,
                                                max_shard_bytes)
                        for config in configs for split in splits}

    def add(self, doc_id: str, split: str, key: str, sizes: dict[str, tuple[int, int]]) -> None:
        """A document: its key for `rows_of`, and config -> (rows, bytes of Arrow data)."""
        for config, (rows, nbytes) in sizes.items():
            self._splits[(config, split)].add(doc_id, key, rows, nbytes)

    def close(self) -> dict[tuple[str, str], int]:
        """Finish every shard; (config, split) -> rows. A split without rows has no file
        (an empty Parquet split makes `load_dataset` fail)."""
        for part in self._splits.values():
            part.close()
        return {key: part.rows for key, part in self._splits.items()}
