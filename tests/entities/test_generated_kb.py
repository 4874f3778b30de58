"""The generated part of the knowledge base: current with its sources, valid, with the id
scheme the dev-set annotators link with, merged into the curated entries that declare it."""

import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from qantar import kb, lexicon, schemas
from qantar.entities import words

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script", ["generate_kb.py", "generate_names.py"])
def test_generated_files_are_current(script):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / script), "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_every_entry_is_valid_and_has_a_provenance():
    entry_schema = schemas.kb_schema()["properties"]["entries"]["items"]
    base = kb.load()
    validator = jsonschema.Draft202012Validator(entry_schema)
    for entry in base.entries:
        assert not list(validator.iter_errors(entry)), entry["id"]


def test_id_scheme_and_sources():
    base = kb.load()
    germany = base.get("country-de")
    assert germany["provenance"] == {"source": "cldr", "id": "DE"}
    assert "Deutschland" in germany["aliases"]["de"] and "Niemcy" in germany["aliases"]["pl"]
    copenhagen = base.get("geonames-2618425")
    assert copenhagen["provenance"] == {"source": "geonames", "id": "2618425"}
    assert "København" in copenhagen["aliases"]["und"]


def test_curated_entries_receive_generated_names_without_duplicates():
    base = kb.load()
    kazakhstan = base.get("kazakhstan")
    assert kazakhstan["provenance"] == {"source": "curated"} and kazakhstan["wikidata"] == "Q232"
    assert kazakhstan["aliases"]["pl"][0] == "Kazachstan"          # curated first
    assert "Kazachstán" in kazakhstan["aliases"]["cs"]               # CLDR Czech
    assert base.get("country-kz") is None and base.get("geonames-1526384") is None
    assert "Alma-Ata" in base.get("almaty")["aliases"]["und"]         # GeoNames, merged


def test_gold_entries_name_their_article():
    base = kb.load()
    assert base.get("aibek-smadiyarov")["provenance"] == {"source": "gold", "doc": "003_fa6e131e1ecad4e0"}
    assert {e["provenance"]["source"] for e in base.curated} == {"curated", "gold"}


def test_seed_typos_are_not_aliases():
    aliases = {a for e in kb.load().curated for names in e["aliases"].values() for a in names}
    assert not {"Lufhansa", "Kasyme-Żomart Tokajew", "Κασίμ-Τομάρτ Τοκάγεφ"} & aliases


@pytest.mark.parametrize("word, language, common", [
    ("Montag", "de", True), ("Ein", "de", True), ("Policie", "cs", True), ("Ifølge", "da", True),
    ("Tokajevovi", "cs", False), ("Almatyssa", "fi", False),
])
def test_common_words_of_languages_without_data_files(word, language, common):
    assert lexicon.is_common(word, language) is common


def test_month_weekday_and_language_names_are_no_names():
    assert words.is_non_name("Monday", "sv")        # English in any article
    assert words.is_non_name("Stycznia", "pl")
    assert words.is_non_name("Kazakh", "en")
    assert not words.is_non_name("Polski", "pl")   # Polish writes language names in lower case
