"""The automatic annotation layers, run in order over a canonical document.

Each annotator is `annotate(doc) -> list[annotation]` for one layer; later layers may read
earlier ones (events read entities and time expressions). Registered by import path so
that a command which needs no layer loads none of them. Each layer's module also has
`annotate_with_knowledge(doc) -> (annotations, keys)`: the keys of the hand-written
knowledge it used (qantar.holdout), found in the same run.
"""

from importlib import import_module

AUTOMATIC_LAYERS: tuple[tuple[str, str], ...] = (
    # (layer, "module:function")
    ("entities", "qantar.entities.annotator:annotate"),
    ("timexes", "qantar.timex.annotator:annotate"),
    ("events", "qantar.events.annotator:annotate"),
)


def annotator(path: str):
    module, function = path.split(":")
    return getattr(import_module(module), function)


def annotate(doc: dict) -> dict:
    """Fill every automatic layer of `doc` (in place) and return it."""
    annotate_with_knowledge(doc)
    return doc


def annotate_with_knowledge(doc: dict) -> set[str]:
    """Fill every automatic layer of `doc` (in place); the knowledge keys the layers used
    (what qantar.holdout.knowledge_used would find on the annotated document, without
    running the layers a second time)."""
    used = set()
    for layer, path in AUTOMATIC_LAYERS:
        found, keys = import_module(path.split(":")[0]).annotate_with_knowledge(doc)
        doc[layer] = sorted(found, key=lambda a: (a["start"], a["end"], a["id"]))
        used |= keys
    return used


def rule_sets() -> dict[str, str]:
    """Layer -> the source string of its rule set (for Label Studio model_version, the card)."""
    out = {}
    for layer, path in AUTOMATIC_LAYERS:
        module = import_module(path.split(":")[0])
        out[layer] = getattr(module, "SOURCE", path)
    return out
