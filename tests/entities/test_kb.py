"""The knowledge base file: valid, sorted, linked across languages; broken files named."""

import json

import pytest

from qantar import kb
from qantar.errors import DataFileError


def test_kb_loads_and_is_sorted_by_id():
    base = kb.load()
    ids = [entry["id"] for entry in base.entries]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


@pytest.mark.parametrize("name, language, kb_id", [
    ("Tokajew", "pl", "kassym-jomart-tokayev"),
    ("Τοκάγεφ", "el", "kassym-jomart-tokayev"),
    ("Tokajev", "da", "kassym-jomart-tokayev"),
    ("Ałmaty", "pl", "almaty"),
    ("ODKB", "pl", "csto"),
    ("OUBZ", "pl", "csto"),
    ("AFP", "da", "afp"),          # language-independent alias
    ("Biełsat", None, "belsat"),
])
def test_lookup_finds_the_entry(name, language, kb_id):
    assert [e["id"] for e in kb.lookup(name, language)] == [kb_id]


def test_lookup_respects_language():
    assert kb.lookup("Tokajew", "da") == []


def test_wikidata_only_where_given():
    base = kb.load()
    assert base.get("kazakhstan")["wikidata"] == "Q232"
    assert base.get("tass")["wikidata"] is None


def _write(tmp_path, data):
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _entry(kb_id, type_="GPE"):
    return {"id": kb_id, "type": type_, "name": kb_id, "aliases": {"en": [kb_id]}, "wikidata": None,
            "provenance": {"source": "curated"}}


@pytest.mark.parametrize("entries, message", [
    ([_entry("b"), _entry("a")], "not sorted"),
    ([_entry("a"), _entry("a")], "duplicate id"),
    ([_entry("a", "CITY")], "entry 'a'"),
    ([{**_entry("a"), "wikidata": "232"}], "entry 'a'"),
])
def test_broken_kb_is_refused_naming_file_and_entry(tmp_path, entries, message):
    path = _write(tmp_path, {"version": "t", "entries": entries})
    with pytest.raises(DataFileError) as error:
        kb.load(path)
    assert str(path) in str(error.value) and message in str(error.value)
