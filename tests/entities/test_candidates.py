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
