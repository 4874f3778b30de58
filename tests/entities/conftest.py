"""Shared fixtures: the seed documents, annotated once per test session."""

import pytest

from qantar import seeds
from qantar.entities.annotator import annotate


@pytest.fixture(scope="session")
def seed_docs():
    return {doc["id"]: doc for doc in seeds.ingest_seeds()}


@pytest.fixture(scope="session")
def seed_mentions(seed_docs):
    return {doc_id: annotate(doc) for doc_id, doc in seed_docs.items()}
