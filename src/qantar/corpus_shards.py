"""Sharded Parquet as on the Hugging Face Hub: `<config>/<split>-00000-of-00003.parquet`.

Rows arrive one document at a time; they are buffered into row groups and written with
`pyarrow.ParquetWriter`, and a new shard starts when one holds `max_shard_bytes` of
(uncompressed Arrow) data. The number of shards is known only at the end, so shards are
written under a temporary name and renamed when the split is closed. Everything depends
only on the rows and their order, so the files are the same whatever computed the rows.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import atomic, corpus_arrow

MAX_SHARD_BYTES = 256 * 1024 * 1024  # the Hub's own conversion aims at a few hundred MB
ROW_GROUP_BYTES = 16 * 1024 * 1024
ROW_GROUP_ROWS = 10_000


def shard_name(split: str, index: int, total: int) -> str:
    return f"{split}-{index:05d}-of-{total:05d}.parquet"


def pattern(config: str, split: str) -> str:
    """The data_files glob of a split in the card."""
    return f"{config}/{split}-*"


@dataclass
class _Split:
    directory: Path
    name: str
    schema: pa.Schema
    max_shard_bytes: int
    rows: int = 0
    shards: list = field(default_factory=list)  # temporary paths, in order
    _writer: pq.ParquetWriter | None = None
    _shard_bytes: int = 0
    _buffer: list = field(default_factory=list)
    _buffer_rows: int = 0
    _buffer_bytes: int = 0

    def add(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        self._buffer.append(table)
        self._buffer_rows += table.num_rows
        self._buffer_bytes += table.nbytes
        if self._buffer_rows >= ROW_GROUP_ROWS or self._buffer_bytes >= min(ROW_GROUP_BYTES, self.max_shard_bytes):
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        if self._writer is None:
            path = self.directory / f".{self.name}-{len(self.shards):05d}.partial"
            self.directory.mkdir(parents=True, exist_ok=True)
            self.shards.append(path)
            self._writer = pq.ParquetWriter(path, self.schema)
        group = pa.concat_tables(self._buffer).combine_chunks()
        self._writer.write_table(group, row_group_size=group.num_rows)
        self.rows += group.num_rows
        self._shard_bytes += self._buffer_bytes
        self._buffer, self._buffer_rows, self._buffer_bytes = [], 0, 0
        if self._shard_bytes >= self.max_shard_bytes:
            self._writer.close()
            self._writer, self._shard_bytes = None, 0

    def close(self) -> list[Path]:
        self._flush()
        if self._writer is not None:
            self._writer.close()
        final = [self.directory / shard_name(self.name, i, len(self.shards)) for i in range(len(self.shards))]
        for temporary, path in zip(self.shards, final):
            temporary.rename(path)
            atomic.count_write()
        return final


class CorpusWriter:
    """One sharded Parquet dataset per config and split under `target`."""

    def __init__(self, target: Path, configs, splits, max_shard_bytes: int = MAX_SHARD_BYTES):
        self._splits = {(config, split): _Split(Path(target) / config, split, corpus_arrow.schema(config), max_shard_bytes)
                        for config in configs for split in splits}

    def add(self, split: str, tables: dict[str, bytes]) -> None:
        """A document's rows: config -> Arrow IPC stream (corpus_arrow.document_tables)."""
        for config, data in tables.items():
            self._splits[(config, split)].add(corpus_arrow.from_ipc(data, config))

    def close(self) -> dict[tuple[str, str], int]:
        """Finish every shard; (config, split) -> rows. A split without rows has no file
        (an empty Parquet split makes `load_dataset` fail)."""
        for part in self._splits.values():
            part.close()
        return {key: part.rows for key, part in self._splits.items()}
