"""The corpus's core promise, on generated text: every span satisfies text[start:end] == span
text through ingest, annotate, the corpus rows, Parquet, and the Label Studio export and
import (offline: the pure task and import functions, no server).

Texts mix words the annotators react to with emoji (astral, with skin-tone modifiers),
combining marks, NBSP, zero-width space, CRLF line breaks and right-to-left scripts,
which break code-point offsets when any stage counts bytes, UTF-16 units or graphemes.
"""

import json
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from datasets import Dataset
from datasets.utils.logging import disable_progress_bar
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qantar import corpus_features, corpus_rows, corrections, ingest, pipeline, validate
from qantar.labelstudio.export import task as ls_task
from qantar.labelstudio.importer import import_tasks

# Words the Polish rules annotate (entities, time expressions, event triggers); written
# for this test, general vocabulary and the knowledge base's names.
TRIGGERING = ["Ałmaty", "Kazachstan", "Kazachstanu", "Tokajew", "Nur-Sułtan", "5 stycznia 2022",
              "w środę", "we wtorek", "protestujący", "zatrzymano", "demonstracje", "rząd", "Rosja",
              "od wtorku", "2 stycznia", "policja", "ratusz"]
AWKWARD = ["😀", "👍🏽", "🇰🇿", "e\u0301", "Ą\u0328", "\u00a0", "\u200b", "\u200f", "مرحبا", "שלום",
           "Ελλάδα", "\u202e", "a\u0308\u0301"]
SEPARATORS = [" ", " ", "\u00a0", "\r\n", "\n\n", "\r\n\r\n", " \u200b ", ", ", ". "]

pieces = st.one_of(st.sampled_from(TRIGGERING), st.sampled_from(AWKWARD),
                   st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs")),
                           min_size=1, max_size=8))
texts = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), min_size=3, max_size=40).map(
    lambda parts: "Kazachstan " + "".join(p + s for p, s in parts) + ".\n")

DCT = {"value": "2022-01-05", "source": "inferred", "evidence": "generated test text"}
# Every layer fires on this one, with astral emoji, NBSP, ZWSP, combining marks and CRLF
# before the spans (kept as an explicit example in every property below).
RICH = ("Kazachstan 😀 Tokajew\r\nw środę 👍🏽 5\u00a0stycznia 2022 protestujący\u200b e\u0301 zatrzymano "
        "w Ałmaty. שלום Policja zatrzymała demonstrantów.\r\n")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def annotated(text: str) -> dict:
    return pipeline.annotate(ingest.from_text(text, "prop", "prop.txt", language="pl", dct=dict(DCT)))


def assert_spans(text: str, annotations, where: str) -> None:
    for ann in annotations:
        assert text[ann["start"]:ann["end"]] == ann["text"], (where, ann)


def test_the_rich_example_has_every_layer():
    doc = annotated(RICH)
    assert all(doc[layer] for layer in ("entities", "timexes", "events"))
    assert any(ord(ch) > 0xFFFF for ch in RICH[:doc["entities"][-1]["start"]])


@SETTINGS
@given(texts)
@example(RICH)
def test_every_layer_holds_its_offsets(text):
    doc = annotated(text)
    assert doc["text"] == text
    assert validate.validate_document(doc) == []  # spans, structure, references
    for layer in ("entities", "timexes", "events"):
        assert_spans(text, doc[layer], layer)


@SETTINGS
@given(texts)
@example(RICH)
def test_rows_and_parquet_hold_the_offsets(text):
    doc = annotated(text)
    disable_progress_bar()
    with tempfile.TemporaryDirectory() as tmp:
        for config in corpus_features.CONFIGS:
            rows = corpus_rows.rows(config, [doc])
            if not rows:
                continue
            path = Path(tmp) / f"{config}.parquet"
            features = corpus_features.features(config)
            Dataset.from_dict({name: [row[name] for row in rows] for name in features},
                              features=features).to_parquet(str(path))
            back = pq.read_table(path).to_pylist()
            assert len(back) == len(rows)
            if config == "documents":
                assert corpus_rows.document_from_row(back[0]) == doc
            elif config == "tokens":
                for row in back:
                    sentence = text[row["start"]:row["end"]]
                    assert all(token in sentence for token in row["tokens"])
            else:
                assert_spans(text, back, config)
                for row in back:
                    for arg in row.get("arguments") or []:
                        assert text[arg["start"]:arg["end"]] == arg["text"]


@SETTINGS
@given(texts)
@example(RICH)
def test_label_studio_export_and_import_hold_the_offsets(text):
    doc = annotated(text)
    exported = ls_task(doc, {}, "test")
    results = exported.get("predictions", [{"result": []}])[0]["result"]
    for result in results:
        if result["type"] == "labels":  # a span region (the others carry per-region values)
            value = result["value"]
            assert text[value["start"]:value["end"]] == value["text"]
    exported["id"] = 1
    exported["annotations"] = [{"id": 1, "completed_by": {"id": 1, "email": "a@example.com"},
                                "result": results, "was_cancelled": False, "ground_truth": False}]
    with tempfile.TemporaryDirectory() as annotation_dir:
        tasks = json.loads(json.dumps([exported], ensure_ascii=False))  # as read from an export file
        import_tasks(tasks, [doc], annotation_dir)
        written = corrections.load_all(Path(annotation_dir))
    layers = written.get("prop", {}).get("layers", {})
    for layer, annotations in layers.items():
        assert_spans(text, annotations, layer)
        assert sorted((a["start"], a["end"], a["type"]) for a in annotations) == \
            sorted((a["start"], a["end"], a["type"]) for a in doc[layer])
