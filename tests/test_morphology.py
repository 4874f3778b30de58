"""The shared morphology: one analyser per process, folding, each language's word rules."""

import pytest

from qantar import langdata, morphology, paths
from qantar.errors import DataFileError


@pytest.mark.parametrize("path", sorted(paths.lang_dir().glob("*/morphology.toml")), ids=lambda p: p.parent.name)
def test_data_file_opens_with_source_format_example(path):
    header = path.read_text(encoding="utf-8").split("\n\n")[0].lower()
    assert header.startswith("#") and all(w in header for w in ("source", "format", "example")), path


@pytest.fixture(scope="module")
def morfeusz():
    return morphology.analyser("morfeusz2")


def test_one_analyser_serves_every_layer(morfeusz):
    assert morphology.for_language("pl").analyser is morfeusz
    assert morphology.for_language("pl") == morphology.for_language("pl")


@pytest.mark.parametrize("word, known", [("Tokajewowi", False), ("Xqzvbn", False), ("wtargnęli", True), ("Kreml", True)])
def test_unknown_words_have_no_analyses(morfeusz, word, known):
    assert bool(morfeusz.analyse(word)) is known


@pytest.mark.parametrize("form, lemma, parts", [
    ("wtargnęli", "wtargnąć", {"praet", "pl", "m1", "perf"}),
    ("Reutera", "Reuter", {"subst", "gen"}),  # homonym mark (Reuter:Sm1) dropped
])
def test_analyses_give_lemma_and_tag_parts(morfeusz, form, lemma, parts):
    found = [a for a in morfeusz.analyse(form) if a.lemma == lemma]
    assert found and any(parts <= a.parts for a in found)


def test_generation_of_known_and_unknown_lemmas(morfeusz):
    assert {"Gorbaczowa", "Gorbaczowowi"} <= set(morfeusz.generate("Gorbaczow"))
    assert morfeusz.generate("Tokajew") == []
    assert "Kazachstanu" in morfeusz.lemma_forms("Kazachstan")
    assert morfeusz.lemma_forms("Kazachstanu") == []  # a form, not a lemma


@pytest.mark.parametrize("text, accents, folded", [
    ("Τοκάγεφ", True, "τοκαγεφ"),
    ("Έφοδο", True, "εφοδο"),
    ("Łódź", True, "łodz"),        # ł is a letter of its own
    ("Τοκάγεφ", False, "τοκάγεφ"),
    ("STRASSE", False, "strasse"),
])
def test_fold(text, accents, folded):
    assert morphology.fold(text, accents) == folded


@pytest.mark.parametrize("code, form, key, absent", [
    ("pl", "wtargnęli", "wtargnąć", "wtargn"),
    ("el", "Παραίτησης", "παραιτησ", "παραίτησης"),
    ("da", "stormede", "storm", "stormed"),
    ("en", "Stormed", "storm", "Stormed"),
])
def test_language_keys(code, form, key, absent):
    keys = morphology.for_language(code).keys(form)
    assert key in keys
    assert absent not in keys


def test_language_without_file_has_simplemma_lemmas_only():
    rules = morphology.for_language("de")
    assert rules.analyser is None and rules.keys("Gestürmt") == {"gestürmt", "stürmen"}
    assert rules.keys("festgenommen") == {"festgenommen", "festnehmen"}


def test_language_unknown_to_simplemma_has_no_rules():
    rules = morphology.for_language("eu")  # Basque: no file, no simplemma dictionary
    assert rules.analyser is None and rules.lemmatizer is None and rules.keys("Atxilotu") == {"atxilotu"}


@pytest.mark.parametrize("code, form, lemma, part", [
    ("ru", "задержала", "задержать", "perf"),
    ("ru", "мужчин", "мужчина", "accs"),
    ("uk", "затримала", "затримати", "perf"),
])
def test_pymorphy3_lemmas_and_grammemes(code, form, lemma, part):
    rules = morphology.for_language(code)
    assert lemma in rules.keys(form)
    assert any(part in analysis.parts for analysis in rules.analyses(form))


@pytest.mark.parametrize("data, message", [
    ('analyser = "stanza"\n', "analyser 'stanza' is unknown"),
    ('analyzer = "morfeusz2"\n', "unknown keys ['analyzer']"),
    ('lemmatizer = "stanza"\n', "lemmatizer 'stanza' is unknown"),
])
def test_bad_file_is_refused_with_its_name(tmp_path, monkeypatch, data, message):
    monkeypatch.setattr(langdata, "lang_dir", lambda: tmp_path)
    langdata.load.cache_clear()
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "morphology.toml").write_text(data, encoding="utf-8")
    try:
        with pytest.raises(DataFileError, match=r"lang/zz/morphology.toml: .*" + message.replace("[", r"\[")):
            morphology.for_language("zz")
    finally:
        langdata.load.cache_clear()


@pytest.mark.parametrize("language, words", [
    ("da", ["anholdt", "demonstranterne", "byerne", "Politiet"]),
    ("el", ["συνέλαβε", "διαδηλωτές", "πόλεις"]),
    ("en", ["arrested", "protesters", "cities", "Police"]),
])
def test_simplemma_lemmas_read_from_the_lexicon_cache_are_simplemmas_own(language, words):
    import simplemma

    lemmatizer = morphology.lemmatizer("simplemma", language)
    assert [lemmatizer.analyse(w)[0].lemma for w in words] == [simplemma.lemmatize(w, lang=language) for w in words]
