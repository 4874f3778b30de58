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
