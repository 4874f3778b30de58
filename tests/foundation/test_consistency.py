"""The consistency report, on hand-made documents and on the corpus's own gold layers."""

import json

from qantar import build, consistency, corrections, ingest, kb, seeds

TEXT = "Tokajew przyjął dymisję w Ałmaty. Potem Tokajew wyjechał. Protesty w Ałmaty trwały."


def entity(text, needle, type_, kb_id, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    return {"id": f"ent-{start}-{end}", "start": start, "end": end, "text": needle, "type": type_,
            "kb_id": kb_id, "status": "gold", "source": "t", "confidence": None}


def doc_with(entities, events=()):
    doc = ingest.from_text(TEXT, "d1", "d1.txt", language="pl")
    doc["entities"], doc["events"] = list(entities), list(events)
    return doc


KB = [{"id": "almaty", "type": "GPE", "name": "Almaty", "aliases": {"pl": ["Ałmaty"]}, "wikidata": None}]


def test_same_string_with_two_labels_is_reported_at_each_place():
    doc = doc_with([entity(TEXT, "Tokajew", "PER", "tokayev"), entity(TEXT, "Tokajew", "ORG", "tokayev", 1),
                    entity(TEXT, "Ałmaty", "GPE", "almaty"), entity(TEXT, "Ałmaty", "GPE", "almaty", 1)])
    found = [f for f in consistency.findings([doc], KB) if f.check == "entities-label"]
    assert sorted(f.annotation for f in found) == ["ent-0-7", "ent-40-47"]


def test_unannotated_kb_alias_is_reported():
    doc = doc_with([entity(TEXT, "Ałmaty", "GPE", "almaty")])
    found = [f for f in consistency.findings([doc], KB) if f.check == "kb-alias-unannotated"]
    second = TEXT.index("Ałmaty", TEXT.index("Ałmaty") + 1)
    assert [f.annotation for f in found] == [f"{second}-{second + 6}"]


def test_event_without_argument_only_where_its_sentence_names_something():
    start = TEXT.index("dymisję")
    event = {"id": f"ev-{start}-{start + 7}", "start": start, "end": start + 7, "text": "dymisję", "type": "Resign",
             "realis": "actual", "arguments": [], "cluster": None, "status": "gold", "source": "t", "confidence": None}
    doc = doc_with([entity(TEXT, "Tokajew", "PER", "tokayev")], [event])
    assert [f.annotation for f in consistency.findings([doc], []) if f.check == "event-without-argument"] == [event["id"]]
    doc["entities"] = []
    assert not [f for f in consistency.findings([doc], []) if f.check == "event-without-argument"]


def test_explained_findings_are_set_apart(tmp_path):
    doc = doc_with([entity(TEXT, "Ałmaty", "GPE", "almaty")])
    [finding] = [f for f in consistency.findings([doc], KB) if f.check == "kb-alias-unannotated"]
    path = tmp_path / "explained.json"
    path.write_text(json.dumps({"explained": [{"key": finding.key, "reason": "a test"}]}), encoding="utf-8")
    unexplained, explained = consistency.split_explained([finding], consistency.load_explanations(path))
    assert unexplained == [] and explained == [(finding, "a test")]


def test_every_seed_is_gold_on_every_layer():
    gold = corrections.load_all()
    assert sorted(gold) == [entry["id"] for entry in seeds.load_metadata()]
    for record in gold.values():
        assert sorted(record["layers"]) == ["entities", "events", "timexes"]
        assert {a["status"] for layer in record["layers"].values() for a in layer} == {"gold"}


def test_corpus_consistency_report_has_nothing_unexplained():
    findings = consistency.findings(build.documents(), kb.load().entries)
    unexplained, _ = consistency.split_explained(findings, consistency.load_explanations())
    assert [f"{f.key}: {f.message}" for f in unexplained] == []
