"""The one resigning: the subject of a verb of announcing or handing in whose object is the
Resign noun (`X announced his resignation`), never the one accepting it."""

import pytest

from qantar import ingest
from qantar.events import annotator
from event_helpers import argument_texts, place


def _resign(text, language, person, trigger):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    for name in ([person] if isinstance(person, str) else person):
        place(doc, name, "PER")
    doc["events"] = annotator.annotate(doc)
    [event] = [e for e in doc["events"] if e["text"] == trigger and e["type"] == "Resign"]
    return doc, event


@pytest.mark.parametrize("language, text, person, trigger", [
    ("en", "On Monday evening Marek Danko announced his resignation.", "Marek Danko", "resignation"),
    ("ro", "Marek Danko și-a anunțat demisia luni seara.", "Marek Danko", "demisia"),
    ("nl", "Marek Danko kondigde maandagavond zijn ontslag aan.", "Marek Danko", "ontslag"),
    ("de", "Marek Danko reichte am Montag seinen Rücktritt ein.", "Marek Danko", "Rücktritt"),
])
def test_the_announcer_of_a_resignation_is_its_agent(language, text, person, trigger):
    doc, event = _resign(text, language, person, trigger)
    assert argument_texts(doc, event, "agent") == [person]


def test_the_one_accepting_a_resignation_is_not_its_agent():
    doc, event = _resign("President Ilse Varga accepted the resignation of Marek Danko.", "en",
                         ["Ilse Varga", "Marek Danko"], "resignation")
    assert "Ilse Varga" not in argument_texts(doc, event, "agent")


def test_the_bridge_is_a_knowledge_item():
    doc = ingest.from_text("Marek Danko announced his resignation.", "t", "t.txt", language="en")
    place(doc, "Marek Danko", "PER")
    assert "events:en/events_classes.toml:announce:announce" in annotator.knowledge_used(doc)
