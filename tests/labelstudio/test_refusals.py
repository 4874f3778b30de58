"""Refused imports: a clear message naming file, task, document and region; nothing written.

The exports are real ones pulled from the server, then damaged the way they go wrong."""

import copy
import json

import pytest

from qantar.errors import ImportRefused
from qantar.labelstudio import export_tasks, import_export, pull, push

from .conftest import EMOJI_TEXT, annotate, emoji_doc, plain_doc, project_tasks, snapshot


def _change_a_label(result):
    result = copy.deepcopy(result)
    next(r for r in result if r.get("from_name") == "entity")["value"]["labels"] = ["ORG"]
    return result


@pytest.fixture(scope="module")
def pulled(conn, tmp_path_factory):
    """A pulled export: both documents annotated (each annotation would write a gold file)."""
    docs = [plain_doc(), emoji_doc()]
    title = f"qantar-refusals-{id(docs)}"
    push(export_tasks(docs, tmp_path_factory.mktemp("none")), conn, title)
    for task in project_tasks(conn, title).values():
        annotate(conn, task["id"], _change_a_label(task["prediction"]))
    tasks = pull(conn, title)
    assert [t["data"]["doc_id"] for t in tasks] == ["t-plain", "t-emoji"]
    return tasks


def _emoji_result(tasks):
    return tasks[1]["annotations"][0]["result"]


def _first_region(tasks, tag="entity"):
    return next(r for r in _emoji_result(tasks) if r.get("from_name") == tag)


def _text_changed(tasks):
    tasks[1]["data"]["text"] = tasks[1]["data"]["text"].replace("Tokajew", "Tokaev")


def _offsets_past_end(tasks):
    _first_region(tasks)["value"]["end"] = len(EMOJI_TEXT) + 5


def _span_text_mismatch(tasks):
    _first_region(tasks)["value"]["text"] = "Astana"


def _unknown_label(tasks):
    _first_region(tasks)["value"]["labels"] = ["NATIONALITY"]


def _relation_to_missing_region(tasks):
    relation = next(r for r in _emoji_result(tasks) if r["type"] == "relation")
    relation["to_id"] = "gone42"


def _unknown_document(tasks):
    tasks[1]["data"]["doc_id"] = "t-nowhere"


DAMAGE = [
    (_text_changed, r"task \d+ \(document t-emoji\): the task text differs from the corpus text"),
    (_offsets_past_end, r"document t-emoji\), annotation #\d+, region ent-0-6: offsets 0-\d+ are outside the text"),
    (_span_text_mismatch, r"region ent-0-6: offsets 0-6 hold 'Ałmaty' in the document but the region says 'Astana'"),
    (_unknown_label, r"region ent-0-6: unknown label 'NATIONALITY' for entity \(known: PER, ORG"),
    (_relation_to_missing_region, r"relation ev-\d+-\d+ -> gone42 points to a missing region 'gone42'"),
    (_unknown_document, r"task \d+ \(document t-nowhere\): no document with this id in the corpus"),
]


@pytest.mark.parametrize("damage,message", DAMAGE, ids=[d.__name__.strip("_") for d, _ in DAMAGE])
def test_damaged_export_is_refused_and_nothing_written(pulled, damage, message, tmp_path):
    tasks = copy.deepcopy(pulled)
    damage(tasks)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportRefused, match=message) as refused:
        import_export(path, [plain_doc(), emoji_doc()], tmp_path)
    assert str(refused.value).startswith(f"{path}: ")
    assert str(refused.value).endswith("nothing was imported")
    assert snapshot(tmp_path / "gold") == {}  # the valid first task was not written either


def test_undamaged_export_imports_both_documents(pulled, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(pulled, ensure_ascii=False), encoding="utf-8")
    report = import_export(path, [plain_doc(), emoji_doc()], tmp_path)
    assert sorted(p.name for p in report.written) == ["t-emoji.json", "t-plain.json"]


@pytest.mark.parametrize("content,message", [
    ('[{"data": {"doc_id": "t-plain"', "not a valid JSON file"),
    ("[]", "the export holds no task"),
    ('{"data": {}}', "a Label Studio JSON export is a list of tasks"),
])
def test_unreadable_exports_are_refused(content, message, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused, match=message) as refused:
        import_export(path, [plain_doc()], tmp_path)
    assert str(path) in str(refused.value)
    assert not (tmp_path / "gold").exists()


def _to_utf16(tasks, break_text=False):
    """Rewrite the emoji task's offsets the way Label Studio before 1.x counted them."""
    text = tasks[1]["data"]["text"]
    units = [len(text[:i].encode("utf-16-le")) // 2 for i in range(len(text) + 1)]
    for item in _emoji_result(tasks):
        value = item.get("value") or {}
        if "start" in value:
            value["start"], value["end"] = units[value["start"]], units[value["end"]]
    if break_text:
        _first_region(tasks, "event")["value"]["text"] = "something else"


def test_utf16_offsets_are_repaired_when_the_span_text_proves_them(pulled, tmp_path):
    expected_dir, repaired_dir = tmp_path / "cp", tmp_path / "utf16"
    import_export(copy.deepcopy(pulled), [plain_doc(), emoji_doc()], expected_dir)
    tasks = copy.deepcopy(pulled)
    _to_utf16(tasks)
    report = import_export(tasks, [plain_doc(), emoji_doc()], repaired_dir)
    assert snapshot(repaired_dir / "gold") == snapshot(expected_dir / "gold") != {}
    notes = next(d.notes for d in report.documents if d.doc_id == "t-emoji")
    assert "offsets were counted in UTF-16 units (older Label Studio); converted to code points" in notes


def test_utf16_offsets_without_proof_are_refused(pulled, tmp_path):
    tasks = copy.deepcopy(pulled)
    _to_utf16(tasks, break_text=True)
    with pytest.raises(ImportRefused, match=r"document t-emoji\), annotation #\d+, region ent-\d+-\d+: offsets \d+-\d+ hold"):
        import_export(tasks, [plain_doc(), emoji_doc()], tmp_path)
    assert not (tmp_path / "gold").exists()


@pytest.mark.parametrize("field,value,message", [
    ("kb_id", "no-such-entry", "KB id 'no-such-entry' is not in the knowledge base"),
    ("timex_value", "2022-13-45", "TIMEX3 value '2022-13-45' is not a well-formed DATE value"),
])
def test_unknown_kb_id_and_malformed_timex_value_are_refused(pulled, field, value, message, tmp_path):
    tasks = copy.deepcopy(pulled)
    next(r for r in _emoji_result(tasks) if r.get("from_name") == field)["value"]["text"] = [value]
    with pytest.raises(ImportRefused, match=message):
        import_export(tasks, [plain_doc(), emoji_doc()], tmp_path)
    assert not (tmp_path / "gold").exists()
