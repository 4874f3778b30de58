"""Crash-safe writes: after a kill at any moment, a reader (or the next command's
recovery) finds the old state or the new one, never a mix.

- one file: written to a temporary file, then renamed over the old one;
- several files (the gold corrections of an import): a journal holding every new file
  is written first (one rename), then the files, then the journal is removed; a journal
  left by a killed process is replayed by the next `replay_journal`;
- a directory (the corpus): built in a staging directory, then swapped in by two renames;
  `recover_directory` finishes or undoes a swap that a kill interrupted.

A writer holds the write lock of what it writes (`exclusive`: the corpus directory, the gold
folder) from its first read to its last write. A second writer is refused instead of losing one
of the two updates, and recovery leaves a live writer's staging directory or journal alone: it
only cleans up after a writer that is gone (the kernel drops an flock when its process ends,
however it ends).

The crash-safety tests set QANTAR_TEST_ABORT_AFTER_WRITES=k to kill the process right after
its k-th durable write (os._exit, like SIGKILL: no cleanup runs).
"""

import errno
import fcntl
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import Busy

ABORT_AFTER_WRITES = "QANTAR_TEST_ABORT_AFTER_WRITES"
_writes = 0


def count_write() -> None:
    """Mark one durable write done (the point where a crash-safety test may kill us)."""
    global _writes
    _writes += 1
    if os.environ.get(ABORT_AFTER_WRITES) == str(_writes):
        os._exit(137)


def _sync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _replacing(path: Path, mode: str):
    """A handle on a temporary file that replaces `path` when the block ends without error."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **({"encoding": "utf-8"} if "b" not in mode else {})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        count_write()
        os.replace(tmp, path)
        _sync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    count_write()


def write_bytes(path: Path, data: bytes) -> None:
    with _replacing(path, "wb") as handle:
        handle.write(data)


def open_text(path: Path):
    """A text file written piece by piece that appears whole or not at all."""
    return _replacing(path, "w")


def remove_partial_writes(directory: Path) -> None:
    """Delete the temporary files of `write_bytes` calls that a kill interrupted."""
    if Path(directory).is_dir():
        for tmp in Path(directory).glob(".*.tmp"):
            tmp.unlink()


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


@contextmanager
def journaled_writes(journal: Path):
    """Write text files all or nothing, however many: `add(path, text)` appends each to the
    journal (JSON Lines, never held in memory whole); when the block ends without error the
    journal is put in place (one rename: the commit point), its files are written, and it is
    removed. Nothing is written when no file was added."""
    journal = Path(journal)
    journal.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=journal.parent, prefix=f".{journal.name}.", suffix=".tmp")
    added = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            def add(path: Path, text: str) -> None:
                nonlocal added
                relative = os.path.relpath(Path(path).resolve(), journal.parent.resolve())
                handle.write(json.dumps({"path": relative, "text": text}, ensure_ascii=False) + "\n")
                added += 1
            yield add
            handle.flush()
            os.fsync(handle.fileno())
        if added:
            count_write()
            os.replace(tmp, journal)
            _sync_dir(journal.parent)
            count_write()
    finally:
        Path(tmp).unlink(missing_ok=True)
    if added:
        replay_journal(journal)


def replay_journal(journal: Path) -> int:
    """Finish the writes of a journal left by `journaled_writes`; the number of files it held."""
    journal = Path(journal)
    if not journal.exists():
        return 0
    count = 0
    with journal.open(encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            write_text(journal.parent / entry["path"], entry["text"])
            count += 1
    journal.unlink()
    _sync_dir(journal.parent)
    count_write()
    return count


_held: set[str] = set()  # targets whose write lock this process holds


def lock_of(target: Path) -> Path:
    return target.with_name(f".{target.name}.qantar-lock")


@contextmanager
def exclusive(target: Path):
    """Hold the write lock of `target` for the block; Busy if another process holds it."""
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_of(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise Busy(f"{target}: another qantar command is writing it right now; "
                   "run this one again when that one has finished") from None
    _held.add(str(target))
    try:
        yield
    finally:
        _held.discard(str(target))
        os.close(fd)  # releases the lock


def written_elsewhere(target: Path) -> bool:
    """Another live process holds `target`'s write lock."""
    target = Path(target).resolve()
    lock = lock_of(target)
    if str(target) in _held or not lock.exists():
        return False
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the lock if this probe took it
    return False


def backup_of(target: Path) -> Path:
    return target.with_name(f".{target.name}.qantar-old")


def staging_of(target: Path) -> Path:
    return target.with_name(f".{target.name}.qantar-staging")


def _ours(directory: Path, marker: str) -> bool:
    """A directory qantar wrote (it holds the marker file) or an empty one."""
    return (directory / marker).is_file() or not any(directory.iterdir())


def recover_directory(target: Path, marker: str) -> str | None:
    """Finish or undo a swap of `target` that a kill interrupted; what was done, or None.
    Nothing while another process is writing `target`: its staging directory is not left over."""
    target = Path(target)
    if written_elsewhere(target):
        return None
    backup, staging, note = backup_of(target), staging_of(target), None
    if backup.is_dir() and _ours(backup, marker):
        if target.exists():
            shutil.rmtree(backup)
            note = f"{target}: the previous run was interrupted after the new version was in place; removed the old copy {backup.name}"
        else:
            os.replace(backup, target)
            _sync_dir(target.parent)
            note = f"{target}: the previous run was interrupted before the new version was in place; restored the previous {target.name}/"
    if staging.is_dir() and _ours(staging, marker):
        shutil.rmtree(staging)
    return note


def staging_directory(target: Path, marker: str, marker_text: str) -> Path:
    """A fresh staging directory beside `target`, holding the marker file from the start."""
    staging = staging_of(Path(target))
    recover_directory(target, marker)
    staging.mkdir(parents=True)
    (staging / marker).write_text(marker_text, encoding="utf-8")
    return staging


def replace_directory(staged: Path, target: Path) -> None:
    """Swap a fully written directory (from `staging_directory`) into place: target -> backup,
    staged -> target, drop backup.

    Killed between the renames, `recover_directory` puts the backup back."""
    staged, target = Path(staged), Path(target)
    backup = backup_of(target)
    replacing = target.exists()
    if replacing:
        os.replace(target, backup)
        count_write()
    os.replace(staged, target)
    _sync_dir(target.parent)
    count_write()
    if replacing:
        shutil.rmtree(backup)
        count_write()
