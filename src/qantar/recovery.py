"""Start of every command: finish or undo what a killed previous command left half done
(a corpus swap, a multi-file gold write), so no command ever reads a mix."""

from . import atomic, corrections
from .paths import MARKER, corpus_dir


def recover() -> list[str]:
    """Recover the project's corpus/ and annotation/gold; notes of what was done."""
    notes = []
    corpus_note = atomic.recover_directory(corpus_dir(), MARKER)
    if corpus_note:
        notes.append(corpus_note)
    replayed = corrections.recover()
    if replayed:
        notes.append(f"{corrections.gold_dir()}: finished an interrupted write of {replayed} corrections file(s)")
    return notes
