"""Arguments on the seeds with hand-placed entity and time-expression mentions (the shapes
the entity and time-expression layers produce), independent of those layers."""

import pytest
from event_helpers import argument_texts, find

PL, EL, PL2, PL3, DA = ("000_936a6e5b7446c60f", "001_fd4c1457a455c17a", "002_cc900549b10e308e",
                        "003_fa6e131e1ecad4e0", "004_d5d6603a1b0a140e")


def test_riot_place_polish(with_mentions):
    doc, events = with_mentions(PL, [("Ałmaty", "GPE", "ratusza Ałmaty"), ("AFP", "ORG", "agencja AFP. Bud")])
    [riot] = find(events, "wtargnęli", "Riot")
    assert argument_texts(doc, riot, "place") == ["Ałmaty"]
    assert argument_texts(doc, riot, "agent") == []  # AFP reports it, after the trigger


def test_riot_stormed_building_is_patient(with_mentions):
    doc, events = with_mentions(PL, [("ratusza Ałmaty", "FAC", "wtargnęli do ratusza")])
    [riot] = find(events, "wtargnęli", "Riot")
    assert argument_texts(doc, riot, "patient") == ["ratusza Ałmaty"]
    assert argument_texts(doc, riot, "place") == []


def test_riot_place_greek(with_mentions):
    doc, events = with_mentions(EL, [("Αλμάτι", "GPE", "δημαρχείο του Αλμάτι"), ("AFP", "ORG", None)])
    [riot] = find(events, "έφοδο", "Riot")
    assert argument_texts(doc, riot, "place") == ["Αλμάτι"]


def test_riot_place_danish(with_mentions):
    doc, events = with_mentions(DA, [("Kasakhstans", "GPE", None), ("Almaty", "GPE", None)])
    [riot] = find(events, "stormet", "Riot")
    assert "Almaty" in argument_texts(doc, riot, "place")


def test_declare_emergency_polish_place_time_agent(with_mentions):
    doc, events = with_mentions(PL, [
        ("Tokajew", "PER", "Tokajew wprowadził"),
        ("w nocy z wtorku na środę", "TIME", None),
        ("Ałmaty", "GPE", "na środę w Ałmaty"),
        ("obwodzie mangystauskim", "GPE", None),
        ("dwutygodniowy", "DURATION", None),
    ])
    [event] = find(events, "stan wyjątkowy", "DeclareEmergency")
    assert argument_texts(doc, event, "place") == ["Ałmaty", "obwodzie mangystauskim"]
    assert argument_texts(doc, event, "time") == ["w nocy z wtorku na środę", "dwutygodniowy"]  # when, how long
    assert argument_texts(doc, event, "agent") == ["Tokajew"]


def test_declare_emergency_danish_place_time(with_mentions):
    doc, events = with_mentions(DA, [
        ("onsdag", "DATE", "har onsdag erklæret"),
        ("to uger", "DURATION", None),
        ("Almaty", "GPE", "undtagelsestilstand i Almaty"),
        ("Mangistau-provins", "GPE", None),
    ])
    [event] = find(events, "undtagelsestilstand", "DeclareEmergency")
    assert "Almaty" in argument_texts(doc, event, "place")
    assert argument_texts(doc, event, "time") == ["onsdag", "to uger"]


def test_declare_emergency_greek_place(with_mentions):
    doc, events = with_mentions(EL, [("Μανγκιστάου", "GPE", None), ("Αλμάτι", "GPE", "την περιοχή του Αλμάτι.")])
    [event] = find(events, "κατάσταση έκτακτης ανάγκης", "DeclareEmergency")
    assert "Μανγκιστάου" in argument_texts(doc, event, "place")


def test_deploy_agent_and_destination(with_mentions):
    doc, events = with_mentions(PL2, [("Białoruś", "GPE", "Łukaszenka: Białoruś"), ("Kazachstanu", "GPE", "pokojowe do Kazachstanu")])
    [event] = find(events, "wyśle", "Deploy")
    assert argument_texts(doc, event, "agent") == ["Białoruś"]
    assert argument_texts(doc, event, "place") == ["Kazachstanu"]


def test_deploy_place_needs_a_cue(with_mentions):
    # "Białoruś" stands right before the trigger without `do`/`w`: never the destination
    doc, events = with_mentions(PL2, [("Białoruś", "GPE", "Łukaszenka: Białoruś")])
    [event] = find(events, "wyśle", "Deploy")
    assert argument_texts(doc, event, "place") == []


def test_deploy_csto_place_and_time(with_mentions):
    doc, events = with_mentions(PL3, [("W czwartek", "DATE", "W czwartek na prośbę"), ("Kazachstanu", "GPE", "wysyłanie do Kazachstanu")])
    [event] = find(events, "wysyłanie", "Deploy")
    assert argument_texts(doc, event, "place") == ["Kazachstanu"]
    assert argument_texts(doc, event, "time") == ["W czwartek"]


def test_arguments_stay_in_the_sentence(with_mentions):
    # "We wtorek w Ałmaty ... Zatrzymano ponad 200 osób.": the place is in the sentence before
    doc, events = with_mentions(PL, [("We wtorek", "DATE", None), ("Ałmaty", "GPE", "We wtorek w Ałmaty")])
    [arrest] = find(events, "Zatrzymano", "Arrest")
    assert arrest["arguments"] == []
    [clash] = find(events, "starć", "Attack")
    assert argument_texts(doc, clash, "place") == ["Ałmaty"]
    assert argument_texts(doc, clash, "time") == ["We wtorek"]


def test_label_outside_the_frame_is_not_linked(with_mentions):
    # a PER is never a place, a GPE never a time
    doc, events = with_mentions(DA, [("Almaty", "PER", "undtagelsestilstand i Almaty")])
    [event] = find(events, "undtagelsestilstand", "DeclareEmergency")
    assert argument_texts(doc, event, "place") == []
