"""Knowledge keys of the event layer (qantar.holdout): one per hand-written item, named by
its file and item, never by the paragraph's language for shared data; a withheld item is
not used."""

import random

from qantar import holdout, ingest
from qantar.events import annotator
from qantar.events.spans import SpanIndex
from event_helpers import place


def _doc(text, language, mentions=()):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    for mention, label, within in mentions:
        place(doc, mention, label, within)
    return doc


def test_keys_name_file_and_item():
    doc = _doc("Die Polizei hat am Mittwoch in Almaty nicht drei Männer festgenommen.", "de",
               [("Almaty", "GPE", None)])
    used = annotator.knowledge_used(doc)
    assert {"events:de/events.toml:festnehmen", "events:de/events_realis.toml:negation:nicht",
            "events:de/events_roles.toml:place:in", "events:xx/events.toml:Arrest.place"} <= used


def test_a_context_class_member_is_its_own_key():
    doc = _doc("La police a interpellé trois manifestants.", "fr")
    used = annotator.knowledge_used(doc)
    assert "events:fr/events_classes.toml:person:manifestant" in used
    with holdout.withholding({"events:fr/events_classes.toml:person:manifestant"}):
        assert annotator.annotate(doc) == []


def test_a_withheld_trigger_lemma_is_not_used():
    doc = _doc("Die Polizei hat drei Männer festgenommen.", "de")
    assert [e["type"] for e in annotator.annotate(doc)] == ["Arrest"]
    with holdout.withholding({"events:de/events.toml:festnehmen"}):
        assert annotator.annotate(doc) == []


def test_shared_frame_keys_carry_no_paragraph_language():
    for text, language in (("Policja aresztowała Jana Kowalskiego.", "pl"), ("Police arrested John Smith.", "en")):
        mention = "Jana Kowalskiego" if language == "pl" else "John Smith"
        used = annotator.knowledge_used(_doc(text, language, [(mention, "PER", None)]))
        assert "events:xx/events.toml:Arrest.patient" in used


def test_span_index_agrees_with_a_scan():
    rng = random.Random(13)
    spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 5000) for _ in range(400))]
    index = SpanIndex(spans)
    for _ in range(2000):
        start = rng.randint(0, 5100)
        end = start + rng.randint(1, 20)
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert not SpanIndex([]).overlaps(0, 10)
