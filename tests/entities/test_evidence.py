"""The examples of issue 11, on short articles written for these tests: names typed by
evidence, spans that stop at the name, common words of languages without data files, and
inflected KB names in languages without morphology."""

import pytest

from qantar import holdout, ingest
from qantar.entities.annotator import annotate, knowledge_used


def _found(text: str, language: str) -> dict:
    doc = ingest.from_text(text, f"{language}-evidence", f"{language}.txt", language=language)
    return {m["text"]: m for m in annotate(doc)}


POLISH = (
    "W sobotę rzecznik Państwowej Straży Pożarnej Jarosław Obremski powiedział, że rzeka Nysa Kłodzka "
    "przekroczyła stan alarmowy. Burmistrz Kłodzka Michał Piszko zwołał sztab, a Instytut Meteorologii "
    "i Gospodarki Wodnej wydał ostrzeżenie dla całego regionu."
)
DANISH = (
    "Ifølge Danmarks Statistik steg priserne igen i marts. I Folketinget stemte både Socialdemokratiet, "
    "Moderaterne og Radikale Venstre for forslaget, og dronning Margrethe holdt tale på Amalienborg. "
    "I København var der kø ved tankstationerne."
)
GERMAN = (
    "Ein Sprecher sagte am Montag, dass die Preise um Mitternacht um zehn Prozent auf drei Euro stiegen. "
    "In Köln fielen Hunderte Flüge aus. Die Deutsche Bahn meldete Verspätungen. Am Mittwoch legten "
    "Die Beschäftigten die Arbeit nieder."
)
CZECH = (
    "Prezident Tokajevovi včera telefonoval ruský prezident. Policie v Praze uzavřela ulice kolem "
    "velvyslanectví. Demonstrace v Kazachstánu pokračovaly."
)
FINNISH = "Mielenosoittajat kokoontuivat Almatyssa keskiviikkona, ja Tokajev puhui televisiossa."


@pytest.fixture(scope="module")
def polish():
    return _found(POLISH, "pl")


@pytest.mark.parametrize("text, entity_type", [
    ("Państwowej Straży Pożarnej", "ORG"),     # head word straż
    ("Jarosław Obremski", "PER"),              # a first name, although Jarosław is also a town
    ("Nysa Kłodzka", "LOC"),                   # claimed by `rzeka`: a river, not two towns
    ("Michał Piszko", "PER"),                  # not glued to the town before it
    ("Instytut Meteorologii i Gospodarki Wodnej", "ORG"),   # one name across `i`
])
def test_polish_names_typed_by_evidence(polish, text, entity_type):
    assert polish[text]["type"] == entity_type
    assert polish[text]["kb_id"] is None


def test_polish_town_in_the_genitive_is_linked_through_its_lemma(polish):
    klodzko = polish["Kłodzka"]
    assert (klodzko["type"], klodzko["kb_id"]) == ("GPE", "geonames-3096053")


@pytest.fixture(scope="module")
def danish():
    return _found(DANISH, "da")


@pytest.mark.parametrize("text, entity_type, kb_id", [
    ("Danmarks Statistik", "ORG", None),       # no `Ifølge` in the span
    ("Socialdemokratiet", "ORG", None),
    ("Moderaterne", "ORG", None),
    ("Radikale Venstre", "ORG", None),
    ("Margrethe", "PER", None),
    ("Amalienborg", "FAC", None),
    ("København", "GPE", "geonames-2618425"),
])
def test_danish_names_typed_by_evidence(danish, text, entity_type, kb_id):
    assert (danish[text]["type"], danish[text]["kb_id"]) == (entity_type, kb_id)


def test_danish_spans_stop_at_the_name(danish):
    assert not {"Ifølge", "Ifølge Danmarks Statistik", "I København"} & set(danish)


def test_german_common_words_are_not_names():
    found = _found(GERMAN, "de")
    assert found["Köln"]["kb_id"] == "geonames-2886242"
    assert found["Deutsche Bahn"]["type"] == "ORG"
    assert set(found) == {"Köln", "Deutsche Bahn"}


def test_czech_common_words_and_inflected_kb_names():
    found = _found(CZECH, "cs")
    assert found["Tokajevovi"]["kb_id"] == "kassym-jomart-tokayev"   # bounded suffix match
    assert found["Tokajevovi"]["type"] == "PER"
    assert found["Praze"]["kb_id"] == "geonames-3067696"             # simplemma lemma Praha
    assert found["Kazachstánu"]["kb_id"] == "kazakhstan"             # CLDR Czech name, inflected
    assert not {"Prezident", "Prezident Tokajevovi", "Policie"} & set(found)


def test_finnish_inflected_kb_names():
    found = _found(FINNISH, "fi")
    assert (found["Almatyssa"]["type"], found["Almatyssa"]["kb_id"]) == ("GPE", "almaty")
    assert found["Tokajev"]["kb_id"] == "kassym-jomart-tokayev"


def test_finnish_long_town_names_inflected():
    found = _found("Lento Rovaniemelle peruttiin, ja Tampereella satoi koko päivän.", "fi")
    assert found["Rovaniemelle"]["kb_id"] == "geonames-638936"
    assert found["Tampereella"]["kb_id"] == "geonames-634963"


def test_finnish_institutions_end_in_a_lower_case_head():
    text = ("Tiedotteen mukaan Helsingin poliisilaitoksen partiot olivat paikalla, ja Ilmatieteen laitoksen "
            "mukaan sää kylmenee. Alus saapui Vuosaaren satamassa. Lehtonen kertoi asiasta.")
    found = _found(text, "fi")
    assert found["Helsingin poliisilaitoksen"]["type"] == "ORG"   # KB place + head
    assert found["Ilmatieteen laitoksen"]["type"] == "ORG"
    assert found["Vuosaaren satamassa"]["type"] == "FAC"
    assert found["Lehtonen"]["type"] == "PER"                     # a capitalised -nen


def test_german_compounds_headed_by_their_ending_and_heads_before_a_place():
    found = _found("Das Verteidigungsministerium schickte Truppen, der Flughafen Almaty blieb geschlossen. "
                   "Die Polizei schwieg.", "de")
    assert found["Verteidigungsministerium"]["type"] == "ORG"
    assert (found["Flughafen Almaty"]["type"], found["Flughafen Almaty"]["kb_id"]) == ("FAC", None)
    assert "Polizei" not in found   # a head word alone is a common noun


def test_french_hyphenated_places_and_initials():
    found = _found("La région Île-de-France et la Seine-Saint-Denis ont été touchées, selon Samira B. "
                   "qui vit à Nanterre.", "fr")
    assert found["Île-de-France"]["type"] == "GPE"          # a KB place among its parts
    assert found["Seine-Saint-Denis"]["type"] == "GPE"
    assert "Saint-Denis" not in found and "France" not in found
    assert found["Samira B."]["type"] == "PER"              # the initial keeps its full stop
    assert found["Nanterre"]["kb_id"] == "geonames-2990970"


def test_one_sense_per_discourse():
    text = ("Polisen patrullerade i stadsdelen Vallby under natten. Vallby har haft oroligheter tidigare, "
            "och många boende i Vallby vill ha fler poliser.")
    found = [m for m in annotate(ingest.from_text(text, "sv-t", "sv.txt", language="sv")) if m["text"] == "Vallby"]
    assert len(found) == 3 and {m["type"] for m in found} == {"LOC"}


def test_russian_through_pymorphy3():
    found = _found("Протесты в Казахстане продолжаются, Токаев обратился к Путину.", "ru")
    assert found["Казахстане"]["kb_id"] == "kazakhstan"
    assert found["Путину"]["kb_id"] == "vladimir-putin"


def test_knowledge_keys_are_fine_grained_and_withholding_them_works():
    doc = ingest.from_text(POLISH, "pl-keys", "pl.txt", language="pl")
    doc["entities"] = annotate(doc)
    keys = knowledge_used(doc)
    assert "entities:pl/entities.toml:heads:straż" in keys
    assert "entities:pl/entities.toml:claims:rzeka" in keys
    assert not any(k.startswith("kb:") for k in keys)   # only generated names (GeoNames) linked here
    with holdout.withholding({"entities:pl/entities.toml:claims:rzeka"}):
        found = {m["text"]: m for m in annotate(doc)}
    assert "Nysa Kłodzka" not in found


def test_curated_alias_keys_carry_entry_language_and_alias():
    doc = ingest.from_text("Tokajew spotkał się z Putinem.", "pl-alias", "pl.txt", language="pl")
    doc["entities"] = annotate(doc)
    keys = knowledge_used(doc)
    assert "kb:kassym-jomart-tokayev:pl:Tokajew" in keys
    with holdout.withholding(keys):
        linked = {m["text"]: m["kb_id"] for m in annotate(doc)}
    assert linked.get("Tokajew") != "kassym-jomart-tokayev"
