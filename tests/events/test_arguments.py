"""Argument rules on short sentences of our own, with hand-placed mentions: how long an event
lasted is its time but an age is not; lists fill one role; a reported or relative clause
keeps its own time and place; a noun governed by a preposition is another predicate's object."""

from event_helpers import argument_texts, find, place

from qantar import ingest
from qantar.events import annotator


def one(events, trigger):
    [event] = find(events, trigger)
    return event


def test_a_duration_is_a_time_an_age_is_not():
    doc = ingest.from_text("Police detained a 24-year-old man on Friday for two days.", "t", "t.txt", language="en")
    for text, label, value in (("24-year-old", "DURATION", "P24Y"), ("on Friday", "DATE", "2022-01-07"),
                               ("for two days", "DURATION", "P2D")):
        place(doc, text, label)["value"] = value
    event = one(annotator.annotate(doc), "detained")
    assert argument_texts(doc, event, "time") == ["on Friday", "for two days"]


def test_one_place_unless_the_text_lists_several(text_events):
    doc, events = text_events("Władze wprowadziły stan wyjątkowy w Ałmaty, w Aktau i w Żanaozenie.", "pl", [
        ("Ałmaty", "GPE", None), ("Aktau", "GPE", None), ("Żanaozenie", "GPE", None)])
    assert argument_texts(doc, one(events, "stan wyjątkowy"), "place") == ["Ałmaty", "Aktau", "Żanaozenie"]
    doc, events = text_events("Demonstranter stormede rådhuset i Almaty, Kasakhstans største by.", "da", [
        ("Almaty", "GPE", None), ("Kasakhstans", "GPE", None)])
    assert argument_texts(doc, one(events, "stormede"), "place") == ["Almaty"]


def test_listed_agents_all_fill_the_role(text_events):
    doc, events = text_events("Rusland, Armenien og Hviderusland sender soldater til Kasakhstan.", "da", [
        ("Rusland", "GPE", None), ("Armenien", "GPE", None), ("Hviderusland", "GPE", None),
        ("Kasakhstan", "GPE", None)])
    event = one(events, "sender")
    assert argument_texts(doc, event, "agent") == ["Rusland", "Armenien", "Hviderusland"]
    assert argument_texts(doc, event, "place") == ["Kasakhstan"]


def test_the_day_of_a_report_is_not_the_day_of_what_it_reports(text_events):
    doc, events = text_events("Η αστυνομία ανακοίνωσε την Πέμπτη ότι συνέλαβε 300 διαδηλωτές.", "el", [
        ("την Πέμπτη", "DATE", None)])
    assert argument_texts(doc, one(events, "συνέλαβε"), "time") == []


def test_a_relative_clause_reaches_what_it_describes_and_keeps_its_own_time(text_events):
    doc, events = text_events("In Almaty, where crowds stormed the mayor's office, shops reopened on Monday.", "en", [
        ("Almaty", "GPE", None), ("on Monday", "DATE", None)])
    event = one(events, "stormed")
    assert argument_texts(doc, event, "place") == ["Almaty"]
    assert argument_texts(doc, event, "time") == []
    doc, events = text_events("Stan wyjątkowy, który prezydent w środę rozszerzył na cały kraj, potrwa do 19 stycznia.",
                              "pl", [("w środę", "DATE", None), ("do 19 stycznia", "DATE", None)])
    assert argument_texts(doc, one(events, "Stan wyjątkowy"), "time") == ["w środę"]


def test_a_noun_governed_by_a_preposition_keeps_only_what_follows_it(text_events):
    doc, events = text_events("Am Montag protestierten Tausende in Aktau gegen die Erhöhung der Gaspreise.", "de", [
        ("Am Montag", "DATE", None), ("Aktau", "GPE", None)])
    assert argument_texts(doc, one(events, "protestierten"), "place") == ["Aktau"]
    rise = one(events, "Erhöhung")
    assert rise["arguments"] == []
    doc, events = text_events("Politiet anholdt i går tre mænd efter urolighederne i Aktau.", "da", [
        ("i går", "DATE", None), ("Aktau", "GPE", None)])
    assert argument_texts(doc, one(events, "urolighederne"), "place") == ["Aktau"]
    assert argument_texts(doc, one(events, "urolighederne"), "time") == []


def test_the_one_who_accepts_a_resignation_is_not_who_resigns(text_events):
    doc, events = text_events("Präsident Tokajew hat am Mittwoch den Rücktritt der Regierung angenommen.", "de", [
        ("Tokajew", "PER", None), ("am Mittwoch", "DATE", None)])
    assert argument_texts(doc, one(events, "Rücktritt"), "agent") == []
    doc, events = text_events("Premierminister Askar Mamin går af.", "da", [("Askar Mamin", "PER", None)])
    assert argument_texts(doc, one(events, "går af"), "agent") == ["Askar Mamin"]
