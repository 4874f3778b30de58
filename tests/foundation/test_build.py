"""The main job: corpus/ loads with `datasets` offline, typed, deterministic and atomic."""

import filecmp
import shutil

import pandas as pd
import pyarrow.parquet as pq
import pytest
from datasets import ClassLabel, load_dataset

from qantar import build, corpus_features, corpus_rows, generated, taxonomy
from qantar.errors import InputError


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    target = tmp_path_factory.mktemp("build") / "corpus"
    return build.build(target)


@pytest.fixture(scope="module")
def documents():
    """The documents the build writes (merged, in id order)."""
    return build.documents()


def load(built, config):
    """`load_dataset` on the built corpus with a cache of its own: the shared cache can
    serve a previous build's tables for a reused temporary path."""
    return load_dataset(str(built.path), config, cache_dir=str(built.path.parent / "hf-cache"))


def files(directory):
    return sorted(p.relative_to(directory) for p in directory.rglob("*") if p.is_file())


def test_every_config_loads_with_declared_features(built, documents, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    for config in corpus_features.CONFIGS:
        loaded = load(built, config)
        for split in loaded.values():
            assert split.features == corpus_features.features(config), config
    docs = load(built, "documents")
    ids = sorted(i for split in docs.values() for i in split["id"])
    assert ids == sorted(d["id"] for d in documents) and len(ids) == 5
    assert {lang for split in docs.values() for lang in split["language"]} == {"pl", "el", "da"}


def test_class_labels_come_from_the_taxonomy(built):
    tax = taxonomy.load()
    tokens = load(built, "tokens")["train"].features
    assert tokens["ner_tags"].feature.names == tax.bio_tags("entity_types")
    assert tokens["event_tags"].feature.names == tax.bio_tags("event_types")
    entities = load(built, "entities")["train"].features
    assert entities["type"] == ClassLabel(names=tax.entity_types)
    assert entities["status"].names == ["gold", "silver"]


def test_plain_parquet_readers_see_the_same_rows(built):
    path = built.path / "entities" / "train-00000-of-00001.parquet"
    via_datasets = load_dataset("parquet", data_files={"train": str(path)},
                                cache_dir=str(built.path.parent / "hf-cache"))["train"]
    assert isinstance(via_datasets.features["type"], ClassLabel)  # from the `huggingface` schema metadata
    frame = pd.read_parquet(path)
    table = pq.read_table(path)
    assert len(frame) == table.num_rows == len(via_datasets) > 0
    assert list(frame["text"]) == table.column("text").to_pylist() == via_datasets["text"]


def test_documents_survive_json_to_parquet_to_json(built, documents):
    loaded = load(built, "documents")
    back = {row["id"]: corpus_rows.document_from_row(row) for split in loaded.values() for row in split}
    for doc in documents:
        assert back[doc["id"]] == doc


def test_token_rows_carry_bio_tags_of_the_entity_layer(built, documents):
    tokens = load(built, "tokens")
    names = tokens["train"].features["ner_tags"].feature.names
    docs = {d["id"]: d for d in documents}
    rows = [row for split in tokens.values() for row in split]
    assert sum(1 for row in rows for tag in row["ner_tags"] if tag) > 0
    for row in rows:
        doc = docs[row["doc_id"]]
        toks = [t for t in doc["tokens"] if row["start"] <= t["start"] < row["end"]]
        expected = []
        for tok in toks:
            inside = [e for e in doc["entities"] if e["start"] < tok["end"] and tok["start"] < e["end"]]
            if not inside:
                expected.append("O")
            else:
                first = min(t["start"] for t in toks if t["end"] > inside[0]["start"])
                expected.append(("B-" if tok["start"] == first else "I-") + inside[0]["type"])
        assert [names[t] for t in row["ner_tags"]] == expected, row["sentence_id"]


def test_two_builds_are_byte_identical(built, tmp_path):
    again = build.build(tmp_path / "corpus").path
    assert files(again) == files(built.path)
    for rel in files(again):
        assert filecmp.cmp(again / rel, built.path / rel, shallow=False), rel


def test_committed_corpus_is_the_current_build(built, repo_root):
    committed = repo_root / "corpus"
    assert files(committed) == files(built.path), "corpus/ is stale: run `qantar build`"
    for rel in files(built.path):
        assert filecmp.cmp(committed / rel, built.path / rel, shallow=False), f"corpus/{rel} is stale: run `qantar build`"


@pytest.mark.parametrize("content, message", [
    (b"", "the article is empty"),
    ("Ałmaty".encode("iso-8859-2"), "not UTF-8"),
])
def test_bad_seed_stops_the_build_and_leaves_corpus_untouched(project_copy, repo_root, content, message):
    shutil.copytree(repo_root / "corpus", project_copy / "corpus")
    before = {rel: (project_copy / "corpus" / rel).read_bytes() for rel in files(project_copy / "corpus")}
    bad = project_copy / "seeds" / "002_cc900549b10e308e.txt"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=f"002_cc900549b10e308e.txt: {message}"):
        build.build(project_copy / "corpus")
    after = {rel: (project_copy / "corpus" / rel).read_bytes() for rel in files(project_copy / "corpus")}
    assert after == before


def test_generated_files_are_current():
    assert generated.stale() == [], "run `qantar generate`"
