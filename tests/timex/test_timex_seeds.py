"""Every time expression listed in shared/notes/offline-nlp.md ("Time expressions the seeds
contain"), found in the real seed document with its type and value for the seed's DCT."""

import jsonschema
import pytest

from qantar.schemas import layer_schemas
from qantar.timex import values

from timex_helpers import covering

P000, P002 = "000_936a6e5b7446c60f", "002_cc900549b10e308e"
EL, DA = "001_fd4c1457a455c17a", "004_d5d6603a1b0a140e"

# (document, phrase as listed, where it occurs in the text, occurrence, type, value, mod)
NOTED = [
    # Polish. The note's `w środę (5 stycznia)` reads "w środę wieczorem (5 stycznia)" in 002.
    (P002, "w środę (5 stycznia)", "w środę wieczorem (5 stycznia)", 0, "DATE", "2022-01-05TEV", None),
    (P000, "w nocy z wtorku na środę", "w nocy z wtorku na środę", 0, "DATE", "2022-01-04TNI", None),
    (P000, "od dwóch dni", "od dwóch dni", 0, "DURATION", "P2D", None),
    (P000, "od wtorku wieczorem", "Od wtorku wieczorem", 0, "DATE", "2022-01-04TEV", "ON_OR_AFTER"),
    (P000, "dwutygodniowy", "dwutygodniowy", 0, "DURATION", "P2W", None),
    (P000, "w 2019 r.", "W 2019 r.", 0, "DATE", "2019", None),
    (P000, "nad ranem", "nad ranem", 0, "DATE", "2022-01-05TMO", None),
    (P002, "około południa", "około południa", 0, "TIME", "2022-01-06T12:00", "APPROX"),
    # Greek
    (EL, "την Κυριακή", "την Κυριακή", 0, "DATE", "2022-01-02", None),
    (EL, "νωρίτερα σήμερα", "νωρίτερα σήμερα", 0, "DATE", "2022-01-05", None),
    (EL, "μετά το μεσημέρι", "μετά το μεσημέρι", 0, "DATE", "2022-01-05TAF", None),
    (EL, "της νύχτας που πέρασε", "της νύχτας που πέρασε", 0, "DATE", "2022-01-04TNI", None),
    # Danish
    (DA, "onsdag", "onsdag", 0, "DATE", "2022-01-05", None),
    (DA, "tirsdagens", "tirsdagens", 0, "DATE", "2022-01-04", None),
    (DA, "to uger", "to uger", 0, "DURATION", "P2W", None),
    (DA, "i de seneste dage", "i de seneste dage", 0, "DURATION", "PXD", None),
    (DA, "fra kl. 23 til kl. 7", "fra kl. 23 til kl. 7", 0, "DURATION", "PT8H", None),
    (DA, "Tidligere på dagen", "Tidligere på dagen", 0, "DATE", "2022-01-05", None),
    (DA, "onsdag formiddag", "onsdag formiddag", 0, "DATE", "2022-01-05TMO", None),
    # English tweet quoted in the Danish seed
    (DA, "January 4, 2022", "January 4, 2022", 0, "DATE", "2022-01-04", None),
]


@pytest.mark.parametrize("doc_id, listed, phrase, occurrence, timex_type, value, mod", NOTED,
                         ids=[row[1] for row in NOTED])
def test_noted_expression(tagged_seeds, doc_id, listed, phrase, occurrence, timex_type, value, mod):
    timex = covering(tagged_seeds[doc_id], phrase, occurrence)
    assert (timex["type"], timex["value"], timex["mod"]) == (timex_type, value, mod)
    assert timex["anchor"] in ("dct", None) or timex["anchor"].startswith("tx-")


def test_range_has_its_ends(tagged_seeds):
    timex = covering(tagged_seeds[DA], "fra kl. 23 til kl. 7")
    assert timex["text"] == "fra kl. 23 til kl. 7"
    assert (timex["range_begin"], timex["range_end"]) == ("2022-01-05T23:00", "2022-01-06T07:00")


@pytest.mark.parametrize("phrase, occurrence, value", [
    ("onsdag", 1, "2022-01-05"),          # "og igen onsdag"
    ("Onsdag", 0, "2022-01-05"),
    ("tirsdag", 1, "2022-01-04"),         # "Tokajevs tirsdag ellers nægtede"
    ("Tidligere onsdag", 0, "2022-01-05"),
])
def test_danish_weekdays_are_on_or_before_the_dct(tagged_seeds, phrase, occurrence, value):
    assert covering(tagged_seeds[DA], phrase, occurrence)["value"] == value


def test_english_tweet_in_a_greek_article_uses_english_resources(tagged_seeds):
    timex = covering(tagged_seeds[EL], "on Wednesday")
    assert (timex["type"], timex["value"]) == ("DATE", "2022-01-05")


def test_relative_expressions_resolve_against_the_dct(tagged_seeds):
    timex = covering(tagged_seeds[EL], "την Κυριακή")
    assert timex["anchor"] == "dct"
    assert covering(tagged_seeds[DA], "to uger")["anchor"] is None  # a duration is not anchored


def test_every_seed_timex_is_valid(tagged_seeds):
    schema = layer_schemas()["timexes"]
    for doc in tagged_seeds.values():
        assert doc["timexes"], f"{doc['id']}: no time expressions"
        ids = [t["id"] for t in doc["timexes"]]
        assert len(ids) == len(set(ids))
        for timex in doc["timexes"]:
            jsonschema.validate(timex, schema)
            assert doc["text"][timex["start"]:timex["end"]] == timex["text"]
            assert timex["id"] == f"tx-{timex['start']}-{timex['end']}"
            assert values.is_well_formed(timex["type"], timex["value"]), timex
            assert timex["status"] == "silver" and 0 < timex["confidence"] <= 1
