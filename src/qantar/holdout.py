"""Withholding knowledge, for leave-one-article-out evaluation.

The knowledge base, the trigger lexicons and the time-expression rules were written
while reading the seed articles. To measure how the automatic layers do on an article
they have not seen, the knowledge items that only that article uses are withheld while it
is annotated. A knowledge item is a string key: `kb:<entry id>`, `trigger:<language>:<n>`,
`timex:<file>:<item>`; each layer reports the keys it used with
`knowledge_used(doc)` and skips withheld ones.
"""

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


def unique_knowledge(usage: dict[str, set[str]]) -> dict[str, set[str]]:
    """doc_id -> the keys used by that document and no other."""
    return {
        doc_id: keys - set().union(*(other for other_id, other in usage.items() if other_id != doc_id))
        for doc_id, keys in usage.items()
    }


def leave_one_out(docs: list[dict], annotate) -> tuple[list[dict], dict[str, int]]:
    """Each document annotated again by `annotate(copy)` with the knowledge only it uses
    withheld; `docs` must carry the automatic layers. Returns the new documents and the
    number of withheld items per document."""
    import copy

    unique = unique_knowledge({doc["id"]: knowledge_used(doc) for doc in docs})
    out = []
    for doc in docs:
        with withholding(unique[doc["id"]]):
            out.append(annotate(copy.deepcopy(doc)))
    return out, {doc_id: len(keys) for doc_id, keys in unique.items()}
