"""Fixtures for the event tests: documents with hand-placed entity and time-expression
mentions, so that these tests do not depend on the entity and time-expression layers."""

import copy

import pytest
from event_helpers import place

from qantar import ingest
from qantar.events import annotator


@pytest.fixture
def with_mentions(seed_docs):
    """with_mentions(doc_id, [(text, label, within), ...]) -> (a copy of the seed document
    with those mentions, its events)."""

    def build(doc_id, mentions=()):
        doc = copy.deepcopy(seed_docs[doc_id])
        for text, label, within in mentions:
            place(doc, text, label, within)
        return doc, annotator.annotate(doc)

    return build


@pytest.fixture
def text_events():
    """text_events(text, language, [(text, label, within), ...]) -> (document, events) of a
    one-paragraph document."""

    def build(text, language, mentions=()):
        doc = ingest.from_text(text, "t", "t.txt", language=language)
        for mention, label, within in mentions:
            place(doc, mention, label, within)
        return doc, annotator.annotate(doc)

    return build
