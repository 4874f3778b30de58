"""Refused imports: a clear message naming file, task, document and region; nothing written.

The export is a real one pulled from Label Studio 1.23.2 and recorded in fixtures/ (a live
test checks that a fresh pull still reads the same), then damaged the way exports go
wrong; so every refusal is tested without the server too."""

import copy
import json
import os
import time
from pathlib import Path

import pytest

from qantar.errors import ImportRefused
from qantar.labelstudio import export_tasks, import_export, pull, push

from .conftest import EMOJI_TEXT, annotate, emoji_doc, plain_doc, project_tasks, snapshot

NO_GOLD = Path(__file__).parent / "fixtures" / "no-gold"  # an annotation dir without corrections


def _change_a_label(result):
    result = copy.deepcopy(result)
    next(r for r in result if r.get("from_name") == "entity")["value"]["labels"] = ["ORG"]
    return result


RECORDED = Path(__file__).parent / "fixtures" / "pulled-two-documents.json"


def pull_two_annotated_documents(conn) -> list[dict]:
    """What `qantar ls pull` gets from a real server: both test documents pushed, each
    annotated from its prediction with one label changed (each would write a gold file)."""
    docs = [plain_doc(), emoji_doc()]
    title = f"qantar-refusals-{time.time_ns()}"
    push(export_tasks(docs, NO_GOLD), conn, title)
    for task in project_tasks(conn, title).values():
        annotate(conn, task["id"], _change_a_label(task["prediction"]))
    tasks = pull(conn, title)
    assert [t["data"]["doc_id"] for t in tasks] == ["t-plain", "t-emoji"]
    return tasks


def _what_an_import_reads(tasks) -> list:
    """The parts of an export the importer reads, without what differs between two servers
    (task, annotation and user ids, times)."""
    return [(t["data"], [(a["result"], a["was_cancelled"], a["ground_truth"]) for a in t["annotations"]])
            for t in tasks]


@pytest.fixture
def pulled() -> list[dict]:
    """The recorded pull (offline): the refusals below need no server."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def test_recorded_export_is_what_the_server_gives(conn):
    """The recording stays honest: a fresh pull from Label Studio 1.23 reads the same.
    Re-record with QANTAR_RECORD=1 after changing what push sends."""
    fresh = pull_two_annotated_documents(conn)
    if os.environ.get("QANTAR_RECORD") == "1":
        RECORDED.write_text(json.dumps(fresh, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert _what_an_import_reads(fresh) == _what_an_import_reads(json.loads(RECORDED.read_text(encoding="utf-8")))


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


def _item(tasks, tag, kind=None):
    return next(r for r in _emoji_result(tasks) if r.get("from_name") == tag and (kind is None or r["type"] == kind))


def _relation(tasks):
    return next(r for r in _emoji_result(tasks) if r["type"] == "relation")


def _result_not_a_list(tasks):
    tasks[1]["annotations"][0]["result"] = {"entity": []}


def _result_not_an_object(tasks):
    _emoji_result(tasks).append("stray")


def _region_without_id(tasks):
    _first_region(tasks)["id"] = ""


def _two_regions_share_an_id(tasks):
    twin = copy.deepcopy(_first_region(tasks, "event"))
    twin["id"] = _first_region(tasks)["id"]
    _emoji_result(tasks).append(twin)


def _unknown_tag(tasks):
    _first_region(tasks)["from_name"] = "sentiment"


def _labels_of_another_type(tasks):
    _first_region(tasks)["type"] = "choices"


def _two_labels(tasks):
    _first_region(tasks)["value"]["labels"] = ["GPE", "LOC"]


def _no_span_text(tasks):
    del _first_region(tasks)["value"]["text"]


def _offsets_not_integers(tasks):
    _first_region(tasks)["value"]["start"] = "0"


def _kb_id_on_an_event(tasks):
    _item(tasks, "kb_id")["id"] = _first_region(tasks, "event")["id"]


def _kb_id_twice(tasks):
    _emoji_result(tasks).append(copy.deepcopy(_item(tasks, "kb_id")))


def _several_kb_ids(tasks):
    _item(tasks, "kb_id")["value"]["text"] = ["almaty", "astana"]


def _kb_id_not_a_list(tasks):
    _item(tasks, "kb_id")["value"]["text"] = "almaty"


def _unknown_realis(tasks):
    _item(tasks, "realis")["value"]["choices"] = ["maybe"]


def _relation_between_two_entities(tasks):
    _relation(tasks)["from_id"] = _first_region(tasks)["id"]


def _relation_without_role(tasks):
    _relation(tasks)["labels"] = []


def _unknown_role(tasks):
    _relation(tasks)["labels"] = ["witness"]


def _two_regions_on_one_span(tasks):
    twin = copy.deepcopy(_first_region(tasks))
    twin["id"] = "dup1"
    _emoji_result(tasks).append(twin)


def _unknown_reviewed_layer(tasks):
    _emoji_result(tasks).append({"id": "rev", "from_name": "reviewed", "to_name": "text", "type": "choices",
                                 "value": {"choices": ["relations"]}})


def _cluster_not_an_id(tasks):
    _item(tasks, "cluster")["value"]["text"] = ["kz emergency!"]


def _second_task_for_a_document(tasks):
    tasks.append({**copy.deepcopy(tasks[1]), "id": 999})


def _task_not_an_object(tasks):
    tasks.append("task")


def _task_without_doc_id(tasks):
    del tasks[1]["data"]["doc_id"]


DAMAGE = [
    (_text_changed, r"task \d+ \(document t-emoji\): the task text differs from the corpus text"),
    (_offsets_past_end, r"document t-emoji\), annotation #\d+, region ent-0-6 'Ałmaty' \(ORG, corpus id ent-0-\d+\): offsets 0-\d+ are outside the text"),
    (_span_text_mismatch, r"region ent-0-6 'Astana' \(ORG\): offsets 0-6 hold 'Ałmaty' in the document but the region says 'Astana'"),
    (_unknown_label, r"region ent-0-6 'Ałmaty' \(NATIONALITY\): unknown label 'NATIONALITY' for entity \(known: PER, ORG"),
    (_relation_to_missing_region, r"relation ev-\d+-\d+ -> gone42 points to a missing region 'gone42'"),
    (_unknown_document, r"task \d+ \(document t-nowhere\): no document with this id in the corpus"),
    (_result_not_a_list, r"annotation #\d+: `result` is not a list"),
    (_result_not_an_object, r"annotation #\d+: a result is not an object: 'stray'"),
    (_region_without_id, r"annotation #\d+: a entity result has no region id"),
    (_two_regions_share_an_id, r"region ent-0-6 'Ałmaty' \(ORG\): two regions share this id"),
    (_unknown_tag, r"region ent-0-6: unknown tag 'sentiment': not in the labeling config"),
    (_labels_of_another_type, r"region ent-0-6 'Ałmaty' \(ORG\): entity: expected a `labels` result with a value"),
    (_two_labels, r"region ent-0-6 'Ałmaty' \(GPE, LOC\): entity: expected exactly one label, got \['GPE', 'LOC'\]"),
    (_no_span_text, r"region ent-0-6 None \(ORG\): the region has no span text"),
    (_offsets_not_integers, r"region ent-0-6 'Ałmaty' \(ORG\): offsets '0'-6 are not integers"),
    (_kb_id_on_an_event, r"region ev-\d+-\d+ 'stan wyjątkowy' \(DeclareEmergency\): kb_id is given for a region "
                         r"that is not a entity region"),
    (_kb_id_twice, r"region ent-\d+-\d+ '\w+' \(\w+\): kb_id is given twice"),
    (_several_kb_ids, r"kb_id: several values \['almaty', 'astana'\]; keep one"),
    (_kb_id_not_a_list, r"kb_id: value.text must be a list of strings"),
    (_unknown_realis, r"realis: unknown value 'maybe' \(known: actual, other\)"),
    (_relation_between_two_entities, r"region ent-0-6 'Ałmaty' \(ORG\): relation ent-0-6 -> ent-\d+-\d+ must join "
                                     r"one event trigger to one entity or time expression"),
    (_relation_without_role, r"relation to ent-\d+-\d+ has no role \(label it with one of agent, patient, place, time\)"),
    (_unknown_role, r"unknown role 'witness' \(known: agent, patient, place, time\)"),
    (_two_regions_on_one_span, r"region dup1 'Ałmaty' \(ORG, corpus id ent-0-6\): regions ent-0-6 and dup1 mark the "
                               r"same span 0-6 in layer entities"),
    (_unknown_reviewed_layer, r"region rev: reviewed: choices must be some of entities, timexes, events; got \['relations'\]"),
    (_cluster_not_an_id, r"region ev-\d+-\d+ 'stan wyjątkowy' \(DeclareEmergency\): cluster: 'kz emergency!' does not match"),
    (_second_task_for_a_document, r"task 999 \(document t-emoji\), annotation #\d+: a second task for this document \(first: task \d+\)"),
    (_task_not_an_object, r"task \? \(document \?\): a task is not an object: 'task'"),
    (_task_without_doc_id, r"task \d+ \(document \?\): the task has no data.doc_id; it was not exported by qantar"),
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


def test_unreadable_corrections_refuse_the_import(pulled, tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "t-plain.json").write_text("{", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"the existing corrections cannot be read: .*t-plain.json: cannot read"):
        import_export(pulled, [plain_doc(), emoji_doc()], tmp_path)
    assert snapshot(tmp_path / "gold") == {"t-plain.json": b"{"}


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
    with pytest.raises(ImportRefused, match=r"document t-emoji\), annotation #\d+, region ent-\d+-\d+ '[^']+' \(\w+, corpus id ent-\d+-\d+\): offsets \d+-\d+ hold"):
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


def test_a_stray_result_does_not_hide_the_region_of_a_problem(pulled, tmp_path):
    tasks = copy.deepcopy(pulled)
    _emoji_result(tasks).append("stray")  # after the damaged region: found second
    _first_region(tasks)["value"]["labels"] = ["NATIONALITY"]
    with pytest.raises(ImportRefused, match=r"region ent-0-6 'Ałmaty' \(NATIONALITY\): unknown label"):
        import_export(tasks, [plain_doc(), emoji_doc()], tmp_path)
