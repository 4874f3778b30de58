"""A place in apposition to the noun a possessive name modifies: `in Kazakhstan's largest
city, Almaty` places the event in Almaty; the possessive country is a modifier."""

import pytest

from qantar import ingest
from qantar.events import annotator
from event_helpers import argument_texts, place


def _event(text, language, mentions, trigger):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    for mention in mentions:
        place(doc, mention, "GPE")
    events = annotator.annotate(doc)
    doc["events"] = events
    [event] = [e for e in events if e["text"] == trigger]
    return doc, event


@pytest.mark.parametrize("language, text, country, trigger", [
    ("en", "Hundreds of protesters stormed a police station in Kazakhstan's second city, Shymkent.",
     "Kazakhstan", "stormed"),
    ("da", "Demonstranter stormede i går en politistation i Kasakhstans næststørste by, Shymkent.",
     "Kasakhstans", "stormede"),
    ("de", "Demonstranten stürmten eine Polizeiwache in Kasachstans zweitgrößter Stadt, Shymkent.",
     "Kasachstans", "stürmten"),
])
def test_the_apposition_is_the_place_not_the_possessive(language, text, country, trigger):
    doc, event = _event(text, language, [country, "Shymkent"], trigger)
    assert argument_texts(doc, event, "place") == ["Shymkent"]


def test_the_possessive_rule_is_a_knowledge_item():
    text = "Hundreds of protesters stormed a police station in Kazakhstan's second city, Shymkent."
    doc = ingest.from_text(text, "t", "t.txt", language="en")
    for mention in ("Kazakhstan", "Shymkent"):
        place(doc, mention, "GPE")
    assert "events:en/events_roles.toml:possessive:'s" in annotator.knowledge_used(doc)


def test_a_name_ending_like_a_possessive_without_apposition_stays_a_place():
    doc, event = _event("Demonstranter stormede i går rådhuset i Paris onsdag.", "da", ["Paris"], "stormede")
    assert argument_texts(doc, event, "place") == ["Paris"]
