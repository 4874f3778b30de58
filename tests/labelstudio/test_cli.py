"""`qantar ls export` / `qantar ls import` in-process over the seed documents."""

import json

from qantar.cli import main
from qantar.corrections import gold_dir


def test_export_then_import_an_annotated_task(tmp_path, capsys):
    tasks_file = tmp_path / "tasks.json"
    assert main(["ls", "export", "-o", str(tasks_file), "--annotation-dir", str(tmp_path)]) == 0
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    assert len(tasks) == 5 and all(set(t["data"]) == {"text", "doc_id", "language", "dct", "text_sha256"} for t in tasks)

    task = tasks[0]
    word = "Kazachstan" if "Kazachstan" in task["data"]["text"] else task["data"]["text"].split()[0]
    start = task["data"]["text"].index(word)
    region = {"id": "cli1", "from_name": "entity", "to_name": "text", "type": "labels",
              "value": {"start": start, "end": start + len(word), "text": word, "labels": ["MISC"]}}
    prediction = task.get("predictions", [{"result": []}])[0]["result"]
    kept = [r for r in prediction if (r.get("value") or {}).get("start") != start]
    task["id"] = 7
    task["annotations"] = [{"id": 3, "completed_by": {"id": 1, "email": "ann@example.com"},
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
    assert (added["type"], added["status"], added["source"]) == ("MISC", "gold", "label-studio:ann@example.com")


def test_import_error_is_one_line_and_exit_1(tmp_path, capsys):
    missing = tmp_path / "nope.json"
    assert main(["ls", "import", str(missing), "--annotation-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"qantar: error: {missing}: cannot read the export") and err.count("\n") == 1
