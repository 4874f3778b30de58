"""Withholding knowledge, for leave-one-article-out evaluation.

The knowledge base, the trigger lexicons and the time-expression rules were written
while reading the seed articles. To measure how the automatic layers do on an article
they have not seen, the knowledge items that only that article uses are withheld while it
is annotated. A knowledge item is a string key written where the item is written
(`<layer>:<file>:<item>`, a KB alias, a word-list entry, a trigger, a cue, a rule); each layer
reports the keys it used with `knowledge_used(doc)` and skips withheld ones. Knowledge from
general sources (CLDR, GeoNames, name lists) was not written from any article and is never
reported, so never withheld. Knowledge copied from an article's gold (`knowledge_from_gold`)
is withheld from that article whether or not another article uses it.
"""

import copy
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import import_module

_WITHHELD: ContextVar[frozenset] = ContextVar("qantar_withheld_knowledge", default=frozenset())


def withheld(prefix: str = "") -> frozenset:
    """The withheld keys starting with `prefix` (with the prefix removed)."""
    return frozenset(key[len(prefix):] for key in _WITHHELD.get() if key.startswith(prefix))


def is_withheld(key: str) -> bool:
    return key in _WITHHELD.get()


@contextmanager
def withholding(keys):
    token = _WITHHELD.set(frozenset(keys))
    try:
        yield
    finally:
        _WITHHELD.reset(token)


def knowledge_used(doc: dict) -> set[str]:
    """Every knowledge key the automatic layers use on an annotated document."""
    from .pipeline import AUTOMATIC_LAYERS

    used = set()
    for _layer, path in AUTOMATIC_LAYERS:
        module = import_module(path.split(":")[0])
        used |= module.knowledge_used(doc)
    return used


def knowledge_from_gold(doc_id: str) -> set[str]:
    """Keys of knowledge copied from the corrected annotations of `doc_id`: never used
    when that very article is scored."""
    from .pipeline import AUTOMATIC_LAYERS

    keys = set()
    for _layer, path in AUTOMATIC_LAYERS:
        module = import_module(path.split(":")[0])
        if hasattr(module, "knowledge_from_gold"):
            keys |= module.knowledge_from_gold(doc_id)
    return keys


def unique_knowledge(usage: dict[str, set[str]]) -> dict[str, set[str]]:
    """doc_id -> the keys used by that document and no other (each key counted once per
    document, so linear in the number of documents)."""
    documents_using = Counter(key for keys in usage.values() for key in keys)
    return {doc_id: {key for key in keys if documents_using[key] == 1} for doc_id, keys in usage.items()}


def leave_one_out(docs: list[dict], annotate, scored: set[str] | None = None) -> tuple[list[dict], dict[str, int]]:
    """The documents in `scored` (default: all) annotated again by `annotate(copy)` with the
    knowledge only they use, and knowledge copied from their own gold, withheld; `docs`
    (every document of the corpus, which decides what is shared) must carry the automatic
    layers. Returns the re-annotated documents and the number of withheld items of each."""
    unique = unique_knowledge({doc["id"]: knowledge_used(doc) for doc in docs})
    out, counts = [], {}
    for doc in docs:
        if scored is not None and doc["id"] not in scored:
            continue
        keys = unique[doc["id"]] | knowledge_from_gold(doc["id"])
        with withholding(keys):
            out.append(annotate(copy.deepcopy(doc)))
        counts[doc["id"]] = len(keys)
    return out, counts
