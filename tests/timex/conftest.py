"""Fixtures for the time-expression tests: the seeds with their timexes tagged."""

import pytest

from qantar.timex.annotator import annotate


@pytest.fixture(scope="session")
def tagged_seeds(seed_docs):
    """doc_id -> the seed document with its `timexes` layer filled."""
    return {doc_id: {**doc, "timexes": annotate(doc)} for doc_id, doc in seed_docs.items()}
