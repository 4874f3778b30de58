"""export -> push -> pull -> import against a real Label Studio server."""

import copy
import json

from qantar import corrections
from qantar.ingest import LAYERS
from qantar.labelstudio import export_tasks, import_tasks, pull, push, workflow
from qantar.labelstudio.export import model_version
from qantar.labelstudio.server import find_project
from qantar.labelstudio.regions import to_results

from .conftest import EMOJI_TEXT, annotate, entity, event, project_tasks, snapshot, span

ANNOTATOR = "label-studio:admin@example.com"


def _who(source: str) -> str:
    """The annotator of a gold `source` (`label-studio:<email> <time>`), without the time."""
    who, _, when = source.rpartition(" ")
    assert when.endswith("Z") and "T" in when, source
    return who


def _as_gold(annotations, source="label-studio:alice@example.com"):
    return [{**a, "status": "gold", "source": source, "confidence": None} for a in annotations]


def _write_gold(annotation_dir, doc, layers):
    record = {"doc_id": doc["id"], "text_sha256": corrections.text_sha256(doc["text"]), "layers": layers}
    path = corrections.gold_dir(annotation_dir) / f"{doc['id']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corrections.render(record), encoding="utf-8")


def _cycle(conn, title, docs, annotation_dir):
    push(export_tasks(docs, annotation_dir, with_gold=True), conn, title)
    return import_tasks(pull(conn, title), docs, annotation_dir, source=title)


def test_round_trip_leaves_gold_byte_identical(conn, project_title, docs, tmp_path):
    emoji, plain = docs[1], docs[0]
    _write_gold(tmp_path, emoji, {"entities": _as_gold(emoji["entities"]), "events": _as_gold(emoji["events"])})
    _write_gold(tmp_path, plain, {"timexes": _as_gold(plain["timexes"], "label-studio:bob@example.com")})
    before = snapshot(corrections.gold_dir(tmp_path))

    report = _cycle(conn, project_title, docs, tmp_path)

    assert snapshot(corrections.gold_dir(tmp_path)) == before
    assert report.written == []
    assert not any(change for doc in report.documents for change in doc.layers.values())


def test_annotator_corrections_arrive_exactly(conn, project_title, docs, tmp_path):
    push(export_tasks(docs, tmp_path), conn, project_title)
    task = project_tasks(conn, project_title)["t-emoji"]
    result = copy.deepcopy(task["prediction"])
    t = EMOJI_TEXT
    first_almaty, ratusz = "ent-%d-%d" % span(t, "Ałmaty"), "ent-%d-%d" % span(t, "ratusz")
    almaty2, date = "ent-%d-%d" % span(t, "Ałmaty", 1), "tx-%d-%d" % span(t, "5 stycznia 2022")
    riot, deploy = "ev-%d-%d" % span(t, "szturmowali"), "ev-%d-%d" % span(t, "wyśle")
    s, e = span(t, "OUBZ")
    for item in result:
        if item.get("id") == first_almaty and item["type"] == "labels":
            item["value"]["labels"] = ["LOC"]                      # change a label
        if item.get("id") == date and item["type"] == "textarea":
            item["value"]["text"] = ["2022-01-06"]                 # change a TIMEX value
        if item.get("id") == deploy and item["type"] == "choices":
            item["value"]["choices"] = ["other"]                   # mark an event hypothetical
    result = [r for r in result if r.get("id") != ratusz]          # delete a span
    result += [                                                    # add an entity with a KB id
        {"id": "Xy7aB1", "from_name": "entity", "to_name": "text", "type": "labels",
         "value": {"start": s, "end": e, "text": "OUBZ", "labels": ["ORG"]}},
        {"id": "Xy7aB1", "from_name": "kb_id", "to_name": "text", "type": "textarea",
         "value": {"start": s, "end": e, "text": ["csto"]}},
        # add event arguments
        {"from_id": riot, "to_id": almaty2, "type": "relation", "direction": "right", "labels": ["place"]},
        {"from_id": deploy, "to_id": "Xy7aB1", "type": "relation", "direction": "right", "labels": ["agent"]},
    ]
    annotate(conn, task["id"], result)

    report = import_tasks(pull(conn, project_title), docs, tmp_path, source=project_title)

    gold = json.loads((corrections.gold_dir(tmp_path) / "t-emoji.json").read_text(encoding="utf-8"))
    assert set(gold["layers"]) == {"entities", "timexes", "events"}
    assert not (corrections.gold_dir(tmp_path) / "t-plain.json").exists()
    ents = {a["id"]: a for a in gold["layers"]["entities"]}
    oubz = f"ent-{s}-{e}"
    assert {**ents[oubz], "source": _who(ents[oubz]["source"])} == {
        "id": oubz, "start": s, "end": e, "text": "OUBZ", "type": "ORG", "kb_id": "csto",
        "status": "gold", "source": ANNOTATOR, "confidence": None}
    assert ents[first_almaty]["type"] == "LOC" and ratusz not in ents
    assert all(a["status"] == "gold" for layer in gold["layers"].values() for a in layer)
    assert all(t[a["start"]:a["end"]] == a["text"] for layer in gold["layers"].values() for a in layer)
    timexes = {a["id"]: a for a in gold["layers"]["timexes"]}
    assert timexes[date]["value"] == "2022-01-06"
    assert timexes["tx-%d-%d" % span(t, "W środę")]["anchor"] == "dct"  # kept though Label Studio hides it
    events = {a["id"]: a for a in gold["layers"]["events"]}
    assert events[deploy]["realis"] == "other"
    assert events[deploy]["arguments"] == [{"role": "agent", "ref": oubz}]
    assert events[riot]["arguments"] == [{"role": "place", "ref": almaty2}]
    assert events["ev-%d-%d" % span(t, "stan wyjątkowy")]["cluster"] == "kz-emergency"

    changes = {layer: report.changes("t-emoji", layer) for layer in ("entities", "timexes", "events")}
    assert changes["entities"].added == [f"{oubz} 'OUBZ' ORG kb_id=csto"]
    assert changes["entities"].removed == [f"{ratusz} 'ratusz' FAC"]
    assert changes["entities"].changed == [f"{first_almaty} 'Ałmaty': type GPE → LOC"]
    assert changes["timexes"].changed == [f"{date} '5 stycznia 2022': value 2022-01-05 → 2022-01-06"]
    assert changes["events"].changed == [
        f"{riot} 'szturmowali': arguments [] → [place={almaty2}]",
        f"{deploy} 'wyśle': realis actual → other; arguments [] → [agent={oubz}]",
    ]
    assert report.written == [corrections.gold_dir(tmp_path) / "t-emoji.json"]


def test_emoji_before_spans_keeps_offsets_through_the_cycle(conn, project_title, docs, tmp_path):
    emoji = docs[1]
    push(export_tasks(docs, tmp_path), conn, project_title)
    task = project_tasks(conn, project_title)["t-emoji"]
    s, e = span(EMOJI_TEXT, "Protestujący")
    new = entity(EMOJI_TEXT, "Protestujący", "MISC")
    annotate(conn, task["id"], task["prediction"] + to_results({"entities": [{**new, "id": "r1"}]}))

    import_tasks(pull(conn, project_title), docs, tmp_path)

    gold = json.loads((corrections.gold_dir(tmp_path) / "t-emoji.json").read_text(encoding="utf-8"))
    assert [(a["start"], a["end"]) for a in gold["layers"]["entities"]] == sorted(
        [(a["start"], a["end"]) for a in emoji["entities"]] + [(s, e)])
    for layer in gold["layers"].values():
        for a in layer:
            assert EMOJI_TEXT[a["start"]:a["end"]] == a["text"]


def test_ground_truth_wins_and_disagreement_is_reported(conn, project_title, docs, tmp_path):
    push(export_tasks(docs, tmp_path), conn, project_title)
    task = project_tasks(conn, project_title)["t-plain"]
    as_org = copy.deepcopy(task["prediction"])
    for item in as_org:
        if item.get("from_name") == "entity":
            item["value"]["labels"] = ["ORG"]
    truth = annotate(conn, task["id"], task["prediction"], ground_truth=True)
    later = annotate(conn, task["id"], as_org)

    report = import_tasks(pull(conn, project_title), docs, tmp_path)

    doc = next(d for d in report.documents if d.doc_id == "t-plain")
    assert doc.annotation_id == truth.id
    assert any(f"used #{truth.id} (ground truth, {ANNOTATOR}); #{later.id} ({ANNOTATOR}) differs in entities" in n
               for n in doc.notes)
    assert not report.changes("t-plain", "entities")  # the ground truth kept PER


def test_push_twice_keeps_tasks_and_annotations(conn, project_title, docs, tmp_path):
    first = push(export_tasks(docs, tmp_path), conn, project_title)
    second = push(export_tasks(docs, tmp_path), conn, project_title)
    assert (first.created, first.imported, second.created, second.imported, second.already_there) == (True, 2, False, 0, 2)
    assert set(project_tasks(conn, project_title)) == {"t-plain", "t-emoji"}


def test_realis_event_without_choice_takes_default_with_note(conn, project_title, docs, tmp_path):
    push(export_tasks(docs, tmp_path), conn, project_title)
    task = project_tasks(conn, project_title)["t-plain"]
    new = event(docs[0]["text"], "accepted", "Appoint")
    results = [r for r in to_results({"events": [{**new, "id": "n1"}]}) if r["from_name"] != "realis"]
    annotate(conn, task["id"], task["prediction"] + results)
    report = import_tasks(pull(conn, project_title), docs, tmp_path)
    assert report.changes("t-plain", "events").added == [f"{new['id']} 'accepted' Appoint realis=actual"]
    assert any("no realis chosen; took 'actual'" in n for d in report.documents for n in d.notes)


def test_unchanged_layers_become_gold_only_when_marked_reviewed(conn, project_title, docs, tmp_path):
    push(export_tasks(docs, tmp_path), conn, project_title)
    task = project_tasks(conn, project_title)["t-plain"]
    annotate(conn, task["id"], task["prediction"])  # submitted as predicted, nothing marked
    assert import_tasks(pull(conn, project_title), docs, tmp_path).written == []

    reviewed = to_results({}, reviewed=["entities", "timexes"])
    annotate(conn, task["id"], task["prediction"] + reviewed, ground_truth=True)
    report = import_tasks(pull(conn, project_title), docs, tmp_path)
    [written] = report.written
    gold = json.loads(written.read_text(encoding="utf-8"))["layers"]
    plain = docs[0]
    assert set(gold) == {"entities", "timexes"}
    assert [{k: a[k] for k in ("id", "type")} for a in gold["entities"]] == \
        [{k: a[k] for k in ("id", "type")} for a in plain["entities"]]
    assert {a["status"] for layer in gold.values() for a in layer} == {"gold"}
    assert {_who(a["source"]) for layer in gold.values() for a in layer} == {ANNOTATOR}


def test_push_prelabels_with_the_rule_set_predictions(conn, project_title, docs, tmp_path):
    tasks = export_tasks(docs, tmp_path)
    push(tasks, conn, project_title)
    project = conn.client.projects.get(find_project(conn, project_title).id)
    assert project.show_collab_predictions is True
    assert project.model_version == tasks[0]["predictions"][0]["model_version"] == model_version()


def test_seed_documents_round_trip_byte_identical(conn, project_title, tmp_path):
    docs = workflow.documents()
    for doc in docs:
        _write_gold(tmp_path, doc, {layer: _as_gold(doc[layer]) for layer in LAYERS})
    before = snapshot(corrections.gold_dir(tmp_path))

    report = _cycle(conn, project_title, docs, tmp_path)

    assert len(before) == len(docs) == 5
    assert snapshot(corrections.gold_dir(tmp_path)) == before
    assert [d.annotation_id is not None for d in report.documents] == [True] * 5
    assert report.written == []


def test_push_sets_how_many_annotators_each_task_gets(conn, project_title, docs, tmp_path):
    first = push(export_tasks(docs, tmp_path), conn, project_title, annotators=2)
    again = push(export_tasks(docs, tmp_path), conn, project_title)
    project = conn.client.projects.get(find_project(conn, project_title).id)
    assert (first.annotators, again.annotators, project.maximum_annotations) == (2, 2, 2)
