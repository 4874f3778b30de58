"""A project copy with the seeds and a few short articles written for these tests, so that
a pool of two workers gets more than one chunk."""

import pytest
from scale_helpers import EXTRA_ARTICLES, add_article

from qantar.engine import local


@pytest.fixture
def small_project(project_copy):
    for doc_id, (language, text) in EXTRA_ARTICLES.items():
        add_article(project_copy, doc_id, language, text)
    assert len(EXTRA_ARTICLES) + 5 > local.CHUNK  # two chunks at least
    return project_copy
