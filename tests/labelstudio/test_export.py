"""Which documents go to the queue, and how: predictions for what still needs a person,
gold as finished annotations only when asked."""

from qantar import corrections
from qantar.labelstudio import export_tasks

from .conftest import emoji_doc, plain_doc


def _as_gold(annotations):
    return [{**a, "status": "gold", "source": "label-studio:alice@example.com 2026-11-30T10:00:00Z",
             "confidence": None} for a in annotations]


def _write_gold(annotation_dir, doc, layers):
    path = corrections.gold_dir(annotation_dir) / f"{doc['id']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corrections.render({"doc_id": doc["id"], "text_sha256": corrections.text_sha256(doc["text"]),
                                        "layers": layers}), encoding="utf-8")


def _regions(result):
    return sorted(r["id"] for r in result if r["type"] == "labels")


def test_partly_reviewed_document_is_predicted_whole_and_says_what_is_left(tmp_path):
    emoji, plain = emoji_doc(), plain_doc()
    _write_gold(tmp_path, emoji, {"entities": _as_gold(emoji["entities"][:2])})  # two entities kept, two dropped
    tasks = {t["data"]["doc_id"]: t for t in export_tasks([emoji, plain], tmp_path)}
    task = tasks["t-emoji"]
    assert (task["data"]["reviewed"], task["data"]["to_review"]) == ("entities", "timexes, events")
    assert "annotations" not in task
    [prediction] = task["predictions"]
    # the reviewed entities as corrected (the two dropped ones stay out), the rest automatic
    expected = [a["id"] for a in emoji["entities"][:2] + emoji["timexes"] + emoji["events"]]
    assert _regions(prediction["result"]) == sorted(expected)
    assert (tasks["t-plain"]["data"]["reviewed"], tasks["t-plain"]["data"]["to_review"]) == (
        "none", "entities, timexes, events")


def test_fully_reviewed_document_is_left_out_unless_gold_is_asked_for(tmp_path):
    emoji, plain = emoji_doc(), plain_doc()
    _write_gold(tmp_path, emoji, {layer: _as_gold(emoji[layer]) for layer in ("entities", "timexes", "events")})
    assert [t["data"]["doc_id"] for t in export_tasks([emoji, plain], tmp_path)] == ["t-plain"]

    tasks = {t["data"]["doc_id"]: t for t in export_tasks([emoji, plain], tmp_path, with_gold=True)}
    task = tasks["t-emoji"]
    assert (task["data"]["reviewed"], task["data"]["to_review"]) == ("entities, timexes, events", "none")
    assert "predictions" not in task
    [annotation] = task["annotations"]
    reviewed = next(r for r in annotation["result"] if r["from_name"] == "reviewed")
    assert reviewed["value"]["choices"] == ["entities", "timexes", "events"]
    assert "predictions" in tasks["t-plain"] and "annotations" not in tasks["t-plain"]
