"""The documentation agrees with itself and with the data, and its code runs."""

import re
import tomllib

import pytest
from datasets import load_dataset

DOCS = ("README.md", "DATASHEET.md", "corpus/README.md")


def read(repo_root, name):
    return (repo_root / name).read_text(encoding="utf-8")


def snippet_under_test(readme: str) -> str:
    return re.search(r"<!-- tested by tests/foundation/test_docs.py -->\n```python\n(.*?)```", readme, re.S).group(1)


def test_readme_label_mapping_for_pandas_runs_from_any_directory(repo_root, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    scope = {"corpus": str(repo_root / "corpus")}
    exec(snippet_under_test(read(repo_root, "README.md")), scope)
    frame, names = scope["frame"], scope["type_names"]
    assert set(frame["type"]) <= set(names) and len(frame) > 0
    assert "PER" in set(frame["type"])


def test_load_dataset_with_an_absolute_path_works_from_any_directory(repo_root, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)
    loaded = load_dataset(str((repo_root / "corpus").resolve()), "entities", cache_dir=str(tmp_path / "cache"))
    assert loaded["train"].features["type"].int2str(0) == "PER"


@pytest.mark.parametrize("name", DOCS)
def test_every_document_says_who_made_the_gold(repo_root, name):
    text = " ".join(read(repo_root, name).split())
    assert "corrected by a person" not in text and "inferred from its text by a person" not in text
    assert "AI agents" in text and "no person has reviewed" in text.replace("No person has reviewed", "no person has reviewed")


def test_one_licence_statement(repo_root):
    licence = read(repo_root, "LICENSE")
    assert licence.startswith("MIT License") and "does NOT cover the article texts" in licence
    project = tomllib.loads(read(repo_root, "pyproject.toml"))["project"]
    assert "MIT" in project["license"]["text"] and "LICENSE" in project["license"]["text"]
    assert "license: other" in read(repo_root, "corpus/README.md")
    for name in DOCS:
        text = " ".join(read(repo_root, name).split())
        assert "`LICENSE`" in text and "MIT licence" in text and "not covered" in text.replace("**not** covered", "not covered"), name
