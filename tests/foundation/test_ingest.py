"""Ingest of the real seeds: header, segments (kind, language), sentences, tokens."""

import pytest

from qantar import articles, ingest
from qantar.errors import InputError

# Paragraphs that are not in the document's language: the embedded English posts.
ENGLISH_PARAGRAPHS = {
    "001_fd4c1457a455c17a": {"#UPDATE Protesters stormed", "Protesters stormed public buildings",
                             "?? Confirmed: #Kazakhstan", "The incident is likely", "?? Report:"},
    "004_d5d6603a1b0a140e": {"Kazakhstan announced it would restore"},
}


def paragraph(doc, seg):
    return doc["text"][seg["start"]:seg["end"]]


def test_every_seed_paragraph_has_the_right_language(seed_docs):
    expected_doc_language = {"000": "pl", "001": "el", "002": "pl", "003": "pl", "004": "da"}
    for doc_id, doc in seed_docs.items():
        assert doc["language"] == expected_doc_language[doc_id[:3]]
        english = ENGLISH_PARAGRAPHS.get(doc_id, set())
        for seg in doc["segments"]:
            text = paragraph(doc, seg)
            want = "en" if any(text.startswith(p) for p in english) else doc["language"]
            assert seg["language"] == want, (doc_id, text[:60])


def test_english_posts_are_social_posts(seed_docs):
    for doc_id, starts in ENGLISH_PARAGRAPHS.items():
        doc = seed_docs[doc_id]
        kinds = {paragraph(doc, s)[:30]: s["kind"] for s in doc["segments"]
                 if any(paragraph(doc, s).startswith(p) for p in starts)}
        assert len(kinds) == len(starts) and set(kinds.values()) == {"social_post"}, kinds


@pytest.mark.parametrize("doc_id, start, kind", [
    ("000_936a6e5b7446c60f", "Kazachstan. Protesty w kraju.", "heading"),
    ("003_fa6e131e1ecad4e0", "Kto za tym stoi?", "heading"),
    ("001_fd4c1457a455c17a", "Προειδοποίηση της Ρωσίας", "heading"),
    ("003_fa6e131e1ecad4e0", "Zdjęcie ilustracyjne / RADMIR", "caption"),
    ("004_d5d6603a1b0a140e", "Mange politifolk er kommet", "caption"),
    ("002_cc900549b10e308e", "RadioZET.pl/PAP/TASS/Reuters", "source_line"),
    ("002_cc900549b10e308e", "Strzelanina w Kazachstanie. W Ałmatach", "body"),
    ("000_936a6e5b7446c60f", "W środę nad ranem Tokajew", "body"),  # last paragraph, no final period
])
def test_paragraph_kinds(seed_docs, doc_id, start, kind):
    doc = seed_docs[doc_id]
    [seg] = [s for s in doc["segments"] if paragraph(doc, s).startswith(start)]
    assert seg["kind"] == kind


def test_header_becomes_metadata_and_offsets_index_the_text(seed_docs):
    doc = seed_docs["001_fd4c1457a455c17a"]
    assert doc["published"] == "2022-01"
    assert doc["text"].startswith("Σήμερα μετά το μεσημέρι")
    assert seed_docs["000_936a6e5b7446c60f"]["published"] is None
    for doc in seed_docs.values():
        for tok in doc["tokens"]:
            assert doc["text"][tok["start"]:tok["end"]].strip() == doc["text"][tok["start"]:tok["end"]] != ""


def sentences(doc):
    return [doc["text"][s["start"]:s["end"]] for s in doc["sentences"]]


def test_no_polish_sentence_breaks_inside_an_abbreviation(seed_docs):
    for doc_id in ("000_936a6e5b7446c60f", "002_cc900549b10e308e", "003_fa6e131e1ecad4e0"):
        for sent in sentences(seed_docs[doc_id]):
            assert not sent.endswith(("m.in.", "(ros.", "ok.", "godz.")), sent
            # `r.` and `tys.` end a sentence only where the next one starts with a capital
            assert not sent.endswith("tys.") or sent.endswith("4,4 tys. osób."), sent
    text3 = sentences(seed_docs["003_fa6e131e1ecad4e0"])
    assert "Kazachskie ministerstwo spraw wewnętrznych podało, że w sumie w czasie zamieszek aresztowano 4,4 tys. osób." in text3
    assert any(s.startswith("Do Kazachstanu zostały wysłane") and s.endswith("(ros. ODKB), do której należy Kazachstan, Armenia, Białoruś, Kirgistan, Rosja i Tadżykistan.") for s in text3)
    text0 = sentences(seed_docs["000_936a6e5b7446c60f"])
    assert any(s.endswith("od ZSRR w 1991 r.") for s in text0)  # the period ends both
    assert any(s.startswith("W 2019 r. ustąpił z funkcji prezydenta") for s in text0)
    assert any("nakładający m.in. godzinę policyjną." in s for s in text0)


def test_danish_kl_does_not_end_a_sentence(seed_docs):
    assert any("fra kl. 23 til kl. 7 samt" in s for s in sentences(seed_docs["004_d5d6603a1b0a140e"]))


@pytest.mark.parametrize("language, text, tokens", [
    ("pl", "Nie działają m.in. komunikatory.", ["Nie", "działają", "m.in.", "komunikatory", "."]),
    ("pl", "aresztowano 4,4 tys. osób", ["aresztowano", "4,4", "tys.", "osób"]),
    ("pl", "stolicę kraju, Nur-Sułtan.", ["stolicę", "kraju", ",", "Nur", "-", "Sułtan", "."]),
    ("da", "fra kl. 23 til kl. 7", ["fra", "kl.", "23", "til", "kl.", "7"]),
    ("en", "#Almaty on Wednesday https://t.co/HA002F99F7", ["#Almaty", "on", "Wednesday", "https://t.co/HA002F99F7"]),
    ("pl", "RadioZET.pl/PAP", ["RadioZET.pl", "/", "PAP"]),
])
def test_tokens(language, text, tokens):
    doc = ingest.from_text(text, "t", "t.txt", language=language)
    assert [text[t["start"]:t["end"]] for t in doc["tokens"]] == tokens


def test_offsets_are_code_points_after_an_emoji():
    text = "Tweet 😀 z Ałmaty. Drugie zdanie w Ałmaty."
    doc = ingest.from_text(text, "e", "e.txt", language="pl")
    words = [text[t["start"]:t["end"]] for t in doc["tokens"]]
    assert words.count("Ałmaty") == 2 and "😀" in words


def test_empty_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(" date 2022-01 \n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty.txt: the article is empty"):
        articles.read_article(path)


def test_non_utf8_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "latin2.txt"
    path.write_bytes("Ałmaty".encode("iso-8859-2"))
    with pytest.raises(InputError, match=r"latin2.txt: not UTF-8 \(byte 0xb3 at offset 1\)"):
        articles.read_article(path)


ARTICLES_IN_LANGUAGES_WITHOUT_FILES = {
    "cs": "Policie ve středu zadržela v centru Brna tři muže, kteří podle mluvčího poškodili zaparkovaná auta.\n"
          "Primátor města uvedl, že škody dosahují několika set tisíc korun a že radnice připraví opatření.\n",
    "sk": "Polícia v stredu zadržala v Košiciach troch mužov, ktorí v centre mesta poškodili zaparkované autá.\n"
          "Primátor mesta povedal, že škody dosahujú niekoľko tisíc eur a mesto pripraví nové opatrenia.\n",
    "fi": "Poliisi pidätti keskiviikkona Tampereella kolme miestä, jotka olivat rikkoneet kaupan ikkunoita.\n"
          "Kaupungin edustajan mukaan vahingot ovat suuret ja korjaustyöt kestävät useita viikkoja.\n",
    "hu": "A rendőrség szerdán három férfit vett őrizetbe Debrecenben, akik a város központjában autókat rongáltak meg.\n"
          "A polgármester szerint a kár több millió forint, és a város új biztonsági intézkedéseket vezet be.\n",
}


@pytest.mark.parametrize("language", sorted(ARTICLES_IN_LANGUAGES_WITHOUT_FILES))
def test_an_article_in_a_language_without_files_keeps_its_language(language):
    text = ARTICLES_IN_LANGUAGES_WITHOUT_FILES[language]
    assert ingest.document_language(text) == language
    for given in (language, None):  # given on the command line, or detected
        doc = ingest.from_text(text, "t", "t.txt", language=given)
        assert doc["language"] == language
        assert {seg["language"] for seg in doc["segments"]} == {language}


def test_an_english_post_inside_a_czech_article_stays_english():
    text = (ARTICLES_IN_LANGUAGES_WITHOUT_FILES["cs"]
            + "BREAKING: Police detained three men in central Brno after cars were damaged overnight.\n")
    doc = ingest.from_text(text, "t", "t.txt", language="cs")
    assert [seg["language"] for seg in doc["segments"]] == ["cs", "cs", "en"]


def test_a_paragraph_in_greek_letters_alone_is_greek_as_lingua_says_whatever_the_article():
    from lingua import Language, LanguageDetectorBuilder

    text = "Οι διαδηλωτές συγκεντρώθηκαν το πρωί στην κεντρική πλατεία της πόλης."
    lingua = LanguageDetectorBuilder.from_languages(Language.GREEK, Language.POLISH, Language.ENGLISH).build()
    assert lingua.detect_language_of(text) == Language.GREEK
    doc = ingest.from_text(f"Demonstranci zebrali się rano na placu w centrum miasta.\n{text}\n{text}\n",
                           "t", "t.txt", language="pl")
    assert [seg["language"] for seg in doc["segments"]] == ["pl", "el", "el"]  # the repeated line too
