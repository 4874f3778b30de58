"""Document-level splits that never move: stored in the metadata, or derived from the id.

A hash of the document id decides a new article's split, so adding articles never moves
an existing one (unlike a shuffled ratio split).
"""

import hashlib

from .errors import InputError

SPLITS = ("train", "validation", "test")
# Buckets of 0..9 from the id hash: 80 % train, 10 % validation, 10 % test.
_BUCKETS = {**{b: "train" for b in range(8)}, 8: "validation", 9: "test"}


def split_of(doc_id: str, explicit: str | None = None, where: str = "") -> str:
    if explicit is not None:
        if explicit not in SPLITS:
            raise InputError(f"{where or 'document ' + doc_id}: unknown split {explicit!r}; "
                             f"use one of {', '.join(SPLITS)}")
        return explicit
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 10
    return _BUCKETS[bucket]
