"""`qantar ls export` / `qantar ls import` in-process over the seed documents."""

import json

from qantar.cli import main
from qantar.corrections import gold_dir


def test_export_then_import_an_annotated_task(tmp_path, capsys):
    tasks_file = tmp_path / "tasks.json"
    assert main(["ls", "export", "-o", str(tasks_file), "--annotation-dir", str(tmp_path)]) == 0
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    assert len(tasks) == 5 and all(set(t["data"]) == {"text", "doc_id", "language", "dct", "text_sha256",
                                                      "reviewed", "to_review"} for t in tasks)
    # The corrections of --annotation-dir (none), not those of annotation/, are in the tasks:
    # every layer is still to review and every predicted annotation is automatic.
    assert {(t["data"]["reviewed"], t["data"]["to_review"]) for t in tasks} == {("none", "entities, timexes, events")}
    assert all("annotations" not in t for t in tasks)
    predicted = [r for t in tasks for r in t["predictions"][0]["result"] if r["type"] == "labels"]
    assert predicted and all(t["predictions"][0]["model_version"].startswith("qantar-") for t in tasks)

    task = tasks[0]
    word = "Kazachstan" if "Kazachstan" in task["data"]["text"] else task["data"]["text"].split()[0]
    start = task["data"]["text"].index(word)
    region = {"id": "cli1", "from_name": "entity", "to_name": "text", "type": "labels",
              "value": {"start": start, "end": start + len(word), "text": word, "labels": ["MISC"]}}
    prediction = task.get("predictions", [{"result": []}])[0]["result"]
    kept = [r for r in prediction if (r.get("value") or {}).get("start") != start]
    task["id"] = 7
    # ann made the annotation, bob changed it last: bob is credited, with the time
    task["annotations"] = [{"id": 3, "completed_by": {"id": 1, "email": "ann@example.com"},
                            "updated_by": {"id": 2, "email": "bob@example.com"},
                            "created_at": "2026-11-30T09:00:00.123456Z", "updated_at": "2026-11-30T10:15:42.654321Z",
                            "result": kept + [region], "was_cancelled": False, "ground_truth": False}]
    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    assert main(["ls", "import", str(export_file), "--annotation-dir", str(tmp_path)]) == 0

    out = capsys.readouterr().out
    doc_id = task["data"]["doc_id"]
    assert doc_id in out and f"ent-{start}-{start + len(word)}" in out
    gold = json.loads((gold_dir(tmp_path) / f"{doc_id}.json").read_text(encoding="utf-8"))
    added = next(a for a in gold["layers"]["entities"] if a["start"] == start)
    assert (added["type"], added["status"], added["source"]) == \
        ("MISC", "gold", "label-studio:bob@example.com 2026-11-30T10:15:42Z")
    assert "bob@example.com" in out and "ann@example.com" not in out


def test_export_of_reviewed_documents_only_with_gold(tmp_path):
    """annotation/ has every layer of every seed reviewed: nothing to review, unless asked."""
    plain, with_gold = tmp_path / "tasks.json", tmp_path / "gold-tasks.json"
    assert main(["ls", "export", "-o", str(plain)]) == 0
    assert json.loads(plain.read_text(encoding="utf-8")) == []
    assert main(["ls", "export", "-o", str(with_gold), "--with-gold"]) == 0
    tasks = json.loads(with_gold.read_text(encoding="utf-8"))
    assert len(tasks) == 5
    assert {(t["data"]["reviewed"], t["data"]["to_review"]) for t in tasks} == {("entities, timexes, events", "none")}
    assert all("predictions" not in t and len(t["annotations"]) == 1 for t in tasks)


def test_import_error_is_one_line_and_exit_1(tmp_path, capsys):
    missing = tmp_path / "nope.json"
    assert main(["ls", "import", str(missing), "--annotation-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"qantar: error: {missing}: cannot read the export") and err.count("\n") == 1
