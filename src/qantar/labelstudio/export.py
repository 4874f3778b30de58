"""Documents -> Label Studio tasks: automatic layers as predictions, corrected layers as an
annotation (with the automatic layers that were not corrected, so the annotator sees the
whole document as the corpus has it)."""

from .. import corrections, pipeline
from ..ingest import LAYERS
from .regions import to_results


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


def task(doc: dict, gold_layers_of_doc: dict, version: str) -> dict:
    layers = {layer: gold_layers_of_doc.get(layer, doc[layer]) for layer in LAYERS}
    data = {
        "text": doc["text"],
        "doc_id": doc["id"],
        "language": doc["language"],
        "dct": (doc.get("dct") or {}).get("value"),
        "text_sha256": corrections.text_sha256(doc["text"]),
    }
    out = {"data": data}
    silver = {layer: [a for a in doc[layer] if a["status"] == "silver"]
              for layer in LAYERS if layer not in gold_layers_of_doc}
    if any(silver.values()):
        confidences = [a["confidence"] for anns in silver.values() for a in anns if a.get("confidence") is not None]
        out["predictions"] = [{
            "model_version": version,
            "score": round(sum(confidences) / len(confidences), 4) if confidences else None,
            "result": to_results(silver),
        }]
    if gold_layers_of_doc:
        out["annotations"] = [{"result": to_results(layers), "ground_truth": False}]
    return out


def export_tasks(docs: list[dict], annotation_dir=None) -> list[dict]:
    """One Label Studio task per document. Gold comes from `annotation_dir`/gold."""
    gold = corrections.load_all(annotation_dir)
    version = model_version()
    return [task(doc, gold_layers(doc, gold), version) for doc in docs]
