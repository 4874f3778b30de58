"""Triggers, types and realis of the events each seed article reports (no entity layer needed)."""

import pytest
from event_helpers import find

from qantar.events import annotator

PL, EL, PL2, PL3, DA = ("000_936a6e5b7446c60f", "001_fd4c1457a455c17a", "002_cc900549b10e308e",
                        "003_fa6e131e1ecad4e0", "004_d5d6603a1b0a140e")


@pytest.fixture(scope="module")
def events(seed_docs):
    return {doc_id: annotator.annotate(doc) for doc_id, doc in seed_docs.items()}


@pytest.mark.parametrize("doc_id, trigger, event_type, realis", [
    # the storming of the Almaty city hall
    (PL, "wtargnęli", "Riot", "actual"),
    (EL, "έφοδο", "Riot", "actual"),
    (DA, "stormet", "Riot", "actual"),
    (EL, "stormed", "Riot", "actual"),  # the English AFP tweet quoted by the Greek article
    (PL, "podpalony", "Riot", "actual"),
    # the government's resignation
    (PL, "dymisję", "Resign", "actual"),
    (EL, "παραίτηση", "Resign", "actual"),
    (EL, "resigned", "Resign", "actual"),
    (DA, "gået af", "Resign", "actual"),
    (DA, "opsigelse", "Resign", "actual"),
    (DA, "resign", "Resign", "other"),  # "people now want the government to resign"
    # the state of emergency and the curfew
    (PL, "stan wyjątkowy", "DeclareEmergency", "actual"),
    (EL, "κατάσταση έκτακτης ανάγκης", "DeclareEmergency", "actual"),
    (DA, "undtagelsestilstand", "DeclareEmergency", "actual"),
    (DA, "udgangsforbud", "DeclareEmergency", "actual"),
    # arrests
    (PL, "Zatrzymano", "Arrest", "actual"),
    (PL3, "aresztowano", "Arrest", "actual"),
    # the CSTO deployment
    (PL3, "wysłane", "Deploy", "actual"),
    (PL3, "wysyłanie", "Deploy", "actual"),
    (PL2, "wyśle", "Deploy", "other"),  # "Białoruś wyśle siły pokojowe": perfective present = future
    (PL2, "wysłana", "Deploy", "other"),  # "zostanie wysłana"
    (PL2, "interwencji", "Deploy", "other"),  # "może oznaczać podjęcie interwencji"
    # the internet blackout
    (PL, "blokują", "Restrict", "actual"),
    (PL2, "wyłączyła", "Restrict", "actual"),
    (EL, "internet blackout", "Restrict", "actual"),
    # the gas price rise
    (PL, "podwyżką", "PriceChange", "actual"),
    (EL, "αύξηση", "PriceChange", "actual"),
    (DA, "stigning", "PriceChange", "actual"),
    (PL3, "wzrostowi", "PriceChange", "actual"),
    # shooting
    (PL2, "otworzyli ogień", "Attack", "actual"),
])
def test_seed_event(events, doc_id, trigger, event_type, realis):
    found = find(events[doc_id], trigger)
    assert found, f"no event with trigger {trigger!r} in {doc_id}"
    assert (event_type, realis) in {(e["type"], e["realis"]) for e in found}


@pytest.mark.parametrize("doc_id, word", [
    (PL, "zatrzymali"),  # "protestujący zatrzymali wojskową ciężarówkę": a truck, no arrest
    (PL, "protestujący"),  # the people, not the event
    (PL, "Demonstrujący"),
    (PL, "stan"),  # only inside `stan wyjątkowy`
    (EL, "κατάσταση"),
    (DA, "Demonstranter"),
    (PL2, "zostanie"),
])
def test_not_a_trigger(events, doc_id, word):
    assert not find(events[doc_id], word)


def test_multiword_trigger_is_one_span(events, seed_docs):
    text = seed_docs[PL]["text"]
    [event] = find(events[PL], "stan wyjątkowy")
    assert text[event["start"]:event["end"]] == "stan wyjątkowy"
    assert event["id"] == f"ev-{event['start']}-{event['end']}"
