"""The change report: every field of every change, escaped on the console, and as JSON."""

import copy
import json

from rich.console import Console

from qantar.labelstudio import import_export

from .conftest import EMOJI_TEXT, emoji_doc, plain_doc, span
from .test_refusals import RECORDED


def _with_new_argument_and_changed_fields():
    """The recorded export, where the annotator gave the riot a place and changed the date's
    value, anchor and mod."""
    tasks = json.loads(RECORDED.read_text(encoding="utf-8"))
    result = tasks[1]["annotations"][0]["result"]
    riot, almaty2 = "ev-%d-%d" % span(EMOJI_TEXT, "szturmowali"), "ent-%d-%d" % span(EMOJI_TEXT, "Ałmaty", 1)
    result.append({"from_id": riot, "to_id": almaty2, "type": "relation", "direction": "right", "labels": ["place"]})
    date = "tx-%d-%d" % span(EMOJI_TEXT, "5 stycznia 2022")
    value = next(r for r in result if r["id"] == date and r["from_name"] == "timex_value")
    value["value"]["text"] = ["2022-01-06"]
    result.append({**copy.deepcopy(value), "from_name": "timex_anchor", "value": {**value["value"], "text": ["dct"]}})
    result.append({"id": date, "from_name": "timex_mod", "to_name": "text", "type": "choices",
                   "value": {"start": value["value"]["start"], "end": value["value"]["end"], "choices": ["APPROX"]}})
    return tasks, riot, almaty2, date


def test_argument_and_every_field_change_are_shown_escaped(tmp_path):
    tasks, riot, almaty2, date = _with_new_argument_and_changed_fields()
    report = import_export(tasks, [plain_doc(), emoji_doc()], tmp_path)
    console = Console(record=True, width=400)
    console.print(report.table())
    shown = console.export_text()
    assert f"{riot} 'szturmowali': arguments [] → [place={almaty2}]" in shown
    assert f"{date} '5 stycznia 2022': value 2022-01-05 → 2022-01-06; mod null → APPROX; anchor null → dct" in shown


def test_json_report_has_every_field_change_for_scripts(tmp_path):
    tasks, riot, almaty2, date = _with_new_argument_and_changed_fields()
    data = json.loads(import_export(tasks, [plain_doc(), emoji_doc()], tmp_path).to_json())
    emoji = next(d for d in data["documents"] if d["doc_id"] == "t-emoji")
    changed = {c["id"]: c["fields"] for c in emoji["layers"]["events"]["changed"]}
    assert changed[riot] == {"arguments": {"before": [], "after": [{"role": "place", "ref": almaty2}]}}
    timex = {c["id"]: c["fields"] for c in emoji["layers"]["timexes"]["changed"]}[date]
    assert timex == {"value": {"before": "2022-01-05", "after": "2022-01-06"},
                     "mod": {"before": None, "after": "APPROX"}, "anchor": {"before": None, "after": "dct"}}
    assert emoji["annotator"] == "label-studio:admin@example.com"
    assert emoji["annotated_at"].endswith("Z") and emoji["written"].endswith("t-emoji.json")
    assert sorted(data["written"]) == sorted(d["written"] for d in data["documents"])


def test_disagreeing_annotators_are_named_and_the_latest_is_used(tmp_path):
    tasks = json.loads(RECORDED.read_text(encoding="utf-8"))
    first = tasks[1]["annotations"][0]
    later = copy.deepcopy(first)
    later.update(id=first["id"] + 100, updated_at="2099-01-01T00:00:00.000000Z",
                 updated_by={"id": 7, "email": "bob@example.com"}, completed_by={"id": 7, "email": "bob@example.com"})
    region = next(r for r in later["result"] if r.get("from_name") == "entity")
    region["value"]["labels"] = ["LOC"]
    broken = copy.deepcopy(first)
    broken.update(id=first["id"] + 200, result="not a list")
    tasks[1]["annotations"] += [later, broken]

    report = import_export(tasks, [plain_doc(), emoji_doc()], tmp_path)

    emoji = next(d for d in report.documents if d.doc_id == "t-emoji")
    assert (emoji.annotation_id, emoji.annotator) == (later["id"], "label-studio:bob@example.com")
    assert (f"annotations disagree: used #{later['id']} (latest, label-studio:bob@example.com); "
            f"#{first['id']} (label-studio:admin@example.com) differs in entities ({region['id']})") in emoji.notes
    assert f"annotation #{broken['id']} was not used and is not valid: `result` is not a list" in emoji.notes
