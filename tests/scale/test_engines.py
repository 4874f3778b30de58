"""Every engine writes the same corpus, byte for byte; shards load with their ClassLabels."""

import filecmp

import pytest
from datasets import ClassLabel, load_dataset

from qantar import build, corpus_features, taxonomy


def files(directory):
    return sorted(p.relative_to(directory) for p in directory.rglob("*") if p.is_file())


def assert_same_tree(a, b):
    assert files(a) == files(b)
    for rel in files(a):
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel


def test_one_job_two_jobs_and_a_warm_cache_write_identical_bytes(small_project, tmp_path):
    one = build.build(tmp_path / "one", run=build.Run(jobs=1, cache_dir=tmp_path / "cache-1"))
    two = build.build(tmp_path / "two", run=build.Run(jobs=2, cache_dir=tmp_path / "cache-2"))
    assert one.annotated == two.annotated == 12 and one.stats.documents == 12
    assert_same_tree(one.path, two.path)
    warm = build.build(tmp_path / "warm", run=build.Run(jobs=2, cache_dir=tmp_path / "cache-1"))
    assert (warm.annotated, warm.from_cache) == (0, 12)
    assert_same_tree(one.path, warm.path)


def test_ray_engine_writes_the_same_bytes(small_project, tmp_path):
    pytest.importorskip("ray")
    local = build.build(tmp_path / "local", run=build.Run(jobs=1, cache_dir=tmp_path / "cache-local"))
    on_ray = build.build(tmp_path / "ray", run=build.Run(engine="ray", jobs=2, cache_dir=tmp_path / "cache-ray"))
    assert on_ray.annotated == 12
    assert_same_tree(local.path, on_ray.path)


def test_shards_are_named_as_on_the_hub_and_load_with_their_class_labels(small_project, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    # a tiny shard size: every document's rows start a new shard
    result = build.build(tmp_path / "corpus", run=build.Run(jobs=1, cache_dir=tmp_path / "cache"), max_shard_bytes=1)
    train = sorted(p.name for p in (result.path / "documents").glob("train-*"))
    count = result.files[("documents", "train")]
    assert count > 1 and train == [f"train-{i:05d}-of-{count:05d}.parquet" for i in range(count)]
    cache = str(tmp_path / "hf-cache")
    for config in corpus_features.CONFIGS:
        loaded = load_dataset(str(result.path), config, cache_dir=cache)
        for split, part in loaded.items():
            assert part.features == corpus_features.features(config)
            assert len(part) == result.files[(config, split)]
    ids = load_dataset(str(result.path), "documents", cache_dir=cache)["train"]["id"]
    assert ids == sorted(ids)  # shards in order, rows in article order
    plain = load_dataset("parquet", data_files={"train": str(result.path / "entities" / "train-*")},
                         cache_dir=cache)["train"]
    assert plain.features["type"] == ClassLabel(names=taxonomy.load().entity_types)
    assert len(plain) == result.files[("entities", "train")]
