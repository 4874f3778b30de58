"""Shared fixtures: the real seed documents, and a throwaway copy of the project."""

import os
import shutil
from pathlib import Path

import pytest

from qantar import paths, seeds

REPO = paths.project_root()


@pytest.fixture(scope="session", autouse=True)
def annotation_cache(tmp_path_factory):
    """A cache of annotated documents for the test session, apart from the developer's."""
    previous = os.environ.get("QANTAR_CACHE_DIR")
    os.environ["QANTAR_CACHE_DIR"] = str(tmp_path_factory.mktemp("qantar-cache"))
    yield
    if previous is None:
        os.environ.pop("QANTAR_CACHE_DIR", None)
    else:
        os.environ["QANTAR_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def seed_docs():
    """The five seed articles, ingested (no annotation layers)."""
    return {doc["id"]: doc for doc in seeds.ingest_seeds()}


@pytest.fixture
def project_copy(tmp_path, monkeypatch):
    """A copy of schema/, seeds/ and annotation/ that a test may break; QANTAR_ROOT points at it."""
    root = tmp_path / "project"
    for name in ("schema", "seeds", "annotation"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, root / name)
    monkeypatch.setenv("QANTAR_ROOT", str(root))
    return root


def by_text(doc, layer, text):
    """The annotations of a layer whose span text is `text`."""
    return [a for a in doc[layer] if a["text"] == text]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO
