"""Names the KB does not know: capitalised runs, handles, hashtags, credit lines."""

from qantar import ingest
from qantar.entities.annotator import annotate


def _found(text, language):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    return {m["text"]: m for m in annotate(doc)}


def test_unknown_handle_and_hashtag_are_proposed():
    found = _found("Protesters gather in the square, says Jane Roe (@JaneRoe42) #Saryzhailau #BREAKING", "en")
    assert found["@JaneRoe42"]["kb_id"] is None
    assert found["#Saryzhailau"]["type"] == "MISC"
    assert "#BREAKING" not in found
    assert found["Jane Roe"]["type"] == "PER"


def test_hashtag_naming_a_kb_place_is_that_place():
    found = _found("Protesters gather again tonight #Zhezkazgan #Almaty", "en")
    assert (found["#Zhezkazgan"]["type"], found["#Zhezkazgan"]["kb_id"]) == ("GPE", "geonames-1516589")
    assert found["#Almaty"]["kb_id"] == "almaty"


def test_credit_line_items_are_agencies():
    found = _found("Zamieszki w Ałmaty trwały całą noc.\n\nRadioZET.pl/PAP/Interfax/Reuters", "pl")
    assert found["Interfax"]["type"] == "ORG" and found["Interfax"]["kb_id"] is None
    assert found["Reuters"]["kb_id"] == "reuters"


def test_polish_unknown_word_vs_common_word():
    found = _found("Wczoraj do miasta przyjechał Bołatbek Żaksygułow, a Internet znów nie działał.", "pl")
    assert found["Bołatbek Żaksygułow"]["kb_id"] is None
    assert "Wczoraj" not in found and "Internet" not in found


def test_mixed_script_acronym_is_not_a_name():
    found = _found("Οι τιμές του φυσικού αερίου (LΝG) αυξήθηκαν στην πόλη.", "el")
    assert "LΝG" not in found


def test_an_organisation_name_runs_over_the_lower_case_modifiers_after_its_head():
    """Slavic institution names continue in lower case after the head: genitive readings of
    the analyser (ru, uk, pl) or the language's modifier words (cs, sk, hr, sl, bg)."""
    cases = [("cs", "Včera večer Ministerstvo zahraničních věcí vydalo krátké prohlášení.", "Ministerstvo zahraničních věcí"),
             ("sk", "Ministerstvo vnútra v utorok odmietlo otázky novinárov.", "Ministerstvo vnútra"),
             ("ru", "Вчера Министерство цифрового развития ответило журналистам.", "Министерство цифрового развития"),
             ("uk", "Вчора представники Міністерства внутрішніх справ відвідали школу.", "Міністерства внутрішніх справ"),
             ("pl", "Wczoraj Ministerstwo spraw wewnętrznych odpowiedziało dziennikarzom.", "Ministerstwo spraw wewnętrznych"),
             ("hr", "Jučer je Ministarstvo unutarnjih poslova odgovorilo novinarima.", "Ministarstvo unutarnjih poslova"),
             ("sl", "Včeraj je Ministrstvo za notranje zadeve odgovorilo novinarjem.", "Ministrstvo za notranje zadeve"),
             ("bg", "Вчера Министерството на вътрешните работи отговори на журналистите.", "Министерството на вътрешните работи")]
    for language, text, name in cases:
        found = _found(text, language)
        assert found.get(name, {}).get("type") == "ORG", (language, sorted(found))


def test_the_modifiers_stop_at_a_verb_a_date_or_a_connector_before_another_name():
    found = _found("Ministerstvo obrany a ministr Novák včera jednali.", "cs")
    assert "Ministerstvo obrany" in found   # `a` before a word that is no modifier is not part of it
    found = _found("Министерство иностранных дел в пятницу ответило.", "ru")
    assert "Министерство иностранных дел" in found   # `в пятницу` is no genitive
    found = _found("Ministrstvo za notranje zadeve in policija sta sporočila podatke.", "sl")
    assert "Ministrstvo za notranje zadeve" in found


def test_a_states_abbreviation_closes_an_organisation_name_after_its_modifiers():
    found = _found("Včera Ministerstvo obrany ČR odmítlo otázky.", "cs")
    assert found["Ministerstvo obrany ČR"]["type"] == "ORG"
    found = _found("Вчера Министерство обороны РФ ответило.", "ru")
    assert found["Министерство обороны РФ"]["type"] == "ORG"


def test_a_modifier_word_is_reported_as_knowledge_used():
    from qantar.entities.annotator import knowledge_used
    doc = ingest.from_text("Včera Ministerstvo zahraničních věcí odpovědělo.", "t", "t.txt", language="cs")
    assert "entities:cs/entities.toml:modifiers:zahranicni" in knowledge_used(doc)


def test_greek_first_names_are_read_through_their_latin_spelling():
    """A Greek first name is a first name of lang/xx/first_names.txt in its Latin spelling, so
    a woman's surname in the genitive is not the village of that name."""
    found = _found("Η Μαρία Κωνσταντίνου μίλησε χθες με δημοσιογράφους.", "el")
    assert found["Μαρία Κωνσταντίνου"]["type"] == "PER" and found["Μαρία Κωνσταντίνου"]["kb_id"] is None
    found = _found("Χθες η Ελένη έφυγε νωρίς από το σπίτι.", "el")
    assert found["Ελένη"]["type"] == "PER"


def test_serbian_cyrillic_first_names_are_read_through_their_latin_spelling():
    from qantar.entities import words
    assert words.latin_spelling("Љиљана", "sr") == "ljiljana" and words.is_first_name("Љиљана", "sr")
    assert words.latin_spelling("Ljiljana", "sr") is None   # no table letter: Latin is read as it is
