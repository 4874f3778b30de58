"""Realis: `other` for negation, modality, future, request and hypothesis in the trigger's
clause, per language; `actual` otherwise, and cues of another clause do not count."""

import pytest
from event_helpers import find


@pytest.mark.parametrize("language, text, trigger, realis", [
    ("pl", "Rząd wprowadził stan wyjątkowy w całym kraju.", "stan wyjątkowy", "actual"),
    ("pl", "Rząd nie wprowadził stanu wyjątkowego w całym kraju.", "stanu wyjątkowego", "other"),
    ("pl", "Rząd może wprowadzić stan wyjątkowy w całym kraju.", "stan wyjątkowy", "other"),
    ("pl", "Jutro rząd wprowadzi stan wyjątkowy w całym kraju.", "stan wyjątkowy", "other"),
    ("pl", "Demonstranci domagają się dymisji rządu w całym kraju.", "dymisji", "other"),
    ("pl", "Jeśli protesty potrwają, rząd wprowadzi stan wyjątkowy.", "protesty", "other"),
    ("pl", "Nie działają komunikatory, zablokowano również strony internetowe.", "zablokowano", "actual"),
    ("el", "Η κυβέρνηση κήρυξε κατάσταση έκτακτης ανάγκης στη χώρα.", "κατάσταση έκτακτης ανάγκης", "actual"),
    ("el", "Η κυβέρνηση δεν κήρυξε κατάσταση έκτακτης ανάγκης στη χώρα.", "κατάσταση έκτακτης ανάγκης", "other"),
    ("el", "Η κυβέρνηση θα κηρύξει κατάσταση έκτακτης ανάγκης στη χώρα.", "κατάσταση έκτακτης ανάγκης", "other"),
    ("da", "Regeringen har erklæret undtagelsestilstand i hele landet.", "undtagelsestilstand", "actual"),
    ("da", "Regeringen har ikke erklæret undtagelsestilstand i hele landet.", "undtagelsestilstand", "other"),
    ("da", "Regeringen vil erklære undtagelsestilstand i hele landet.", "undtagelsestilstand", "other"),
    ("en", "Police arrested two hundred protesters in the city.", "arrested", "actual"),
    ("en", "Police did not arrest any protesters in the city.", "arrest", "other"),
    ("en", "If the unrest spreads, the government will declare a state of emergency.", "state of emergency", "other"),
    ("en", "The protests erupted after the government said it would raise prices.", "protests", "actual"),
])
def test_realis(text_events, language, text, trigger, realis):
    _doc, events = text_events(text, language)
    [event] = find(events, trigger)
    assert event["realis"] == realis


def test_hypothetical_intervention_in_seed_002(seed_docs):
    from qantar.events import annotator

    events = annotator.annotate(seed_docs["002_cc900549b10e308e"])
    [event] = find(events, "interwencji")
    assert (event["type"], event["realis"]) == ("Deploy", "other")
    # a fact reported in the same article stays actual
    [restrict] = find(events, "wyłączyła")
    assert restrict["realis"] == "actual"
