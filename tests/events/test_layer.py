"""The events layer as the pipeline and the validator see it: schema, ids, offsets, provenance,
argument references, registration."""

import jsonschema
import pytest
from event_helpers import place

from qantar import pipeline, schemas
from qantar.events import annotator


@pytest.fixture(scope="module")
def seed_events(seed_docs):
    out = {}
    for doc_id, doc in seed_docs.items():
        doc = dict(doc, entities=[], timexes=[])
        for name in ("Kazachstanu", "Καζακστάν", "Almaty"):
            if name in doc["text"]:
                place(doc, name, "GPE", None)
        out[doc_id] = (doc, annotator.annotate(doc))
    return out


def test_events_match_the_layer_schema(seed_events):
    validator = jsonschema.Draft202012Validator(schemas.layer_schemas()["events"])
    for doc_id, (_doc, events) in seed_events.items():
        assert events, doc_id
        for event in events:
            validator.validate(event)


def test_ids_offsets_and_provenance(seed_events):
    for _doc_id, (doc, events) in seed_events.items():
        for event in events:
            assert doc["text"][event["start"]:event["end"]] == event["text"]
            assert event["id"] == f"ev-{event['start']}-{event['end']}"
            assert (event["status"], event["source"], event["cluster"]) == ("silver", annotator.SOURCE, None)
            assert 0 <= event["confidence"] <= 1
        assert len({e["id"] for e in events}) == len(events)


def test_argument_refs_point_into_the_same_sentence(seed_events):
    for _doc_id, (doc, events) in seed_events.items():
        mentions = {m["id"]: m for m in doc["entities"] + doc["timexes"]}
        for event in events:
            sentence = next(s for s in doc["sentences"] if s["start"] <= event["start"] < s["end"])
            for argument in event["arguments"]:
                mention = mentions[argument["ref"]]
                assert sentence["start"] <= mention["start"] and mention["end"] <= sentence["end"]


def test_annotate_is_deterministic(seed_docs):
    doc = seed_docs["001_fd4c1457a455c17a"]
    assert annotator.annotate(doc) == annotator.annotate(doc)


def test_events_layer_is_registered_last():
    assert pipeline.AUTOMATIC_LAYERS[-1] == ("events", "qantar.events.annotator:annotate")
    assert pipeline.rule_sets()["events"] == annotator.SOURCE
