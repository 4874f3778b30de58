"""Documents -> Label Studio tasks, so that the queue holds what still needs a person.

A document with a layer nobody has reviewed yet (no corrected layer in annotation/gold)
becomes a task with one *prediction*: the whole document as the corpus has it, reviewed
layers included, so the annotator starts from everything and a submit never drops a
reviewed layer. Label Studio counts such a task as not yet labeled: it is in the queue.

A document whose layers are all reviewed has nothing left to do: it is pushed only when
asked (`with_gold`), as one finished annotation holding its gold, so it stays out of the
queue. Every task says in its data which layers are reviewed and which are not (two
columns of the task list, filterable).
"""

from .. import corrections, pipeline
from ..ingest import LAYERS
from .regions import to_results

NONE = "none"  # the value of an empty `reviewed` / `to_review` column (an empty one cannot be filtered)


def model_version() -> str:
    """The rule-set versions behind the automatic layers, e.g. `qantar-entity-rules/1.0+...`."""
    return "+".join(pipeline.rule_sets().values()) or "no-automatic-layers"


def gold_layers(doc: dict, gold: dict) -> dict[str, list[dict]]:
    """The corrected layers of `doc` from its corrections file, if any."""
    found = gold.get(doc["id"])
    if not found:
        return {}
    corrections.apply(dict(doc), found, file=f"gold/{doc['id']}.json")  # refuses another text
    return found["layers"]


def task(doc: dict, gold_layers_of_doc: dict, version: str, with_gold: bool = False) -> dict | None:
    """The task of one document, or None when it has nothing to review and gold is not asked for."""
    layers = {layer: gold_layers_of_doc.get(layer, doc[layer]) for layer in LAYERS}
    reviewed = [layer for layer in LAYERS if layer in gold_layers_of_doc]
    to_review = [layer for layer in LAYERS if layer not in gold_layers_of_doc]
    # Task-list columns follow this order: the document and what is left to do first.
    data = {
        "doc_id": doc["id"],
        "to_review": ", ".join(to_review) or NONE,
        "reviewed": ", ".join(reviewed) or NONE,
        "language": doc["language"],
        "dct": (doc.get("dct") or {}).get("value"),
        "text": doc["text"],
        "text_sha256": corrections.text_sha256(doc["text"]),
    }
    out = {"data": data}
    if to_review:
        automatic = [a for layer in to_review for a in doc[layer] if a["status"] == "silver"]
        confidences = [a["confidence"] for a in automatic if a.get("confidence") is not None]
        out["predictions"] = [{
            "model_version": version,
            "score": round(sum(confidences) / len(confidences), 4) if confidences else None,
            "result": to_results(layers),
        }]
    elif with_gold:
        out["annotations"] = [{"result": to_results(layers, reviewed=reviewed), "ground_truth": False}]
    else:
        return None
    return out


def iter_tasks(docs, annotation_dir=None, *, with_gold: bool = False):
    """The Label Studio tasks of `docs` (any iterable), one at a time (see the module doc).
    Gold comes from `annotation_dir`/gold."""
    gold = corrections.load_all(annotation_dir)
    version = model_version()
    for doc in docs:
        found = task(doc, gold_layers(doc, gold), version, with_gold)
        if found is not None:
            yield found


def export_tasks(docs: list[dict], annotation_dir=None, *, with_gold: bool = False) -> list[dict]:
    """`iter_tasks` as a list."""
    return list(iter_tasks(docs, annotation_dir, with_gold=with_gold))
