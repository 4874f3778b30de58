"""The automatic annotation layers, run in order over a canonical document.

Each annotator is `annotate(doc) -> list[annotation]` for one layer; later layers may read
earlier ones (events read entities and time expressions). Registered by import path so
that a command which needs no layer loads none of them.
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
    for layer, path in AUTOMATIC_LAYERS:
        doc[layer] = sorted(annotator(path)(doc), key=lambda a: (a["start"], a["end"], a["id"]))
    return doc


def rule_sets() -> dict[str, str]:
    """Layer -> the source string of its rule set (for Label Studio model_version, the card)."""
    out = {}
    for layer, path in AUTOMATIC_LAYERS:
        module = import_module(path.split(":")[0])
        out[layer] = getattr(module, "SOURCE", path)
    return out
