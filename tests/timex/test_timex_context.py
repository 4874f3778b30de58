"""What resolves a time expression besides its own words: a future cue before a bare
weekday, a night with or without a day before it, a day part after a clock hour, the date
of an embedded post, a day part in the plural (every evening)."""

import pytest

from qantar.ingest import from_text
from qantar.timex.annotator import annotate, knowledge_used
from timex_helpers import tag


def values(text, language, dct, detected=True):
    return [(t["text"], t["type"], t["value"]) for t in tag(text, language, dct, detected)]


@pytest.mark.parametrize("language, text, dct, expected", [
    # A cue before the weekday puts it on or after the DCT (Wednesday 2022-01-05).
    ("en", "The talks will resume on Thursday.", "2022-01-05", ("on Thursday", "DATE", "2022-01-06")),
    ("en", "The talks are due to resume on Wednesday.", "2022-01-05", ("on Wednesday", "DATE", "2022-01-05")),
    ("da", "Forhandlingerne skal fortsætte torsdag.", "2022-01-05", ("torsdag", "DATE", "2022-01-06")),
    ("fi", "Neuvottelujen on määrä jatkua torstaina.", "2022-01-05", ("torstaina", "DATE", "2022-01-06")),
    # Without a cue, or with one only after the weekday, the news convention: the last one.
    ("en", "The talks resumed on Thursday.", "2022-01-05", ("on Thursday", "DATE", "2021-12-30")),
    ("en", "The minister said on Thursday that he will resign.", "2022-01-05",
     ("on Thursday", "DATE", "2021-12-30")),
])
def test_future_cue_before_a_bare_weekday(language, text, dct, expected):
    assert values(text, language, dct, detected=language != "fi") == [expected]


def test_the_cue_is_knowledge_used():
    doc = from_text("The talks will resume on Thursday.", "t", "t.txt", language="en",
                    dct={"value": "2022-01-05", "source": "inferred", "evidence": "test"})
    assert "timex:en/timex.toml:future_cue:will" in knowledge_used(doc)


def test_a_night_on_its_own_is_the_last_one_unless_a_day_came_before():
    assert values("In der Nacht gab es erneut heftige Schüsse in der Stadt.", "de", "2022-01-06") == [
        ("In der Nacht", "DATE", "2022-01-05TNI")]
    assert values("Am Dienstag demonstrierten Tausende. In der Nacht fielen Schüsse.", "de", "2022-01-06") == [
        ("Am Dienstag", "DATE", "2022-01-04"), ("In der Nacht", "DATE", "2022-01-04TNI")]


@pytest.mark.parametrize("text, expected", [
    ("Lakko alkoi kello 6 aamulla satamissa.", ("kello 6 aamulla", "TIME", "2022-01-06T06:00")),
    ("Mielenosoitus alkoi kello 8 illalla keskustassa.", ("kello 8 illalla", "TIME", "2022-01-06T20:00")),
])
def test_a_day_part_after_a_clock_hour(text, expected):
    assert values(text, "fi", "2022-01-06", detected=False) == [expected]


def test_an_embedded_post_is_read_against_its_own_date():
    text = ("Protesters marched through the old town on Monday and police watched.\n"
            "Huge crowds in the main square tonight pic.twitter.com/AbCdEf — Some Reporter "
            "(@some_reporter) January 4, 2022")
    doc = from_text(text, "t", "t.txt", language="en",
                    dct={"value": "2022-01-06", "source": "inferred", "evidence": "test"})
    assert [s["kind"] for s in doc["segments"]] == ["body", "social_post"]
    assert [(t["text"], t["value"]) for t in annotate(doc)] == [
        ("on Monday", "2022-01-03"), ("tonight", "2022-01-04TNI"), ("January 4, 2022", "2022-01-04")]


@pytest.mark.parametrize("language, text, expected", [
    ("sv", "Många vågar inte gå ut på kvällarna i området.", ("på kvällarna", "SET", "XXXX-XX-XXTEV")),
    ("fi", "Kaupat ovat kiinni iltaisin koko viikon.", ("iltaisin", "SET", "XXXX-XX-XXTEV")),
    ("en", "Police patrol the district every evening now.", ("every evening", "SET", "XXXX-XX-XXTEV")),
])
def test_a_day_part_every_day(language, text, expected):
    assert expected in values(text, language, "2022-01-06", detected=language == "en")


@pytest.mark.parametrize("language, text, dct, expected", [
    # "until <weekday>" bounds a span ahead of the DCT (Wednesday 2022-01-05).
    ("en", "All trains were cancelled until Monday.", "2022-01-05", ("until Monday", "DATE", "2022-01-10")),
    # A cue in another clause (after a comma or a quotation mark) does not reach the weekday.
    ("en", "Talks will be hard, the envoy who arrived on Monday said.", "2022-01-05",
     ("on Monday", "DATE", "2022-01-03")),
])
def test_until_and_the_clause_of_a_cue(language, text, dct, expected):
    assert values(text, language, dct) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("ro", "Transportul este blocat pentru a patra zi consecutiv în oraș.",
     ("pentru a patra zi consecutiv", "DURATION", "P4D")),
    ("es", "Hay toque de queda entre las 22.00 y las 06.30 horas en la ciudad.",
     ("entre las 22.00 y las 06.30 horas", "DURATION", "PT8H30M")),
    ("uk", "Рівень води за добу піднявся на два метри.", ("за добу", "DURATION", "P1D")),
    ("es", "Madrid, 4 ene (Agencia) - La reunión terminó sin acuerdo.", ("4 ene", "DATE", "2022-01-04")),
    ("es", "El estado de alarma sigue vigente hasta el 20 de enero en todo el país.",
     ("hasta el 20 de enero", "DATE", "2022-01-20")),
])
def test_general_forms_from_cldr_and_shared_rules(language, text, expected):
    assert expected in values(text, language, "2022-01-06", detected=language == "uk")


def test_a_day_part_before_its_weekday():
    assert values("Η σύσκεψη έγινε το απόγευμα της Τρίτης στην Αθήνα.", "el", "2022-01-06") == [
        ("το απόγευμα της Τρίτης", "DATE", "2022-01-04TAF")]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Police opened fire early Thursday near the square.", ("early Thursday", "DATE", "2022-01-06", "START")),
    ("en", "The price cap was lifted in late 2021 by the cabinet.", ("in late 2021", "DATE", "2021", "END")),
    ("pl", "Na początku stycznia ceny gazu wzrosły dwukrotnie.", ("Na początku stycznia", "DATE", "2022-01", "START")),
    ("el", "Στα τέλη Δεκεμβρίου η κυβέρνηση αύξησε τις τιμές.", ("Στα τέλη Δεκεμβρίου", "DATE", "2021-12", "END")),
    ("da", "I slutningen af december steg gaspriserne kraftigt.", ("I slutningen af december", "DATE", "2021-12", "END")),
    ("es", "A mediados de enero se levantó el toque de queda.", ("A mediados de enero", "DATE", "2022-01", "MID")),
])
def test_the_early_middle_or_late_part_of_a_period(language, text, expected):
    assert [(t["text"], t["type"], t["value"], t["mod"]) for t in tag(text, language, "2022-01-06",
                                                                      detected=language != "es")] == [expected]


def test_late_as_an_adjective_is_no_time():
    assert values("The late president was buried on Monday.", "en", "2022-01-06") == [
        ("on Monday", "DATE", "2022-01-03")]


@pytest.mark.parametrize("language, text, dct, expected", [
    # DCT Thursday 2022-01-06: the weekend is the last one begun (2022-01-01/02, ISO week 2021-W52) ...
    ("pl", "W weekend sytuacja w mieście się uspokoiła.", "2022-01-06", ("W weekend", "DATE", "2021-W52-WE")),
    ("el", "Το Σαββατοκύριακο η κατάσταση ηρέμησε.", "2022-01-06", ("Το Σαββατοκύριακο", "DATE", "2021-W52-WE")),
    # ... the coming one when the sentence speaks of the future, the current one on a Sunday.
    ("pl", "Rozmowy będą kontynuowane w weekend.", "2022-01-06", ("w weekend", "DATE", "2022-W01-WE")),
    ("en", "Shops reopened over the weekend in the capital.", "2022-01-09",
     ("over the weekend", "DATE", "2022-W01-WE")),
    ("da", "I næste weekend holder butikkerne lukket.", "2022-01-06", ("I næste weekend", "DATE", "2022-W01-WE")),
])
def test_weekend(language, text, dct, expected):
    assert values(text, language, dct) == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("pl", "Tydzień temu ceny gazu wzrosły dwukrotnie.", ("Tydzień temu", "DATE", "2021-W52")),
    ("cs", "Před týdnem ceny plynu vzrostly.", ("Před týdnem", "DATE", "2021-W52")),
])
def test_one_unit_ago_without_a_number(language, text, expected):
    assert values(text, language, "2022-01-06", detected=language != "cs") == [expected]
