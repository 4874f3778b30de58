"""False friends are not tagged, and without a DCT nothing relative is guessed."""

import pytest

from qantar.timex.annotator import annotate

from timex_helpers import covering, tag


@pytest.mark.parametrize("language, text", [
    ("pl", "Protesty nie ustają, a ludzie boją się wyjść z domów."),
    ("pl", "Demonstracje mają miejsce również w innych miastach."),
    ("pl", "W czasie zamieszek aresztowano 4,4 tys. osób."),
    ("pl", "Zatrzymano 2019 osób, rannych zostało blisko 100 funkcjonariuszy."),
    ("pl", "Wprowadzono stan wyjątkowy, nakładający m.in. godzinę policyjną."),
    ("da", "Tokajev gav regeringen og to statsejede gasfirmaer skylden."),
    ("da", "Han har accepteret en opsigelse og indført et forbud mod store forsamlinger."),
    ("da", "Udgangsforbuddet gælder fra 23 til 7, og 1991 personer blev anholdt."),
    ("da", "Prisen skulle være tæt på det tidligere niveau."),
    ("en", "Police fired at a crowd of 2019 people, 23 of them were hurt."),
])
def test_false_friends_are_not_tagged(language, text):
    assert tag(text, language) == []


@pytest.mark.parametrize("doc_id, word, occurrence", [
    ("000_936a6e5b7446c60f", "mają", 0),
    ("000_936a6e5b7446c60f", "się", 0),
    ("000_936a6e5b7446c60f", "Nie", 0),
    ("003_fa6e131e1ecad4e0", "4,4", 0),
    ("004_d5d6603a1b0a140e", " to statsejede", 0),
    ("004_d5d6603a1b0a140e", " en opsigelse", 0),
    ("004_d5d6603a1b0a140e", " et forbud", 0),
])
def test_false_friends_in_the_seeds_are_not_tagged(tagged_seeds, doc_id, word, occurrence):
    doc = tagged_seeds[doc_id]
    at = doc["text"].find(word)
    assert at >= 0
    assert not [t for t in doc["timexes"] if t["start"] < at + len(word) and at < t["end"]]


@pytest.mark.parametrize("language, text, expected", [
    ("pl", "Manifestanci w środę wtargnęli do ratusza.", ("DATE", "XXXX-WXX-3")),
    ("pl", "Tokajew wprowadził w nocy z wtorku na środę stan wyjątkowy.", ("DATE", "XXXX-WXX-2TNI")),
    ("pl", "Prezydent w środę wieczorem (5 stycznia) poinformował o tym.", ("DATE", "XXXX-01-05TEV")),
    ("pl", "Wczoraj trwały konsultacje.", ("DATE", "XXXX-XX-XX")),
    ("el", "Οι κινητοποιήσεις ξέσπασαν την Κυριακή στην πόλη.", ("DATE", "XXXX-WXX-7")),
    ("da", "Det indebærer udgangsforbud fra kl. 23 til kl. 7 i hele landet.", ("DURATION", "PT8H")),
    ("en", "The post was published on January 4, 2022 by a journalist.", ("DATE", "2022-01-04")),
    ("pl", "Protesty trwają od dwóch dni w całym kraju.", ("DURATION", "P2D")),
])
def test_without_dct_values_stay_underspecified(language, text, expected):
    (timex,) = tag(text, language, dct=None)
    assert (timex["type"], timex["value"]) == expected
    assert timex["anchor"] is None


def test_without_dct_a_range_keeps_unknown_days():
    (timex,) = tag("Det indebærer udgangsforbud fra kl. 23 til kl. 7.", "da", dct=None)
    assert (timex["range_begin"], timex["range_end"]) == ("XXXX-XX-XXT23:00", "XXXX-XX-XXT07:00")


def test_seed_without_dct_gets_no_guessed_day(seed_docs):
    doc = dict(seed_docs["000_936a6e5b7446c60f"], dct={"value": None, "source": None, "evidence": None})
    doc["timexes"] = annotate(doc)
    assert not [t for t in doc["timexes"] if "2022" in (t["value"] or "")]
    assert covering(doc, "w nocy z wtorku na środę")["value"] == "XXXX-WXX-2TNI"
    assert covering(doc, "W 2019 r.")["value"] == "2019"  # absolute stays absolute
