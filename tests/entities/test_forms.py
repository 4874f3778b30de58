"""Alias word forms: morphology paradigms, analogy with a model lemma, suffix rules."""

import pytest

from qantar.entities.forms import by_analogy, word_forms


@pytest.mark.parametrize("word, type_, language, form", [
    ("Tokajew", "PER", "pl", "tokajewowi"),      # unknown to morfeusz2: like Gorbaczow
    ("Ałmaty", "GPE", "pl", "ałmatach"),          # like Tychy
    ("Żomart", "PER", "pl", "zomarta"),           # both parts of a hyphenated name inflect
    ("Kasym", "PER", "pl", "kasyma"),
    ("Łukaszenka", "PER", "pl", "łukaszence"),
    ("Biełsat", "ORG", "pl", "biełsacie"),
    ("Kazachstan", "GPE", "pl", "kazachstanu"),    # known lemma: its own paradigm
    ("Ρωσία", "GPE", "el", "ρωσιασ"),
    ("Κρεμλίνο", "ORG", "el", "κρεμλινου"),
    ("Tokajev", "PER", "da", "tokajevs"),
])
def test_form_is_generated(word, type_, language, form):
    assert form in word_forms(word, type_, language)


@pytest.mark.parametrize("word, type_, language, form", [
    ("TASS", "ORG", "pl", "tassu"),         # acronyms are not inflected
    ("Biełsat", "ORG", "pl", "biełsata"),   # the inanimate model, not the personal one
    ("Tokajev", "PER", "lt", "tokajevs"),   # no data files: no suffix rules
    ("Tokajew", "PER", "el", "tokajewowi"),
])
def test_form_is_not_generated(word, type_, language, form):
    assert form not in word_forms(word, type_, language)


def test_analogy_replaces_the_models_ending():
    assert by_analogy("Ałmaty", "Tychy", ["Tychy", "Tychach", "Tychów"]) == {"ałmaty", "ałmatach", "ałmatów"}
    assert by_analogy("Aktobe", "Tychy", ["Tychach"]) == set()
