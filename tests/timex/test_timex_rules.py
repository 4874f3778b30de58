"""Single rules on short sentences (DCT Wednesday 2022-01-05 unless given)."""

import pytest
from timex_helpers import tag


@pytest.mark.parametrize("language, text, span, timex_type, value", [
    ("pl", "Spotkanie odbędzie się w przyszłą środę.", "w przyszłą środę", "DATE", "2022-01-12"),
    ("pl", "W zeszłą środę doszło do starć.", "W zeszłą środę", "DATE", "2021-12-29"),
    ("pl", "Dekret podpisano 30 grudnia.", "30 grudnia", "DATE", "2021-12-30"),
    ("pl", "Wybory odbędą się 10 lutego 2023 r.", "10 lutego 2023", "DATE", "2023-02-10"),
    ("pl", "Protesty trwają od kilku dni.", "od kilku dni", "DURATION", "PXD"),
    ("pl", "Stan wyjątkowy potrwa co najmniej trzy tygodnie.", "co najmniej trzy tygodnie", "DURATION", "P3W"),
    ("pl", "Ogłoszono godzinę policyjną od godz. 23 do godz. 7.", "od godz. 23 do godz. 7", "DURATION", "PT8H"),
    ("da", "Mødet holdes på onsdag.", "på onsdag", "DATE", "2022-01-12"),
    ("da", "Han talte i går aftes.", "i går aftes", "DATE", "2022-01-04TNI"),
    ("el", "Η συνάντηση έγινε την Τρίτη το βράδυ.", "την Τρίτη το βράδυ", "DATE", "2022-01-04TEV"),
    ("el", "Η κυβέρνηση παραιτήθηκε χθες.", "χθες", "DATE", "2022-01-04"),
    ("en", "Flights were suspended for two weeks.", "for two weeks", "DURATION", "P2W"),
    ("en", "Protesters gathered every Wednesday.", "every Wednesday", "SET", "XXXX-WXX-3"),
    ("en", "The curfew starts at midnight.", "midnight", "TIME", "2022-01-05T00:00"),
])
def test_rule(language, text, span, timex_type, value):
    (timex,) = tag(text, language)
    assert (timex["text"], timex["type"], timex["value"]) == (span, timex_type, value)


def test_day_part_hangs_on_the_paragraph_day():
    first, second = tag("Sieć wyłączono we wtorek rano, a po południu znów działała.", "pl")
    assert second["value"] == "2022-01-04TAF"
    assert second["anchor"] == first["id"]


@pytest.mark.parametrize("language, text, span, timex_type, value, ends", [
    ("el", "Η απαγόρευση ισχύει από τις 5 Ιανουαρίου έως τις 19 Ιανουαρίου.",
     "από τις 5 Ιανουαρίου έως τις 19 Ιανουαρίου", "DURATION", "P2W", ("2022-01-05", "2022-01-19")),
    ("pl", "Stan wyjątkowy obowiązuje od 5 do 19 stycznia.", "od 5 do 19 stycznia", "DURATION", "P2W",
     ("2022-01-05", "2022-01-19")),
    ("pl", "Rządził od 1991 do 2019 roku.", "od 1991 do 2019", "DURATION", "P28Y", ("1991", "2019")),
    ("da", "Han regerede fra 1989 til 2019.", "fra 1989 til 2019", "DURATION", "P30Y", ("1989", "2019")),
])
def test_ranges_have_their_ends(language, text, span, timex_type, value, ends):
    (timex,) = tag(text, language)
    assert (timex["text"], timex["type"], timex["value"]) == (span, timex_type, value)
    assert (timex["range_begin"], timex["range_end"]) == ends


@pytest.mark.parametrize("language, text, span, timex_type, value", [
    ("da", "Natten til torsdag blev der skudt.", "Natten til torsdag", "DATE", "2021-12-29TNI"),
    ("da", "Mødet begyndte tirsdag kl. 14.", "tirsdag kl. 14", "TIME", "2022-01-04T14:00"),
    ("el", "Σήμερα γύρω στις 14:00 έγινε η σύσκεψη.", "Σήμερα γύρω στις 14:00", "TIME", "2022-01-05T14:00"),
    ("da", "Den 52-årige blev anholdt.", "52-årige", "DURATION", "P52Y"),
    ("pl", "81-letni prezydent milczy.", "81-letni", "DURATION", "P81Y"),
    ("en", "The 34-year-old teacher spoke.", "34-year-old", "DURATION", "P34Y"),
])
def test_shared_rules_with_each_language_words(language, text, span, timex_type, value):
    (timex,) = tag(text, language)
    assert (timex["text"], timex["type"], timex["value"]) == (span, timex_type, value)


def test_same_day_is_the_day_of_the_paragraph():
    first, second = tag("Onsdag blev han anholdt, og samme dag blev han løsladt.", "da")
    assert second["text"] == "samme dag" and second["value"] == first["value"] == "2022-01-05"
    assert second["anchor"] == first["id"]
