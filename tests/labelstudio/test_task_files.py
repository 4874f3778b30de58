"""Task files for large corpora: written and read one task at a time, as a JSON list, JSON
Lines or chunks; an import streams its file and still writes all documents or none."""

import json

import pytest

from qantar.cli import main
from qantar.corrections import gold_dir
from qantar.errors import ImportRefused
from qantar.labelstudio import read_tasks, task_files, write_tasks

# Strings holding the JSON punctuation the reader splits on, numbers, nesting, non-ASCII.
TASKS = [{"data": {"doc_id": f"d{i}", "text": f"a ] b, c [ {{ \"q\" }} ł 🇰🇿 {i}"}, "id": i * 1000,
          "predictions": [{"score": 0.125 * i, "result": [{"value": {"start": i, "end": i + 12345}}]}]}
         for i in range(5)]


def test_a_json_list_is_the_indented_list_it_always_was_and_reads_back(tmp_path, monkeypatch):
    path = tmp_path / "tasks.json"
    assert write_tasks(path, iter(TASKS)) == (5, [path])
    assert path.read_text(encoding="utf-8") == json.dumps(TASKS, ensure_ascii=False, indent=2) + "\n"
    monkeypatch.setattr(task_files, "READ_BLOCK", 7)  # every task cut across blocks
    assert list(read_tasks(path)) == TASKS
    write_tasks(path, [])
    assert json.loads(path.read_text(encoding="utf-8")) == []


def test_json_lines_and_chunks(tmp_path):
    lines = tmp_path / "tasks.jsonl"
    write_tasks(lines, TASKS)
    assert [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()] == TASKS
    assert list(read_tasks(lines)) == TASKS
    count, files = write_tasks(tmp_path / "tasks.json", TASKS, chunk=2)
    assert count == 5 and [f.name for f in files] == ["tasks-00000.json", "tasks-00001.json", "tasks-00002.json"]
    assert [json.loads(f.read_text(encoding="utf-8")) for f in files] == [TASKS[:2], TASKS[2:4], TASKS[4:]]


def test_the_reader_hands_out_each_task_before_reading_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(task_files, "READ_BLOCK", 64)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(TASKS[:1]).rstrip("]") + ", " + "x" * 500, encoding="utf-8")
    tasks = read_tasks(path)
    assert next(tasks) == TASKS[0]
    with pytest.raises(ImportRefused, match="not a valid JSON file"):
        next(tasks)


@pytest.mark.parametrize("content,message", [
    ('[{"a": 1} {"b": 2}]', "expected `,` or `]` between tasks"),
    ('[{"a": 1}] []', "something follows the list of tasks"),
    ('[{"a": 1},]', "not a valid JSON file"),
    ("", "it is empty"),
])
def test_broken_lists_are_refused(tmp_path, content, message):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused, match=message):
        list(read_tasks(path))


def test_export_as_json_lines_then_import_them(tmp_path, capsys):
    tasks_file = tmp_path / "tasks.jsonl"
    assert main(["ls", "export", "-o", str(tasks_file), "--annotation-dir", str(tmp_path)]) == 0
    tasks = [json.loads(line) for line in tasks_file.read_text(encoding="utf-8").splitlines()]
    assert len(tasks) == 5
    for number, task in enumerate(tasks[:2]):
        word = task["data"]["text"].split()[1]
        start = task["data"]["text"].index(word)
        region = {"id": f"n{number}", "from_name": "entity", "to_name": "text", "type": "labels",
                  "value": {"start": start, "end": start + len(word), "text": word, "labels": ["MISC"]}}
        kept = [r for r in task["predictions"][0]["result"] if (r.get("value") or {}).get("start") != start]
        task["annotations"] = [{"id": number + 1, "completed_by": {"id": 1, "email": "a@example.com"},
                                "result": kept + [region], "was_cancelled": False, "ground_truth": False}]
    export = tmp_path / "export.jsonl"
    broken = [json.dumps(t, ensure_ascii=False) for t in tasks[:2]] + ["{not json"]
    export.write_text("\n".join(broken) + "\n", encoding="utf-8")
    capsys.readouterr()
    # a broken last line refuses the whole file: the two valid tasks before it are not written
    assert main(["ls", "import", str(export), "--annotation-dir", str(tmp_path)]) == 1
    assert "line 3 is not valid JSON" in capsys.readouterr().err
    assert not gold_dir(tmp_path).exists()
    export.write_text("\n".join(broken[:2]) + "\n", encoding="utf-8")
    assert main(["ls", "import", str(export), "--annotation-dir", str(tmp_path)]) == 0
    assert sorted(p.stem for p in gold_dir(tmp_path).glob("*.json")) == sorted(t["data"]["doc_id"] for t in tasks[:2])


def test_export_in_chunks(tmp_path, capsys):
    assert main(["ls", "export", "-o", str(tmp_path / "tasks.json"), "--chunk", "2",
                 "--annotation-dir", str(tmp_path)]) == 0
    files = sorted(tmp_path.glob("tasks-*.json"))
    assert [len(json.loads(f.read_text(encoding="utf-8"))) for f in files] == [2, 2, 1]
    assert "wrote 5 tasks to 3 files" in capsys.readouterr().out
