"""End to end: the events of each seed through qantar.pipeline.annotate, with the real
entity and time-expression layers supplying the place and time arguments."""

import copy

import pytest
from event_helpers import argument_texts, find

from qantar import pipeline

PL, EL, PL2, PL3, DA = ("000_936a6e5b7446c60f", "001_fd4c1457a455c17a", "002_cc900549b10e308e",
                        "003_fa6e131e1ecad4e0", "004_d5d6603a1b0a140e")


@pytest.fixture(scope="module")
def annotated(seed_docs):
    return {doc_id: pipeline.annotate(copy.deepcopy(doc)) for doc_id, doc in seed_docs.items()}


def one(doc, trigger, event_type):
    found = find(doc["events"], trigger, event_type)
    assert found, f"no {event_type} event {trigger!r} in {doc['id']}"
    return found[0]


@pytest.mark.parametrize("doc_id, trigger, building", [
    (PL, "wtargnęli", "ratusza Ałmaty"),  # wtargnęli do ratusza Ałmaty
    (EL, "έφοδο", "δημαρχείο του Αλμάτι"),  # έκανε έφοδο στο δημαρχείο του Αλμάτι
])
def test_city_hall_storming_is_a_riot_on_the_almaty_city_hall(annotated, doc_id, trigger, building):
    """Where the text names the building, the Almaty city hall (a FAC in the KB) is what
    was stormed: the patient, as in the gold annotation."""
    doc = annotated[doc_id]
    riot = one(doc, trigger, "Riot")
    assert riot["realis"] == "actual"
    assert argument_texts(doc, riot, "patient") == [building]
    entities = {e["id"]: e for e in doc["entities"]}
    assert [entities[a["ref"]]["kb_id"] for a in riot["arguments"] if a["role"] == "patient"] == ["almaty-city-hall"]


def test_danish_city_hall_storming_is_a_riot_in_almaty(annotated):
    riot = one(annotated[DA], "stormet", "Riot")  # stormet borgmesterkontoret i ... by, Almaty
    assert riot["realis"] == "actual"
    assert "Almaty" in argument_texts(annotated[DA], riot, "place")


@pytest.mark.parametrize("doc_id, trigger, place, time", [
    (PL, "stan wyjątkowy", "Ałmaty", ["w nocy z wtorku na środę", "dwutygodniowy"]),
    (DA, "undtagelsestilstand", "Almaty", ["onsdag", "to uger"]),
    (EL, "κατάσταση έκτακτης ανάγκης", "Μανγκιστάου", None),
])
def test_state_of_emergency_has_place_and_time(annotated, doc_id, trigger, place, time):
    doc = annotated[doc_id]
    event = one(doc, trigger, "DeclareEmergency")
    assert any(place in text for text in argument_texts(doc, event, "place"))
    if time:
        assert argument_texts(doc, event, "time") == time  # when, and for how long (as in the gold)


@pytest.mark.parametrize("doc_id, trigger, event_type, role, argument", [
    (PL, "dymisję", "Resign", "time", "W środę nad ranem"),
    (DA, "opsigelse", "Resign", "agent", "Askar Mamin"),
    (EL, "παραίτηση", "Resign", "time", "νωρίτερα σήμερα"),
    (PL2, "wyśle", "Deploy", "agent", "Białoruś"),
    (PL2, "wyśle", "Deploy", "place", "Kazachstanu"),
    (PL3, "wysłane", "Deploy", "place", "Kazachstanu"),
    (PL3, "wysyłanie", "Deploy", "time", "W czwartek"),
    (PL2, "wyłączona", "Restrict", "time", "w czwartek rano"),
    (PL, "blokują", "Restrict", "time", "Od wtorku wieczorem"),
    (EL, "αύξηση", "PriceChange", "place", "Τζαναοζέν"),
])
def test_key_arguments(annotated, doc_id, trigger, event_type, role, argument):
    doc = annotated[doc_id]
    assert argument in argument_texts(doc, one(doc, trigger, event_type), role)


@pytest.mark.parametrize("doc_id, trigger, event_type", [
    (PL, "Zatrzymano", "Arrest"),
    (PL3, "aresztowano", "Arrest"),
    (PL, "podwyżką", "PriceChange"),
    (DA, "stigning", "PriceChange"),
    (EL, "internet blackout", "Restrict"),
    (DA, "gået af", "Resign"),
])
def test_reported_events_are_found(annotated, doc_id, trigger, event_type):
    assert one(annotated[doc_id], trigger, event_type)["realis"] == "actual"


def test_hypothetical_intervention_is_other(annotated):
    assert one(annotated[PL2], "interwencji", "Deploy")["realis"] == "other"


def test_reporting_agency_is_no_agent(annotated):
    # "Rosyjska agencja TASS przekazała, że do budynku próbowało wtargnąć kilka tysięcy protestujących"
    doc = annotated[PL]
    riot = one(doc, "wtargnąć", "Riot")
    assert "TASS" not in argument_texts(doc, riot, "agent")


