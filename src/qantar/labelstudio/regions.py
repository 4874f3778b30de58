"""Canonical annotations <-> Label Studio results.

A region's id is the annotation's id (`ent-2-13`), so a region the annotator left alone
is found again in the corpus. Per-region values (KB id, TIMEX3 value, realis) reuse the
region id; an event argument is a relation from the trigger to the argument, labelled with
its role.
"""

from .. import schemas
from . import config

PROVENANCE = ("status", "source", "confidence")
ID_PREFIX = {"entities": "ent", "timexes": "tx", "events": "ev"}
# layer -> {annotation field: per-region tag}, the fields an annotator can edit besides
# span and label (event arguments travel as relations).
PER_REGION = {
    "entities": {"kb_id": config.KB_ID},
    "timexes": {"value": config.TIMEX_VALUE, "mod": config.TIMEX_MOD, "anchor": config.TIMEX_ANCHOR,
                "range_begin": config.TIMEX_RANGE_BEGIN, "range_end": config.TIMEX_RANGE_END},
    "events": {"realis": config.REALIS, "cluster": config.CLUSTER},
}
TAG_LAYER = {tag: layer for layer, (tag, _section) in config.LABELS.items()}
PER_REGION_TAG = {tag: (layer, field) for layer, fields in PER_REGION.items() for field, tag in fields.items()}


def field_order(layer: str) -> list[str]:
    """The annotation fields of a layer in schema order (the order written to gold files)."""
    return list(schemas.layer_schemas()[layer]["properties"])


def content(layer: str, ann: dict) -> dict:
    """What an annotator decides about an annotation (no provenance)."""
    return {field: ann.get(field) for field in field_order(layer) if field not in PROVENANCE}


def annotation_id(layer: str, start: int, end: int) -> str:
    return f"{ID_PREFIX[layer]}-{start}-{end}"


def to_results(layers: dict[str, list[dict]], reviewed=()) -> list[dict]:
    """Label Studio results for the given layers of one document (code-point offsets);
    `reviewed`: the layers to mark as reviewed whole."""
    results, relations = [], []
    if reviewed:
        results.append({"id": "reviewed", "from_name": config.REVIEWED, "to_name": config.TEXT,
                        "type": "choices", "value": {"choices": list(reviewed)}})
    for layer, annotations in layers.items():
        tag = config.LABELS[layer][0]
        for ann in annotations:
            span = {"start": ann["start"], "end": ann["end"]}
            region = {"id": ann["id"], "to_name": config.TEXT}
            results.append({**region, "from_name": tag, "type": "labels",
                            "value": {**span, "text": ann["text"], "labels": [ann["type"]]}})
            for field, per_region_tag in PER_REGION[layer].items():
                value = ann.get(field)
                if value is None:
                    continue
                if per_region_tag in config.CHOICES:
                    results.append({**region, "from_name": per_region_tag, "type": "choices",
                                    "value": {**span, "choices": [value]}})
                else:
                    results.append({**region, "from_name": per_region_tag, "type": "textarea",
                                    "value": {**span, "text": [value]}})
            for arg in ann.get("arguments") or []:
                relations.append({"from_id": ann["id"], "to_id": arg["ref"], "type": "relation",
                                  "direction": "right", "labels": [arg["role"]]})
    return results + relations
