"""Articles written for the tests (not seeds): other case forms, an unknown name, Greek
case and accent folding, and a language without data files."""

import pytest

from qantar import ingest
from qantar.entities.annotator import annotate

POLISH = (
    "Prezydent Tokajewem rozmawiał wczoraj przez telefon z Putinem. Według agencji TASS w "
    "Ałmatach wciąż trwają zatrzymania, a Nazarbajewowi zarzuca się zbyt długie rządy.\n\n"
    "Rzecznik policji Marat Bekmaganbetow poinformował, że w okolicach Ałmatów jest spokojnie. "
    "Tokajewa poparła Organizacja Układu o Bezpieczeństwie Zbiorowym, a Łukaszence podziękował Kreml."
)


@pytest.fixture(scope="module")
def polish():
    doc = ingest.from_text(POLISH, "pl-test", "pl-test.txt", language="pl")
    return {m["text"]: m for m in annotate(doc)}


@pytest.mark.parametrize("text, kb_id", [
    ("Tokajewem", "kassym-jomart-tokayev"),
    ("Tokajewa", "kassym-jomart-tokayev"),
    ("Putinem", "vladimir-putin"),
    ("Ałmatach", "almaty"),
    ("Ałmatów", "almaty"),
    ("Nazarbajewowi", "nursultan-nazarbayev"),
    ("Łukaszence", "alexander-lukashenko"),
    ("Organizacja Układu o Bezpieczeństwie Zbiorowym", "csto"),
    ("TASS", "tass"),
])
def test_known_names_in_other_cases_are_linked(polish, text, kb_id):
    assert polish[text]["kb_id"] == kb_id
    assert polish[text]["confidence"] >= 0.8


def test_unknown_name_is_proposed_with_low_confidence(polish):
    mention = polish["Marat Bekmaganbetow"]
    assert mention["kb_id"] is None
    assert mention["type"] == "PER"
    assert mention["status"] == "silver"
    assert mention["confidence"] < 0.75  # below every KB link: first-name evidence only


def test_sentence_initial_common_words_are_not_proposed(polish):
    assert not {"Prezydent", "Rzecznik", "Według"} & set(polish)


@pytest.mark.parametrize("text, kb_id", [
    ("ΤΟΚΑΓΕΦ", "kassym-jomart-tokayev"),     # capitals, no accent
    ("Τοκαγεφ", "kassym-jomart-tokayev"),     # accent missing
    ("Ουκρανίας", "ukraine"),                  # genitive by suffix rule
    ("Αλματι", "almaty"),
])
def test_greek_case_and_accent_folding(text, kb_id):
    text_el = "ΤΟΚΑΓΕΦ: Ο Τοκαγεφ μίλησε με τον Πούτιν για την Ουκρανίας και το Αλματι."
    doc = ingest.from_text(text_el, "el-test", "el-test.txt", language="el")
    assert {m["text"]: m["kb_id"] for m in annotate(doc)}[text] == kb_id


def test_danish_genitive_but_not_a_longer_word():
    doc = ingest.from_text("Demonstranter i Almatys centrum og i Almatyborgen.", "da-test", "da.txt", language="da")
    found = {m["text"]: m["kb_id"] for m in annotate(doc)}
    assert found.get("Almatys") == "almaty"
    assert found.get("Almatyborgen") is None   # five letters after the name: not an inflection


NORWEGIAN = (
    "Kasakhstans president Kassym-Jomart Tokajev har erklært unntakstilstand i Almaty etter "
    "voldsomme protester mot økte drivstoffpriser.\n\n"
    "Ifølge nyhetsbyrået Reuters har demonstranter stormet borgermesterens kontor i Almaty. "
    "Regjeringen har gått av, og Tokajev har bedt Russland om hjelp."
)


def test_language_without_data_files_matches_unchanged_aliases():
    doc = ingest.from_text(NORWEGIAN, "nb-test", "nb-test.txt")
    assert doc["language"] not in {"pl", "el", "da", "en"}
    mentions = annotate(doc)
    linked = {(m["text"], m["kb_id"]) for m in mentions}
    assert {("Kassym-Jomart Tokajev", "kassym-jomart-tokayev"), ("Almaty", "almaty"),
            ("Reuters", "reuters"), ("Tokajev", "kassym-jomart-tokayev")} <= linked
    assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in mentions)
