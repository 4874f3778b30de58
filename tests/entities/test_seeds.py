"""Per seed: the inflected forms found and the KB entry each links to."""

import pytest

from qantar import schemas
from qantar.entities.annotator import SOURCE

PL0, EL1, PL2, PL3, DA4 = ("000_936a6e5b7446c60f", "001_fd4c1457a455c17a", "002_cc900549b10e308e",
                           "003_fa6e131e1ecad4e0", "004_d5d6603a1b0a140e")

FOUND = [
    (PL0, "Kasyma-Żomarta Tokajewa", "kassym-jomart-tokayev"),
    (PL0, "Tokajewowi", "kassym-jomart-tokayev"),
    (PL0, "Tokajew", "kassym-jomart-tokayev"),
    (PL0, "Nursułtana Nazarbajewa", "nursultan-nazarbayev"),
    (PL0, "Kanata Tajmerdenowa", "kanat-taimerdenov"),
    (PL0, "Kazachstanu", "kazakhstan"),
    (PL0, "Ałmaty", "almaty"),
    (PL0, "Interii", "interia"),
    (PL0, "Twitterze", "twitter"),
    (PL0, "Reutera", "reuters"),
    (PL0, "Biełsat", "belsat"),
    (PL0, "NetBlocks", "netblocks"),
    (PL0, "obwodzie mangystauskim", "mangystau-region"),
    (PL0, "Nur-Sułtan", "astana"),
    (PL0, "ZSRR", "soviet-union"),
    (EL1, "Κασίμ-Γιομάρτ Τοκάγεφ", "kassym-jomart-tokayev"),
    (EL1, "Τοκάγεφ", "kassym-jomart-tokayev"),
    (EL1, "Αλμάτι", "almaty"),
    (EL1, "#Almaty", "almaty"),
    (EL1, "Ρωσίας", "russia"),
    (EL1, "Κρεμλίνου", "kremlin"),
    (EL1, "Ντμίτρι Πεσκόφ", "dmitry-peskov"),
    (EL1, "Συμβουλίου Ασφαλείας", "kazakhstan-security-council"),
    (EL1, "κεντρικής Ασίας", "central-asia"),
    (EL1, "Νουρ-Σουλτάν", "astana"),
    (EL1, "Αστάνα", "astana"),
    (EL1, "NetBlocks", "netblocks"),
    (PL2, "Ałmatach", "almaty"),
    (PL2, "Ałmatów", "almaty"),
    (PL2, "Kasyme-Żomart Tokajew", "kassym-jomart-tokayev"),
    (PL2, "Nur-Sułtanie", "astana"),
    (PL2, "Organizacji Układu o Bezpieczeństwie Zbiorowym", "csto"),
    (PL2, "OUBZ", "csto"),
    (PL2, "ODKB", "csto"),
    (PL2, "Alaksandr Łukaszenka", "alexander-lukashenko"),
    (PL2, "Władimirem Putinem", "vladimir-putin"),
    (PL2, "Federacji Rosyjskiej", "russia"),
    (PL2, "Rzeczpospolitej", "rzeczpospolita"),
    (PL2, "Kremla", "kremlin"),
    (PL2, "RadioZET.pl", "radio-zet"),
    (PL3, "obwodu ałmackiego", "almaty-region"),
    (PL3, "Nursułtanowi Nazarbajewowi", "nursultan-nazarbayev"),
    (PL3, "Kasym-Żomart Tokajew", "kassym-jomart-tokayev"),
    (PL3, "Tokajewa", "kassym-jomart-tokayev"),
    (PL3, "Białorusi", "belarus"),
    (PL3, "Rosji", "russia"),
    (PL3, "Departament Stanu USA", "us-department-of-state"),
    (PL3, "MSZ Kazachstanu", "kazakhstan-foreign-ministry"),
    (PL3, "Ajbek Smadijarow", "aibek-smadiyarov"),
    (PL3, "RADMIR FAHRUTDINOV", "radmir-fakhrutdinov"),
    (DA4, "Kasakhstans", "kazakhstan"),
    (DA4, "Kassym-Jomart Tokajev", "kassym-jomart-tokayev"),
    (DA4, "Kasym-Jomart Tokajevs", "kassym-jomart-tokayev"),
    (DA4, "Tokajevs", "kassym-jomart-tokayev"),
    (DA4, "Tass", "tass"),
    (DA4, "Mangistau", "mangystau-region"),
    (DA4, "@HannaLiubakova", "hanna-liubakova"),
    (DA4, "Ritzau", "ritzau"),
]


@pytest.mark.parametrize("doc_id, text, kb_id", FOUND)
def test_form_is_found_and_linked(seed_mentions, doc_id, text, kb_id):
    links = {m["kb_id"] for m in seed_mentions[doc_id] if m["text"] == text}
    assert links == {kb_id}


def test_same_person_same_id_across_languages(seed_mentions):
    forms = {"Tokajewowi": PL0, "Τοκάγεφ": EL1, "Tokajevs": DA4}
    ids = {next(m["kb_id"] for m in seed_mentions[doc] if m["text"] == form) for form, doc in forms.items()}
    assert ids == {"kassym-jomart-tokayev"}


NOT_NAMES = [
    (PL0, "Manifestanci"), (PL0, "Protesty"), (PL0, "Stacja"), (PL0, "LNG"), (PL3, "Świat"),
    (PL3, "Kto"), (PL3, "Chińskie"), (PL3, "HANDOUT"), (EL1, "Σήμερα"), (EL1, "#UPDATE"),
    (EL1, "Protesters"), (EL1, "Wednesday"), (EL1, "LΝG"), (EL1, "Ιντερνετ"),
    (DA4, "Mange"), (DA4, "Vis"), (DA4, "January"), (DA4, "LPG"), (DA4, "Onsdag"),
]


@pytest.mark.parametrize("doc_id, text", NOT_NAMES)
def test_common_words_are_not_mentions(seed_mentions, doc_id, text):
    assert text not in {m["text"] for m in seed_mentions[doc_id]}


def test_mentions_are_valid_token_aligned_and_disjoint(seed_docs, seed_mentions):
    import jsonschema

    schema = schemas.layer_schemas()["entities"]
    for doc_id, mentions in seed_mentions.items():
        doc = seed_docs[doc_id]
        starts = {t["start"] for t in doc["tokens"]}
        ends = {t["end"] for t in doc["tokens"]}
        previous_end = 0
        for m in mentions:
            jsonschema.validate(m, schema)
            assert doc["text"][m["start"]:m["end"]] == m["text"]
            assert m["id"] == f"ent-{m['start']}-{m['end']}"
            assert (m["status"], m["source"]) == ("silver", SOURCE)
            assert m["start"] in starts and m["end"] in ends
            assert m["start"] >= previous_end, f"{doc_id}: {m['id']} overlaps the previous mention"
            previous_end = m["end"]


def test_every_seed_kb_link_resolves(seed_mentions):
    from qantar import kb

    base = kb.load()
    linked = {m["kb_id"] for ms in seed_mentions.values() for m in ms if m["kb_id"]}
    assert linked and all(base.get(kb_id) for kb_id in linked)
